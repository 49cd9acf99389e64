"""A part of a question read in the light of the part before it: « which of them »
picks among what it chose, a department alone asks the same of its part there, « c'est
dans … ? » asks whether what it named is in, and « c'est Pau ? » names what it ranked."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.normalize import fold
from bot.understanding.frame import PLACE_KINDS, Frame, subject_kind
from bot.understanding.settled import RANKS
from bot.understanding.whether import QUESTION_WORDS

# « sommes-nous … ? », « is our town … ? »: the speaker's own place.
_OURS = re.compile(r"\b(?:nous|notre|nos|on (?:est|fait|serait|rentre)|we|our|us)\b")
# « c'est dans … ? », « is it in … ? »: of what was just named.
_IT_IS_IN = re.compile(
    r"(?:donc |so |alors |et |and )?(?:est ce qu(?:e |')?)?(?:(?:c est|c|(?:elle|il|ca|cela)"
    r" (?:est|rentre|entre|tombe|se trouve)|(?:le|ce|mon|notre) village est|(?:la|cette|ma|notre)"
    r" (?:commune|ville) est|is it|it s|it is|does it (?:fall|lie|sit)|is the (?:town|village)"
    r"|is this (?:town|village)) (?:bien |vraiment |really )?(?:dans|ds|in)"
    r"|(?:elle|il|ca|cela) fait (?:bien |vraiment )?partie (?:du|de|des|d))\b"
)
# At most this many words name what a question set after them asks of.
_SET_BEFORE = 4
# A noun set before with a clause of its own, up to this many words.
_SET_BEFORE_CLAUSE = 9
_WITH_A_CLAUSE = re.compile(
    r"(?:le|la|l|les|the|ce|cette|ces) \w+(?: \w+)? (?:qui|que|qu|dont|which|that|who) "
)
_DETERMINERS = frozenset(
    ["le", "la", "l", "les", "the", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur"]
)
_ASKING = re.compile(rf"\b(?:{QUESTION_WORDS}|est|sont|is|are)\b")
# « lequel d'entre eux », « which of them »: the laureates the request before picked.
_AMONG_THEM = re.compile(
    r"\b(?:d entre eux|parmi eux|parmi ceux ci|of them|of those|among them|among those|ceux ci"
    r"|lesquels d entre|of these"
    # (« Les lauréats du Tarn, et leurs statuts respectifs ? »: of the Tarn's.)
    r"|leurs?|chacun|chacune|their|each)\b"
)
# « et lesquels … », « dont combien … »: a question picking among the laureates just counted.
_WHICH_OF_THEM = re.compile(
    r"(?:et |and |mais |but )?(?:lesquels|lesquelles|lequel|laquelle|which|dont|among which)\b"
)


# « au niveau national », « en France »: the 183, whatever the part before was about.
_NATIONAL = re.compile(
    r"\b(?:au niveau national|nationalement|nationally|nationwide|en france|in france)\b"
)


def carried(subjects: tuple[str, ...], *, folded: str) -> tuple[str, ...]:
    """The subjects of the part before, which a part naming none takes: not the laureates
    when it speaks of the whole country (« comment ont-ils été choisis, et combien y en
    a-t-il au niveau national ? »)."""
    return () if subjects == ("laureates",) and _NATIONAL.search(folded) else subjects


def ours(subjects: tuple[str, ...], *, before: tuple[str, ...], folded: str) -> tuple[str, ...]:
    """« Je travaille à la mairie de Prades. Sommes-nous dans le territoire X ? »: the
    territory named is asked of the speaker's own place, named before."""
    places = tuple(s for s in before if subject_kind(s) in {"commune", "epci"})
    territories = all(subject_kind(s) in {"laureate", "territory"} for s in subjects)
    if places and subjects and territories and _OURS.search(folded):
        return (*places, *subjects)
    return subjects


# « celle des nouveaux », « ceux du Gers »: the same thing asked of others.
_THE_SAME_OF = re.compile(
    r"(?:(?:et|and|puis|then) )?(?:celui|celle|ceux|celles) (?:des|du|de|d)\b"
)


