"""An engine answer as Telegram HTML: escaped, names in bold, numbers tappable, split under 4096."""

from __future__ import annotations

import functools
import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answer import Answer, Button

MESSAGE_LIMIT = 4096
CALLBACK_LIMIT = 64
_FRENCH_PHONE = re.compile(r"\b0([1-9])((?: \d\d){4})\b")


def phone_international(number: str) -> str:
    """« 05 34 45 38 31 » → « +33 5 34 45 38 31 », the form Telegram makes tappable."""
    return _FRENCH_PHONE.sub(r"+33 \1\2", number)


def to_html(answer: Answer) -> str:
    text = html.escape(answer.text, quote=False)
    for name in sorted(set(answer.emphasis), key=len, reverse=True):
        escaped = html.escape(name, quote=False)
        text = re.sub(rf"(?<![\w>]){re.escape(escaped)}(?![\w<])", f"<b>{escaped}</b>", text)
    return phone_international(text)


def split_message(text: str, *, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cuts at paragraph, then line, then word boundaries, never inside markup."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _cut_point(rest[:limit])
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks


def _cut_point(window: str) -> int:
    for separator in ("\n\n", "\n", " "):
        cut = window.rfind(separator)
        while cut > 0 and _inside_markup(window[:cut]):
            cut = window.rfind(separator, 0, cut)
        if cut > 0:
            return cut
    cut = len(window)
    while cut > 1 and _inside_markup(window[:cut]):
        cut -= 1
    return cut


def _inside_markup(prefix: str) -> bool:
    """True where a cut would split a tag, an entity or a bold span."""
    return (
        prefix.count("<b>") > prefix.count("</b>")
        or prefix.rfind("<") > prefix.rfind(">")
        or prefix.rfind("&") > prefix.rfind(";")
    )


@functools.lru_cache(maxsize=4096)
def _button(label: str, key: str) -> InlineKeyboardButton:
    """Telegram's button objects are immutable and slow to build: the same label and key
    (a laureate, a topic) recur in answer after answer, so each is built once."""
    return InlineKeyboardButton(label[:64], callback_data=key)


def keyboard(
    buttons: tuple[Button, ...], *, feedback: tuple[Button, ...] = ()
) -> InlineKeyboardMarkup | None:
    rows = [
        [_button(button.label, button.key)]
        for button in buttons
        if 0 < len(button.key.encode()) <= CALLBACK_LIMIT
    ]
    if feedback:
        # Feedback keys are unique to each message: built fresh, not cached.
        rows.append([InlineKeyboardButton(b.label, callback_data=b.key) for b in feedback])
    return InlineKeyboardMarkup(rows) if rows else None
