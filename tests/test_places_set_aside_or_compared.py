"""A place named to be set aside (« pas celle du Tarn ») or to compare with (« le même code
postal que Castres ») is not asked of, and a town named before « c'est dans le TI X ? » is
the one asked of, whatever the part naming it reads as."""

from __future__ import annotations

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
