"""Bodies the release does not name: a funder or partner it leaves out is not belied by a
list it gives « notamment », and a body typed in capitals is no place of the same letters."""

from __future__ import annotations

from bot.engine import Engine


def test_a_funder_the_release_does_not_name_is_not_confirmed(engine: Engine) -> None:
    feder = engine.ask(question="Le FEDER finance-t-il les lauréats ?").text
    assert feder.startswith("Le communiqué ne le dit pas.")
    assert "100 M€" in feder
    europe = engine.ask(question="l'UE finance les lauréats ?").text
    assert europe.startswith("Le communiqué ne le dit pas.")


def test_a_body_in_capitals_is_not_a_town(engine: Engine) -> None:
    partner = engine.ask(question="Is the EU a partner?").text
    assert partner.startswith("The press release does not say.")
    funds = engine.ask(question="Does the EU fund the laureates?")
    assert "Seine-Maritime" not in funds.text
    assert not funds.text.startswith("Yes")
    # (Typed as a town's name, Eu is still the town.)
    assert "Seine-Maritime" in engine.ask(question="Is Eu in a territory?").text


def test_claims_the_release_answers_keep_their_yes_or_no(engine: Engine) -> None:
    # (Guards: a wrong amount is still belied, a named partner still confirmed, and the
    # « eu » of « a eu lieu » names no one.)
    assert engine.ask(question="L'enveloppe est de 200 M€ ?").text.startswith("Non : ")
    assert engine.ask(question="est-ce que l'ADEME est partenaire ?").text.startswith("Oui : ")
    assert engine.ask(question="l'AG a eu lieu à Chalon ?").text.startswith("Oui : ")
