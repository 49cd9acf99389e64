"""Claims checked on what they state exactly: « reconduit » is renewed, an amount is read
with its unit (100 milliards is not 100 M€), a phase ranked otherwise than the release ranks
it is not the one it speaks of, and a name said with « s'appelle » is the claim."""

from __future__ import annotations

from bot.engine import Engine


def _opening(engine: Engine, question: str) -> str:
    return engine.ask(question=question).text.split(":", 1)[0]


def test_reconduit_is_renewed(engine: Engine) -> None:
    assert _opening(engine, "Le Grand Narbonne a été reconduit ?") == "Oui "
    assert _opening(engine, "Hautes Terres d'Oc, reconduite pour 2023-2027 ?") == "Non "


def test_an_amount_is_read_with_its_unit(engine: Engine) -> None:
    assert _opening(engine, "L'enveloppe nationale, c'est 100 milliards ?") == "Non "
    assert _opening(engine, "l'enveloppe fait bien 100 millions d'euros ?") == "Oui "
    # (Whose the envelope is, the claims say: « nationale », not the Région's.)
    regional = engine.ask(question="Ces 100 millions, c'est une enveloppe du conseil régional ?")
    assert not regional.text.startswith("Oui")


def test_a_phase_ranked_otherwise_is_not_the_one_spoken_of(engine: Engine) -> None:
    assert _opening(engine, "Le programme en est à sa première phase ?") == "Non "


def test_a_name_said_to_be_someone_s_is_the_claim(engine: Engine) -> None:
    assert _opening(engine, "La présidente de la Région s'appelle bien Carole Delga ?") == "Oui "
    assert _opening(engine, "Le préfet de région s'appelle Jean Dupont ?") == "Non "


def test_whom_someone_works_for_is_checked(engine: Engine) -> None:
    assert _opening(engine, "Delphine Amilhau, c'est la chargée de presse de la Région ?") == "Non "
    assert _opening(engine, "Margot Scherer travaille bien à la préfecture ?") == "Oui "
