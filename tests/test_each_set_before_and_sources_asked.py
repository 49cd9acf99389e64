"""« Chaque lauréat du Gers : combien de communes ? » asks the count of each; « tu te bases
sur quoi ? », « d'où tu sors ça ? » ask for the sources. Place facts (ANCT's perimeters with
Etalab's division): the Gers's laureates are Interdépartemental 32/82 (160 of its communes
there) and Grand Auch/Astarac (71)."""

from __future__ import annotations

from bot.engine import Engine


def test_each_set_before_the_question(engine: Engine) -> None:
    answer = engine.ask(question="Chaque lauréat du Gers : combien de communes ?").text
    assert "« Interdépartemental 32/82 » compte 160 communes dans le Gers" in answer
    assert "« Grand Auch/Astarac » compte 71 communes dans le Gers" in answer


def test_the_sources_asked_in_other_words(engine: Engine) -> None:
    for question in ("Tu te bases sur quoi pour répondre ?", "d'où tu sors ça ?"):
        assert engine.ask(question=question).text.startswith(
            "Je réponds d'après ces sources, et rien d'autre"
        ), question
