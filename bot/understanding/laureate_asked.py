"""What words say outright is asked of one laureate named: whether it was chosen, what it
is called, its part outside some departments."""

from __future__ import annotations

import re

from bot.understanding.frame import subject_kind

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
