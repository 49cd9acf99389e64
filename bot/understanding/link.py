"""Subjects a question names, linked to the knowledge, and its text with each name replaced
by its kind: the model learns « combien d'habitants à _commune_ ? », never one town."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.knowledge.load import Knowledge
from bot.normalize import clean, fold
from bot.understanding.cues import PLACE_WORDS
from bot.understanding.frame import subject_id, subject_kind
from bot.understanding.grouped import grouped
from bot.understanding.landmarks import aside_starts
from bot.understanding.listed import listed_towns
from bot.understanding.matching import Matcher
from bot.understanding.mentions import Candidate, Extraction, Mention
from bot.understanding.spans import (
    capitalised,
    masked_name,
    masked_territory,
    of_a_grouping,
    spaced,
    word_at,
)

# A national territory's name is linked only when written whole and this long: shorter ones
# (« Vosges », « Cœur d'Hérault ») are ordinary places, linked as such.
_SHORTEST_NATIONAL = 8
# Words that make a named department a filter on a list rather than the subject itself.
# A French telephone number, however it is spaced: an exact pattern, read before any name
# (« 06 70 … » is no department).
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What an address stands in for until the text is folded (which drops « _ »).
_ADDRESS_MARK = "xaddressx"
_PHONE = re.compile(r"\b0\d(?:[ .-]?\d\d){4}\b")
_NEGATION = re.compile(
    r"\b(?:sauf|hors|excepte|except|excluding|other than|pas dans|pas en|enleve|retire|"
    r"without|sans|hormis|a part|en dehors|leave out|leaving out|apart from|outside|not in"
    r"|aren t in|isn t in|nothing to do with|rien a voir avec|unrelated to|de cote|mis a part"
    r"|mise a part|en excluant|set aside|leaving aside|leave aside"
    # (« ni nouveaux, ni dans le Gard, ni dans l'Aude »)
    r"|ne sont ni|n est ni|ni dans|ni en|neither in|nor in)\b"
)
# A question word opening a clause of its own (not « ceux qui … », which a negation reaches).
_CLAUSE_OPENER = re.compile(
    r"\b(?:combien|cb|how many|how much|quels?|quelles?|lesquel\w*|what|est ce que)\b"
)
# « non je voulais dire Lodève, pas Agde »: a name set aside by a correction.
# « le territoire Pyrénées-Orientales », « le TI Ariège »: a department's name in apposition
# to a territory names the laureate bearing it.
_LAUREATE_NAMED = re.compile(r"\b(?:territoire|territoire d industrie|laureat|ti)\s+$")
_PREFECTURE = "prefecture"
_REGION = "region"
_OCCITANIE = "region:Occitanie"
# « les communes de la région », « dans toute la région »: the region as a place.
_REGION_AS_PLACE = re.compile(
    r"\b(?:(?:communes|habitants|population|pop|inhabitants|departements|laureats|territoires"
    r"|tis?)(?: \w+)? (?:de|d|dans|en) la|(?:dans|ds|sur) (?:toute |tte )?la) region"
    r"(?P<named> occitanie)?\b"
)
_REACHING = re.compile(
    r"\b(?:contacts?|presse|press|tel|telephone|phone|mail|e mail|email|appeler|call|joindre"
    r"|numero|number|portable|mobile|fixe|attachee?s?|service|porte parole)\b"
)
# « le lauréat du Lot », « le TI de l'Hérault »: the one laureate a department has.
_SOLE = re.compile(
    r"\b(?:le|du|au|the) (?:laureat|ti|territoire d industrie) (?:du|de la|de l|des|de|d|in|of) $"
)
_POSTCODE = re.compile(r"\b\d{5}\b")


@dataclass(frozen=True)
class Linked:
    """`subjects` in the order named; `masked` the folded text with names replaced by
    `_kind_`; `excluded` the subjects named after a negation (« sauf l'Hérault »)."""

    text: str
    folded: str
    masked: str
    subjects: tuple[str, ...]
    excluded: tuple[str, ...] = ()
    # Some name could stand for another place (bot.understanding.frame.Frame.ambiguous).
    ambiguous: bool = False
    # A laureate named by its town's name (« Sète », « Figeac »), and that town: which one
    # is meant depends on what is asked.
    towns: tuple[tuple[str, str], ...] = ()
    # Telephone numbers written in the question, as « 05 34 45 38 31 ».
    numbers: tuple[str, ...] = ()
    # Of `towns`, the laureates named by another word than their own name (« Castelnaudary »
    # for Castres Revel Castelnaudary): the town is the likelier meaning.
    by_town: frozenset[str] = frozenset()
    # Every subject named, a department that only places a town (« Lavaur (81) ») included.
    named: tuple[str, ...] = ()
    # A department named whose name a laureate bears (« Ariège »), and that laureate.
    bearing: tuple[tuple[str, str], ...] = ()
    # Of `towns`, the laureates also named by their own name (« Auch » beside « Grand
    # Auch/Astarac »).
    own_named: frozenset[str] = frozenset()
    # Names a typo away from the words (« Perpigan »): which is meant is to be asked.
    candidates: tuple[Candidate, ...] = ()
    # Of `towns`, the laureates listed beside other places (« Sète et Agde », « Figeac,
    # Mende et Rodez »): whether a place is in a territory asks of those towns.
    listed: frozenset[str] = frozenset()


class Linker:
    """Built once per knowledge, like the matcher it wraps."""

    def __init__(self, *, knowledge: Knowledge, matcher: Matcher) -> None:
        self._knowledge = knowledge
        self._matcher = matcher
        laureates = {t.anct_id for t in knowledge.territories}
        perimeters = knowledge.perimeters
        places = knowledge.places
        # « Vaucluse » is the department first: ANCT's territory of that name is reached as
        # « le territoire Vaucluse » through the department's answers.
        place_names = (
            {fold(d.name) for d in places.departments.values()}
            | {fold(r.name) for r in places.regions.values()}
            if places is not None
            else set()
        )
        self._generic = knowledge.lexicon.stopwords
        self._department_names: dict[str, tuple[str, ...]] = {}
        # The laureates named after their department, by its code.
        self._bearing = {
            code: t.name
            for t in knowledge.territories
            if t.named_after_department
            for code in t.departments[:1]
        }
        # Each laureate's departments, as the release gives them, by its subject.
        self._reach = {
            f"laureate:{t.name}": frozenset(t.departments) for t in knowledge.territories
        }
        self._sole = {
            code: there[0].name
            for code in knowledge.departments
            if len(there := knowledge.territories_in(code)) == 1
        }

        self._national = {
            fold(t.name): t.id
            for t in (perimeters.territories.values() if perimeters is not None else ())
            if t.id not in laureates
            and len(fold(t.name)) >= _SHORTEST_NATIONAL
            and fold(t.name) not in place_names
        }
        national_names = set(self._national)
        # ANCT's territories named like a department or region (« Vaucluse »), reached by a
        # word that names a territory before them (« le TI Vaucluse »).
        cued = {
            fold(t.name): t.id
            for t in (perimeters.territories.values() if perimeters is not None else ())
            if t.id not in laureates and fold(t.name) in place_names
        }
        self._national.update(cued)
        names = "|".join(re.escape(n) for n in sorted(cued, key=len, reverse=True))
        self._cued_patterns = (
            (
                re.compile(
                    r"\b(?:ti|territoire|territory)(?: d industrie)?"
                    rf"(?: (?:de la|de l|du|des|de|d))? ({names})\b"
                ),
                re.compile(
                    rf"\b({names}) (?:ti|territoire d industrie|industrial territory|territory)\b"
                ),
            )
            if cued
            else ()
        )
        self._national_pattern = (
            re.compile(
                r"\b(?:"
                + "|".join(re.escape(n) for n in sorted(national_names, key=len, reverse=True))
                + r")\b"
            )
            if national_names
            else None
        )

    def link(self, *, question: str) -> Linked:
        # An e-mail address names no place nor organisation (« service.presse@laregion.fr »
        # is no mention of the Région): it is what the question states, not whom it names.
        text = ADDRESS.sub(f" {_ADDRESS_MARK} ", clean(question))
        folded = fold(text)
        numbers = tuple(spaced(m.group(0)) for m in _PHONE.finditer(folded))
        masked = _PHONE.sub(" _phone_ ", folded).replace(_ADDRESS_MARK, "_email_")
        # Each subject, where it stands in the masked text and in the question's own words.
        found, masked = self._nationals(folded, masked)
        for body in self._knowledge.lexicon.bodies_in_capitals:
            if re.search(rf"\b{body}\b", text):
                # (« Does the EU fund them? » names the Union, not Eu in Seine-Maritime.)
                masked = re.sub(rf"\b{fold(body)}\b", " _organisation_ ", masked)
        # « Lourdes est dans quel TI ? »: a question about a place lets a capitalised
        # ordinary word open it as one.
        place_question = bool(self._knowledge.lexicon.laureate_cues.search(folded)) or bool(
            PLACE_WORDS.search(folded)
        )
        extraction = self._placed_typo(
            self._matcher.extract(
                text=text, folded=masked, communes=True, place_question=place_question
            )
        )
        # « Mende, la préfecture, … »: a town's rank, not the office, when a place is named
        # and no way to reach anyone is asked.
        placed = any(m.kind in {"commune", "department"} for m in extraction.mentions)
        for mention in extraction.mentions:
            subject = self._named(mention, text=text, folded=folded, placed=placed)
            if subject is None:
                continue
            at = masked.find(mention.words)
            if (
                mention.kind == "department"
                and mention.id in self._bearing
                and at >= 0
                and _LAUREATE_NAMED.search(masked[:at])
                # (« le lauréat Ariège couvre-t-il toute l'Ariège ? » names both: what is
                # asked tells them apart.)
                and masked.find(mention.words, at + len(mention.words)) < 0
            ):
                subject = f"laureate:{self._bearing[mention.id]}"
            elif (
                mention.kind == "department"
                and mention.id in self._sole
                and at >= 0
                and _SOLE.search(masked[:at])
            ):
                subject = f"laureate:{self._sole[mention.id]}"
            where = folded.find(mention.words) if at < 0 else at
            found.append((where, subject, word_at(folded, mention.words)))
            if at >= 0:
                kind = subject.split(":", 1)[0]
                masked = f"{masked[:at]} _{kind}_ {masked[at + len(mention.words) :]}"
        found.sort(key=lambda item: item[0])
        set_aside = self._set_aside(folded, extraction.mentions)
        towns: list[tuple[str, str]] = []
        by_town: set[str] = set()
        placed_in = {
            m.id
            for m in extraction.mentions
            if m.kind == "department" and f"department:{m.id}" not in set_aside
        }
        for m in extraction.mentions:
            code = self._namesake(m, placed_in)
            subject = self._subject(m) if code else None
            if subject is not None:
                towns.append((subject, f"commune:{code}"))
                if fold(subject_id(subject)) != m.words:
                    by_town.add(subject)
        bearing = tuple(
            (f"department:{m.id}", f"laureate:{self._bearing[m.id]}")
            for m in extraction.mentions
            if m.kind == "department" and m.id in self._bearing
        )
        ambiguous = bool(extraction.candidates) or any(
            m.alternatives or m.via_postal_code or not m.exact or m.short_form
            for m in extraction.mentions
        )
        negation = _NEGATION.search(folded)
        named = tuple(dict.fromkeys(subject for _, subject, _ in found))
        own = {s for s in by_town if fold(subject_id(s)) in folded}
        kept = tuple(s for s in named if s not in set_aside)
        if kept and any(subject_kind(s) != "department" for s in kept):
            # (A department set aside places no town: « Mirepoix, pas celle d'Ariège ».)
            named = kept
        subjects, coded = self._postcoded(
            self.qualified(self._town_meant(named, towns, own=own), folded=folded),
            text=text,
            # (« Burlats, code postal 81100, le même que Castres »: a town the postcode names
            # is one named by its name too, and not set aside.)
            by_name={
                self._subject(m)
                for m in extraction.mentions
                if m.kind == "commune" and not m.via_postal_code
            }
            - set_aside,
        )
        # (« l'agglo de Sète »: the town's intercommunality.)
        grouping = grouped(
            folded,
            [(m.words, s) for m in extraction.mentions if (s := self._subject(m)) is not None],
            towns=towns,
            places=self._knowledge.places,
        )
        subjects, named = (
            tuple(dict.fromkeys(grouping.get(s, s) for s in x)) for x in (subjects, named)
        )
        if ambiguous and (coded or self._placed(named, subjects)):
            # Every town named is the one of the department, or of the postcode, beside it.
            ambiguous = False
        elif self._misplaced(named, subjects):
            ambiguous = True
        excluded = tuple(
            subject
            for _, subject, at in found
            if negation is not None
            and at > negation.start()
            and not subject.startswith("commune")
            # (« Apart from the interregional ones, how many Occitanie laureates? »: a
            # question word after the negation opens the clause it does not reach.)
            and not _CLAUSE_OPENER.search(folded[negation.end() : at])
        )
        return Linked(
            listed=listed_towns(masked=" ".join(masked.split()), subjects=subjects, towns=towns),
            text=text,
            folded=folded,
            # « qd », « pk », « AG » read as the words they stand for (knowledge/language.yaml).
            masked=self._knowledge.lexicon.apply_synonyms(" ".join(masked.split())),
            subjects=subjects,
            named=named,
            excluded=excluded,
            ambiguous=ambiguous,
            towns=tuple(towns),
            numbers=numbers,
            by_town=frozenset(by_town),
            own_named=frozenset(own),
            bearing=bearing,
            candidates=extraction.candidates,
        )

    def _nationals(self, folded: str, masked: str) -> tuple[list[tuple[int, str, int]], str]:
        """ANCT's territories a question names, by their own names or cued (« le TI
        Vaucluse »), and the text with them masked."""
        found: list[tuple[int, str, int]] = []
        if self._national_pattern is not None:
            # (« la CA du Pays Basque » is the intercommunality, not the territory.)
            for match in self._national_pattern.finditer(folded):
                if not of_a_grouping(match):
                    ident = self._national[match.group(0)]
                    found.append((match.start(), f"territory:{ident}", match.start()))
            masked = self._national_pattern.sub(masked_territory, masked)
        for pattern in self._cued_patterns:
            for match in pattern.finditer(masked):
                ident = self._national[match.group(1)]
                found.append((match.start(1), f"territory:{ident}", word_at(folded, match[1])))
            masked = pattern.sub(masked_name, masked)
        return found, masked

    def _named(self, mention: Mention, *, text: str, folded: str, placed: bool) -> str | None:
        """The subject a mention names, if it names one here."""
        as_place = _REGION_AS_PLACE.search(folded) if mention.kind == "organisation" else None
        if as_place is not None and (
            (mention.words == _REGION and not capitalised(text, mention.words))
            # (« la population de la région Occitanie »: the region, by its name.)
            or (mention.words == f"{_REGION} occitanie" and as_place["named"])
        ):
            # « la population de la région », « dans la région »: the region of the
            # programme's laureates, as a place.
            return _OCCITANIE
        if mention.kind == "organisation" and (
            # « la région » names the Région as an organisation only with more words, or
            # with a capital (« côté Région »).
            (mention.words in self._generic and not capitalised(text, mention.words))
            or (mention.words == _PREFECTURE and placed and not _REACHING.search(folded))
        ):
            return None
        return self._subject(mention)

    def _town_meant(
        self, named: tuple[str, ...], towns: list[tuple[str, str]], *, own: set[str]
    ) -> tuple[str, ...]:
        """« Revel, en Isère »: a laureate named by a town's name, beside a department it does
        not reach and that town lies in, is the town (and the laureate too, when also named
        by its own name: « Revel, en Isère, est dans Castres Revel Castelnaudary ? »)."""
        codes = {subject_id(s) for s in named if subject_kind(s) == "department"}
        places = self._knowledge.places
        if not codes or places is None:
            return named
        meant = {}
        for laureate, commune in towns:
            town = places.find(subject_id(commune))
            reached = self._reach.get(laureate, frozenset())
            if town is not None and town.department in codes - reached:
                meant[laureate] = commune
        return tuple(
            dict.fromkeys(
                m
                for s in named
                for m in ((meant[s], s) if s in meant and s in own else (meant.get(s, s),))
            )
        )

    def _placed_typo(self, extraction: Extraction) -> Extraction:
        """« Saint-Chapte (Gard) »: a town a typo away is that town when it is the only one
        near the words in the department named beside it (no other is claimed)."""
        places = self._knowledge.places
        departments = {m.id for m in extraction.mentions if m.kind == "department"}
        if places is None or not departments:
            return extraction
        found = [
            c
            for c in extraction.candidates
            if c.kind == "commune"
            and (commune := places.find(c.id)) is not None
            and commune.department in departments
        ]
        if len(found) != 1:
            return extraction
        town = Mention(
            kind="commune", id=found[0].id, words=found[0].typed or found[0].words, exact=False
        )
        return Extraction(mentions=(*extraction.mentions, town), candidates=())

    def _set_aside(self, folded: str, mentions: Sequence[Mention]) -> frozenset[str]:
        """What a correction sets aside (« Lodève, pas Agde », « …, pas Scherer »), and the
        places named to say where another is (« Saint-Chaptes, à côté d'Alès »)."""
        # (The article may be the name's own: « que La Ville-Dieu-du-Temple ».)
        starts = aside_starts(folded)
        placed = [
            (subject, folded.find(m.words) in starts)
            for m in mentions
            if m.kind in {"commune", "territory", "epci", "department", "person"}
            and (subject := self._subject(m)) is not None
        ]
        # (Named again, not aside: « …, le même que Castres. On est dans Castres Revel … ? »)
        return frozenset(s for s, aside in placed if aside) - {
            s for s, aside in placed if not aside
        }

    def qualified(self, subjects: tuple[str, ...], *, folded: str = "") -> tuple[str, ...]:
        """A department named beside a town or an intercommunality qualifies it: « Les
        Cabannes (09) » is the Ariège's, not the Tarn's, and « Lavaur, Tarn » asks of
        Lavaur alone, not of the Tarn too. A name written twice in the `folded` question,
        with two departments, is each of those namesakes: « Belcastel (12) et Belcastel
        (81) »."""
        places = self._knowledge.places
        order = [subject_id(s) for s in subjects if subject_kind(s) == "department"]
        codes = set(order)
        if places is None or not codes:
            return subjects
        qualified: list[str] = []
        for subject in subjects:
            town = places.find(subject_id(subject)) if subject_kind(subject) == "commune" else None
            if town is None:
                qualified.append(subject)
                continue
            # « aux Cabannes (81) »: the article may have gone into « aux ».
            name = fold(town.name)
            namesakes = [
                c
                for form in (name, f"les {name}", f"le {name}", f"la {name}")
                for c in places.communes_by_name.get(form, ())
            ]
            there = sorted(
                (c for c in namesakes if c.department in codes and c.part_of is None),
                key=lambda c: order.index(c.department),
            )
            if len(there) > 1 and len(re.findall(rf"\b{re.escape(name)}\b", folded)) > 1:
                qualified.extend(f"commune:{c.code}" for c in there)
            elif town.department not in codes and len(there) == 1:
                qualified.append(f"commune:{there[0].code}")
            else:
                qualified.append(subject)
        qualifying = {
            town.department
            for s in qualified
            if subject_kind(s) == "commune" and (town := places.find(subject_id(s))) is not None
        } | {
            code
            for s in qualified
            if subject_kind(s) == "epci"
            for code in places.epci_departments.get(subject_id(s), ())
        }
        return tuple(
            dict.fromkeys(
                s
                for s in qualified
                if not (subject_kind(s) == "department" and subject_id(s) in qualifying)
            )
        )

    def _postcoded(
        self, subjects: tuple[str, ...], *, text: str, by_name: set[str | None]
    ) -> tuple[tuple[str, ...], bool]:
        """« Mirepoix (32390) », « Saint-Juéry, code postal 81160 »: a postcode beside a town
        that has it says which town it is, and names no other; whether it placed every one."""
        places, codes = self._knowledge.places, set(_POSTCODE.findall(text))
        if places is None or not codes:
            return subjects, False
        towns = {
            s: town
            for s in subjects
            if subject_kind(s) == "commune" and (town := places.find(subject_id(s))) is not None
        }
        # (« Mirepoix 32390 »: of the namesakes, the one with that postcode.)
        for s, town in list(towns.items()):
            other = next(
                (
                    c
                    for c in places.communes_by_name.get(fold(town.name), ())
                    if codes & set(c.postal_codes) and not codes & set(town.postal_codes)
                ),
                None,
            )
            if other is not None:
                del towns[s]
                towns[f"commune:{other.code}"] = other
                subjects = tuple(f"commune:{other.code}" if x == s else x for x in subjects)
                by_name = by_name | {f"commune:{other.code}"} if s in by_name else by_name
        coded = {s for s, town in towns.items() if codes & set(town.postal_codes) and s in by_name}
        # (A town the postcode alone named, when a town named has that postcode, is none.)
        claimed = {code for s in coded for code in towns[s].postal_codes} & codes
        kept = tuple(
            s
            for s in subjects
            if s in coded or s not in towns or not set(towns[s].postal_codes) & claimed
        )
        return kept, bool(coded) and all(s in coded for s in kept if s in towns)

    def _placed(self, named: tuple[str, ...], subjects: tuple[str, ...]) -> bool:
        places = self._knowledge.places
        codes = {subject_id(s) for s in named if subject_kind(s) == "department"}
        towns = [
            places.find(subject_id(s)) if places is not None else None
            for s in subjects
            if subject_kind(s) == "commune"
        ]
        return bool(codes and towns) and all(
            town is not None and town.department in codes for town in towns
        )

    def _misplaced(self, named: tuple[str, ...], subjects: tuple[str, ...]) -> bool:
        """« Saint-Pons (34) »: the Saint-Pons found is elsewhere, and the department named
        has towns whose names begin with it (Saint-Pons-de-Thomières): which is unsure."""
        places = self._knowledge.places
        codes = {subject_id(s) for s in named if subject_kind(s) == "department"}
        if places is None or not codes:
            return False
        for subject in subjects:
            town = places.find(subject_id(subject)) if subject_kind(subject) == "commune" else None
            if town is None or town.department in codes:
                continue
            start = fold(town.name) + " "
            if any(name.startswith(start) for code in codes for name in self._names_in(code)):
                return True
        return False

    def _names_in(self, code: str) -> tuple[str, ...]:
        """A department's commune names, folded once."""
        found = self._department_names.get(code)
        if found is None:
            places = self._knowledge.places
            communes = places.by_department.get(code, ()) if places is not None else ()
            found = self._department_names[code] = tuple(fold(c.name) for c in communes)
        return found

    def _namesake(self, mention: Mention, placed_in: set[str]) -> str:
        """The code of the town a territory's or a department's name stands for, or ""."""
        if mention.kind == "territory":
            # (Of namesake towns, the one in the department named beside it, else the one in
            # the laureate's departments: Castres (81), not Castres (02).)
            reached = set(self._knowledge.territory(mention.id).departments)
            return self._town(mention.words, placed_in) or self._town(mention.words, reached)
        places, others = self._knowledge.places, placed_in - {mention.id}
        if mention.kind != "department" or not others or places is None:
            return ""
        # (« Saint-Martin, dans le Gers »: a department's name is a town's in another
        # department named beside it.)
        code = self._town(mention.words, others)
        town = places.find(code) if code else None
        return code if town is not None and town.department in others else ""

    def _town(self, words: str, departments: set[str]) -> str:
        """The code of the one current commune bearing these folded words (in one of the
        departments named beside them, if any), or ""."""
        places = self._knowledge.places
        found = places.communes_by_name.get(words, ()) if places is not None else ()
        current = [c for c in found if c.part_of is None]
        placed = [c for c in current if c.department in departments]
        if len(placed) == 1:
            return placed[0].code
        return current[0].code if len(current) == 1 and len(found) == 1 else ""

    def _subject(self, mention: Mention) -> str | None:
        knowledge = self._knowledge
        match mention.kind:
            case "territory":
                return f"laureate:{knowledge.territory(mention.id).name}"
            case "department":
                return f"department:{mention.id}"
            case "region":
                places = knowledge.places
                region = places.regions.get(mention.id) if places is not None else None
                return f"region:{region.name}" if region is not None else None
            case "commune":
                return f"commune:{mention.id}"
            case "epci":
                return f"epci:{mention.id}"
            case "person":
                return f"person:{knowledge.person(mention.id).name}"
            case "organisation":
                return f"org:{knowledge.organisation(mention.id).name}"
            case "quote":
                # A speaker's name names the person; which quotation is asked is the model's.
                return f"person:{knowledge.quote(mention.id).speaker}"
        return None
