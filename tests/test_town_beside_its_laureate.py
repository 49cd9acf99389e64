"""A town named beside the laureate that bears its name (« Revel c'est bien dans Castres
Revel Castelnaudary ? ») is the town asked of that laureate; « on est côté Haute-Garonne »
after it only says where the asker is."""

from __future__ import annotations

from bot.engine import Engine


def test_a_town_asked_of_the_laureate_bearing_its_name(engine: Engine) -> None:
    revel = engine.ask(question="Revel est dans Castres Revel Castelnaudary ?")
    assert revel.text.startswith("Oui : Revel (Haute-Garonne, 31) fait partie du territoire")
    placed = engine.ask(
        question="Revel c'est bien dans Castres Revel Castelnaudary ? on est côté Haute-Garonne"
    )
    assert placed.text.startswith("Oui : Revel (Haute-Garonne, 31) fait partie du territoire")
    assert "Comminges-Nestes" not in placed.text
    assert placed.territories == ("Castres Revel Castelnaudary",)
