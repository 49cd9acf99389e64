"""A list narrowed turn after turn: places set aside add up and keep the place chosen, and a
ranking « des cinq » is of the laureates just counted. (The release's statuses and
departments; ANCT's perimeters: Comminges-Nestes reaches the Haute-Garonne and the
Hautes-Pyrénées only, Castres Revel Castelnaudary the Tarn too; the new laureates' communes:
Nord Lozère 37, the fewest.)"""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_places_set_aside_add_up(engine: Engine) -> None:
    *_, both = talk(
        engine,
        "Quels sont les lauréats renouvelés ?",
        "et sans ceux du Gard ?",
        "et sans ceux de l'Aude non plus ?",
    )
    assert both.startswith("6 lauréats renouvelés hors du Gard (30) et de l'Aude (11)")


def test_a_place_set_aside_keeps_the_place_chosen(engine: Engine) -> None:
    *_, kept = talk(
        engine,
        "Quels lauréats sont présents en Haute-Garonne ?",
        "et sans ceux qui touchent aussi le Tarn ?",
    )
    assert kept.startswith("1 lauréat dans la Haute-Garonne (31) hors du Tarn (81)")
    assert "Comminges-Nestes" in kept and "Castres" not in kept


def test_a_ranking_of_the_five_just_counted(engine: Engine) -> None:
    *_, fewest = talk(
        engine,
        "Les cinq nouveaux lauréats, ça fait combien de communes en tout ?",
        "et lequel des cinq en a le moins ?",
    )
    assert fewest.startswith("« Nord Lozère » en a le moins : 37 communes.")
