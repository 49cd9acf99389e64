"""What words say outright is asked of one laureate named (whether it was chosen, what it
is called, its part outside some departments), or of the laureates filtered (whether any
are, or so many)."""

from __future__ import annotations

import re

from bot.understanding import numbers
from bot.understanding.frame import subject_kind
from bot.understanding.whether import asked_whether

# « le chef de projet », « le président »: someone, whose name is no territory's.
_SOMEONE = re.compile(
    r"\b(?:chef|responsable|directeur|directrice|president|presidente|prefet|maire|contact"
    r"|manager|head|lead|leader|elu|elue)\b"
)
# « lauréat », « retenu »: chosen for the programme.
_CHOSEN = re.compile(r"\b(?:laureate?s?|retenue?s?|selectionnee?s?|chosen|selected)\b")
# « le nom officiel », « s'appelle », « called »: what a territory is named.
_NAMED_AS = re.compile(
    r"\b(?:nom officiel|vrai nom|son nom|s appelle|appele|appelee|denomme\w*|official name"
    r"|real name|called|named)\b"
)


def one_laureate_asked(
    folded: str, *, ask: str, op: str, about: tuple[str, ...], filters: list[str]
) -> tuple[str, str, bool] | None:
    """What is asked of the one laureate `about` names, and how, when words settle it."""
    laureate = len(about) == 1 and subject_kind(about[0]) == "laureate"
    if (
        laureate
        and op == "yesno"
        and ask in {"laureate", "membership"}
        and _CHOSEN.search(folded)
        and not re.search(r"\d", folded)
    ):
        # « Dans la liste de l'ANCT il y a « Tarn Nord ». Lauréat ou pas ? »: whether it is
        # one, however unsure the model is.
        return "membership", op, True
    if laureate and _NAMED_AS.search(folded) and not _SOMEONE.search(folded):
        # « Albigeois, c'est le nom officiel ? »: its card, which gives ANCT's name too.
        return "laureate", "yesno" if op == "yesno" else "lookup", True
    left = any(f.startswith("not:department:") for f in filters)
    if left and laureate and ask != "population":
        # « Hautes Terres d'Oc a des communes hors du Tarn ? »: its part outside them.
        return "communes", op if op in {"yesno", "count", "share", "list"} else "count", True
    return None


# Filters that pick laureates among the fifteen.
_PICKING = frozenset(["status", "interregional", "department", "spanning"])
# « il y en a qui … ? », « y en a-t-il … ? », « are there any … ? »: whether any is.
_ANY = re.compile(
    r"^(?:\w+ ){0,4}?(?:il y en a|y en a|y a t il|y en a t il|are there any|is there any)\b"
)
# « tous », « all »: whether every one is.
ALL_OF = re.compile(r"\b(?:tous|toutes|all|every)\b")
# « il y en a combien ? », « lesquels ? »: how many, or which, not whether.
_HOW_MANY = re.compile(r"\b(?:combien|cb|how many|quels?|quelles?|lesquel\w*|which)\b")
# Above this, a number stated is no count of laureates (a year, a population).
_MOST_LAUREATES = 15


def laureates_claimed(
    folded: str, *, ask: str, op: str, about: tuple[str, ...], filters: list[str]
) -> tuple[str, str, bool] | None:
    """« Parmi les nouveaux, il y en a qui sont interrégionaux ? », « Seulement 8 territoires
    renouvelés ? »: whether any laureates are so, or so many, however unsure the model."""
    picked = [f for f in filters if f.removeprefix("not:").partition(":")[0] in _PICKING]
    codes = {int(f.rpartition(":")[2]) for f in picked if f.rpartition(":")[2].isdigit()}
    stated = [n for n in numbers.counts(folded) if n <= _MOST_LAUREATES and n not in codes]
    if (
        about == ("laureates",)
        and picked
        and ask in {"laureate", "membership", "status", "interregional", "population"}
        and op in {"yesno", "list", "lookup", "count"}
        and (
            asked_whether(folded)
            or bool(_ANY.search(folded) and not _HOW_MANY.search(folded))
            # (« tous les lauréats étaient déjà des TI ? »: whether all of them are.)
            or bool(ALL_OF.search(folded) and not _HOW_MANY.search(folded))
            or (len(stated) == 1 and op != "count")
        )
    ):
        return "laureate", "yesno", True
    return None
