"""A place named to be set aside (« pas celle du Tarn ») or to compare with (« le même code
postal que Castres ») is not asked of, and a town named before « c'est dans le TI X ? » is
the one asked of, whatever the part naming it reads as."""

from __future__ import annotations

from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine


def test_a_department_set_aside_is_not_answered(engine: Engine) -> None:
    answer = engine.ask(
        question="Roquemaure, la commune du Gard (pas celle du Tarn) : elle fait partie d'un "
        "lauréat occitan ?"
    )
    assert answer.text.startswith("Non")
    assert answer.territories == ()


def test_a_town_compared_with_is_not_asked_of(engine: Engine) -> None:
    answer = engine.ask(
        question="Ma boîte est à Burlats, code postal 81100, le même que Castres. Donc on fait "
        "partie de Castres Revel Castelnaudary ?"
    )
    assert answer.text.startswith("Non : Burlats")
    assert "Castres Revel Castelnaudary" not in answer.territories


def test_a_town_named_before_is_asked_whether_it_is_in(engine: Engine) -> None:
    answer = engine.ask(
        question="Odeillo, près du four solaire à Font-Romeu, c'est dans le TI des "
        "Pyrénées-Orientales ?"
    )
    assert answer.text.startswith("Non")
    assert answer.territories == ()


def test_a_department_said_later_in_the_message_says_which_namesake(engine: Engine) -> None:
    answer = engine.ask(
        question="Saint-Nazaire c'est un TI ? je pense au port des chantiers en Loire-Atlantique"
    )
    assert answer.text.startswith("Oui : Saint-Nazaire (Loire-Atlantique, 44)")
    assert answer.territories == ()
    # (The part that only says which town it is asks nothing of its own.)
    assert "axes" not in answer.text


def test_a_common_noun_after_au_is_no_town(engine: Engine) -> None:
    (frame,) = engine.frames(question="je pense au port des chantiers en Loire-Atlantique")
    assert not any(s.startswith("commune:") for s in frame.about)


def test_a_name_far_better_known_as_the_start_of_a_longer_one(engine: Engine) -> None:
    # (Computed: Bagnols-sur-Cèze, 18 112 inhabitants; Bagnols (69), 765.)
    answer = engine.ask(question="Bagnols c'est dans un territoire d'industrie ?")
    assert answer.text.startswith("Oui : Bagnols-sur-Cèze (Gard, 30)")
    assert "Bagnols (Rhône, 69)" in answer.text
    # (The small one, placed, is still itself.)
    placed = engine.ask(question="Lézignan (65) est dans un TI ?")
    assert placed.text.startswith("Oui : Lézignan (Hautes-Pyrénées, 65)")


def test_a_person_set_aside_by_a_correction_is_not_asked_of(engine: Engine) -> None:
    first = engine.reply(question="le portable de Margot Scherer ?", context=NO_CONTEXT, now=0.0)
    corrected = engine.reply(
        question="non pardon je voulais le portable de Delphine Amilhau, pas Scherer",
        context=first.context,
        now=20.0,
    )
    assert "06 70 85 30 75" in corrected.answer.text
    assert "06 08 46 28 31" not in corrected.answer.text
