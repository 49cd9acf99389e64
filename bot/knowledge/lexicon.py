"""The language data of knowledge/language.yaml, folded once and ready to look up."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from bot.knowledge import schema
from bot.normalize import fold


@dataclass(frozen=True)
class Lexicon:
    function_words: frozenset[str]
    # Function and domain words: never a place, never a misspelt one.
    stopwords: frozenset[str]
    topic_stopwords: frozenset[str]
    # Words that ask « how many », « who »… but not about what.
    question_words: frozenset[str]
    # Words the stemmer would merge with others.
    keep_whole: frozenset[str]
    # « je voudrais savoir »: what follows is the question, what precedes a preamble.
    question_openers: re.Pattern[str]
    # « le Gers a-t-il un lauréat ? » asks yes or no, « les lauréats du Gers » for a list.
    yes_no_cues: re.Pattern[str]
    # Words of a follow-up that refers to something said before (« et lui ? »).
    follow_up_words: frozenset[str]
    # Folded phrase → folded replacement, longest phrases first, each between two spaces so
    # that only whole words are replaced.
    synonyms: tuple[tuple[str, str], ...]
    # Every folded form of a place adjective → its department code.
    place_adjectives: dict[str, str]
    # Every folded form of a region's other names (« Brittany », « bretons ») → its code.
    region_names: dict[str, str]
    laureate_cues: re.Pattern[str]
    english_words: frozenset[str]
    french_words: frozenset[str]
    # « t'es sûr ? », « really? » opening a question: the last answer is asked again.
    confirmations: re.Pattern[str]
    # Words a yes/no question wraps its claim in (« c'est bien ça ? »).
    claim_fillers: frozenset[str] = frozenset()
    # Words that weigh rather than state (« un succès ? »): no card says whether they hold.
    judgements: frozenset[str] = frozenset()
    # Offices and bodies the release does not name as acting in the programme.
    other_actors: tuple[str, ...] = ()
    # Those of them written in capitals (« EU »), as typed: so written, no place's name.
    bodies_in_capitals: tuple[str, ...] = ()

    def unconfirmed(self, folded: str) -> str | None:
        """What a question asks besides a request to confirm the last answer (« » for
        nothing else); None when it asks for no confirmation."""
        found = self.confirmations.match(folded)
        return None if found is None else folded[found.end() :].strip()

    def apply_synonyms(self, folded: str) -> str:
        if not self.synonyms:
            return folded
        table = self._synonym_table
        return self._synonym_pattern.sub(lambda found: table[found.group(0)], folded).strip()

    @cached_property
    def _synonym_table(self) -> dict[str, str]:
        return {phrase.strip(): replacement.strip() for phrase, replacement in self.synonyms}

    @cached_property
    def _synonym_pattern(self) -> re.Pattern[str]:
        # One pass over the text, the longest phrase first where several start: whole words
        # only.
        phrases = sorted(self._synonym_table, key=len, reverse=True)
        return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\S)")


def build_lexicon(data: schema.LanguageFile) -> Lexicon:
    function_words = _folded(data.function_words)
    synonyms = {fold(k): fold(v) for k, v in data.synonyms.items() if fold(k)}
    # (A courtesy wrapping a request reads as nothing: « pourriez-vous me dire » → « ».)
    synonyms.update((fold(phrase), "") for phrase in data.courtesies if fold(phrase))
    adjectives: dict[str, str] = {}
    for code, bases in data.place_adjectives.items():
        for base in bases:
            for form in inflections(fold(base)):
                adjectives.setdefault(form, code)
    regions: dict[str, str] = {}
    for code, bases in data.region_names.items():
        for base in bases:
            for form in inflections(fold(base)):
                regions.setdefault(form, code)
    return Lexicon(
        function_words=function_words,
        stopwords=function_words | _folded(data.domain_words),
        topic_stopwords=_folded(data.topic_stopwords),
        question_words=_folded(data.question_words),
        keep_whole=_folded(data.keep_whole),
        question_openers=_cue_pattern(data.question_openers),
        yes_no_cues=_cue_pattern(data.yes_no_cues),
        follow_up_words=_folded(data.follow_up_words),
        synonyms=tuple(
            (f" {phrase} ", f" {replacement} " if replacement else " ")
            for phrase, replacement in sorted(synonyms.items(), key=lambda kv: -len(kv[0]))
        ),
        place_adjectives=adjectives,
        region_names=regions,
        laureate_cues=_cue_pattern(data.laureate_cues),
        english_words=_folded(data.english_words),
        french_words=_folded(data.french_words),
        claim_fillers=_folded(data.claim_fillers),
        judgements=_folded(data.judgements),
        other_actors=tuple(fold(name) for name in data.other_actors),
        bodies_in_capitals=tuple(name for name in data.other_actors if name.isupper()),
        confirmations=re.compile(
            rf"(?:{_cue_pattern(data.confirmations).pattern})(?: (?:de toi|de vous|of that))?"
            r"(?= |$)"
            if data.confirmations
            else r"(?!)"
        ),
    )


def inflections(base: str) -> tuple[str, ...]:
    """« tarnais » → tarnais, tarnaise, tarnaises; « lozerien » → lozeriens, lozerienne(s);
    « catalan » → catalans, catalane(s)."""
    if base.endswith("ien"):
        return (base, base + "s", base + "ne", base + "nes")
    if base.endswith("s"):
        return (base, base + "e", base + "es")
    return (base, base + "s", base + "e", base + "es")


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(folded for word in words if (folded := fold(word)))


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    phrases = []
    for cue in sorted(set(cues), key=len, reverse=True):
        body = re.escape(fold(cue)).replace(r"\ ", " ")
        phrases.append(body + (r"\w*" if cue.endswith("*") else ""))
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b")
