"""What a follow-up asks of the territory just spoken of: a ranking claimed of it (« c'est
le moins peuplé des 15 ? »), its part in a department (« combien de communes haut-garonnaises
dans ce TI ? »), the same measure split between the laureates."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.dialogue.narrowed import filter_kind
from bot.normalize import fold
from bot.understanding.frame import FILLED, MEASURES, Frame, subject_kind
from bot.understanding.outright import superlative
from bot.understanding.settled import FILTERING

# « ce TI », « this territory »: the one just spoken of, pointed at.
_THIS_ONE = re.compile(r"\b(?:ce|cet|this|that) (?:territoire|territory|ti|laureat|laureate)\b")
# Measures a territory has in each of its departments.
_PARTS = frozenset(["communes", "population"])
# « y en a dans l'Hérault ? », « il y en a combien dans le Gers ? »: of what was just counted.
_SOME_OF_THEM = re.compile(r"\b(?:y en a|y en a t il|en a t il|y en a t elle)\b")
# « quels », « lesquels », « which »: a list asked for.
_WHICH = re.compile(r"\b(?:quels?|quelles?|lesquel\w*|which)\b")
# « c'est en Occitanie, ce territoire ? » asks of the territory, not of the town.
# (« des 15 » stands for the laureates.)
OF_A_TERRITORY = re.compile(
    r"\b(?:territoires?|territory|territories|ti|laureats?|laureates?|des (?:15|quinze)"
    r"|of the (?:15|fifteen))\b"
)
# A town asked of by its kind: « la plus grande ville », « the smallest town » (« le plus
# de communes » is a measure).
TOWN_WORD = re.compile(r"\b(?:ville|commune|village|town|city|bourg)\b")
# « réparties comment entre les lauréats ? »: a measure split between them (not money,
# which the sources do not split).
_SPLIT = re.compile(
    r"\b(?:reparti\w*|ventile\w*|split|distributed|broken down)\b(?!.*\b(?:euros?|m€|millions?"
    r"|argent|enveloppe|budget|fonds|money|funds?|funding)\b)"
)


def split_between(frame: Frame, last: Frame) -> bool:
    """« réparties comment entre les lauréats ? » after the Gers's communes in them: the
    same measure of the same place."""
    said = fold(frame.text)
    return (
        bool(_SPLIT.search(said))
        # (« réparties entre quels lauréats ? » asks for their list.)
        and not _WHICH.search(said)
        and last.ask in MEASURES
        and len(last.about) == 1
        and subject_kind(last.about[0]) in FILTERING
    )


# « c'est le … ? », « is it the … ? »: what was just spoken of, said to be something.
_IT_IS = re.compile(r"^(?:et |mais |donc |and |so )?(?:c est|c|il est|elle est|is it|it is|it s)\b")


def ranked_claim(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« c'est le plus petit lauréat d'Occitanie ? » after one territory: the laureates
    ranked, opening with whether it comes first."""
    territories = tuple(s for s in last.about if subject_kind(s) in {"territory", "laureate"})
    order = superlative(said)
    # (« c'est le plus peuplé du Tarn ? »: of the Tarn's laureates, however the Tarn is read.)
    places = tuple(s for s in frame.about if subject_kind(s) == "department")
    filters = (*frame.filters, *places)
    if (
        order is None
        or frame.ask not in MEASURES
        or frame.about not in {(), ("laureates",), places[:1]}
        or not (OF_A_TERRITORY.search(said) or any(filter_kind(f) == "department" for f in filters))
        or len(last.about) != 1
        or len(territories) != 1
        or not _IT_IS.match(said)
        or TOWN_WORD.search(said)
    ):
        return None
    return replace(
        frame,
        op=order,
        about=territories,
        filters=filters,
        named=(*frame.named, *territories),
        stated=frame.stated | FILLED,
    )


def part_of_this_territory(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« combien de communes haut-garonnaises dans ce TI ? » after one laureate, « y en a dans
    l'Hérault ? » after its communes: its part in the department the words name, not the
    department's."""
    territories = [s for s in last.about if subject_kind(s) in {"laureate", "territory"}]
    departments = [s for s in frame.about if subject_kind(s) == "department"]
    # (« y en a … ? » asks whether there are any of what was just counted.)
    some = last.ask in _PARTS and bool(_SOME_OF_THEM.search(said))
    if (
        len(territories) != 1
        or len(departments) != 1
        or frame.about != tuple(departments)
        or not (frame.ask in _PARTS or some)
        # (« quelle part des communes du 66 est dans le lauréat ? » is the department's.)
        or frame.op == "share"
        or not (some or _THIS_ONE.search(said))
    ):
        return None
    if some and frame.op != "count":
        # (Whether it reaches the department: how many of its communes lie there.)
        about = (*territories, *departments)
        return replace(frame, ask="departments", op="yesno", about=about, stated=FILLED)
    return replace(
        frame,
        ask=last.ask if some else frame.ask,
        about=tuple(territories),
        filters=(*frame.filters, *departments),
        stated=frame.stated | FILLED,
    )
