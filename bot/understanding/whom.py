"""Whom a request asks of: which of two places a name means, by what is asked, and the
whole (the laureates, the programme…) a request is about when it names none."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.understanding.filters import status_filters
from bot.understanding.frame import MEASURES, subject_id, subject_kind
from bot.understanding.link import Linked
from bot.understanding.settled import COLLECTIVES, FILTERING, LAUREATE_WORD, RANKS

# The model's scope when the frame is about the subjects the question names (or the last ones).
NAMED = "named"
NOTHING = "none"
_TOWN = re.compile(r"\b(?:ville|commune|town|city|village)\b")
# « le territoire de Rodez », « the Rodez territory »: the laureate a town's name stands for.
_LAUREATE_OF = re.compile(
    r"\b(?:territoire|territory|ti|laureat|laureate) (?:de |d |du )?_laureate_"
    r"|_laureate_ (?:territory|ti|laureate)\b"
)
THIS_ONE = re.compile(
    r"\b(?:ce|cet|cette|this|that) (?:territoire|ti|laureat|territory|laureate)\b"
)
# « est dans un TI ? », « fait partie d'un territoire d'industrie ? »: whether a place is in one.
_IN_A_TERRITORY = re.compile(
    r"\b(?:dans|ds|in|part of|partie d|fait partie d) (?:un|une|a|an|any|l un des|one of the) "
    r"(?:territoire|ti|laureat|territory|laureate|industrial territory)"
)
_ONE_LAUREATE = re.compile(r"\b(?:laureat|laureate|territoire|territory)\b")

# What a laureate has that its department does not: asked of « le territoire Ariège ».
_OF_LAUREATES = frozenset(["status", "interregional", "members", "communes", "population"])
# What only a laureate has, whatever words name it: « Ariège ou Pyrénées-Orientales, lequel
# a le plus d'intercos ? » compares the laureates.
_ONLY_LAUREATES = frozenset(["status", "interregional", "members"])
# What is asked of places and territories only.
_OF_PLACES = frozenset(
    [
        "membership",
        "status",
        "interregional",
        "departments",
        "region",
        "members",
        "communes",
        "population",
    ]
)
# « après Alès », « à part Auch »: a town placed in a ranking of its territory's towns.
_AFTER_NAME = re.compile(
    r"\b(?:apres|after|derriere|behind|a part|hormis|except|besides|other than|apart from)"
    r" (?:la ville d |la commune d |la ville de |la commune de )?_laureate_"
)
# Words naming the laureates (or territories) as a whole: without one, « lesquels sont
# nouveaux ? » is about the list the conversation holds, not about all 15.
_WHOLE = re.compile(
    r"\b(?:laureats?|laureates?|territoires?|territory|territories|ti|tis|quinze|15|183|"
    r"tous|toutes|all|any|chaque|each|national|nationale|nationalement|nationally|"
    r"nationwide|en france|in france|de france|of france)\b"
)


def meant_subjects(
    *, linked: Linked, subjects: tuple[str, ...], ask: str, op: str
) -> tuple[str, ...]:
    """Which of two places a name means, by what is asked: a town's inhabitants (« pop de
    Castelnaudary », « Alès, la ville »), a laureate's communes (« le territoire
    Ariège »)."""
    folded = linked.folded
    ranked_in = op in {"most", "least"} and _LAUREATE_OF.search(linked.masked)
    # (« Sète et Agde sont dans un TI ? » asks of both towns.)
    listed = ask == "membership" and bool(linked.listed)
    if ask == "population" and not ranked_in:
        # (« the biggest town in the Rodez territory » ranks the territory's towns.)
        cued = bool(_TOWN.search(folded))
        # (« la plus peuplée après Alès » ranks Alès's towns from the town on.)
        after = op in RANKS and bool(_AFTER_NAME.search(linked.masked))
        # (« Aurillac, c'est la plus peuplée d'Aurillac Figeac Rodez ? » ranks the laureate
        # named by its own name too, and places the town in its ranking.)
        # (A ranking of one town ranks nothing: « la deuxième ville la plus peuplée
        # d'Alès ? » ranks the laureate's towns.)
        pairs = [
            pair
            for s, c in linked.towns
            if (cued or after or s in linked.by_town)
            and (op not in RANKS or after or s in linked.by_town)
            for pair in (
                [(s, c), (s, s)] if op in RANKS and (after or s in linked.own_named) else [(s, c)]
            )
        ]
        subjects = replaced(subjects, pairs)
    elif (
        ask == "departments"
        and op == "yesno"
        and any(subject_kind(s) == "department" for s in subjects)
        and not _LAUREATE_OF.search(linked.masked)
    ):
        # « Rodez est dans le Lot ? »: whether the town is, not the laureate its name names.
        subjects = replaced(
            subjects,
            [(s, c) for s, c in linked.towns if s in linked.by_town and s not in linked.own_named],
        )
    elif (
        ask == "membership"
        and not any(subject_kind(s) == "commune" for s in subjects)
        and (
            # (« Revel c'est bien dedans ? on est côté Haute-Garonne »: the town, placed.)
            bool(_placed_towns(linked, subjects))
            or op != "yesno"
            # (« Auch c'est dans le 32/82 ? »: a town asked of beside another laureate by its
            # own name; « Castelnaudary est dans un TI ? », of the territories.)
            or any(subject_kind(s) == "laureate" and s not in linked.by_town for s in subjects)
            or bool(_IN_A_TERRITORY.search(linked.folded))
            # (« Revel c'est bien dans Castres Revel Castelnaudary ? »: the town, and the
            # laureate named by its own name.)
            or bool(linked.own_named.intersection(subjects))
        )
    ) or listed:
        # (The department that placed a town only said where it is.)
        placing = {_department_of(c) for _, c in _placed_towns(linked, subjects)}
        # « mon usine est à Castres : quel territoire ? » asks of the town, which another
        # name than the laureate's own names (beside a town, « Carmaux, l'Albigeois ou
        # Castres ? », it is the laureate).
        subjects = replaced(
            subjects,
            [
                pair
                for s, c in linked.towns
                if (listed and s in linked.listed) or s in linked.by_town
                for pair in ([(s, c), (s, s)] if s in linked.own_named else [(s, c)])
            ],
        )
        subjects = tuple(
            s for s in subjects if subject_kind(s) != "department" or subject_id(s) not in placing
        )
    beside = any(subject_kind(s) == "laureate" for s in subjects)
    # (« quelle part des communes de l'Ariège est dans le TI ? » is a share of the
    # department, its whole.)
    if (
        ask in _OF_LAUREATES
        and op != "share"
        and (
            # (A department has communes and inhabitants too, but neither a status nor
            # member intercommunalities; named beside a laureate, « Ariège » is one.)
            beside or ask in _ONLY_LAUREATES or LAUREATE_WORD.search(folded)
        )
    ):
        subjects = replaced(subjects, linked.bearing)
    elif ask == "laureate" and op == "lookup" and _ONE_LAUREATE.search(folded):
        # « parle-moi du lauréat Pyrénées-Orientales », « Ariège as a laureate »: its
        # card, not the department's laureates.
        subjects = replaced(subjects, linked.bearing)
    return subjects


# « le Tarn ou le TI Albigeois », « Béziers-Sète or the Aude »: one or the other.
_EITHER = re.compile(
    r"_department_ (?:ou|or) (?:\w+ ){0,4}?_laureate_|_laureate_ (?:ou|or) (?:\w+ ){0,4}?_department_"
)


def about_of(
    *,
    linked: Linked,
    subjects: tuple[str, ...],
    ask: str,
    scope: str,
    filters: list[str],
) -> tuple[tuple[str, ...], bool]:
    """Whom a request asks of, and whether that is only implied (the conversation's list,
    if any); the filters its words state are added to `filters`."""
    folded = linked.folded
    about: tuple[str, ...]
    implied = False
    if ask in MEASURES and scope in {"release", "assembly", "programme", "bot"}:
        # « lequel des cinq en a le moins ? »: communes and inhabitants are territories'.
        scope = "laureates"
    if ask in _OF_PLACES and scope not in {"laureates", "territories"} and subjects:
        # A status, a perimeter or a count belongs to a place, never to « le programme »
        # the question also names (« Béziers-Sète, un nouveau du programme ? »).
        about = subjects
    elif ask in MEASURES and _EITHER.search(linked.masked):
        # « le Tarn ou le TI Albigeois, lequel … ? »: a department set against a laureate,
        # not the part of it there.
        about = subjects
    elif scope in COLLECTIVES:
        named = tuple(s for s in subjects if subject_kind(s) not in FILTERING)
        territorial = scope in {"laureates", "territories"}
        if territorial:
            filters.extend(status_filters(linked.masked))
            filters.extend(s for s in subjects if subject_kind(s) in FILTERING)
        about = named if territorial and named else (scope,)
        # « lesquels sont nouveaux ? » names no whole: about the list the conversation
        # holds, if any, else about all of them.
        # (« dans ce TI » points at one territory, not at them all.)
        implied = (
            territorial
            and not named
            and (not _WHOLE.search(folded) or bool(THIS_ONE.search(folded)))
        )
    elif scope == NOTHING:
        about = ()
    elif (
        ask == "laureate"
        and subjects
        and all(subject_kind(s) in FILTERING for s in subjects)
        and (stated := status_filters(linked.masked))
    ):
        # « Il y a un nouveau dans les Hautes-Pyrénées ? »: the laureates, narrowed by
        # what they are and where.
        about = ("laureates",)
        filters.extend([*stated, *subjects])
    else:
        about = subjects
    return about, implied


def _placed_towns(linked: Linked, subjects: tuple[str, ...]) -> list[tuple[str, str]]:
    """The laureates named by a town's name beside the department that town lies in, with
    that town."""
    codes = {subject_id(s) for s in subjects if subject_kind(s) == "department"}
    return [
        (s, c)
        for s, c in linked.towns
        if s in linked.by_town and s in subjects and _department_of(c) in codes
    ]


def _department_of(commune: str) -> str:
    """« commune:31451 » → « 31 » (« 971 » overseas)."""
    code = subject_id(commune)
    return code[:3] if code.startswith("97") else code[:2]


def replaced(subjects: tuple[str, ...], pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """Each subject replaced by what it is paired with: by every town, when several towns
    name one laureate (« Rodez ou Aurillac, laquelle est la plus peuplée ? »)."""
    by: dict[str, list[str]] = {}
    for subject, meant in pairs:
        by.setdefault(subject, []).append(meant)
    return tuple(dict.fromkeys(m for s in subjects for m in by.get(s, [s])))
