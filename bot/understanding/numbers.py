"""Numbers and days a question states (« trois lauréats », « le 9 novembre », « en 2024 »),
read exactly: a yes/no question that states a value is answered by comparing it."""

from __future__ import annotations

import re
from collections.abc import Callable

_WORDS = {
    "un": 1, "une": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "onze": 11, "eleven": 11, "douze": 12,
    "twelve": 12, "treize": 13, "thirteen": 13, "quatorze": 14, "fourteen": 14, "quinze": 15,
    "fifteen": 15, "seize": 16, "sixteen": 16, "vingt": 20, "twenty": 20, "cent": 100,
    "hundred": 100, "mille": 1000, "thousand": 1000,
}  # fmt: skip
# « un » is an article far more often than a number: counted only in « un seul », « qu'un ».
_ARTICLES = frozenset(["un", "une", "one"])
# « une seule », « just one »: an amount of one (not « le seul », which picks one out).
_JUST_ONE_WORDS = r"un seul|une seule|only one|just one|a single"
_JUST_ONE = re.compile(rf"\b(?:{_JUST_ONE_WORDS})\b")
_ONLY_ONE = re.compile(
    # (Not « est-ce qu'une … ? », « ce qu'un lauréat reçoit »: no « only » there.)
    rf"\b(?:{_JUST_ONE_WORDS}|(?<!ce )qu une?|le seul|la seule|l unique|the only|the sole)\b"
)
_SEVERAL = re.compile(r"\b(?:plusieurs|several|more than one|plus d un|plus d une)\b")
_NUMBER = re.compile(r"\b\d+\b")
# A number after these names a whole the question speaks of, and claims nothing.
_NAMING = frozenset(["les", "des", "aux", "ces", "the", "of", "these", "those", "parmi", "among"])
MONTHS = {
    "janvier": 1, "january": 1, "fevrier": 2, "february": 2, "mars": 3, "march": 3,
    "avril": 4, "april": 4, "mai": 5, "may": 5, "juin": 6, "june": 6, "juillet": 7,
    "july": 7, "aout": 8, "august": 8, "septembre": 9, "september": 9, "octobre": 10,
    "october": 10, "novembre": 11, "november": 11, "decembre": 12, "december": 12,
}  # fmt: skip
_DAY = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)? (" + "|".join(MONTHS) + r")\b")
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2})(?:st|nd|rd|th)?\b")
# « en octobre », « in October », « début novembre »: a month said without its day.
_MONTH = re.compile(
    r"\b(?:en|in|au mois d|mois de|month of|debut|fin|mi|early|late)\s+("
    + "|".join(MONTHS)
    + r")\b(?! \d{1,2}\b)"
)
WEEKDAYS = {
    "lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
    "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
    "dimanche": 6, "sunday": 6,
}  # fmt: skip


def counts(folded: str) -> tuple[int, ...]:
    """The whole numbers a folded question states, in digits or in words; not those that
    name a whole (« parmi les 15 », « des 183 lauréats »)."""
    words = folded.split()
    found = [
        _WORDS.get(word) or int(word)
        for before, word in zip(["", *words], words, strict=False)
        if (word.isdigit() or (word in _WORDS and word not in _ARTICLES)) and before not in _NAMING
    ]
    if _ONLY_ONE.search(folded):
        found.append(1)
    return tuple(found)


_TOP = re.compile(
    r"\btop ?(\w+)\b|\b(\w+) (?:premieres?|premiers|plus grandes?|plus gros(?:ses)?"
    r"|plus peuplees?|moins peuplees?|plus petites?|biggest|largest|smallest|most populous"
    r"|least populous|communes|villes|towns|cities|municipalities|laureats|laureates"
    r"|territoires|territories)\b(?! (?:de|d|sur|of|out of|among) \d)"
)
# A « top » longer than this is no short list to show.
_LONGEST_TOP = 10


def top(folded: str) -> int | None:
    """How many a ranking asks to see: « les trois plus peuplées », « top 3 »."""
    for found in _TOP.finditer(folded):
        word = found.group(1) or found.group(2)
        count = _WORDS.get(word) or (int(word) if word.isdigit() else 0)
        if 1 < count <= _LONGEST_TOP:
            return count
    return None


def wholes(folded: str) -> tuple[int, ...]:
    """The numbers that name a whole (« lequel des deux », « parmi les 15 », « both »)."""
    words = folded.split()
    found = [
        _WORDS.get(word) or int(word)
        for before, word in zip(["", *words], words, strict=False)
        if (word.isdigit() or word in _WORDS) and before in _NAMING
    ]
    return (*found, *((2,) if "both" in words else ()))


