"""What the sources do not give, said so and with what they do give: a quoted speaker's own
contact details, and the part of several requests the sources do not answer."""

from __future__ import annotations

from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine


def test_a_quoted_speaker_s_contact_is_not_given_and_the_office_is(engine: Engine) -> None:
    prefect = engine.ask(question="je voudrais le portable du préfet Durand").text
    assert prefect.startswith(
        "Le communiqué ne donne pas de coordonnées personnelles de Pierre-André Durand"
    )
    # His institution's press officers and desk, not the Région's.
    assert "06 70 85 30 75" in prefect and "laregion.fr" not in prefect
    president = engine.ask(question="Est-ce que Carole Delga a un portable ?").text
    assert president.startswith("Non. Le communiqué ne donne pas de coordonnées personnelles")
    assert "Service presse" in president and "occitanie.gouv.fr" not in president
    english = engine.ask(question="Can I get Carole Delga's e-mail address?")
    assert english.text.startswith("No. The press release does not give personal contact details")
    assert "service.presse@laregion.fr" in english.text


def test_a_press_officer_s_contact_is_still_given(engine: Engine) -> None:
    officer = engine.ask(question="le portable de Margot Scherer svp").text
    assert "06 08 46 28 31" in officer and "coordonnées personnelles" not in officer


def test_a_part_the_sources_do_not_answer_is_said_so_beside_the_others(engine: Engine) -> None:
    both = engine.ask(
        question="L'enveloppe de 100 M€, elle est prévue pour quand ? Et combien pour Alès ?"
    ).text
    assert "prévue en 2024" in both
    assert "ne le dit pas" in both
    assert not both.startswith("Oui")


def test_what_a_department_pays_is_not_in_the_sources(engine: Engine) -> None:
    paid = engine.ask(question="Le conseil départemental du Tarn cofinance-t-il l'Albigeois ?")
    assert paid.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
    assert not paid.text.startswith("Oui")
    # (Where the laureate lies is still answered.)
    placed = engine.ask(question="L'Albigeois, c'est dans le Tarn ?").text
    assert placed.startswith("Oui")


def test_a_question_naming_the_programme_is_of_its_domain(engine: Engine) -> None:
    # (What the sources do not say, asked of the Assembly or the laureates: not « hors de mon
    # domaine ».)
    said = engine.ask(
        question="Un ministre a-t-il pris la parole à l'assemblée générale de Chalon ?"
    ).text
    assert said.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
    # (Nothing of the programme named: out of the domain still.)
    weather = engine.ask(question="Quel temps fera-t-il demain à Toulouse ?").text
    assert "hors de mon domaine" in weather


def test_the_weather_in_a_laureate_s_town_is_out_of_the_domain(engine: Engine) -> None:
    weather = engine.ask(question="Quel temps fait-il à Figeac ?")
    assert "hors de mon domaine" in weather.text and weather.territories == ()
    # (In a conversation too: the weather's « il » speaks of no one.)
    turn = engine.reply(question="Quel temps fait-il à Castres ?", context=NO_CONTEXT, now=0.0)
    assert "hors de mon domaine" in turn.answer.text
