"""What no source holds, asked around: named outright (who chaired the Assembly,
how long a file takes, the programme's total budget, the count to come, who heads a
partner), and followed by words that only ask it again (« il me faut son nom et son
mail », « Names please »): said not to be in the sources, never with a card or a list."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Qui a présidé l'assemblée générale du 9 novembre ?",
        "combien de temps faut il pour qu'un dossier soit instruit ?",
        "What is the programme's total budget for 2023-2027?",
        "Il y aura combien de lauréats en 2027 ?",
        "Who is the CEO of the Banque des Territoires?",
        "Qui est le chef de projet d'Alès ? il me faut son nom et son numéro",
        "Which firms belong to the Albigeois territory? Names please",
    ],
)
def test_said_to_be_beyond_the_sources(engine: Engine, question: str) -> None:
    answer = engine.ask(question=question)
    assert answer.territories == ()
    assert "ne le dit pas" in answer.text or "does not say" in answer.text
