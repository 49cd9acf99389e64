"""The filters a question's words state of the laureates: new or renewed, interregional,
spanning several departments, and their negations (« sauf les interrégionaux »)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding import numbers
from bot.understanding.cues import NOT_OF_A_PHASE
from bot.understanding.frame import Frame, subject_kind
from bot.understanding.outright import GROUPING_WORD, names_inhabitants, superlative
from bot.understanding.whether import asked_whether

_NEGATED = re.compile(
    r"\b(?:non|pas|sauf|hors|excepte|except|excluding|not|sans|without|enleve|retire|ni|neither|a part"
    r"|nor|apart from|other than|en dehors|exclut|exclus|exclure|excluant|exclude|excludes"
    r"|leave out|leaving out|omit|omettant|enlevant|retirant|sans compter|not counting"
    r"|without counting|a l exception de|with the exception of|de cote|aside)"
    # (« hors TI interrégionaux »: « TI » is folded to « territoire d industrie ».)
    r"(?: (?:les|le|la|des|de|d|ceux|celles|qui|sont|the|ones|territoires?|industrie|laureats"
    r"|territories|laureates|deux|two|\d+))*\s*$"
)
# How far before a word a negation may stand (« hors territoire d industrie … »).
_NEGATION_REACH = 40
_NEW = re.compile(
    r"\b(?:nouveaux?|nouvel|nouvelles?|nouvellement|new|newly|entrants?"
    # (« décroche son label pour la première fois ? »: new in this phase.)
    r"|pour la premiere fois|for the first time|premiere fois)\b" + NOT_OF_A_PHASE
)
_RENEWED = re.compile(
    r"\b(?:renouvel\w*|renewed|renewals?|reconduit\w*|reconduction|deja laureats?|deja la"
    r"|deja retenus?|already|returning|carried over|carried forward|anciens|anciennes|old ones"
    r"|the old|existants|existing|(?:deja|already) (?:territoires? d industrie|ti|tis)"
    r"|(?:etai\w*|was|were) deja"
    r"|(?:de|dans|lors de|from|in|of) (?:la |the )?(?:premiere|1ere|1re|first) (?:phase|vague|round))\b"
)
# « plusieurs départements »: the laureates that span more than one.
_SPANNING = re.compile(
    r"\b(?:plusieurs|several|more than one|plus d un|deux ou plus) (?:departements?|departments?)\b"
)
_ONE_DEPARTMENT = re.compile(
    r"\b(?:un seul|qu un seul|only one|a single|just one|one single) (?:departements?|departments?)\b"
)
_INTERREGIONAL = re.compile(
    r"\b(?:interregion\w*|inter regionaux|inter regional|deux regions|plusieurs regions|"
    r"region voisine|regions voisines|two regions|several regions|cross region\w*"
    r"|(?:une |l )?autre region|another region|other regions?)\b"
)


def status_filters(folded: str) -> list[str]:
    """« nouveaux », « renouvelés », « interrégionaux », and their negations (« sauf les
    interrégionaux », « hors nouveaux »): a laureate not new is renewed."""
    found = []
    new, renewed = _NEW.search(folded), _RENEWED.search(folded)
    if (
        new
        and renewed
        and not _negated(folded, new.start())
        and not _negated(folded, renewed.start())
    ):
        # « nouveau ou renouvelé, chacun ? » asks the status; it narrows to neither.
        pass
    elif new:
        found.append("status:renewed" if _negated(folded, new.start()) else "status:new")
    elif renewed:
        found.append("status:new" if _negated(folded, renewed.start()) else "status:renewed")
    if _SPANNING.search(folded):
        found.append("spanning")
    elif _ONE_DEPARTMENT.search(folded):
        # « qui ne couvrent qu'un seul département »: not spanning several.
        found.append("not:spanning")
    interregional = _INTERREGIONAL.search(folded)
    if interregional:
        negated = _negated(folded, interregional.start())
        found.append("not:interregional" if negated else "interregional")
    return found


def _negated(folded: str, at: int) -> bool:
    """A negation just before a word: « non interrégionaux », « sauf les nouveaux »."""
    return bool(_NEGATED.search(folded[max(0, at - _NEGATION_REACH) : at]))


# What a threshold counts.
_UNITS = (
    r"communes?|habitants|hab|habs|inhabitants|residents|people|intercommunalites?|intercos?|epci"
    r"|groupements?|intercommunalities|intercommunality|groupings?|municipalities"
)
# « plus de 400 communes », « under 50,000 inhabitants »: an amount of what is counted.
_THRESHOLD = re.compile(
    r"\b(?P<how>pas plus de|pas plus d|no more than|au plus|at most|plus de|plus d|au moins"
    r"|more than|over|above|at least|depass\w*|exceed\w*"
    r"|superieure? a|moins de|moins d|less than|fewer than|under|below|inferieure? a|sous"
    r"|en dessous de|en dessous d|au dessus de|au dessus d)\s+"
    r"(?:les?\s+|a\s+)?(?P<value>\d{1,3}(?: \d{3})+|\d+|[a-z]+)\s+(?:members?\s+)?(?P<unit>"
    + _UNITS
    + r")\b"
)
_MEASURED = {"habitants": "population", "inhabitants": "population", "residents": "population",
             "hab": "population", "habs": "population",
             "people": "population", "commune": "communes", "municipalities": "communes",
             "intercommunalites": "members", "intercos": "members", "interco": "members",
             "epci": "members", "groupements": "members", "intercommunalities": "members",
             "groupings": "members", "intercommunalite": "members", "groupement": "members",
             "intercommunality": "members", "grouping": "members"}  # fmt: skip
_OVER = ("plus", "au moins", "more", "over", "above", "at least", "depass", "exceed", "superieur",
         "au dessus")  # fmt: skip


# « ne compte qu'une seule intercommunalité », « only 37 communes »: that many exactly.
_EXACTLY = re.compile(
    r"\b(?:qu|que|only|exactly|exactement|seulement|just) (?P<value>une? seule?|one|un|une"
    r"|\d{1,3}(?: \d{3})+|\d+) (?P<unit>" + _UNITS + r")\b"
)
# « entre 50 et 150 communes »: a range, both ends included.
_BETWEEN = re.compile(
    r"\b(?:entre|between) (?P<low>\d{1,3}(?: \d{3})+|\d+) (?:et|and) (?:les? )?"
    r"(?P<value>\d{1,3}(?: \d{3})+|\d+) (?P<unit>" + _UNITS + r")\b"
)


# « and under 50,000? » after a list narrowed by a threshold: its measure is the last one's,
# which the conversation fills (« under::50000 »).
_BARE = re.compile(
    r"(?:(?:et|and|mais|but|ok|alors|so) )*(?:ceux |celles |those |the ones |ones )?"
    # (« combien en ont au moins 5 ? », « et ceux qui en ont moins de 50 ? »)
    r"(?:(?:combien|cb|lesquels|lesquelles|how many|which)(?: d entre eux)? )?"
    r"(?:(?:qui )?(?:en )?(?:ont|have|comptent|regroupent) )?"
    r"(?:de |d |with |qui ont |having )?(?P<how>plus de|moins de|more than|over|above|under"
    r"|below|less than|fewer than|au moins|at least|sous|au dessus de|en dessous de)"
    r" (?:les? )?(?P<value>\d{1,3}(?: \d{3})+|\d+)"
)


def threshold_filters(folded: str) -> list[str]:
    """« quels lauréats dépassent les 400 communes ? » → « over:communes:400 »; « at least
    100 » → « atleast:communes:100 »; « entre 50 et 150 communes » → both ends."""
    found = []
    for match in _BETWEEN.finditer(folded):
        low, high = (
            numbers.amount(f"plus de {match['low']}"),
            numbers.amount(f"plus de {match['value']}"),
        )
        unit = _MEASURED.get(match["unit"], match["unit"])
        if low is not None and high is not None:
            found += [f"atleast:{unit}:{low[1]}", f"atmost:{unit}:{high[1]}"]
    for match in _EXACTLY.finditer(folded):
        one = match["value"].split()[0] in {"un", "une", "one"}
        stated = (">", 1) if one else numbers.amount(f"plus de {match['value']}")
        unit = _MEASURED.get(match["unit"], match["unit"])
        if stated is not None:
            found += [f"atleast:{unit}:{stated[1]}", f"atmost:{unit}:{stated[1]}"]
    bare = _BARE.fullmatch(folded.strip())
    matches = [bare] if bare is not None and not found else list(_THRESHOLD.finditer(folded))
    for match in matches:
        # (A number in words, « plus de cent », read as numbers reads one.)
        stated = numbers.amount(f"plus de {match['value']}")
        if stated is None:
            continue
        how = match["how"]
        kind = (
            "atmost"
            if how in {"pas plus de", "pas plus d", "no more than", "au plus", "at most"}
            else "atleast"
            if how in {"au moins", "at least"}
            else "over"
            if how.startswith(_OVER)
            else "under"
        )
        unit = match.groupdict().get("unit") or ""
        found.append(f"{kind}:{_MEASURED.get(unit, unit)}:{stated[1]}")
    return found


def measured(frame: Frame) -> Frame:
    """The frame without a threshold whose measure nothing said (« under 50,000? » asked
    first): what it bounds is unknown, so it narrows nothing."""
    kept = tuple(f for f in frame.filters if "::" not in f)
    return frame if kept == frame.filters else replace(frame, filters=kept)


# The department filters must all hold, not any one (« à la fois dans le Tarn et l'Aude »).
EVERY_DEPARTMENT = "every:department"
_HOW_MANY = re.compile(r"\b(?:combien|cb|cmb|how many|nombre de|number of)\b")
_WHICH = re.compile(r"\b(?:quel|quels|quelles|lesquels|lesquelles|which|liste|lister|list|name)\b")


# « combien de communes … », « quelles villes … »: towns counted or listed, not laureates.
_TOWNS_COUNTED = re.compile(
    r"\b(?:communes?|villes?|villages?|towns?|municipalities|municipality|cities|city)\b"
)
# What has towns to count.
_TOWNS_OF = frozenset(["laureate", "territory", "department", "epci", "laureates"])


def thresholds_read(
    folded: str, *, about: tuple[str, ...], ask: str, op: str
) -> tuple[list[str], tuple[str, ...], str, str]:
    """The thresholds a question states of laureates, and what they make of its reading:
    whom it is about, what is asked, the operation."""
    towns = _TOWNS_COUNTED.search(folded) is not None
    if towns and len(about) <= 1 and about != ("territories",):
        # « combien de communes de Nord Lozère ont plus de 1 000 habitants ? », « … du
        # territoire ? »: its towns over the threshold, not laureates.
        inhabitants = [f for f in threshold_filters(folded) if ":population:" in f]
        if inhabitants and (not about or subject_kind(about[0]) in _TOWNS_OF):
            op = "count" if _HOW_MANY.search(folded) else "list"
            return inhabitants, () if about == ("laureates",) else about, "communes", op
    thresholds = (
        threshold_filters(folded) if about in {(), ("laureates",), ("territories",)} else []
    )
    if about == ("territories",) and "::" not in "".join(thresholds[:1]):
        # (Of ANCT's territories, a measured threshold is no narrowing of the fifteen; one of
        # no measure, « combien en ont au moins 5 ? », narrows the last list.)
        thresholds = []
    if not thresholds:
        return thresholds, about, ask, op
    # (A threshold of no measure, « and under 50,000? », narrows the last list.)
    measured = "::" not in thresholds[0]
    # (« combien de lauréats ont moins de 50 communes ? » counts laureates; « quels
    # lauréats ont moins de 50 000 habitants ? », « lauréats du Gers de plus de 100
    # communes ? » and « lauréats sous les 100 000 hab ? » list them, ranking none and
    # asking nothing whether.)
    unranked = measured and (
        (op in {"most", "least"} and superlative(folded) is None)
        or (op in {"lookup", "yesno"} and not asked_whether(folded))
    )
    if _HOW_MANY.search(folded):
        op = "count"
    elif _WHICH.search(folded) or unranked:
        op = "list"
    if op == "count":
        ask = "laureate"
    elif op == "list":
        # (Listed with the measure each has: « Lacq Pau Tarbes compte 561 communes ».)
        ask = thresholds[0].split(":")[1]
    return thresholds, ("laureates",) if measured else about, ask, op


def towns_placed(
    about: tuple[str, ...], *, ask: str, filters: list[str]
) -> tuple[tuple[str, ...], list[str]]:
    """« combien de communes du Gers ont moins de 50 habitants ? »: the towns counted are
    the Gers's, not laureates' there."""
    placed_in = [f for f in filters if f.startswith("department:")]
    counted = any(":population:" in f for f in filters)
    if ask != "communes" or about or not counted or len(placed_in) != 1:
        return about, filters
    return (placed_in[0],), [f for f in filters if f != placed_in[0]]


def measure_named(ask: str, op: str, folded: str) -> bool:
    """Whether the words name the measure the model reads as asked, asking whether there
    are some or how many: said, however unsure the reading (« est-ce qu'il y a des
    communes du territoire en dehors du Gard ? »); « et en habitants ? » after a ranking
    asks the ranking again, the conversation's."""
    named = (
        names_inhabitants(ask=ask, folded=folded)
        or (ask == "communes" and bool(_TOWNS_COUNTED.search(folded)))
        or (ask == "members" and bool(GROUPING_WORD.search(folded)))
    )
    return op in {"yesno", "count"} and named
