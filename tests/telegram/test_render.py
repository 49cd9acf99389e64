"""How an answer looks in Telegram."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answer import Answer, Button
from bot.engine import Engine
from bot.telegram.render import MESSAGE_LIMIT, keyboard, phone_international, split_message, to_html
from bot.understanding.intents import Intent
from tests.telegram.fake_bot_api import html_problems


def answer(text: str, *, emphasis: tuple[str, ...] = ()) -> Answer:
    return Answer(question="q", text=text, intent=Intent.LAUREATE, emphasis=emphasis)


def test_user_and_knowledge_text_is_escaped_and_names_are_bold() -> None:
    rendered = to_html(answer("« Alès » <script> & co", emphasis=("Alès",)))
    assert rendered == "« <b>Alès</b> » &lt;script&gt; &amp; co"


def test_french_numbers_become_international_so_telegram_makes_them_tappable() -> None:
    assert phone_international("Tél : 05 34 45 38 31.") == "Tél : +33 5 34 45 38 31."


def test_long_answers_split_at_paragraphs_under_the_limit() -> None:
    paragraph = ("<b>Alès</b> " * 300).strip()
    chunks = split_message("\n\n".join([paragraph] * 5))
    assert len(chunks) > 1
    for chunk in chunks:
        assert len(chunk) <= MESSAGE_LIMIT
        assert not html_problems(chunk)


def test_a_single_huge_word_is_cut_without_breaking_markup() -> None:
    chunks = split_message("&amp;" * 2000)
    assert all(len(c) <= MESSAGE_LIMIT and not html_problems(c) for c in chunks)


def test_every_engine_answer_renders_to_valid_telegram_html(engine: Engine) -> None:
    for question in [
        "contacts presse",
        "les lauréats",
        "les citations",
        "Prades",
        "<b>Alès</b> & le 81",
        "Is Foix covered?",
    ]:
        for chunk in split_message(to_html(engine.ask(question=question))):
            assert not html_problems(chunk), question


def test_keyboard_keeps_only_valid_callback_data() -> None:
    markup = keyboard((Button("Alès", "t_ales"), Button("trop long", "x" * 65)))
    assert markup is not None
    assert [[b.callback_data for b in row] for row in markup.inline_keyboard] == [["t_ales"]]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_question_renders_to_valid_telegram_html(engine: Engine, text: str) -> None:
    for chunk in split_message(to_html(engine.ask(question=text))):
        assert not html_problems(chunk)
