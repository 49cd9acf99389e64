"""The labelled question set: every question answered as labelled."""

from bot.engine import Engine
from tests.evaluate import HELDOUT, load_cases, run


def test_question_set_is_large_enough() -> None:
    assert len(load_cases()) >= 400


def test_every_question_is_answered_as_labelled(engine: Engine) -> None:
    misses = run(engine, load_cases())
    assert not misses, "\n".join(str(miss) for miss in misses)


def test_no_non_laureate_place_is_ever_claimed(engine: Engine) -> None:
    false_claims = [
        miss
        for miss in run(engine, load_cases())
        if miss.answer.territories and not miss.case.territories
    ]
    assert not false_claims


def test_every_affirmed_laureate_is_named_in_the_answer(engine: Engine) -> None:
    for case in load_cases():
        answer = engine.ask(question=case.question)
        for name in answer.territories:
            assert name in answer.text, (case.question, name)


# Measured once before any tuning (73.2 %), then after general rules and better data;
# a floor below the final score catches a regression without asserting on noise.
HELDOUT_FLOOR = 0.83


def test_the_held_out_set_scores_at_least_its_floor(engine: Engine) -> None:
    cases = load_cases(HELDOUT)
    misses = run(engine, cases)
    assert 1 - len(misses) / len(cases) >= HELDOUT_FLOOR, "\n".join(map(str, misses))
