"""The sealed corpus's scorer: what makes an answer right (tests/sealed/FRAMES.md)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.answer import Answer
from tests.evaluate_sealed import Expect, Turn, judge, load_conversations, load_questions


def turn(**expect: Any) -> Turn:
    blank = Expect(polarity=None, says=(), never=(), laureates=None, unknown=False)
    return Turn(question="q", asks=("status",), ops=("yesno",), expect=replace(blank, **expect))


def answer(text: str, *territories: str) -> Answer:
    return Answer(question="q", text=text, intent="laureate", territories=territories)


def test_polarity_words_laureates_and_unknowns_are_all_required() -> None:
    renewed = "Non : « Béziers-Sète » n'est pas un nouveau lauréat, c'est un renouvellement."
    assert judge(turn(polarity="non", says=("renouvel",)), answer(renewed)).right
    assert not judge(turn(polarity="oui"), answer(renewed)).right
    assert not judge(turn(says=("Sète", "Agde")), answer(renewed)).right
    assert not judge(turn(never=("beziers",)), answer(renewed)).right
    claim = judge(turn(laureates=frozenset()), answer("Oui : Alès…", "Alès"))
    assert not claim.right and claim.false_claim
    assert judge(turn(unknown=True), answer("Le communiqué ne le dit pas.")).right
    assert not judge(turn(unknown=True), answer("Il y a 100 M€.")).right


def test_the_corpus_is_large_enough_to_measure() -> None:
    assert len(load_questions()) >= 800
    conversations = load_conversations()
    assert len(conversations) >= 150
    assert all(t.asks for c in conversations for t in c)
