"""ANCT's territories listed or ranked say which of them is one of the release's fifteen,
by its name in the release. Place facts: ANCT's data (the Pyrénées-Atlantiques hold « Lacq –
Pau – Tarbes » and « Pays Basque »; the Gard, Alès, « Gard Rhodanien – Pont du Gard » and
« Vaucluse »; of the 183, Lacq Pau Tarbes has the most communes, 561, and Nord Lozère the
fewest inhabitants, 15 347)."""

from __future__ import annotations

from bot.engine import Engine


def test_a_department_s_territories_mark_the_laureates(engine: Engine) -> None:
    answer = engine.ask(
        question="Quels territoires d'industrie touchent les Pyrénées-Atlantiques ?"
    )
    assert "• Lacq – Pau – Tarbes (lauréat d'Occitanie « Lacq Pau Tarbes »)" in answer.text
    assert "• Pays Basque\n" in answer.text
    assert answer.territories == ("Lacq Pau Tarbes",)


def test_all_the_territories_of_an_occitanie_department_are_listed_when_asked(
    engine: Engine,
) -> None:
    gard = engine.ask(question="Quels territoires d'industrie touchent le Gard ?")
    assert gard.text.startswith("3 territoires d'industrie dans le Gard (30) selon l'ANCT")
    assert "• Alès (lauréat d'Occitanie)" in gard.text and "• Vaucluse" in gard.text
    assert gard.territories == ("Alès", "Pont du Gard/Gard Rhodanien")


def test_the_first_of_the_183_ranked_is_marked_when_a_laureate(engine: Engine) -> None:
    answer = engine.ask(question="Parmi les 183 territoires, lequel compte le plus de communes ?")
    assert "« Lacq Pau Tarbes » en a le plus : 561 communes" in answer.text
    assert answer.territories == ("Lacq Pau Tarbes",)
    fewest = engine.ask(question="Parmi les 183 territoires, lequel compte le moins d'habitants ?")
    assert fewest.territories == ("Nord Lozère",)
    most = engine.ask(question="Parmi les 183 territoires, lequel compte le plus d'habitants ?")
    assert most.territories == ()
