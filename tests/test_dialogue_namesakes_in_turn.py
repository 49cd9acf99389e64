"""Towns asked one after another, namesakes included, then weighed together. Place facts:
Etalab's division with ANCT's perimeters (Mauvezin: Gers 32 2 274 inhabitants, in
Interdépartemental 32/82; Haute-Garonne 31 82, in Comminges-Nestes. Saint-Juéry: Tarn 81
6 564, in the Albigeois; Aveyron 12 256, in none; Lozère 48 51, in Nord Lozère)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_two_namesakes_answered_with_their_laureates_are_weighed_as_towns(
    engine: Engine,
) -> None:
    *_, which = talk(
        engine,
        "Mauvezin (Gers), c'est quel territoire d'industrie ?",
        "et Mauvezin en Haute-Garonne ?",
        "lequel des deux a le plus d'habitants ?",
    )
    assert which.startswith("Mauvezin (Gers, 32) est la plus peuplée")
    assert "Mauvezin (Haute-Garonne, 31) : 82 habitants" in which
    assert "Comminges-Nestes" not in which


def test_three_towns_asked_in_turn_are_all_weighed(engine: Engine) -> None:
    *_, which = talk(
        engine,
        "Saint-Juéry dans le Tarn, c'est dans un TI ?",
        "et celui de l'Aveyron ?",
        "et celui de Lozère ?",
        "lequel des trois est le plus peuplé ?",
    )
    assert which.startswith("Saint-Juéry (Tarn, 81) est la plus peuplée")
    assert "Saint-Juéry (Aveyron, 12) : 256 habitants" in which
    assert "Saint-Juéry (Lozère, 48) : 51 habitants" in which