def among_them(frame: Frame, *, before: Frame) -> Frame:
    """« how many new laureates, and which of them has the fewest inhabitants? »: the
    laureates the part before chose."""
    if (
        frame.about == before.about == ("laureates",)
        and not frame.filters
        and _AMONG_THEM.search(fold(frame.text))
    ):
        # (Of several, « what is their status? » gives each one's.)
        op = "each" if frame.op == "lookup" and frame.ask != "laureate" else frame.op
        return replace(frame, filters=before.filters, op=op)
    chosen = {_kind(f) for f in frame.filters}
    kept = tuple(f for f in before.filters if _kind(f) not in chosen)
    if frame.about == before.about and _THE_SAME_OF.match(fold(frame.text)):
        # (« La liste des lauréats renouvelés, puis celle des nouveaux »: a list again.)
        return replace(frame, ask=before.ask, op=before.op, filters=(*kept, *frame.filters))
    if (
        frame.about == before.about == ("laureates",)
        and kept
        and _WHICH_OF_THEM.match(fold(frame.text))
    ):
        # « Le Tarn compte combien de lauréats, et lesquels sont nouveaux ? »: of the
        # Tarn's; « combien de nouveaux, et lesquels sont dans le Tarn ? »: of the new ones.
        return replace(frame, filters=(*kept, *frame.filters))
    return frame


def _kind(name: str) -> str:
    return name.removeprefix("not:").partition(":")[0]


def in_it(frame: Frame, *, before: Frame) -> Frame | None:
    """« Saint-Chaptes (Gard), près d'Alès, c'est dans le territoire d'Alès ? »: whether
    the towns the part before named are in the laureate this part names; None otherwise."""
    towns = tuple(s for s in before.about if subject_kind(s) in {"commune", "epci"})
    if (
        # (« Odeillo, là où il y a le four solaire à Font-Romeu, c'est dans … ? »: the part
        # before only names a town, whatever the model reads it as.)
        (before.ask == "membership" or len(towns) == len(before.about))
        # (« ça rentre dans le lauréat X ? » says membership, however the model leans.)
        and frame.ask in {"membership", "laureate"}
        and frame.op == "yesno"
        and bool(frame.about)
        and all(subject_kind(s) == "laureate" for s in frame.about)
        and towns
        and _IT_IS_IN.match(fold(frame.text))
    ):
        # (Both parts read as the same request: it is as sure as the surer of them.)
        return replace(
            frame,
            ask="membership",
            about=(*towns, *frame.about),
            confidence=max(frame.confidence, before.confidence),
            stated=frame.stated | before.stated,
        )
    return None


# « c'est Pau ? », « is it Tarbes? »: a name said to be the answer, and nothing more.
_ITS_NAME = re.compile(
    r"(?:et |donc |alors |so )?(?:c est|c|ce serait|ce n est pas|is it|it s|is that)"
    r"(?: bien| vraiment| really)?(?: \w+){1,4}"
)


def named_answer(frame: Frame, *, before: Frame) -> Frame | None:
    """« La plus grande ville de Lacq Pau Tarbes, c'est Pau ? »: the one a ranking is said
    to put first, placed in that ranking; None otherwise."""
    towns = dict(frame.towns)
    if (
        before.op not in RANKS
        or len(frame.about) != 1
        or not _ITS_NAME.fullmatch(fold(frame.text))
        or (frame.about[0] in before.about and frame.about[0] not in towns)
    ):
        return None
    named = towns.get(frame.about[0], frame.about[0])
    if before.about == ("laureates",) and subject_kind(named) == "laureate":
        # (« le lauréat le plus peuplé, c'est Lacq Pau Tarbes ? »: the fifteen ranked.)
        return replace(before, about=(named,), named=(*before.named, named))
    ranked = [s for s in before.about if subject_kind(s) in {"laureate", "territory"}]
    if subject_kind(named) not in {"commune", "epci"} or len(ranked) != len(before.about) != 0:
        return None
    return replace(before, about=(named, *before.about), stated=before.stated | {"about"})


