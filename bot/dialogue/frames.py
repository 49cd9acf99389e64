"""A follow-up as a partial frame, filled from the conversation's last one: a missing
subject from the last subjects, a missing attribute or operation from the last ones, and a
filter or a place applied to the last list."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.dialogue.against import compared_with, ranked_among_last, share_of_last
from bot.dialogue.its_measure import (
    OF_A_TERRITORY,
    TOWN_WORD,
    part_of_this_territory,
    ranked_claim,
    split_between,
)
from bot.dialogue.narrowed import filter_kind, narrowed
from bot.dialogue.sides import other_side
from bot.dialogue.within import OF_IT, beyond_it, town_in_it, towns_over_it
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.frame import FILLED, MEASURES, Frame, subject_id, subject_kind
from bot.understanding.outright import PER_DEPARTMENT, names_inhabitants
from bot.understanding.settled import LAUREATES

_WHOLES = frozenset(["laureates", "territories"])
# « quelles régions ? », « which regions? »: the regions named after a question word.
_WHICH_REGIONS = re.compile(r"\b(?:quelles?|which|what) regions?\b")
_PLACES = frozenset(["department", "region"])
# What is asked of one laureate, not of all fifteen at once.
_OF_ONE = frozenset(["status", "interregional", "region", "departments", "membership"])
# What a ranking ranks by.
_RANKS = frozenset(["most", "least"])
_RANKED = frozenset(["communes", "population", "members", "departments", "laureate", "region"])
# « c'est bien dans l'Aude ? », « is it in the Gers? »: where what was just named lies.
_WHERE_IT_IS = re.compile(
    r"^(?:et |and |mais |but )?(?:c est|c|elle est|il est|elle se trouve|il se trouve|is it"
    r"|it s|it is|situee?)(?: bien| vraiment| really)? (?:dans|en|in|au|aux)\b"
)
# The properties a share counts, by their filter, and what it asks of them.
_PROPERTIES = {"status": "status", "interregional": "interregional", "spanning": "departments"}
# « parmi eux », « among them »: a choice within the last list.
_AMONG = re.compile(
    r"\b(?:parmi|d entre eux|d entre elles|among|of them|of those|ceux ci|celles ci|dont)\b"
)
# « tous départements confondus », « all departments combined »: a whole, whatever it names.
_ALL_TOGETHER = re.compile(r"\b(?:tous|toutes) (?:les )?\w+ confondu\w*|\ball \w+ combined\b")
# « du territoire », « en tout »: the territory as a whole, not its part in a department.
_WHOLE_TERRITORY = re.compile(
    r"\b(?:du|de ce|de (?:tout|tt) le|(?:dans|ds) (?:tout|tt) le|of the|of that|in the whole"
    r"|of the whole)"
    r" (?:territoire|territory|ti)\b|\b(?:en tout|au total|in total|overall|altogether)\b"
    r"|" + _ALL_TOGETHER.pattern
)
# What a follow-up never takes from the last question: no attribute was answered.
_NOTHING_TO_TAKE = frozenset(["unknown", "out_of_scope"])


def _placed_in(frame: Frame, *, last: Frame) -> bool:
    """A yes/no question naming only a department or a region, after towns."""
    return (
        frame.op == "yesno"
        and bool(frame.about)
        and all(subject_kind(s) in _PLACES for s in frame.about)
        and any(subject_kind(s) in {"commune", "epci"} for s in last.about)
    )


# « tous les lauréats », « les 15 », « en Occitanie »: the whole list, wherever they lie.
_ALL_OF_THEM = re.compile(r"\b(?:tous|toutes|all|15|quinze|fifteen|occitanie)\b")


def _department_spoken_of(frame: Frame, last: Frame, *, said: str) -> str | None:
    """The one department the conversation spoke of, when the laureates are listed or
    counted with no place of their own."""
    if (
        frame.about != ("laureates",)
        or frame.ask != "laureate"
        or frame.op not in {"list", "count"}
        or any(filter_kind(f) in _PLACES for f in frame.filters)
        or _ALL_OF_THEM.search(said)
        or _is_whole(last.about)
    ):
        return None
    places = [s for s in last.about if subject_kind(s) == "department"]
    return f"department:{subject_id(places[0])}" if len(places) == len(last.about) == 1 else None


# « quelle part des communes du 66 », « what share of the Aude's inhabitants »: the place
# named is the whole the share is of.
_OF_A_WHOLE = re.compile(
    r"\b(?:part|proportion|pourcentage|share|percentage)(?: des| de la| du| d| of(?: the)?)?"
    r" (?:communes|habitants|population|pop|inhabitants|municipalities|towns) (?:du|de la|de l|des|d"
    r"|of|in)\b(?! (?:ce |this |the )?(?:territoire|territory|ti|laureat|laureate)\b)"
)


def _one_of_them(frame: Frame, *, last: Frame, said: str) -> bool:
    """Whether the laureates, as a whole and in Occitanie at most, are asked yes or no of,
    after one place or territory."""
    return (
        frame.op == "yesno"
        and frame.ask in {"laureate", "membership"}
        and (
            frame.about == ("laureates",)
            # (« Is it one of the Occitanie laureates? » may be read as of the region.)
            or (frame.about == ("region:Occitanie",) and bool(LAUREATES.search(said)))
        )
        and set(frame.filters) <= {"region:Occitanie"}
        and len(last.about) == 1
        and subject_kind(last.about[0]) in {"commune", "epci", "territory"}
    )


def _held_in(frame: Frame, *, last: Frame, said: str) -> str | None:
    """The one territory the last question asked a town or an intercommunality to be in,
    when a follow-up names only another of them and asks nothing of its own."""
    territories = [s for s in last.about if subject_kind(s) in {"laureate", "territory"}]
    if (
        last.ask != "membership"
        or last.op != "yesno"
        or len(territories) != 1
        or len(last.about) < 2
        # (« Et Bayonne, elle en fait partie ? » asks it again, of the same territory.)
        or ("ask" in frame.stated and not (frame.ask == "membership" and OF_IT.search(said)))
        or not frame.about
        or not all(subject_kind(s) in {"commune", "epci"} for s in frame.about)
    ):
        return None
    return territories[0]


# « dans chaque interco », « combien chacune ? », « for each grouping »: each grouping.
_EACH_GROUPING = re.compile(
    r"\b(?:(?:chaque|par|each|per|every) (?:intercos?|intercommunalites?|epci|groupements?"
    r"|grouping|intercommunality)|chacune|chacun d entre elles)\b"
)


def _place_swapped(frame: Frame, *, last: Frame) -> tuple[str, ...] | None:
    """The one place a follow-up names and nothing else, after a measure of another place
    (« et dans le Lot ? » after a share of the region's inhabitants)."""
    named = (*frame.about, *frame.filters) if "about" in frame.stated else frame.filters
    places = tuple(s for s in named if subject_kind(s) in _PLACES)
    if (
        "ask" in frame.stated
        or len(places) != 1
        or len(named) != 1
        or last.ask not in MEASURES
        or len(last.about) != 1
        or subject_kind(last.about[0]) not in _PLACES
        or places == last.about
    ):
        return None
    return places


def _settled(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """A follow-up whose few words settle it whole: a ranking claimed of the territory
    spoken of, the same measure split or of another place, its part in a department."""
    over = towns_over_it(frame, last=last, said=said) or part_of_this_territory(
        frame, last=last, said=said
    )
    if over is not None:
        return over
    ranked = (
        ranked_claim(frame, last=last, said=said)
        or compared_with(frame, last=last, said=said)
        or ranked_among_last(frame, last=last, said=said)
        or share_of_last(frame, last=last)
    )
    if ranked is not None:
        return ranked
    side = other_side(frame, last, said=said)
    if side is not None:
        return replace(side, stated=frame.stated | FILLED)
    if split_between(frame, last):
        # (Which says how many each laureate has.)
        return replace(last, text=frame.text, lang=frame.lang, stated=frame.stated | FILLED)
    territories = tuple(s for s in last.about if subject_kind(s) in {"laureate", "territory"})
    if _EACH_GROUPING.search(said) and len(last.about) == len(territories) == 1:
        # « ds chaque interco ? », « combien de communes chacune ? » after a territory's
        # communes or groupings: its groupings ranked, each with its communes and inhabitants.
        return replace(
            frame,
            ask="members",
            op="most",
            about=territories,
            filters=(),
            stated=frame.stated | FILLED,
        )
    held = _held_in(frame, last=last, said=said)
    if held is not None:
        # « et Bayonne ? » after whether Pau is in Lacq Pau Tarbes: whether it is in it too.
        return replace(
            frame,
            ask="membership",
            op="yesno",
            about=(*frame.about, held),
            stated=frame.stated | FILLED,
        )
    place = _place_swapped(frame, last=last)
    if place is not None:
        # « et pour le Lot ? » after the share of the region's inhabitants: the same,
        # of the place now named.
        return replace(
            frame,
            ask=last.ask,
            op=frame.op if "op" in frame.stated else last.op,
            about=place,
            filters=tuple(f for f in last.filters if filter_kind(f) not in _PLACES),
            stated=frame.stated | FILLED,
        )
    return None


def _of_all_laureates(frame: Frame, *, last: Frame, asked: str) -> Frame | None:
    """A count of a status, or a ranking among one, after one laureate: of them all."""
    if "about" in frame.stated or len(last.about) != 1 or subject_kind(last.about[0]) != "laureate":
        return None
    if frame.op == "count" and asked in {"status", "interregional"}:
        # « Combien sont marqués interrégionaux au total ? »
        return replace(frame, ask="laureate", about=("laureates",), stated=frame.stated | FILLED)
    if frame.op in _RANKS and any(
        f.startswith("status:") or f == "interregional" for f in frame.filters
    ):
        # « le plus peuplé parmi les nouveaux ? »: the laureates ranked (no town is new).
        return replace(frame, about=("laureates",), stated=frame.stated | FILLED)
    return None


def _ask_named(frame: Frame, *, said: str, last: Frame) -> Frame:
    """« quelle part des habitants ? », « sur quelles régions ? »: what is asked, in so many
    words, however unsure the reading; nothing, when nothing was read, or when the word is
    the title of the place named (« et dans son intercommunalité Cèze Cévennes ? » after a
    count of communes asks the same of it)."""
    named = names_inhabitants(ask=frame.ask, folded=said) or (
        frame.ask == "region" and bool(_WHICH_REGIONS.search(said))
    )
    titled = frame.ask == "members" and [subject_kind(s) for s in frame.about] == ["epci"]
    together = bool(_ALL_TOGETHER.search(said))
    if not frame.ask or together or (titled and last.ask in {"communes", "population"}):
        # (« et ceux sous les 50 000 ? » reads as asking nothing of its own: the last one's.)
        return replace(frame, stated=frame.stated - {"ask"})
    return replace(frame, stated=frame.stated | {"ask"}) if named else frame


def follow(*, frame: Frame, last: Frame) -> Frame | None:
    """The frame a follow-up means; None when the question says it all by itself, or says
    nothing the last frame could take (then it is no follow-up of it)."""
    if last.ask in _NOTHING_TO_TAKE:
        # « et Bpifrance, elle sert à quoi ? » after what the sources do not say: what the
        # words ask, however unsurely, not « not in the sources » again.
        frame = replace(frame, stated=frame.stated | {"ask"})
    said = fold(frame.text)
    frame, last = _ask_named(frame, said=said, last=last), beyond_it(frame, last=last, said=said)
    asked = frame.ask if "ask" in frame.stated else last.ask
    settled = (
        town_in_it(frame, last=last, said=said)
        or _settled(frame, last=last, said=said)
        or _of_all_laureates(frame, last=last, asked=asked)
    )
    if settled is not None:
        return settled
    department = _department_spoken_of(frame, last, said=said)
    if department is not None:
        # « Réparties entre quels lauréats ? » after the Tarn's communes: the Tarn's.
        return replace(frame, filters=(*frame.filters, department), stated=frame.stated | FILLED)
    if (
        last.ask in {"communes", "population"}
        and len(last.about) == 1
        and subject_kind(last.about[0]) in {"laureate", "territory"}
        and PER_DEPARTMENT.search(said)
    ):
        # « combien dans chaque département ? » after a laureate's communes: department by
        # department (read alone, it asks whether each department has a laureate).
        return replace(
            frame,
            ask=last.ask,
            op="each",
            about=last.about,
            filters=(),
            stated=frame.stated | FILLED,
        )
    if (
        frame.op in _RANKS
        and "about" not in frame.stated
        and frame.ask in {"population", "communes", "members"}
        and last.ask == "members"
        and len(last.about) == 1
        and subject_kind(last.about[0]) in {"laureate", "territory"}
        and not TOWN_WORD.search(said)
    ):
        # « la plus peuplée ? » after a laureate's intercommunalities: of them, not its towns.
        return replace(
            frame, ask="members", about=last.about, filters=(), stated=frame.stated | FILLED
        )
    if (
        _WHERE_IT_IS.search(said)
        and not OF_A_TERRITORY.search(said)
        and _placed_in(frame, last=last)
    ):
        # « c'est bien dans l'Aude ? » after Castelnaudary: whether the town is there.
        towns = tuple(s for s in last.about if subject_kind(s) in {"commune", "epci"})
        about = (*towns, *frame.about)
        # (A town's region is answered with its department's.)
        return replace(
            frame, ask="departments", op="yesno", about=about, stated=frame.stated | FILLED
        )
    if _one_of_them(frame, last=last, said=said):
        # « c'est un des 15 lauréats d'Occitanie ? » after a town or a territory: whether
        # it is one, not their list.
        return replace(
            frame,
            ask="membership",
            op="yesno",
            about=(last.about[0], "region:Occitanie"),
            filters=(),
            stated=frame.stated | FILLED,
            # (What said which of its namesakes the town is says it still.)
            named=last.named,
        )
    territories = tuple(s for s in last.about if subject_kind(s) in {"territory", "laureate"})
    if (
        frame.op == "yesno"
        and frame.ask in {"region", "departments", "membership"}
        and frame.about
        and all(subject_kind(s) in _PLACES for s in frame.about)
        and len(territories) == 1
        # (« et il touche le Gers ? » after its communes in the Landes: of it still.)
        and (len(last.about) == 1 or frame.ask == "departments")
    ):
        # « Il est en Occitanie ? » after one of ANCT's territories: whether it lies there.
        ask = "region" if all(subject_kind(s) == "region" for s in frame.about) else "departments"
        return replace(
            frame, ask=ask, about=(*territories, *frame.about), stated=frame.stated | FILLED
        )
    if (
        asked in MEASURES
        and frame.about
        and all(subject_kind(s) == "department" for s in frame.about)
        and territories
        and all(subject_kind(s) in {"laureate", "territory", *_PLACES} for s in last.about)
    ):
        # « combien de communes dans le Gers ? » after the 32/82: its communes there; « et
        # dans les Hautes-Pyrénées seulement ? » after Lacq Pau Tarbes's, or after whether
        # they all lie in the Tarn.
        op = frame.op if "op" in frame.stated else last.op
        if op == "share" and len(territories) == len(frame.about) == 1 and _OF_A_WHOLE.search(said):
            # « quelle part des communes du 66 couvre-t-il ? »: of the department's.
            return replace(
                frame, ask=asked, about=(*frame.about, *territories), stated=frame.stated | FILLED
            )
        return replace(
            frame,
            ask=asked,
            op=frame.op if "op" in frame.stated else last.op,
            about=territories,
            filters=narrowed(last.filters, frame.about),
            stated=frame.stated | FILLED,
        )
    if (
        _is_whole(last.about)
        and not last.filters
        and not frame.filters
        and "about" not in frame.stated
        and frame.ask in _OF_ONE
        and frame.op in {"yesno", "lookup"}
    ):
        # « il est interrégional ? » after « combien de lauréats ? »: of one, not of all.
        return None
    missing = FILLED - frame.stated
    if not missing or (
        # (« et dans tout le territoire ? » names no one and asks nothing, and still follows.)
        missing == FILLED and "filters" not in frame.stated and not _WHOLE_TERRITORY.search(said)
    ):
        return None
    about, filters = frame.about, frame.filters
    if "about" not in frame.stated:
        about, filters = _of_the_last(frame, last=last, said=said)
    elif (
        _is_whole(last.about)
        and all(subject_kind(s) in _PLACES for s in frame.about)
        # « le Lot a-t-il un lauréat ? » is a question of its own.
        and frame.op != "yesno"
    ):
        # « et dans l'Aude ? » after the laureates of the Gard: the same whole, elsewhere.
        about, filters = last.about, narrowed(last.filters, (*frame.filters, *frame.about))
    elif (
        last.ask == "departments"
        and last.op == "yesno"
        and "ask" not in frame.stated
        and all(subject_kind(s) == "department" for s in frame.about)
    ):
        # « et les Hautes-Pyrénées ? » after whether Comminges-Nestes reaches the Gers:
        # whether it reaches there.
        about = (*(s for s in last.about if subject_kind(s) != "department"), *frame.about)
    ask = frame.ask if "ask" in frame.stated else last.ask
    op = frame.op if "op" in frame.stated else last.op
    if (
        op == "yesno"
        and "op" in frame.stated
        and ask in MEASURES
        and "ask" not in frame.stated
        and numbers.amount(fold(frame.text)) is None
    ):
        # « Le Var a un territoire d'industrie ? » after a ranking by inhabitants: a measure
        # asked yes or no states an amount; with none, the question's own reading stands.
        ask = frame.ask
    if op == "count" and ask in {"date", "place"} and frame.ask not in {"date", "place"}:
        # « combien en Occitanie ? » after the release's date: dates are not counted; the
        # question's own reading stands.
        return replace(frame, stated=frame.stated | FILLED)
    shared = [f for f in frame.filters if filter_kind(f) in _PROPERTIES]
    if op == "share" and "about" not in frame.stated and shared:
        # « et la part des nouveaux ? » after the interregional share: a share is of the
        # property its filter names, which the new one replaces.
        ask = _PROPERTIES[filter_kind(shared[0])]
        filters = (*(f for f in last.filters if filter_kind(f) in _PLACES), *shared)
    if op in _RANKS and ask == "laureate" and _is_whole(about) and frame.ask in MEASURES:
        # « lequel est le plus gros ? » after the Gard's laureates: by a measure of them.
        ask = frame.ask
    if op in _RANKS and ask not in _RANKED and frame.ask in _RANKED:
        # « and what's the biggest? » after a status: a ranking is of a measure, the one
        # the words lean to.
        ask = frame.ask
    return replace(
        frame,
        ask=ask,
        op=op,
        about=about,
        filters=filters,
        kind=frame.kind or last.kind,
        stated=frame.stated | FILLED,
    )


def _of_the_last(
    frame: Frame, *, last: Frame, said: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The subjects and filters a follow-up naming no one takes from the last frame."""
    kept = last.filters
    whole = bool(_WHOLE_TERRITORY.search(said)) and not _is_whole(last.about)
    if whole:
        # « et la plus peuplée du territoire ? », « et le total, tous départements
        # confondus ? » after its communes in a department: of all of it. (Of a list the
        # department chose, « … en tout ? » keeps it.)
        kept = tuple(f for f in kept if filter_kind(f) not in _PLACES)
    about, filters = last.about, narrowed(kept, frame.filters, asked=last.ask)
    territories = tuple(s for s in about if subject_kind(s) in {"laureate", "territory"})
    if whole and territories:
        about = territories
    if last.op == "yesno" and last.ask in {"region", "departments"}:
        # « combien de communes dedans ? » after whether a territory or a town lies in a
        # region: of it, not of the region.
        about = tuple(s for s in about if subject_kind(s) not in _PLACES) or about
    return about, filters


def lists_of_a_department(frame: Frame, frames: tuple[Frame, ...]) -> bool:
    """« quels lauréats ? » after a department's cover: a list the department may narrow."""
    return (
        bool(frames) and _department_spoken_of(frame, frames[-1], said=fold(frame.text)) is not None
    )


def of_groupings(
    frame: Frame, last: Frame | None, *, folded: str, holding: Callable[..., tuple[str, ...]]
) -> Frame | None:
    """« et laquelle des 11 est la plus peuplée ? » after an intercommunality: its
    territory's intercommunalities (not its towns, named so)."""
    if (
        last is None
        or frame.op not in _RANKS
        or "about" in frame.stated
        or TOWN_WORD.search(folded)
        # (« et la moins peuplée ? » after its largest town: its towns again; « la plus
        # peuplée ? » after its communes counted: of them, unless « des 11 » says otherwise.)
        or (last.ask == "population" and last.op in _RANKS)
        or (last.ask == "communes" and not numbers.wholes(folded))
    ):
        return last
    epcis = bool(last.about) and all(subject_kind(s) == "epci" for s in last.about)
    held = holding(last.about) if epcis and frame.ask in MEASURES else ()
    return replace(last, ask="members", about=held, filters=()) if held else last


# « cette interco », « that grouping »: the one just named (« son interco » asks which).
_THIS_GROUPING = re.compile(
    r"\b(?:cette|cet|ce|that|this) (?:interco|intercommunalite|epci|agglo"
    r"|communaute de communes|communaute d agglomeration|grouping|intercommunality)\b"
    # (« et l'agglo ? », « cb d'hab dans la cc ? » after a town: its intercommunality's.)
    r"|\b(?:l|la|sa|son|the|its) (?:agglo|agglomeration|interco|intercommunalite|cc|ca"
    r"|communaute de communes|communaute d agglomeration|intercommunality)\b"
)


def of_its_grouping(
    frame: Frame, last: Frame | None, *, folded: str, grouping_of: Callable[[str], str | None]
) -> Frame | None:
    """« et cette interco a combien de communes ? » after a town's intercommunality: of that
    intercommunality, not of the town."""
    if (
        last is None
        or "about" in frame.stated
        or len(last.about) != 1
        or subject_kind(last.about[0]) != "commune"
        or _grouping_ask(frame, last) not in {"communes", "population"}
        or not _THIS_GROUPING.search(folded)
    ):
        return last
    grouping = grouping_of(last.about[0])
    if grouping is None:
        return last
    return replace(last, ask=_grouping_ask(frame, last), about=(grouping,), filters=())


def _grouping_ask(frame: Frame, last: Frame) -> str:
    """What is asked of a town's intercommunality: the words', else the last question's."""
    if "ask" in frame.stated or frame.ask in {"communes", "population"}:
        return frame.ask
    return last.ask


def _is_whole(about: tuple[str, ...]) -> bool:
    return bool(about) and about[0] in _WHOLES


def among_all(frame: Frame, *, filled: Frame, last: Frame) -> Frame | None:
    """A follow-up choosing by a property of another kind than the last ones, read as a
    choice among all the laureates (where they lie kept) rather than among the last ones:
    « et lesquels ont moins de 50 000 habitants ? » after those of over 400 communes. None
    when « parmi eux » says it is among those, or when a property of a kind already chosen
    replaces it (« et chez les renouvelés, lesquels le sont ? »)."""
    properties = {filter_kind(f) for f in frame.filters} - _PLACES
    if (
        "about" in frame.stated
        or not properties
        or properties & {filter_kind(f) for f in last.filters}
        or _AMONG.search(fold(frame.text))
    ):
        return None
    kept = tuple(f for f in filled.filters if filter_kind(f) in _PLACES or f in frame.filters)
    return replace(filled, filters=kept) if kept != filled.filters else None
