"""The perimeter question set, and the labelled set's towns, checked against the data."""

from __future__ import annotations

import yaml

from bot.engine import Engine
from bot.normalize import fold
from scripts.make_perimeter_questions import HEADER, OUTPUT, Data, cases
from tests import evaluate, evaluate_perimeters


def test_the_set_is_generated_from_the_current_data() -> None:
    text = yaml.safe_dump(cases(Data()), allow_unicode=True, sort_keys=False, width=100)
    assert OUTPUT.read_text(encoding="utf-8") == HEADER + text


def test_the_set_covers_at_least_200_communes_and_every_laureate() -> None:
    found = evaluate_perimeters.load_cases()
    about_communes = [c for c in found if c.group != "perimeter of a laureate"]
    assert len(about_communes) >= 200
    groups = {c.group for c in found}
    assert {"elsewhere in France", "intercommunality by name", "is X in Y"} <= groups
    laureates = {name for c in found for name in c.territories}
    assert len(laureates) == 15


def test_every_perimeter_question_is_answered_as_the_data_says(engine: Engine) -> None:
    misses = evaluate_perimeters.run(engine, evaluate_perimeters.load_cases())
    assert not misses, "\n".join(str(miss) for miss in misses)


def test_no_perimeter_answer_claims_what_the_data_does_not(engine: Engine) -> None:
    misses = evaluate_perimeters.run(engine, evaluate_perimeters.load_cases())
    assert not [miss for miss in misses if miss.false_claim]


def test_the_labelled_sets_bare_towns_and_postal_codes_agree_with_the_data() -> None:
    """Earlier labels relied on « named in the release »: the data decides now."""
    data = Data()
    places = data.places
    checked = 0
    for case in evaluate.load_cases():
        if case.intent != "laureate":
            continue
        words = case.question.strip().strip('"')
        folded = fold(words)
        if folded in places.communes_by_postal_code:
            expected = data.expect(list(places.communes_by_postal_code[folded]))
        elif folded in places.communes_by_name:
            expected = data.expect([data.plausible(words)])
        else:
            continue
        checked += 1
        assert sorted(case.territories) == expected["territories"], case.question
    assert checked >= 60
