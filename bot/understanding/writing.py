"""How a question writes a name as a place's: after « à », « au », « aux », « dans le »,
with a capital, opening a question about it, or just before a department's number in
brackets (« Tours (37) »); and the words after which a number is no department's."""

from __future__ import annotations

import re

from bot.normalize import fold_many

# Words after which a name that is also an ordinary word is read as a place.
PLACE_CUES = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "du",
        "des",
        "au",
        "aux",
        "en",
        "dans",
        "departement",
        "commune",
        "ville",
        "village",
        "of",
        "in",
        "at",
        "the",
        "town",
        "city",
        "county",
        "department",
        # « hors gard », « sauf lot »: what a list leaves out is a place.
        "hors",
        "sauf",
        "excepte",
    ]
)
# A commune named like a common noun (« la rivière ») needs more than an article.
COMMUNE_CUES = frozenset(["commune", "ville", "village", "town", "city"])
CUE_AFTER_DE = frozenset(["commune", "ville", "village", "departement"])
NOT_A_PLACE_AFTER = frozenset(["de", "d", "of"])
# In a question about a place, a name opening it (after « et », « pour »…) and followed by a
# verb of being is its subject, however it is written: « lourdes c'est dans un TI ? ».
OPENERS = frozenset(["et", "and", "pour", "for", "sinon", "what", "about", "ok", "bon"])
# Words after a name that leave it alone in a follow-up: « Lourdes too? », « et Albi alors ? ».
ALONE_AFTER = frozenset(["too", "also", "aussi", "alors", "then", "donc", "non", "no"])
_ASKED_IF = frozenset(["is", "does", "was", "are"])
_PLACED_AFTER = frozenset(["in", "part", "covered", "included", "inside", "within"])
BEING = frozenset(
    ["c", "est", "ca", "is", "fait", "se", "appartient", "elle", "il", "it", "belongs"]
)
UNITS = frozenset(
    [
        "min",
        "mn",
        "minute",
        "minutes",
        "mot",
        "mots",
        "phrase",
        "phrases",
        "lignes",
        "words",
        "sentences",
        "h",
        "heure",
        "heures",
        "jour",
        "jours",
        "semaine",
        "semaines",
        "mois",
        "an",
        "ans",
        "annee",
        "annees",
        "km",
        "kilometres",
        "secondes",
        "sec",
        "fois",
        "pourcent",
        "millions",
        "milliards",
        "euros",
        "m",
        "communes",
        "laureats",
        "territoires",
        "habitants",
        # (« > 10000 hab »: an amount of inhabitants, not Troyes's postcode.)
        "hab",
        "inhabitants",
        "people",
        "residents",
        "emplois",
        "salaries",
        "personnes",
        "ti",
        "days",
        "hours",
        "minutes",
        "years",
    ]
)
MONTHS = frozenset(
    [
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
PARENTHESISED_NUMBER = re.compile(r"\(\s*(\d{2,3}|2[abAB])\s*\)")
# « Saint-Martin-de-Londres (34) »: at most this many words before the number name a place.
WORDS_BEFORE_NUMBER = 4
_WORD_TAIL = re.compile(r"[\w'-]+$")


_INNER_CAPITAL = re.compile(r"-[A-ZÀ-Ý]")


def cued_by_writing(text: str, *, first_word: bool) -> set[str]:
    """Folded words written as a place is: after « à », or with a capital (the first word
    of the text only when `first_word`, since sentences start with one). (Not after « au »:
    « je pense au port des chantiers » names no Le Port.)"""
    written = re.findall(r"\b[àÀ]\s+([\w-]+)", text)

    written += [
        match.group(0)
        for match in re.finditer(r"\b[A-ZÀ-Ý][\w-]*", text)
        # (« Salles-la-Source, … »: a capital within the word is a name's, even first.)
        if match.start() > 0 or first_word or _INNER_CAPITAL.search(match.group(0))
    ]
    # (Every word of a name written in one piece: « Salles-la-Source ».)
    cued = {word for folded in fold_many(written) for word in folded.split()}
    # « Tours (37) », « Le Tampon (974) »: words just before a department's number name a place.
    befores = [_words_before(text[: m.start()]) for m in PARENTHESISED_NUMBER.finditer(text)]
    for before in fold_many(befores):
        cued.update(before.split())
    return cued


def _words_before(text: str) -> str:
    """The last words (up to WORDS_BEFORE_NUMBER) of `text`, back to a non-word character.
    Looked for backwards from each « (NN) »: a pattern that scanned forwards for the words
    took 0.17 ms on every question."""
    words: list[str] = []
    for token in reversed(text.split()):
        tail = _WORD_TAIL.search(token)
        if tail is None:
            break
        words.append(tail.group(0))
        if len(words) == WORDS_BEFORE_NUMBER or tail.start() > 0:
            break
    return " ".join(reversed(words))


def asked_if_placed(previous: str, following: str) -> bool:
    """« is lourdes in one of the laureates »: an English question about a place, written
    lower case, the name between « is » and « in »."""
    return previous in _ASKED_IF and following in _PLACED_AFTER


def cued_by_neighbours(
    *,
    words: list[str],
    index: int,
    length: int,
    capitalised: set[str],
    cues: frozenset[str],
    opening: int,
    stopwords: frozenset[str],
) -> bool:
    """Whether the words around a name that is also an ordinary word (« lot », « orange »)
    say that it names a place here: alone in the question, after « à » or « dans », before
    « is in », or written with capitals."""
    others = [*words[:index], *words[index + length :]]
    if all(w in OPENERS or w in ALONE_AFTER for w in others):
        # A name alone but for « et », « too »… (« Lourdes too? »): what is asked of it.
        return True
    following = words[index + length] if index + length < len(words) else ""
    if index == opening and following in BEING:
        return True
    if following in NOT_A_PLACE_AFTER:
        return False
    previous = words[index - 1] if index else ""
    before = words[index - 2] if index > 1 else ""
    if previous in cues or (previous in {"de", "d"} and before in CUE_AFTER_DE):
        return True
    if asked_if_placed(previous, following):
        return True
    # « Y a-t-il… », « Eu égard… »: a capital is no cue for a name of one or two letters.
    tiny = len(" ".join(words[index : index + length])) <= 2
    # (Each word of the name but its articles: « La Banque … sur la table » names none.)
    named = words[index : index + length]
    written = [w for w in named if w not in stopwords] or named
    return all(w in capitalised for w in written) and not (tiny and index == 0)
