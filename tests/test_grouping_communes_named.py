"""An intercommunality's communes asked for are named, the most populous first, beside how
many there are; counted only, they are counted."""

from __future__ import annotations

from bot.engine import Engine


def test_an_intercommunalitys_communes_are_named(engine: Engine) -> None:
    listed = engine.ask(question="quelles sont les communes de la CC du Vallespir ?").text
    assert "compte 10 communes" in listed
    assert "Ses communes, les plus peuplées d'abord : Céret (7 521), Le Boulou (5 487)" in listed
    # (Guard: a count is a count.)
    counted = engine.ask(question="la CC du Vallespir compte combien de communes ?").text
    assert "compte 10 communes" in counted
    assert "Céret" not in counted
