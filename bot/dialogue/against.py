"""A follow-up that sets what it names against what was just spoken of (« c'est plus que
Narbonne ? », « et par rapport à Figeac ? »), or the last ones against each other (« les deux
gardois, lequel a le plus de communes ? »)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.frame import FILLED, MEASURES, Frame, subject_kind
from bot.understanding.outright import superlative

# « c'est plus que Narbonne ? », « et par rapport à Figeac ? », « which is bigger, that or
# Grand Narbonne? »: what was just spoken of, set against what is now named.
_AGAINST = re.compile(
    r"\b(?:(?:plus|moins|autant)(?: \w+){0,3} (?:que|qu)|par rapport (?:a|au|aux)|compare\w*"
    r" (?:a|au|aux|avec|with|to)|versus|vs|than|that or|this or|ca ou|or that|or this)\b"
)
# « et Albigeois, c'est plus gros ? », « is Lacq Pau Tarbes bigger? »: what is named, set
# against what was just spoken of.
_BARE = re.compile(
    r"(?<!\ble )(?<!\bla )(?<!\bles )(?<!\bl )\b(?:plus|moins) (?:gros|grosse|grand|grande"
    r"|petit|petite|peuplee?|important|importante)s?\b(?! (?:ville|commune|de|des|du|d)\b)"
    r"|\b(?:bigger|larger|smaller|more populous|less populous|more populated)\b(?! than)"
)
_COMPARABLE = frozenset(["commune", "laureate", "territory", "department", "region", "epci"])


def sets_against(said: str) -> bool:
    """Whether the words set something against something else (« plus que », « than »)."""
    return bool(_AGAINST.search(said) or _BARE.search(said))


def compared_with(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« C'est plus que Narbonne ? » after Béziers's inhabitants: the two set against each
    other on the measure asked (the last one, unless the question says another)."""
    measure = last.ask
    if frame.ask in MEASURES and ("ask" in frame.stated or last.ask not in MEASURES):
        measure = frame.ask
    # (« c plus peuplé que le Gers ? » may read the department as a filter.)
    against = frame.about if "about" in frame.stated else frame.filters
    bare = not _AGAINST.search(said) and bool(_BARE.search(said))
    if (
        not (bare or _AGAINST.search(said))
        or measure not in MEASURES
        or len(against) != 1
        or len(last.about) != 1
        or against == last.about
        or not {subject_kind(against[0]), subject_kind(last.about[0])} <= _COMPARABLE
    ):
        return None
    (named,) = against
    if subject_kind(last.about[0]) == "commune":
        # (« et par rapport à Figeac ? » after a town: the town of Figeac.)
        named = dict(frame.towns).get(named, named)
    return replace(
        frame,
        ask=measure,
        op="compare",
        about=(named, last.about[0]) if bare else (last.about[0], named),
        filters=(),
        stated=frame.stated | FILLED,
    )


# « lequel … ? », « which one … ? »: one picked among several.
_WHICH_ONE = re.compile(r"\b(?:lequel|laquelle|which)\b")


def ranked_among_last(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« Les deux gardois, lequel a le plus de communes ? » after the Gard's laureates: those
    laureates ranked, though the words name the department (its part in it, when asked « dans
    l'Aude »: bot.answers.ranked)."""
    order = superlative(said)
    places = [s for s in (*frame.about, *frame.filters) if subject_kind(s) == "department"]
    if (
        order is None
        or not _WHICH_ONE.search(said)
        or frame.ask not in MEASURES
        or len(places) != 1
        or len(frame.about) > 1
        or last.ask != "laureate"
        or last.op not in {"list", "count"}
        or last.about not in {("laureates",), ("territories",)}
    ):
        return None
    filters = tuple(dict.fromkeys((*last.filters, *places)))
    return replace(
        frame, op=order, about=("laureates",), filters=filters, stated=frame.stated | FILLED
    )


def share_of_last(frame: Frame, *, last: Frame) -> Frame | None:
    """« et quelle part est en Occitanie ? » after the 183 territories counted: the share of
    them the region holds, not a share of its own communes; « en pourcentage des quinze ? »
    after laureates narrowed: the share they make."""
    if (
        frame.op == "share"
        and frame.about in {(), ("laureates",)}
        and not frame.filters
        and last.about == ("laureates",)
        and last.filters
        and last.op in {"count", "list", "yesno"}
    ):
        # « en pourcentage des quinze ? » after the renewed ones outside the Gard: their
        # share of the fifteen.
        return replace(
            frame,
            ask=last.ask,
            about=last.about,
            filters=last.filters,
            stated=frame.stated | FILLED,
        )
    if (
        frame.op != "share"
        or len(frame.about) != 1
        or subject_kind(frame.about[0]) != "region"
        or last.about != ("territories",)
        or last.op not in {"count", "list"}
    ):
        return None
    filters = tuple(dict.fromkeys((*last.filters, frame.about[0])))
    return replace(
        frame, ask="region", about=last.about, filters=filters, stated=frame.stated | FILLED
    )
