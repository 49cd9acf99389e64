"""Which side of the last frame a follow-up goes on from: the territory or the town, the
whole or its part in a department, the last frame about a place, the laureate a department
named like it stands for, and the territory placed within a department."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.dialogue.context import Context
from bot.normalize import fold
from bot.understanding.frame import MEASURES, PLACE_KINDS, Frame, subject_kind
from bot.understanding.outright import ONE_GROUPING, REACHES

# « lesquelles ? », « which ones? »: the communes, of a question on them.
_THOSE_COMMUNES = re.compile(
    r"(?:et |ok |alors |and )?(?:lesquelles|laquelle|quelles? communes?|which ones?"
    r"|which (?:town|commune|municipality)s?)\b"
)

# « ce territoire », « the whole territory »: the territory, not the town in it.
THIS_TERRITORY = re.compile(
    r"\b(?:ce|le|du|this|the|that)(?: whole| entire)? (?:territoire|territory|ti|laureat|laureate)\b"
)

# Subjects that have towns of their own to rank.
_TERRITORIES = ("laureate:", "territory:")
# « laquelle des deux », « which of the two »: one of those just named.
# « du lauréat », « au total »: the territory, not the grouping just spoken of.
_THE_TERRITORY = re.compile(
    r"\b(?:laureats?|laureates?|territoires?|territory|ti|au total|en tout|in all|altogether)\b"
)
# « au total », « en tout »: the whole the town was asked to be in.
_WHOLE = re.compile(r"\b(?:au total|en tout|in all|in total|altogether)\b")
_OF_THE_TWO = re.compile(r"\b(?:des deux|of the two|entre les deux|between the two|of both)\b")
# What a territory has in each of its departments.
_PARTS = frozenset(["communes", "population"])


def one_side(frame: Frame, last: Frame, *, folded: str) -> Frame:
    """Of a last frame about laureates and towns or departments, the side a follow-up asks
    of: « et les intercos membres ? » after the share of the 66 its laureate covers, the
    laureate's; « combien d'habitants couvre ce TI ? » after whether a town is in it, the
    laureate's, and the town's otherwise."""
    of_it = territorial(frame) or (frame.ask == "departments" and frame.op in {"count", "list"})
    laureates = tuple(s for s in last.about if subject_kind(s) == "laureate")
    towns = tuple(s for s in last.about if subject_kind(s) in {"commune", "epci"})
    asked_of = {s for s in last.named if subject_kind(s) == "laureate"}
    if not laureates and last.ask == "membership" and len(asked_of) == 1 and _measured(frame):
        # « et sa plus grande commune ? » after « Mirande est dans Grand Auch/Astarac ? »
        # answered « Non »: of the laureate it was asked of; never its status, which would
        # read as the town's.
        return replace(last, ask=frame.ask, op=frame.op, about=tuple(asked_of), filters=())
    if of_it or (towns and (THIS_TERRITORY.search(folded) or _WHOLE.search(folded))):
        kept = laureates
    else:
        kept = towns if laureates and frame.ask != "membership" else ()
    if kept and len(kept) < len(last.about):
        departments = tuple(s for s in last.about if subject_kind(s) == "department")
        # (« lesquelles ? » after whether some of its communes are in the Hérault, or after
        # whether it reaches there; « quelles communes ? » after whether it reaches the
        # Lot-et-Garonne: its communes there.)
        those = last.ask == "departments" and bool(_THOSE_COMMUNES.match(folded))
        part = kept == laureates and (
            (last.ask in _PARTS and ("ask" not in frame.stated or frame.ask == last.ask))
            or (last.ask == "departments" and frame.ask in _PARTS and "ask" in frame.stated)
            or those
        )
        return replace(
            last,
            about=kept,
            filters=departments if part else (),
            ask="communes" if those and part else last.ask,
            op="list" if those and part else last.op,
        )
    return last


def _measured(frame: Frame) -> bool:
    return territorial(frame) and frame.ask in {"communes", "population", "members"}


def last_of(
    frames: tuple[Frame, ...],
    frame: Frame,
    *,
    before: tuple[Frame, ...] = (),
    affirmed: tuple[str, ...] = (),
) -> Frame:
    """The last frame a follow-up goes on from: of several, the last about a place when
    it asks what only a territory has (« Chalon, un TI ? et l'AG c'était là ? » then « il a
    combien d'intercos ce territoire ? »); the territory spoken of `before`, when the last
    answer was of a town in none (`affirmed` none): « et Montbeton ? » answered « Non »,
    « la plus grande ville alors ? » is of the territory the towns were asked in."""
    last = frames[-1]
    if territorial(frame) and "about" not in frame.stated:
        placed = [f for f in frames if any(subject_kind(s) in PLACE_KINDS for s in f.about)]
        if placed:
            last = placed[-1]
        towns_only = all(subject_kind(s) == "commune" for s in last.about)
        spoken = [f for f in before if any(s.startswith(_TERRITORIES) for s in f.about)]
        if last.about and towns_only and not affirmed and spoken:
            about = tuple(s for s in spoken[-1].about if s.startswith(_TERRITORIES))
            last = replace(spoken[-1], about=about)
    if last.ask == "membership" and frame.ask != "membership" and "region:Occitanie" in last.about:
        # « il fait partie des lauréats d'Occitanie ? » then « combien de communes ? »: of
        # the territory; the region only said which fifteen.
        kept = tuple(s for s in last.about if s != "region:Occitanie")
        last = replace(last, about=kept) if kept else last
    return last


def as_towns(frame: Frame) -> Frame:
    """« et Rodez ? » after a town's population: the town, not the laureate named after it,
    when the question asks nothing of its own."""
    towns = dict(frame.towns)
    if "ask" in frame.stated or not frame.about or any(s not in towns for s in frame.about):
        return frame
    return replace(frame, about=tuple(towns[s] for s in frame.about))


def of_a_territory(frame: Frame, last: Frame, *, said: bool = False) -> bool:
    """What only a territory has (or what the words `said` of it), asked after a town or a
    department was the subject."""
    # (An intercommunality just measured has communes, and a largest town, of its own:
    # « et sa ville la plus peuplée ? »; not « … du lauréat ? », « … au total ? ».)
    its_own = (
        last.ask in {"communes", "population"}
        and (
            frame.ask == "communes"
            or (frame.ask == "population" and frame.op in {"most", "least"})
            # (« lesquelles ? », « list them » ask nothing of their own: its communes.)
            or "ask" not in frame.stated
        )
        and not _THE_TERRITORY.search(fold(frame.text))
    )
    towns = bool(last.about) and all(
        subject_kind(s) in {"commune", "department"} or (subject_kind(s) == "epci" and not its_own)
        for s in last.about
    )
    # (« ce territoire, combien de communes dans les Hautes-Pyrénées ? » names a part of it.)
    unnamed = "about" not in frame.stated or all(
        subject_kind(s) in {"department", "region"} for s in frame.about
    )
    # (« laquelle des deux est la plus peuplée ? » after two towns ranks them; so does
    # « laquelle est la plus peuplée ? », the words naming no territory.)
    between = len(last.about) > 1 and (
        bool(_OF_THE_TWO.search(fold(frame.text))) or (frame.op in {"most", "least"} and not said)
    )
    return towns and unnamed and not between and (said or territorial(frame))


def territorial(frame: Frame) -> bool:
    """What only a territory has: its intercommunalities (not the one a town is in: « elle
    est rattachée à quelle interco ? »), communes, status, largest town."""
    if frame.ask == "members" and ONE_GROUPING.search(fold(frame.text)):
        return False
    if frame.ask == "departments" and REACHES.search(fold(frame.text)):
        # « et il touche le Gers ? » after a town: a territory reaches departments.
        return True
    return frame.ask in {"members", "communes", "status", "interregional"} or (
        frame.ask == "population" and frame.op in {"most", "least"}
    )


def as_its_laureate(
    frame: Frame, last: Frame | None, *, laureate_of: Callable[[str], str | None]
) -> Frame:
    """« et l'Ariège, il en a combien ? » after the laureates ranked by their communes: the
    laureate named like the department, as what was measured of the laureates is asked of
    it (the same number either way: it is the department's only laureate)."""
    departments = [f for f in frame.filters if f.startswith("department:")]
    if (
        last is None
        or last.ask not in MEASURES
        or not last.about
        or any(subject_kind(s) not in {"laureates", "laureate"} for s in last.about)
        or "about" in frame.stated
        or frame.filters != tuple(departments)
        or len(departments) != 1
    ):
        return frame
    name = laureate_of(departments[0].partition(":")[2])
    if name is None:
        return frame
    return replace(
        frame,
        about=(f"laureate:{name}",),
        filters=(),
        ask=frame.ask if "ask" in frame.stated else last.ask,
        op="count" if frame.op in {"count", "lookup", "list"} else frame.op,
        stated=frame.stated | {"about", "ask"},
    )


# « y a des communes de l'Hérault dedans ? », « toutes dans le Gard ? »: the territory just
# spoken of, within a department.
WITHIN_IT = re.compile(r"\b(?:dedans|toutes|all|inside|in it|son|sa|ses|its)\b")


def placed_within(frame: Frame, last: Frame | None, *, folded: str) -> Frame | None:
    """« toutes dans le Gard ? » after a laureate's communes: whether the laureate lies in
    the department, not the department's cover."""
    departments = [s for s in frame.about if subject_kind(s) == "department"]
    if (
        last is None
        or frame.op != "yesno"
        or frame.ask not in {"communes", "members"}
        or not departments
        or len(departments) != len(frame.about)
        or len(last.about) != 1
        or subject_kind(last.about[0]) != "laureate"
        or not WITHIN_IT.search(folded)
    ):
        return None
    return replace(
        frame,
        ask="communes",
        about=(last.about[0], *departments),
        stated=frame.stated | {"ask", "about"},
    )


# « et de l'autre côté ? », « and the other department? »: a territory's part beyond the one
# just asked of.
_OTHER_SIDE = re.compile(
    r"\b(?:l autre (?:cote|departement)|(?:the )?other (?:side|department)|cote de l autre)\b"
)


def other_side(frame: Frame, last: Frame, *, said: str) -> Frame | None:
    """The last measure of one territory, outside the department it was asked in: « et de
    l'autre côté ? » after Lacq Pau Tarbes's communes in the Hautes-Pyrénées."""
    # (The department may be a filter, or named beside the territory.)
    places = [s for s in (*last.filters, *last.about) if s.startswith("department:")]
    about = tuple(s for s in last.about if s not in places)
    if (
        not _OTHER_SIDE.search(said)
        or "about" in frame.stated
        or len(places) != 1
        or len(about) != 1
        or subject_kind(about[0]) not in {"laureate", "territory"}
        or last.ask not in _PARTS
    ):
        return None
    filters = (*(f for f in last.filters if f not in places), f"not:{places[0]}")
    return replace(last, about=about, filters=filters, text=frame.text, lang=frame.lang)


def ranked_town(
    frame: Frame, last: Frame | None, *, context: Context, folded: str, whole: bool
) -> str | None:
    """The town a ranking of towns put first, when a follow-up asks of one subject what a
    town has (its inhabitants, its department), naming no one, no territory and no whole
    (« en tout »)."""
    if (
        last is None
        or last.ask != "population"
        or last.op not in {"most", "least"}
        or len(context.communes) != 1
        or "ask" not in frame.stated
        or "about" in frame.stated
        or frame.op not in {"lookup", "yesno"}
        or frame.ask not in {"population", "departments", "region", "membership"}
        or whole
        or THIS_TERRITORY.search(folded)
    ):
        return None
    return f"commune:{context.communes[0]}"
