"""« pourquoi ? » asked of what was just answered: whether a town is in a territory, or a
territory a laureate."""

from __future__ import annotations

import re

from bot.understanding.frame import Frame, subject_kind

# « pourquoi ? », « why not? »: asked of what was just answered.
_BARE_WHY = re.compile(
    r"(?:(?:et|and|mais|but|ah|oh|bon|euh|hein|ok|d accord) )*(?:pourquoi|pq|pk|why|how come"
    r"|comment ca se fait)"
    r"(?: (?:ca|donc|alors|pas|not|so|that|non|them|lui|elle|eux))*"
    # (« pourquoi ? c'est dans le Tarn pourtant », « pk ? c la préfecture qd même »: and a
    # remark.)
    r"(?: (?:c est|c|cest|it s|it is|pourtant|yet|mais|but|alors que|puisque)\b(?: \w+){0,6})?"
)
# « pourquoi Millau n'y est pas ? »: why, of what was just answered, named again.
_WHY_OPENS = re.compile(
    r"(?:(?:et|and|mais|but|ah|oh|bon|euh|hein|ok|d accord) )*(?:pourquoi|pq|pk|why|how come)\b"
)


def asks_why(folded: str, *, frame: Frame, last: Frame) -> bool:
    """Whether the question asks why of the place the last frame placed (« pk ? c la
    préfecture qd même », « pourquoi Millau n'y est pas ? »)."""
    return (
        (last.ask == "membership" or (last.ask == "laureate" and last.op == "lookup"))
        and any(subject_kind(s) in {"commune", "epci", "territory", "laureate"} for s in last.about)
        and (
            _BARE_WHY.fullmatch(folded) is not None
            or (
                _WHY_OPENS.match(folded) is not None
                and bool(frame.about)
                and set(frame.about) <= set(last.about)
            )
        )
    )
