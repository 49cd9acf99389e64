"""The console chat's rendering: answers wrapped to the terminal, buttons as numbered choices."""

from __future__ import annotations

import re
import textwrap

from bot.answer import Answer, Button

# More choices than digits would need two keystrokes and collide with numbers people type.
MAX_CHOICES = 9
_ITEM = re.compile(r"^(\s*(?:[•\-*]|\d+\.)\s+)")
# Spaces a line must not break at: inside « guillemets », before French « : ; ? ! »,
# and inside a phone number.
_KEEP = re.compile(r"(?<=«) | (?=[»:;?!])|(?<=\d) (?=\d\d\b)")
_NBSP = "\u00a0"


def wrap(text: str, *, width: int) -> str:
    """Each line wrapped at word boundaries; list items keep their hanging indent."""
    width = max(width, 20)
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        marker = _ITEM.match(line)
        indent = " " * len(marker[1]) if marker else ""
        # textwrap splits at ASCII whitespace only: a no-break space holds words together.
        filled = textwrap.fill(
            _KEEP.sub(_NBSP, line),
            width=width,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.append(filled.replace(_NBSP, " "))
    return "\n".join(lines)


def render(answer: Answer, *, width: int) -> str:
    """The answer, then its follow-up buttons numbered: typing the digit opens one."""
    text = wrap(answer.text, width=width)
    buttons = answer.buttons[:MAX_CHOICES]
    if not buttons:
        return text
    choices = "\n".join(
        wrap(f"  {number}. {button.label}", width=width) for number, button in enumerate(buttons, 1)
    )
    return f"{text}\n\n{choices}"


def choice(line: str, buttons: tuple[Button, ...]) -> Button | None:
    """The button a lone digit picks among those just offered, else None."""
    typed = line.strip()
    if len(typed) != 1 or not typed.isdigit():
        return None
    number = int(typed)
    offered = buttons[:MAX_CHOICES]
    return offered[number - 1] if 1 <= number <= len(offered) else None
