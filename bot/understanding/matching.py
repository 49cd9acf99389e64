"""Finds the places, people and organisations a question names, precision first."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.knowledge.load import Knowledge
from bot.knowledge.places import Commune
from bot.normalize import fold
from bot.understanding.mentions import Candidate, Extraction, Kind, Mention
from bot.understanding.name_forms import eclipsed_forms, epci_forms, short_forms
from bot.understanding.name_index import ALLOWED_EDITS, ByLength, allowed_edits, beginnings
from bot.understanding.writing import (
    COMMUNE_CUES,
    MONTHS,
    OPENERS,
    PARENTHESISED_NUMBER,
    PLACE_CUES,
    UNITS,
    cued_by_neighbours,
    cued_by_writing,
)

# Questions are cut to this many words before matching: a bound on the work per answer.
MAX_TOKENS = 60
# Words (or names) this short are matched exactly, never as a typo of something else.
SHORTEST_FUZZY = 5
SHORTEST_FUZZY_COMMUNE = 6

_DEPARTMENT_NUMBER = re.compile(r"0?[1-9]|[1-8]\d|9[0-5]|2a|2b|97[1-6]")
# « au », « aux »: « à le », « à les », before a commune whose name begins with the article.
_CONTRACTED = {"au": "le", "aux": "les"}
_FIVE_CHARACTERS_CODE = re.compile(r"\d{5}|2[ab]\d{3}")


@dataclass(frozen=True)
class _Target:
    kind: Kind
    id: str


# Words a commune's name goes on with: « Bagnols sur … », « Saint-Paul de … ».
_GOES_ON = frozenset(["sur", "de", "du", "des", "la", "le", "les", "en", "d", "l", "pres", "lez"])
# How many phrases' nearest names a matcher keeps: those of the last question or two.
_NEAR_KEPT = 64
# The first word of a saint's name: in the lower case of a hurried message, still a place.
_SAINTS = frozenset(["saint", "sainte", "saints", "saintes"])


class Matcher:
    """Built once per knowledge: every folded name is indexed at construction."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self._knowledge = knowledge
        places = knowledge.places
        names: dict[str, _Target] = {}
        for folded, owner in knowledge.aliases.items():
            names[folded] = _Target(owner.kind, owner.id)
        if places is not None:
            for department in places.departments.values():
                names.setdefault(fold(department.name), _Target("department", department.code))
            for region in places.regions.values():
                names.setdefault(fold(region.name), _Target("region", region.code))
        # « les territoires tarnais »: an inhabitant's adjective names its department.
        for form, code in knowledge.lexicon.place_adjectives.items():
            names.setdefault(form, _Target("department", code))
        # « Brittany », « les TI bretons »: a region's other names.
        for form, code in knowledge.lexicon.region_names.items():
            names.setdefault(form, _Target("region", code))
        self._names = names
        self._near: dict[
            tuple[str, bool], tuple[bool, tuple[Mention, ...], tuple[Candidate, ...]]
        ] = {}
        self._stopwords = knowledge.lexicon.stopwords
        self._communes = places.communes_by_name if places is not None else {}
        self._common = knowledge.common_words | (
            places.common_words if places is not None else frozenset()
        )
        # (An inhabitant's adjective is corrected from one typo only: « landline » is no
        # « landaise », « haut pyreneennes » is « haut-pyrénéennes ».)
        self._adjectives = frozenset(
            form
            for form in knowledge.lexicon.place_adjectives
            if form not in knowledge.aliases and form not in knowledge.lexicon.region_names
        )
        fuzzy_names = [
            name for name in names if len(name) >= SHORTEST_FUZZY and name not in self._common
        ]
        # A name more edits longer or shorter than allowed cannot be within them: each length
        # is compared with the names of nearby lengths only, in the same order as before.
        self._fuzzy_names = {
            (size, reach): [n for n in fuzzy_names if abs(len(n) - size) <= reach]
            for size in range(
                SHORTEST_FUZZY, max(map(len, fuzzy_names), default=0) + max(ALLOWED_EDITS) + 2
            )
            for reach in {allowed + 1 for allowed in ALLOWED_EDITS}
        }
        # By first letter, shortest first: the names a few edits from a typo are one slice.
        buckets: defaultdict[str, list[str]] = defaultdict(list)
        for name in self._communes:
            if len(name) >= SHORTEST_FUZZY_COMMUNE and not self._is_common(name):
                buckets[name[0]].append(name)
        self._commune_buckets = {
            letter: ByLength(sorted(names, key=len)) for letter, names in buckets.items()
        }

        def taken(form: str) -> bool:
            return form in names or form in self._communes or self._is_common(form)

        self._epcis = epci_forms(names=places.epci_names if places else {}, taken=taken)
        current = [
            name for name, found in self._communes.items() if any(c.part_of is None for c in found)
        ]

        def named(form: str) -> bool:
            # A name only former communes bear (« Villefranche ») still opens to its longer ones.
            current_homonym = any(c.part_of is None for c in self._communes.get(form, ()))
            return form in names or current_homonym or self._is_common(form)

        self._short = short_forms(names=current, taken=named, function_words=self._stopwords)
        self._eclipsed = eclipsed_forms(
            communes=self._communes,
            near=lambda c: self._commune_rank(c)[0] == 0,
            function_words=self._stopwords,
        )
        # Most words begin no name: a question's phrases are tried only as long as they
        # begin one, rather than at every length up to the longest name.
        self._beginnings = beginnings([*names, *self._communes, *self._epcis, *self._short])

    def is_a_name(self, folded: str) -> bool:
        """Whether the folded words are a place's name and nothing more (« les angles »)."""
        return folded in self._names or any(
            c.part_of is None for c in self._communes.get(folded, ())
        )

    def extract(
        self,
        *,
        text: str,
        folded: str,
        communes: bool,
        place_question: bool,
        ordinary: frozenset[str] = frozenset(),
    ) -> Extraction:
        """Mentions in a question. `communes` lets the 35 000 commune names be tried;
        `place_question` (« … est-il lauréat ? ») lets a capitalised ordinary word
        (« Orange », « Paris ») open the question as a place; `ordinary` words (the
        question's topic words) are never read as a misspelt name."""
        words = folded.split()[:MAX_TOKENS]
        capitalised = cued_by_writing(text, first_word=place_question)
        opening = (
            next((i for i, word in enumerate(words) if word not in OPENERS), -1)
            if place_question
            else -1
        )
        parenthesised = {m.group(1).lower() for m in PARENTHESISED_NUMBER.finditer(text)}
        mentions: list[Mention] = []
        candidates: list[Candidate] = []
        taken = [False] * len(words)
        index = 0
        while index < len(words):
            found = self._match_at(
                words=words,
                index=index,
                communes=communes,
                capitalised=capitalised,
                parenthesised=parenthesised,
                opening=opening,
            )
            if found is None:
                index += 1
                continue
            mention, length = found
            longer = self._typed_longer(
                words=words, index=index, length=length, mention=mention, candidates=candidates
            )
            if not longer:
                mentions.append(mention)
            length += longer
            for offset in range(length):
                taken[index + offset] = True
            index += length
        mentions = self._settle_short_forms(
            mentions=mentions, parenthesised=parenthesised, candidates=candidates
        )
        self._fuzzy(
            words=words,
            taken=taken,
            communes=communes,
            ordinary=ordinary,
            mentions=mentions,
            candidates=candidates,
        )
        return Extraction(mentions=_unique(mentions), candidates=tuple(dict.fromkeys(candidates)))

    def _typed_longer(
        self,
        *,
        words: list[str],
        index: int,
        length: int,
        mention: Mention,
        candidates: list[Candidate],
    ) -> int:
        """How many more words a typo of a longer commune's name takes after a commune's
        exact name (« Bagnols sur Seze » is Bagnols-sur-Cèze misspelt, not Bagnols in the
        Rhône), with the longer names added to `candidates`; 0 when there is none."""
        end = index + length
        if (
            mention.kind != "commune"
            or mention.short_form
            or end + 1 >= len(words)
            or words[end] not in _GOES_ON
        ):
            return 0
        phrase = " ".join(words[index : end + 2])
        near: list[Candidate] = []
        if phrase in self._communes or not self._fuzzy_phrase(
            phrase=phrase, communes=True, mentions=[], candidates=near
        ):
            return 0
        longer = [c for c in near if c.kind == "commune"]
        candidates.extend(longer)
        return 2 if longer else 0

    def as_places(self, *, extraction: Extraction) -> Extraction:
        """Organisations whose names name a place (« Région Occitanie »), read as that place."""
        mentions = []
        for mention in extraction.mentions:
            place = self._place_in(mention.words) if mention.kind == "organisation" else None
            mentions.append(place or mention)
        return replace(extraction, mentions=_unique(mentions))

    def _place_in(self, words: str) -> Mention | None:
        tokens = words.split()
        for length in range(len(tokens), 0, -1):
            for start in range(len(tokens) - length + 1):
                phrase = " ".join(tokens[start : start + length])
                target = self._names.get(phrase)
                if target is not None and target.kind in ("region", "department", "territory"):
                    return Mention(kind=target.kind, id=target.id, words=phrase, exact=True)
        return None

    def _match_at(
        self,
        *,
        words: list[str],
        index: int,
        communes: bool,
        capitalised: set[str],
        parenthesised: set[str],
        opening: int = -1,
    ) -> tuple[Mention, int] | None:
        word = words[index]
        if word in _CONTRACTED and index + 1 < len(words):
            # « au Mas-d'Azil » is « à Le Mas-d'Azil »: the article went into « au ».
            spelt = [_CONTRACTED[word], *words[index + 1 :]]
            found = self._match_at(
                words=spelt,
                index=0,
                communes=communes,
                capitalised=capitalised | {_CONTRACTED[word]},
                parenthesised=parenthesised,
            )
            if found is not None and found[1] > 1 and found[0].kind == "commune":
                mention, length = found
                return replace(mention, words=" ".join(words[index : index + length])), length
        # « le 32/82 » is a laureate's name before it is a department's number.
        named_pair = " ".join(words[index : index + 2]) in self._names and index + 1 < len(words)
        if not named_pair and (
            word.isdigit() or _FIVE_CHARACTERS_CODE.fullmatch(word) or word in {"2a", "2b"}
        ):
            number = self._number(words=words, index=index, parenthesised=parenthesised)
            if number is not None:
                return number, 1
        longest = 0
        while index + longest < len(words) and (
            " ".join(words[index : index + longest + 1]) in self._beginnings
        ):
            longest += 1
        for length in range(longest, 0, -1):
            phrase = " ".join(words[index : index + length])
            target = self._names.get(phrase)
            homonyms = self._communes.get(phrase, ()) if communes else ()
            if target is None and communes and not any(c.part_of is None for c in homonyms):
                other = self._other_form(
                    phrase=phrase,
                    homonyms=homonyms,
                    cued=words[index] in capitalised or index + length >= len(words) - 1,
                )
                if other is not None:
                    return other, length
            if target is None and not homonyms:
                continue
            if target is None and length == 1 and phrase in self._knowledge.lexicon.english_words:
                # « Our plant is in Revel »: an English word, not Our (Jura).
                continue
            if (
                target is None
                and words[index] not in capitalised
                and all(
                    w in self._knowledge.lexicon.function_words
                    for w in words[index : index + length]
                )
            ):
                # « la plus grande ville de son territoire »: a possessive, not Son (08).
                continue
            # Editors list the knowledge's ambiguous names themselves (common_words.yaml);
            # open-data names are checked against the frequent-word list too.
            needs_cue = phrase in self._knowledge.common_words or (
                self._is_common(phrase)
                if target is None
                else phrase not in self._knowledge.aliases and phrase in self._common
            )
            if needs_cue and not cued_by_neighbours(
                words=words,
                index=index,
                length=length,
                capitalised=capitalised,
                cues=PLACE_CUES if target is not None else COMMUNE_CUES,
                opening=opening,
                stopwords=self._stopwords,
            ):
                continue
            if target is not None:
                return Mention(kind=target.kind, id=target.id, words=phrase, exact=True), length
            # (« Lézignan » is first Lézignan-Corbières, far better known than Lézignan (65).)
            pool = (*self._eclipsed.get(phrase, ()), *homonyms)
            return self._commune_mention(homonyms=pool, words=phrase, exact=True), length
        return None

    def _other_form(
        self, *, phrase: str, homonyms: tuple[Commune, ...], cued: bool
    ) -> Mention | None:
        """An intercommunality by name, or a commune by the first words of its name
        (with the former communes of that name, if any: « Villefranche »)."""
        siren = self._epcis.get(phrase)
        if siren is not None:
            return Mention(kind="epci", id=siren, words=phrase, exact=True)
        full = self._short.get(phrase)
        places = self._knowledge.places
        if full is None or places is None or not cued:
            return None
        pool = (*homonyms, *(c for name in full for c in self._communes[name] if c.part_of is None))
        mention = self._commune_mention(homonyms=pool, words=phrase, exact=False)
        return replace(mention, short_form=True)

    def _settle_short_forms(
        self,
        *,
        mentions: list[Mention],
        parenthesised: set[str],
        candidates: list[Candidate],
    ) -> list[Mention]:
        """A short form is the one commune it begins, or the one in the department
        named beside it (« Villefranche (12) »); otherwise the bot asks which."""
        places = self._knowledge.places
        departments = {m.id for m in mentions if m.kind == "department"} | {
            code.upper().zfill(2) for code in parenthesised
        }
        settled = []
        for mention in mentions:
            if not mention.short_form or places is None:
                settled.append(mention)
                continue
            codes = (mention.id, *mention.alternatives)
            near = [
                c
                for c in codes
                if places.current(places.find(c) or _NOWHERE).department in departments
            ]
            if len(codes) == 1 or near:
                chosen = near[0] if near else codes[0]
                rest = tuple(c for c in (near[1:] if near else ()) if c != chosen)
                settled.append(replace(mention, id=chosen, alternatives=rest))
                continue
            candidates.extend(
                Candidate(kind="commune", id=code, words=mention.words) for code in codes[:4]
            )
        return settled

    def _number(self, *, words: list[str], index: int, parenthesised: set[str]) -> Mention | None:
        word = words[index]
        places = self._knowledge.places
        following = words[index + 1] if index + 1 < len(words) else ""
        if places is not None and len(word) == 5 and following not in UNITS:
            # (« moins de 50000 habitants » is an amount, not Saint-Lô's postcode.)
            by_postal_code = places.communes_by_postal_code.get(word)
            if by_postal_code:
                return self._commune_mention(
                    homonyms=by_postal_code, words=word, exact=True, postal=True
                )
            commune = places.communes_by_code.get(word.upper())
            if commune is not None:
                return self._commune_mention(homonyms=(commune,), words=word, exact=True)
            return None
        if not _DEPARTMENT_NUMBER.fullmatch(word):
            return None
        code = word.upper().zfill(2)
        previous = words[index - 1] if index else ""
        cued = (
            word in parenthesised
            or len(words) == 1
            or self._after_namesake(words=words[:index], code=code)
            or (
                previous in {"le", "du", "departement", "dans", "au", "en", "cote"}
                and following not in MONTHS
                # « dans 10 min », « en 15 jours »: a quantity.
                and following not in UNITS
            )
        )
        known = code in self._knowledge.departments or (
            places is not None and code in places.departments
        )
        if cued and known:
            return Mention(kind="department", id=code, words=word, exact=True)
        return None

    def _after_namesake(self, *, words: list[str], code: str) -> bool:
        """« brassac 09 »: a number right after a town's name that a commune of that
        department bears places the town, as « Brassac (09) » would."""
        for length in range(1, min(4, len(words)) + 1):
            namesakes = self._communes.get(" ".join(words[-length:]), ())
            if len(namesakes) > 1 and any(c.department == code for c in namesakes):
                return True
        return False

    def _commune_mention(
        self, *, homonyms: tuple[Commune, ...], words: str, exact: bool, postal: bool = False
    ) -> Mention:
        ranked = sorted(homonyms, key=self._commune_rank)
        return Mention(
            kind="commune",
            id=ranked[0].code,
            words=words,
            exact=exact,
            alternatives=tuple(c.code for c in ranked[1:]),
            via_postal_code=postal,
        )

    def _commune_rank(self, commune: Commune) -> tuple[int, int, int]:
        """Occitanie or a laureate's department first, then current communes, then the most populous."""
        places = self._knowledge.places
        current = places.current(commune) if places is not None else commune
        near = current.region == "76" or current.department in self._knowledge.departments
        return (0 if near else 1, 0 if commune.part_of is None else 1, -current.population)

    def _pool_rank(self, target: _Target | tuple[Commune, ...]) -> tuple[int, int, int]:
        if isinstance(target, _Target):
            return (-1, 0, 0)
        return min(self._commune_rank(commune) for commune in target)

    def _is_common(self, phrase: str) -> bool:
        """A name every word of which is an ordinary word (« lot », « la force ») or tiny (« y »),
        and which is no saint's (« saint flour » is written by no one but of Saint-Flour)."""
        words = phrase.split()
        if len(words) > 1 and not _SAINTS.isdisjoint(words):
            # (« pont st esprit » too.)
            return False
        return all(w in self._common or w in self._stopwords or len(w) <= 2 for w in words)

    def _fuzzy(
        self,
        *,
        words: list[str],
        taken: list[bool],
        communes: bool,
        ordinary: frozenset[str],
        mentions: list[Mention],
        candidates: list[Candidate],
    ) -> None:
        """Typos: a run of unknown, untaken words close to exactly one name."""
        index = 0
        while index < len(words):
            matched = 0
            for length in (3, 2, 1):
                span = words[index : index + length]
                if len(span) < length or any(taken[index : index + length]):
                    continue
                if span[0] in self._stopwords or span[-1] in self._stopwords:
                    continue
                if all(word in self._common or word in ordinary for word in span) or any(
                    w.isdigit() for w in span
                ):
                    continue
                phrase = " ".join(span)
                if len(phrase) < SHORTEST_FUZZY:
                    continue
                if self._fuzzy_phrase(
                    phrase=phrase, communes=communes, mentions=mentions, candidates=candidates
                ):
                    matched = length
                    break
            index += matched or 1

    def _fuzzy_phrase(
        self, *, phrase: str, communes: bool, mentions: list[Mention], candidates: list[Candidate]
    ) -> bool:
        """Whether a name is a typo away from `phrase`, adding it as a mention or candidates.
        A question is matched twice (linked, then read by the topic answers): the last few
        phrases' results are kept, not their thousands of distances computed again."""
        key = (phrase, communes)
        kept = self._near.get(key)
        if kept is None:
            found: list[Mention] = []
            near: list[Candidate] = []
            kept = (
                self._near_names(phrase=phrase, communes=communes, mentions=found, candidates=near),
                tuple(found),
                tuple(near),
            )
            if len(self._near) >= _NEAR_KEPT:
                del self._near[next(iter(self._near))]
            self._near[key] = kept
        mentions.extend(kept[1])
        candidates.extend(kept[2])
        return kept[0]

    def _near_names(
        self, *, phrase: str, communes: bool, mentions: list[Mention], candidates: list[Candidate]
    ) -> bool:
        allowed = allowed_edits(phrase)
        found = process.extract(
            phrase,
            self._fuzzy_names.get((len(phrase), allowed + 1), ()),
            scorer=Levenshtein.distance,
            processor=None,
            score_cutoff=allowed + 1,
            limit=4,
        )
        pool: list[tuple[str, int, _Target | tuple[Commune, ...]]] = [
            (name, int(distance), self._names[name])
            for name, distance, _ in found
            if distance <= 1 or name not in self._adjectives
        ]
        if communes and not pool and len(phrase) >= SHORTEST_FUZZY_COMMUNE:
            bucket = self._commune_buckets.get(phrase[0])
            size = len(phrase)
            choices = bucket.between(size - allowed, size + allowed) if bucket else []
            for name, distance, _ in process.extract(
                phrase,
                choices,
                scorer=Levenshtein.distance,
                processor=None,
                score_cutoff=allowed,
                limit=4,
            ):
                pool.append((name, int(distance), self._communes[name]))
        if not pool:
            return False
        pool.sort(key=lambda item: (item[1], self._pool_rank(item[2])))
        best_name, best_distance, best = pool[0]
        rivals = [item for item in pool[1:] if item[1] == best_distance and item[2] != best]
        if best_distance <= allowed and not rivals and isinstance(best, _Target):
            mentions.append(Mention(kind=best.kind, id=best.id, words=best_name, exact=False))
            return True
        # A commune a typo away is asked about, never answered for: among 35,000 names, the
        # nearest to « Barcelone » is Barcelonne (Drôme), not what was meant.
        for name, _, target in pool[:4]:
            if isinstance(target, _Target):
                candidates.append(Candidate(kind=target.kind, id=target.id, words=name))
            else:
                commune = self._commune_mention(homonyms=target, words=name, exact=False)
                candidates.append(
                    Candidate(kind="commune", id=commune.id, words=name, typed=phrase)
                )
        return True


_NOWHERE = Commune("", "", "", "", 0, (), None)


def _unique(mentions: list[Mention]) -> tuple[Mention, ...]:
    """Each place once, by each of the words that name it: « Figeac et Rodez » names one
    laureate by two of its towns."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for mention in mentions:
        if (mention.kind, mention.id, mention.words) not in seen:
            seen.add((mention.kind, mention.id, mention.words))
            kept.append(mention)
    return tuple(kept)
