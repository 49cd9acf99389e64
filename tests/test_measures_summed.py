"""Several laureates measured side by side, and summed when asked « à eux deux », « en
tout », « combined ». Place facts: Etalab's division with ANCT's perimeters (Nord Lozère 37
communes, Grand Narbonne 37; Alès 156 691 inhabitants, the Albigeois 191 516)."""

from __future__ import annotations

from bot.engine import Engine


def test_the_sum_is_given_when_asked(engine: Engine) -> None:
    both = engine.ask(
        question="Grand Narbonne et Nord Lozère, combien de communes à eux deux ?"
    ).text
    assert "« Grand Narbonne » couvre 37 communes." in both
    assert both.endswith("Au total : 74 communes.")
    english = engine.ask(question="Population of Alès and the Albigeois combined?").text
    assert english.endswith("In all: 348,207 inhabitants.")


def test_no_sum_when_each_is_asked(engine: Engine) -> None:
    each = engine.ask(question="Grand Narbonne et Nord Lozère, combien de communes chacun ?").text
    assert "Au total" not in each
