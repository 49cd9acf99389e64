"""A measure asked of a department that a laureate is named after is that laureate's
(« et ça fait combien d'habitants ? » after the Ariège), and « ça fait combien de … ? »
counts that measure, not the laureates just listed; « il y en a ? » among a list asks
whether there are any."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk_texts


def test_the_inhabitants_of_the_department_a_laureate_is_named_after(engine: Engine) -> None:
    texts = talk_texts(
        engine,
        "L'Ariège c'est lauréat ?",
        "ça couvre tout le département ?",
        "et ça fait combien d'habitants ?",
    )
    assert texts[2] == "« Ariège » compte 155 722 habitants, dans ses 325 communes."


def test_whether_there_are_any_among_a_list(engine: Engine) -> None:
    texts = talk_texts(
        engine, "quels sont les lauréats interrégionaux ?", "et parmi les nouveaux, il y en a ?"
    )
    assert texts[1] == "Non : aucun des 15 lauréats d'Occitanie n'est interrégional et nouveau."
    tarn = talk_texts(
        engine, "quels sont les lauréats du Tarn ?", "et parmi eux des nouveaux, il y en a ?"
    )
    assert tarn[1].startswith("Oui : 2 lauréats nouveaux dans le Tarn (81)")
