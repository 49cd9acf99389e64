"""Intercommunalities picked in a conversation: the one a ranking put first is the « elle »
that follows; two towns' intercommunalities compared; « celle de Carmaux » is the town's."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk_texts


def test_the_intercommunality_ranked_first_is_the_one_spoken_of(engine: Engine) -> None:
    texts = talk_texts(
        engine,
        "Quelles intercommunalités font partie de Lacq Pau Tarbes ?",
        "et la plus grande ?",
        "Elle compte combien de communes ?",
    )
    assert "le plus peuplé est « CA Pau Béarn Pyrénées »" in texts[1]
    assert texts[2].startswith("« CA Pau Béarn Pyrénées » (SIREN 200067254) compte 31 communes")
    towns = talk_texts(
        engine,
        "Which intercommunalities make up Pyrénées-Orientales?",
        "And the smallest of them by population?",
        "what's its main town?",
    )[2]
    assert towns.startswith("Of the 10 communes of “CC du Vallespir”, the most populous is Céret")


def test_two_towns_intercommunalities_and_the_one_of_a_town(engine: Engine) -> None:
    texts = talk_texts(
        engine,
        "Carmaux et Albi sont-elles dans le même territoire d'industrie ?",
        "et dans la même interco ?",
        "celle de Carmaux, combien de communes ?",
    )
    assert texts[1].startswith(
        "Non : Carmaux (81) appartient à l'intercommunalité « CC Carmausin-Ségala »"
    )
    assert texts[2].startswith("« CC Carmausin-Ségala » (SIREN 200040905) compte 31 communes")
