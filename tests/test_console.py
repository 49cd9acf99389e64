"""The console chat's rendering: wrapped to the width, buttons as numbered choices."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.answer import Answer, Button
from bot.console import choice, render, wrap
from bot.understanding.intents import Intent

BUTTONS = (Button("Les 4 axes", "topic_axes"), Button("Financement", "topic_funding"))


def test_long_lines_wrap_between_words_and_items_keep_their_indent() -> None:
    text = "• " + "Castres Revel Castelnaudary " * 5 + "\ncourt"
    lines = wrap(text, width=30).split("\n")
    assert all(len(line) <= 30 for line in lines)
    assert all(line.startswith("  ") for line in lines[1:-1])
    assert lines[-1] == "court"


def test_guillemets_french_punctuation_and_phone_numbers_stay_whole() -> None:
    text = "Oui : « Territoires d'industrie » ; appelez le 05 34 45 38 31 ou le 06 70 85 30 75 ?"
    for width in range(20, 60):
        for line in wrap(text, width=width).split("\n"):
            assert not line.endswith("«") and not line.startswith(("»", ":", ";", "?"))
            assert not line.endswith(("05", "34", "45", "38")) or line.endswith("31")


@given(st.text(alphabet=st.sampled_from("abcdéf «»:;?\n•"), max_size=300), st.integers(20, 120))
def test_wrapping_only_moves_line_breaks(text: str, width: int) -> None:
    assert wrap(text, width=width).split() == text.split()


def test_buttons_are_numbered_and_a_digit_picks_one() -> None:
    answer = Answer(question="q", text="Bonjour", intent=Intent.HELP, buttons=BUTTONS)
    assert render(answer, width=80) == "Bonjour\n\n  1. Les 4 axes\n  2. Financement"
    assert choice("2", BUTTONS) == BUTTONS[1]
    assert choice(" 1 ", BUTTONS) == BUTTONS[0]
    assert choice("3", BUTTONS) is None
    assert choice("0", BUTTONS) is None
    assert choice("81", BUTTONS) is None
    assert choice("1", ()) is None
