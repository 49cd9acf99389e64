"""Whether a yes/no question asks if a town lies in the department it names, rather than
in a territory."""

from __future__ import annotations

import re

from bot.normalize import fold
from bot.understanding.frame import subject_kind
from bot.understanding.link import Linked
from bot.understanding.settled import LAUREATE_WORD

_COVERED = re.compile(
    r"\b(?:couverte?s?|couvre|perimetre|dedans|concernee?s?|industri\w*|programme|covered|in it"
    # (« Gourdon, dans le Lot, en fait partie ? »: of the territory spoken of.)
    r"|en fait partie|en fait aussi partie|part of it|y est|y sont)\b"
)
# « en Lozère », « dans le Gard »: where a town is said to lie.
_WITHIN = re.compile(r"\b(?:en|dans|in|within)\b")
_BRACKETED = re.compile(r"\([^)]*\)")
# « les lauréats ont été dévoilés à Paris ? »: the town where they were made known, not one
# they are in.
_ANNOUNCED_AT = re.compile(
    r"\b(?:annonce|devoile|presente|revele|proclame|announced|unveiled|revealed)s? (?:a|en|in|at) "
    r"|\bc est (?:a|en) .{1,40}? qu (?:on |ils |elles |l on )?(?:a|ont|ont ete|a ete) "
    r"(?:annonce|devoile|presente|revele|proclame)"
)
# Toulouse, where the release presented Occitanie's laureates: said of the release.
_RELEASED_AT = re.compile(r"\btoulouse\b")
# A town, or Paris (a department too), said where the laureates were announced.
_TOWNS = frozenset(["commune", "department"])


def announced_at(linked: Linked) -> tuple[str, ...]:
    """« les 183 ont été annoncés à Paris ? »: where the laureates were made known, asked of
    the assembly (or of the release, at Toulouse); nothing when no town is said so."""
    if not _ANNOUNCED_AT.search(linked.folded) or not any(
        subject_kind(s) in _TOWNS for s in linked.named
    ):
        return ()
    return ("release",) if _RELEASED_AT.search(linked.folded) else ("assembly",)


def placed_in_department(
    *, ask: str, op: str, about: tuple[str, ...], linked: Linked
) -> tuple[str, ...]:
    """« Mende c'est en Lozère ? »: whether the town is in the department named, not in a
    territory: the town and the departments, or nothing when the words ask otherwise."""
    folded = linked.folded
    placing = tuple(s for s in linked.named if subject_kind(s) == "department")
    if (
        op == "yesno"
        and ask in {"membership", "departments", "region"}
        and [subject_kind(s) for s in about if subject_kind(s) != "department"] == ["commune"]
        and placing
        # (« Pia c dans Pyrénées-Orientales ? » names the laureate; « … est couverte ? »
        # asks of the territories.)
        and not linked.bearing
        and not any(subject_kind(s) in {"laureate", "territory"} for s in linked.named)
        and not LAUREATE_WORD.search(folded)
        and not _COVERED.search(folded)
        # (« et Gourdon (dans le Lot) ? »: a department in brackets says which town.)
        and _WITHIN.search(fold(_BRACKETED.sub(" ", linked.text)))
    ):
        return tuple(dict.fromkeys((*about, *placing)))
    return ()