_AMOUNT = re.compile(
    r"(?:\b(?P<relation>plus de|au moins|more than|over|above|at least|depasse\w*|exceeds?"
    r"|(?:passe\w*|franchi\w*) (?:la barre|le cap|le seuil) d\w*"
    r"|superieure? a|moins de|less than|fewer than|under|below|inferieure? a|pas plus de"
    r"|environ|about|around|pres de|nearly|roughly)\s+(?:les?\s+)?)?"
    r"\b(?P<value>\d{1,3}(?: \d{3})+|\d+)\b"
    # (A number in words only after how it compares: « plus de quinze », not « les deux ».)
    r"|\b(?P<word_relation>plus de|au moins|more than|over|at least|moins de|less than"
    r"|fewer than|environ|about|around)\s+(?:a\s+|one\s+)?(?P<word>"
    + "|".join(w for w in _WORDS if w not in _ARTICLES)
    + r")\b"
    # (Or before what it counts: « regroupe trois intercommunalités ? », not « les deux ».)
    r"|(?<!\bles )(?<!\bces )(?<!\bdes )\b(?P<bare>"
    + "|".join(w for w in _WORDS if w not in _ARTICLES)
    + r") (?:intercos?|intercommunalites|groupements|communes|habitants|departements)\b"
)
_MORE = ("plus de", "au moins", "more than", "over", "above", "at least", "depasse", "exceed",
         "superieur", "passe", "franchi")  # fmt: skip
# « un demi-million d'habitants », « 1 million »: an amount in words, as figures.
_MILLION = re.compile(r"\b(?:un |1 )?(demi )?millions?\b")
# What an amount counts: of several numbers (« l'Interdépartemental 32/82 a 11 intercos ? »),
# the one before it is the amount stated.
_COUNTED = re.compile(
    r" (?:d )?(?:intercos?|intercommunalites?|groupements?|epcis?|communes|villes|habitants|hab"
    r"|departements?|inhabitants|people|residents|municipalities|groupings|departments)\b"
)
_ABOUT = ("environ", "about", "around", "pres de", "nearly", "roughly")
_AT_LEAST = ("au moins", "at least")


def amount(folded: str) -> tuple[str, int] | None:
    """The amount a question states, with how it compares: « plus de 500 communes » →
    (">", 500), « dépasse les 20 000 habitants » → (">", 20000), « 37 communes » → ("=", 37)."""
    folded = _in_figures(folded)
    matches = list(_AMOUNT.finditer(folded))
    counting = [m for m in matches if _COUNTED.match(folded, m.end())]
    found = _stated((counting or matches)[0]) if matches else None
    # (« c'est une seule intercommunalité ? » states one.)
    return ("=", 1) if found is None and _JUST_ONE.search(folded) else found


def amounts(folded: str) -> tuple[tuple[str, int], ...]:
    """Every amount a question states, in order (see `amount`)."""
    return tuple(_stated(found) for found in _AMOUNT.finditer(_in_figures(folded)))


def _in_figures(folded: str) -> str:
    return _MILLION.sub(lambda m: "500 000" if m[1] else "1 000 000", folded)


def _stated(found: re.Match[str]) -> tuple[str, int]:
    if found["bare"]:
        return ("=", _WORDS[found["bare"]])
    if found["word"]:
        value, relation = _WORDS[found["word"]], found["word_relation"]
    else:
        value, relation = int(found["value"].replace(" ", "")), found["relation"] or ""
    if relation.startswith(_AT_LEAST):
        # (« au moins 8 » holds of 8.)
        return (">=", value)
    if relation.startswith(_MORE):
        return (">", value)
    if relation.startswith(_ABOUT):
        return ("~", value)
    return ("<", value) if relation else ("=", value)


def amount_holds(stated: tuple[str, int], value: int) -> bool:
    """Whether a value is as stated; « environ » allows a tenth either way."""
    relation, claimed = stated
    if relation == "=":
        return value == claimed
    if relation == ">=":
        return value >= claimed
    how = {">": "above", "<": "below"}.get(relation, "about")
    return _compares(how, value, claimed, tolerance=claimed / 10)


def several(folded: str) -> bool:
    """« plusieurs », « more than one »: a count over one."""
    return bool(_SEVERAL.search(folded))


def days(folded: str) -> tuple[tuple[int, int], ...]:
    """(day, month) pairs: « le 9 novembre », « November 9th »."""
    found = [(int(d), MONTHS[m]) for d, m in _DAY.findall(folded)]
    found += [(int(d), MONTHS[m]) for m, d in _MONTH_DAY.findall(folded)]
    return tuple(found)


def months(folded: str) -> tuple[int, ...]:
    """Months said without a day: « c'était en octobre ? »."""
    return tuple(MONTHS[m] for m in _MONTH.findall(folded))