def narrowing(frame: Frame, *, before: Frame) -> Frame:
    """« combien de communes dans Lacq Pau Tarbes, et combien côté Hautes-Pyrénées ? »: a
    part naming only a department asks what the part before asked, of its part there (or,
    of a list narrowed to a place, of that list in the place named)."""
    places = [*frame.about, *frame.filters]
    where = [p for p in places if p.startswith(("department:", "region:"))]
    if (
        before.about in {("laureates",), ("territories",)}
        and any(f.startswith(("department:", "region:")) for f in before.filters)
        and len(where) == len(places) == 1
        and frame.op == before.op
    ):
        # « combien de territoires en Guadeloupe, et combien à La Réunion ? »: the same
        # count, of another place.
        kept_filters = [f for f in before.filters if not f.startswith(("department:", "region:"))]
        return replace(frame, ask=before.ask, about=before.about, filters=(*kept_filters, *where))
    departments = [p.removeprefix("department:") for p in places if p.startswith("department:")]
    others = [p for p in places if not p.startswith("department:") and p != "laureates"]
    kept = [s for s in before.about if subject_kind(s) in {"laureate", "territory"}]
    if not departments or others or not kept or frame.op != before.op:
        return frame
    about = (*kept, *(f"department:{code}" for code in departments))
    return replace(frame, ask=before.ask, about=about, filters=before.filters, kind=before.kind)


# « et en communes, combien côté Hautes-Pyrénées ? »: the measure the request after asks.
_MEASURE_BEFORE = re.compile(
    r"(?:(?:et|and|mais|but|ok|alors|so) )*(?:en|in|by|par|cote|pour les|for) (?:nombre d |number"
    r" of )?(?:communes|habitants|population|inhabitants|intercos|intercommunalites|groupements"
    r"|municipalities|people)"
)


# Words that link nouns: « le numérique et la cybersécurité », « l'emploi dans le bassin ».
_LINKING = frozenset(
    ["et", "and", "ou", "or", "de", "du", "des", "d", "dans", "en", "sur", "of", "in"]
)


# « Chaque lauréat du Gers : combien de communes ? »: each of some, the question following.
_EACH_ONE_OF = re.compile(
    r"(?:pour |for )?(?:chaque|each) (?:laureat|laureate|territoire d industrie|territoire"
    r"|territory)(?: (?:du|de|d|des|in|of)(?: l| la| the)? _\w+)?"
)


def set_before(part: str, masked: str) -> bool:
    """« L'AG, c'était un mardi ? », « L'innovation, c'est dans le programme ? »: a noun
    set before the question that asks of it, asking nothing itself; or the measure it asks."""
    words = masked.split()
    if (
        _MEASURE_BEFORE.fullmatch(masked) or _EACH_ONE_OF.fullmatch(masked)
    ) and not part.rstrip().endswith("?"):
        return True
    if _WITH_A_CLAUSE.match(masked) and len(words) <= _SET_BEFORE_CLAUSE:
        # (« L'AG qui a dévoilé les lauréats, c'était un mardi ? »: a noun and what it did.)
        return not part.rstrip().endswith("?") and not any(w.startswith("_") for w in words)
    # (« Et l'emploi, c'est un axe ? »: what leads in says nothing of it.)
    words = words[1:] if words[:1] in (["et"], ["and"], ["mais"], ["but"]) else words
    # (« Le numérique et la cybersécurité, c'est un axe ? »: two nouns set before it.)
    nouns = [w for w in words if w not in _DETERMINERS and w not in _LINKING]
    return (
        0 < min(len(words), 2 * len(nouns)) <= _SET_BEFORE
        and words[0] in _DETERMINERS
        # (« Le numéro de Margot Scherer, … »: a thing asked of someone named is a request.)
        and not any(word.startswith("_") for word in words)
        and not part.rstrip().endswith("?")
        and not _ASKING.search(masked)
    )


# What a part may ask of a subject named only in the next part.
_OF_THE_NEXT = frozenset(
    ["communes", "population", "members", "status", "interregional", "departments", "region"]
)


def named_after(frames: list[Frame]) -> list[Frame]:
    """« Plus grande ville et nombre d'habitants de Grand Auch/Astarac ? »: a part asking an
    attribute of nothing named, in so many words, takes the places the next part names (« Ah
    d'accord. », « vite : » ask nothing of them)."""
    later: tuple[str, ...] = ()
    for at in range(len(frames) - 1, -1, -1):
        frame = frames[at]
        if frame.about:
            later = frame.about if all(subject_kind(s) in PLACE_KINDS for s in frame.about) else ()
        elif later and frame.ask in _OF_THE_NEXT and "ask" in frame.stated and not frame.filters:
            frames[at] = replace(frame, about=later, stated=frame.stated | {"about"})
    return frames
