"""A town named beside the laureate that bears its name (« Revel c'est bien dans Castres
Revel Castelnaudary ? ») is the town asked of that laureate; « on est côté Haute-Garonne »
after it only says where the asker is."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk


def test_a_town_asked_of_the_laureate_bearing_its_name(engine: Engine) -> None:
    revel = engine.ask(question="Revel est dans Castres Revel Castelnaudary ?")
    assert revel.text.startswith("Oui : Revel (Haute-Garonne, 31) fait partie du territoire")
    placed = engine.ask(
        question="Revel c'est bien dans Castres Revel Castelnaudary ? on est côté Haute-Garonne"
    )
    assert placed.text.startswith("Oui : Revel (Haute-Garonne, 31) fait partie du territoire")
    assert "Comminges-Nestes" not in placed.text
    assert placed.territories == ("Castres Revel Castelnaudary",)


def test_a_town_placed_by_the_asker_in_a_conversation(engine: Engine) -> None:
    texts = talk(
        engine,
        "Quels départements couvre Castres Revel Castelnaudary ?",
        "Revel c'est bien dedans ? on est côté Haute-Garonne",
    )
    assert texts[1].text.startswith("Oui : Revel (Haute-Garonne, 31) fait partie du territoire")
    assert texts[1].territories == ("Castres Revel Castelnaudary",)
    # (A namesake the asker places elsewhere is that one.)
    isere = engine.ask(question="Revel c'est dans un TI ? on est côté Isère").text
    assert isere.startswith(
        "Oui : Revel (Isère, 38) fait partie du territoire d'industrie « Sud Isère »"
    )
