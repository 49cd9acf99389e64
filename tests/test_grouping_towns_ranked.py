"""An intercommunality's own towns, ranked by their inhabitants, asked outright or after
it was measured; a ranking said to be of the laureate stays the laureate's. Place facts:
Etalab's division (CC Couserans-Pyrénées: 94 communes, the largest Saint-Girons 6 008, the
smallest Suzan 26; CC Astarac Arros en Gascogne: 37, the largest Villecomtal-sur-Arros 831;
Pont du Gard/Gard Rhodanien's smallest: Saint-Christol-de-Rodières 160)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_grouping_s_largest_town_asked_outright(engine: Engine) -> None:
    answer = engine.ask(
        question="Quelle est la plus grosse commune de la CC Astarac Arros en Gascogne ?"
    )
    assert answer.text.startswith(
        "Des 37 communes de « CC Astarac Arros en Gascogne », la plus peuplée est "
        "Villecomtal-sur-Arros (32), 831 habitants."
    )


def test_a_grouping_just_measured_is_what_its_towns_are_ranked_of(engine: Engine) -> None:
    *_, largest, smallest = talk(
        engine,
        "Le TI Ariège regroupe quelles intercos ?",
        "La CC Couserans-Pyrénées compte combien de communes ?",
        "et sa commune la plus peuplée ?",
        "et la moins peuplée ?",
    )
    assert "la plus peuplée est Saint-Girons (09), 6 008 habitants" in largest
    assert "la moins peuplée est Suzan (09), 26 habitants" in smallest


def test_a_ranking_said_of_the_laureate_stays_the_laureate_s(engine: Engine) -> None:
    *_, smallest = talk(
        engine,
        "Quelles intercos dans le lauréat Pont du Gard/Gard Rhodanien ?",
        "La CC Pays d'Uzès en est membre ?",
        "Et la plus petite commune du lauréat ?",
    )
    assert "Saint-Christol-de-Rodières" in smallest


def test_the_most_populous_after_a_grouping_s_communes_counted_is_of_its_towns(
    engine: Engine,
) -> None:
    # (CC Aure Louron, in Comminges-Nestes: 46 communes, the largest Saint-Lary-Soulan 837.)
    *_, largest = talk(
        engine,
        "Dans Comminges-Nestes, il y a quelles intercos ?",
        "La CC Aure Louron, ça fait combien de communes ?",
        "la plus peuplée ?",
    )
    assert "la plus peuplée est Saint-Lary-Soulan (65), 837 habitants" in largest


def test_where_a_grouping_lies(engine: Engine) -> None:
    # (CC Aux sources du Canal du Midi: 28 communes, 1 in the Aude, 13 in the Haute-Garonne,
    # 14 in the Tarn.)
    one = engine.ask(question="La CC Aure Louron se trouve dans quel département ?").text
    assert (
        one
        == "Les 46 communes de « CC Aure Louron » (SIREN 246500573) sont dans les Hautes-Pyrénées (65)."
    )
    several = engine.ask(
        question="La CC Aux sources du Canal du Midi est dans quel département ?"
    ).text
    assert (
        "l'Aude (11) : 1 commune, la Haute-Garonne (31) : 13 communes et le Tarn (81) : 14 communes"
        in several
    )
