"""What no source holds, in so many words: a person's age, a fax number, when conventions
are signed, which firms, how many pairs of officials and industrialists, a plant's closing.
Each gets « le communiqué ne le dit pas », never a card that answers something else."""

from __future__ import annotations

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Quel âge a Carole Delga ?",
        "Le numéro de fax de la préfecture ?",
        "Quand les lauréats signent-ils leur convention avec l'État ?",
        "Donne-moi la liste des industriels partenaires du TI Pyrénées-Orientales",
        "Combien de binômes élus-industriels y a-t-il en Occitanie et qui sont-ils ?",
        "On dit que l'usine de mon patron à Decazeville va fermer malgré le programme, c'est vrai ?",
    ],
)
def test_what_no_source_holds_is_said_so(engine: Engine, question: str) -> None:
    answer = engine.ask(question=question)
    assert answer.text.startswith("Le communiqué du 14 novembre 2023 ne le dit pas")
    assert not answer.territories
