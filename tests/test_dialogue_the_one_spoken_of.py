"""Follow-ups of the territory just spoken of, or put first, placed in a region; the whole of
France named; departments a laureate reaches by ANCT's perimeter. Place facts: ANCT's
perimeters with Etalab's division (Tarbes and Lourdes are in Lacq Pau Tarbes, which spans
the Pyrénées-Atlantiques and the Hautes-Pyrénées and has the most communes of the 183,
561; Aix-Marseille-Provence is the most populous of the 183, 1 939 077 inhabitants, in
Provence-Alpes-Côte d'Azur; one commune of the Ardèche is in Alès)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_that_territory_is_the_one_the_towns_are_in(engine: Engine) -> None:
    _, region = talk(
        engine,
        "Are Tarbes and Lourdes in a Territoire d'industrie?",
        "Is that territory in Occitanie?",
    )
    assert region.startswith("Partly: « Lacq Pau Tarbes » spans 2 departments")


def test_the_first_ranked_is_placed_and_france_is_the_whole(engine: Engine) -> None:
    *_, placed, france, member = talk(
        engine,
        "au niveau national, quel territoire d'industrie compte le plus de communes ?",
        "il est en Occitanie ?",
        "et le plus peuplé de France ?",
        "il fait partie des 15 d'Occitanie ?",
    )
    assert placed.startswith("Oui, en partie : « Lacq Pau Tarbes » s'étend sur 2 départements")
    assert france.startswith(
        "Des 183 territoires d'industrie, « Aix-Marseille-Provence » est le plus"
    )
    assert member.startswith("Non : « Aix-Marseille-Provence » est en Provence-Alpes-Côte d'Azur")


def test_a_department_a_laureate_reaches_beyond_the_release_s(engine: Engine) -> None:
    said = engine.ask(
        question="Est-ce qu'une commune ardéchoise fait partie d'un lauréat d'Occitanie ?"
    ).text
    assert said.startswith("Oui : 1 lauréat « Territoires d'industrie » 2023-2027 dans l'Ardèche")
    assert "• Alès (30) : 1 commune du département" in said