def years(folded: str) -> tuple[int, ...]:
    return tuple(int(n) for n in _NUMBER.findall(folded) if 1900 <= int(n) <= 2100)


def weekdays(folded: str) -> tuple[int, ...]:
    return tuple(WEEKDAYS[w] for w in folded.split() if w in WEEKDAYS)


_FRACTIONS = (
    (r"trois quarts|three quarters", 3 / 4),
    (r"deux tiers|two thirds", 2 / 3),
    (r"(?:la |une )?moitie|half", 1 / 2),
    (r"(?:un |le )?tiers|(?:a |one )?third", 1 / 3),
    (r"(?:un |le )?quart|(?:a |one )?quarter", 1 / 4),
    (r"(?:un |le )?dixieme|(?:a |one )?tenth", 1 / 10),
)
_PERCENT = re.compile(r"\b(\d{1,3})(?: ?%| pour ?cent| percent)")
_ABOVE = re.compile(r"\b(?:plus d[eu]?|more than|over|au moins|at least|majorite|majority)\s*$")
_BELOW = re.compile(r"\b(?:moins d[eu]?|less than|under|fewer than)\s*$")


def proportion(folded: str) -> tuple[str, float] | None:
    """A share the question states, and how it compares: (« above », 0.5) for « plus de la
    moitié », (« about », 0.33) for « un tiers », (« below », 0.1) for « moins de 10 % »."""
    for pattern, value in _FRACTIONS:
        found = re.search(rf"\b(?:{pattern})\b", folded)
        if found is not None:
            return _compared(folded[: found.start()]), value
    percent = _PERCENT.search(folded)
    if percent is not None:
        return _compared(folded[: percent.start()]), int(percent.group(1)) / 100
    if re.search(r"\b(?:majorite|majority)\b", folded):
        return "above", 1 / 2
    return None


# « plus de 10 », « at least 5 »: a count stated as a bound.
_BOUND = re.compile(
    r"\b(?P<how>pas plus d[eu]?|no more than|plus d[eu]?|more than|over|au moins|at least"
    r"|moins d[eu]?|less than|under|fewer than|au plus|at most)\s+(?P<number>\w+)\b"
)
_BOUNDS: tuple[tuple[tuple[str, ...], Callable[[int, int], bool]], ...] = (
    (("pas plus", "no more", "au plus", "at most"), lambda value, bound: value <= bound),
    (("au moins", "at least"), lambda value, bound: value >= bound),
    (("plus", "more", "over"), lambda value, bound: value > bound),
    (("moins", "less", "under", "fewer"), lambda value, bound: value < bound),
)


def count_holds(folded: str, *, stated: int, value: int) -> bool:
    """Whether `value` is the count the question states: « plus de 10 » is over 10, « au
    moins 5 » 5 or more, « moins de 3 » under 3, a number alone that number."""
    for found in _BOUND.finditer(folded):
        word, how = found.group("number"), found.group("how")
        if (_WORDS.get(word) or (int(word) if word.isdigit() else None)) == stated:
            return next(holds(value, stated) for opens, holds in _BOUNDS if how.startswith(opens))
    return value == stated


def _compared(before: str) -> str:
    if _ABOVE.search(before):
        return "above"
    if _BELOW.search(before):
        return "below"
    return "about"


# « couvert en entier ? », « toute l'Ariège ? »: asked whether all of a place is.
WHOLE = re.compile(
    r"\b(?:en entier|entier|entiere|entierement|toute la|toute l|tout le|totalite"
    r"|integralement|completement|whole|entire|entirely|fully|all of|toutes les communes"
    r"|all the communes|all communes|every commune|tous les habitants|all the inhabitants"
    r"|all inhabitants|everyone|everybody|tout le monde)\b"
)
# How far a share may be from a stated fraction and still be it (« un tiers » of 5 in 15).
TOLERANCE = 0.03


def holds(claim: tuple[str, float], share: float) -> bool:
    """Whether `share` is what the stated proportion says."""
    how, value = claim
    return _compares(how, share, value, tolerance=TOLERANCE)


def _compares(how: str, value: float, claimed: float, *, tolerance: float) -> bool:
    """« above », « below » the claimed value, or about it, within a tolerance."""
    if how == "above":
        return value > claimed
    if how == "below":
        return value < claimed
    return abs(value - claimed) <= tolerance


# A sum to work out: « 15 fois 183 », « 48 x 12 », « 100 divided by 183 ».
ARITHMETIC = re.compile(
    r"\b\d+ (?:fois|x|plus|moins|divise par|divises par|multiplie par|times|divided by|minus"
    r"|multiplied by) \d+\b"
)
