"""Any text at all gets a short answer, never an exception."""

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.knowledge.load import load_knowledge

ENGINE = Engine(knowledge=load_knowledge())
TELEGRAM_LIMIT = 4096


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gets_an_answer_under_telegram_limit(text: str) -> None:
    answer = ENGINE.ask(question=text)
    assert answer.text
    assert len(answer.text) < TELEGRAM_LIMIT
    assert 0.0 <= answer.confidence <= 1.0


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Alès", "le", "81", "lot", "Figeac", "(30)", "contact", "axes", "Paris", "eu", "y"]
        ),
        max_size=40,
    )
)
def test_word_salads_of_names_stay_bounded(words: list[str]) -> None:
    answer = ENGINE.ask(question=" ".join(words))
    assert len(answer.text) < TELEGRAM_LIMIT
    assert len(answer.buttons) <= 8


def test_hostile_inputs() -> None:
    for text in [
        "",
        " ",
        "\x00" * 50,
        "a" * 100_000,
        "\u202eédarT",
        "<b>Alès</b>",
        "' OR 1=1 --",
        "🏭" * 5000,
    ]:
        answer = ENGINE.ask(question=text)
        assert len(answer.text) < TELEGRAM_LIMIT
