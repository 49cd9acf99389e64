"""The whole a question is about when its words say so though the model does not (« quelle
région en a le plus ? », « c'est daté de quand ? », « au total, les lauréats … »)."""

from __future__ import annotations

import re

from bot.understanding import numbers
from bot.understanding.cues import departments_left_out
from bot.understanding.frame import subject_kind
from bot.understanding.settled import DATED, RANKS, TOTALLED

# (« chacun des deux interrégionaux »: each of those the filters keep.)
_PLURAL_WHOLE = re.compile(
    r"\b(?:laureats|laureates|territoires|territories|tis|chacun des|chacune des|each of the)\b"
)
# « chaque département », « every department »: the region's, all of them.
_EACH_DEPARTMENT = re.compile(
    r"\b(?:chaque departement|tous les departements|every department|each department"
    r"|all (?:the )?departments)\b"
)
# Words that name the release or the Assembly.
_EVENT = re.compile(r"\b(?:communiques?|release|assemblee|ag|assembly|jours?|days?|dates?)\b")
_IN_ALL = re.compile(
    r"\b(?:au total|en tout|ensemble|in total|altogether|all together|les 15|the 15)\b.*"
    r"\b(?:laureats|laureates)\b|\b(?:laureats|laureates)\b.*\b(?:au total|en tout|ensemble"
    r"|in total|altogether)\b|\b(?:les|the|all|tous les|all the) (?:15|quinze|fifteen)\b"
)


# « couvert », « en TI », « covered »: a place said to lie in the laureates.
_COVERED = re.compile(r"\b(?:couvert\w*|en ti|dans un ti|concerne\w*|covered|included)\b")


def whole_meant(
    *, about: tuple[str, ...], ask: str, op: str, filters: list[str], folded: str
) -> tuple[str, ...]:
    """The whole a question is about when its words say so though the model does not:
    « quelle région en a le plus ? » ranks the regions by ANCT's territories (FRAMES.md),
    whatever list came before; « which laureates cover more than one department? » names
    its whole. Nothing otherwise."""
    if (
        ask == "region"
        and op in RANKS
        and all(s in {"laureates", "territories"} for s in about)
        # (Said in so many words: « and the most? » is read as a region for want of any.)
        and re.search(r"\bregions?\b", folded)
    ):
        return ("territories",)
    if about in {(), ("laureates",), ("region:Occitanie",)} and departments_left_out(folded):
        return ("region:Occitanie",)
    if (
        not about
        and filters
        and ask in {"laureate", "departments", "communes", "population"}
        and _PLURAL_WHOLE.search(folded)
    ):
        return ("laureates",)
    if not about and ask in {"departments", "laureate"} and _EACH_DEPARTMENT.search(folded):
        # « au moins un lauréat dans chaque département de la région ? »: Occitanie's.
        return ("region:Occitanie",)
    if about in {(), ("programme",)} and DATED.search(folded):
        # « c'est daté de quand ? »: the release, whatever the conversation was about.
        return ("release",)
    if about in {("release",), ("assembly",)} and op == "count" and not _EVENT.search(folded):
        # « combien en Occitanie ? » read as a date counted: the laureates, counted.
        return ("laureates",)
    departments = [s for s in about if subject_kind(s) == "department"]
    if (
        op == "share"
        and ask in {"communes", "population"}
        and len(departments) == 1
        and set(about) == {departments[0], "region:Occitanie"}
    ):
        # « quelle part des habitants du Gard vit dans un des lauréats occitans ? »: the
        # department's share; the region only says whose laureates.
        return (departments[0],)
    places = [f for f in filters if f.startswith(("region:", "department:"))]
    if (
        about == ("laureates",)
        and ask in {"communes", "population"}
        and op == "share"
        and (len(places) == 1)
    ):
        # « quelle proportion des communes d'Occitanie est couverte ? »: the place's share.
        return (places[0],)
    one_department = [f for f in filters if f.startswith("department:")]
    if (
        about == ("laureates",)
        and op == "yesno"
        and len(one_department) == 1
        and numbers.WHOLE.search(folded)
        and _COVERED.search(folded)
    ):
        # « tout le Gers est couvert par des lauréats ? »: whether the department is, whole.
        return (one_department[0],)
    if not about and ask in TOTALLED and op in {"count", "lookup"} and _IN_ALL.search(folded):
        # « au total, les lauréats regroupent combien d'intercommunalités ? »
        return ("laureates",)
    return ()
