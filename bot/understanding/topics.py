"""Which topics a question is about: its words, stemmed and spell-corrected, compared with
every topic's example questions and key terms (knowledge/topics.yaml).

Each example and each term is a small document. A question's score against a document is
the cosine of their sets of stems weighted by rarity (a stem found in few topics weighs
more: « financ » tells funding apart, « programm » tells nothing); a topic's score is the
score of its closest document. Stems come from the Snowball French stemmer (PyStemmer),
so « sélectionnés » and « sélection » meet; a word no example uses is corrected to the
nearest vocabulary word within one or two edits (rapidfuzz), so « financemant » and
« parteneres » are read as meant.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.knowledge.lexicon import Lexicon
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Topic
from bot.normalize import fold, fold_many
from bot.understanding.outright import asks_if_in_release

_LANGUAGE = "french"
# What any place name reads as: « combien pour le Gers ? » is « combien pour <a place> ? ».
PLACE = "_place_"
# A topic scoring less than this is left out of a reading: far below what any answer needs.
RANK_FLOOR = 0.2
# Words shorter than this are never corrected: too many words lie one edit from them.
SHORTEST_CORRECTED = 5
# How many words' stems and corrections an index keeps: the words people use most.
_WORDS_KEPT = 4096
# How many texts' readings an index keeps: those of the last question or two.
_READINGS_KEPT = 32
# How many texts' parts are kept: those of the last question or two.
_PARTS_KEPT = 32
# A question is cut in parts at sentence ends, semicolons, and a comma or « et » / « and »
# followed by a new question word: « Combien de lauréats, et combien d'argent ? ».
# (SMS spellings too: « c qd l'AG, et c ki le préfet ».)
_ASKS = (
    r"(?:(?:combien|quel|quels|quelle|quelles|qui|que|quand|comment|o[uù]|est-ce|depuis|"
    r"c'est|c est|y a|how|what|who|when|where|which|qd|ki|koi|pk|pq|cb|c|nb|nbr)\b|qu')"
)
# « date et lieu de l'AG + un contact presse »: a plus sign between words adds a request;
# a stop inside a word (« service.presse@laregion.fr ») ends nothing.
# « me donner le portable de … et me rappeler où … »: each thing asked for is a request.
_ASKED_FOR = (
    r"(?:(?:me|nous)\s+(?:donner|dire|rappeler|indiquer|envoyer|preciser|préciser|communiquer"
    r"|confirmer|expliquer)|m'(?:indiquer|envoyer|expliquer|dire))\b"
)
# What is asked for by name: « le montant », « la date ». (Not a way to reach someone: « le
# fixe et le portable de … » asks both of the same.)
_ATTRIBUTES = (
    r"(?:montant|date|lieu|population|nombre|liste|statut|r[oô]le|fonction|budget|amount"
    r"|role|status"
    # (« le fixe de Margot Scherer et l'adresse mail de la Région »: a contact each.)
    r"|adresse|mail|e-mail|email|courriel|portable|fixe|mobile|landline)s?\b"
)
_PART_BREAK = re.compile(
    r"[?!.;:]+(?=\s|$)\s*|\s+\+\s+|\s*\n+\s*"
    # (« …à cheval sur deux départements, donc c'est un TI interrégional ? »: a premise,
    # then what is asked.)
    r"|,\s*(?:(?:et|and|mais|puis|donc|alors|so)\s+)?(?=" + _ASKS + r")"
    # (« 1) combien de nouveaux 2) la citation de Delga »: an enumeration, of one digit, as
    # « Brassac (09) » is a department's number.)
    r"|(?:^|\s+)\(?[1-9]\)\s+"
    # (« …, et lequel a le moins d'habitants ? »: a second pick, said so; « …, et la date du
    # communiqué », « …, et ça sert à quoi ? »: another thing asked.)
    r"|(?:,\s*|\s+)et\s+(?=(?:lequel|laquelle|lesquels|lesquelles)\b)"
    r"|(?:,\s*(?:et|and|puis|then)|,?\s+ainsi que|,?\s+as well as)\s+"
    r"(?=(?:la|le|les|l'|leur|leurs|son|sa|ses|ça|ca|the|its|their)\b"
    # (« La liste des renouvelés, puis celle des nouveaux »: the same asked of others.)
    r"|(?:celui|celle|ceux|celles) (?:qui|des|du|de)\b)"
    r"|(?:,\s*|\s+et\s+)(?=" + _ASKED_FOR + r")"
    # (« les 4 axes et le montant de l'enveloppe », « son numéro et elle fait quoi ? »: a
    # thing asked for by its name, or a question of its own, after « et ».)
    r"|\s+(?:et|and)\s+(?=(?:le|la|les|l'|son|sa|ses|leur|leurs|the|its|their)\s*"
    + _ATTRIBUTES
    + r"|(?:il|elle|ils|elles|he|she|they)\s+(?:fait|font|est|sont|does|do|is|are)\s+"
    r"(?:quoi|qui|what|who)\b)"
    r"|\s+(?:et|and)\s+(?:(?:aussi|also|puis|enfin|également|egalement)\s+)?(?="
    # (« Quelles intercos composent Comminges-Nestes et sur quels départements ? »)
    r"(?:(?:sur|dans|en|à|par|avec|in|on|at|from)\s+)?" + _ASKS + r"|pour\b)"
    # (« Nombre d'intercos et population de Béziers-Sète ? »: two attributes of one subject.)
    r"|\s+(?:et|and)\s+(?=(?:nombre|nb|population|statut|status|number"
    # (Not « Montauban, chef-lieu et plus grosse ville du 82, … », a town described.)
    r"|(?:sa|son|la|le|its|the) (?:plus grande|plus grosse|plus petite|biggest|largest"
    r"|smallest) (?:ville|commune|town|city)|(?:sa|la|its|the) ville principale"
    r"|(?:its|the) main town|plus grande ville|biggest town|largest town)\b)"
    # (« Which department is it in, and is it new? »: a yes/no question of its own.)
    r"|,\s*(?:et|and)\s+(?=(?:is|are|does|do|did|was|were|has|have)\s+(?:it|they|this|that"
    r"|there)\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=_PARTS_KEPT)
def split_parts(*, text: str) -> tuple[str, ...]:
    """The question cut where a new question starts; parts without a word dropped. Kept for
    the last few texts, as both the reader and the topic answers cut each question."""
    if asks_if_in_release(fold(text)):
        return (text,)
    pieces = _PART_BREAK.split(text)
    if (
        len(pieces) > 1
        # (Folded only when it may be one: most questions open otherwise.)
        and pieces[0].lstrip()[:1].lower() in {"d", "s", "a", "i"}
        and _SOURCE_LEAD.fullmatch(fold(pieces[0]))
    ):
        # (« Dans le communiqué, qui rappelle … ? »: where to look, said before the question.)
        pieces = [f"{pieces[0]}, {pieces[1]}", *pieces[2:]]
    # (« combien il y a de lauréats combien sont nouveaux », dictated: two questions.)
    pieces = [cut for piece in pieces for cut in _asked_again(piece)]
    # (« le nombre de nouveaux, le nom du préfet et la date de l'AG »: three requests.)
    pieces = [cut for piece in pieces for cut in _named_again(piece)]
    kept: list[str] = []
    for part, folded in zip(pieces, fold_many(pieces), strict=True):
        if kept and _TAG_ONLY.fullmatch(folded.strip()):
            # (« 183 lauréats au niveau national, c'est exact ? »: one claim, checked.)
            kept[-1] = f"{kept[-1]}, {part}"
        elif folded:
            kept.append(part)
    return tuple(kept)


# A question's opening word said again further on opens a second question.
_OPENING_WORDS = re.compile(
    r"\b(?:combien|how many|how much|(?:quel|quels|quelle|quelles) (?:est|sont))\b",
    re.IGNORECASE,
)
# Words that must come between two openings for the second to open a question of its own.
_BETWEEN = 2


def _asked_again(piece: str) -> list[str]:
    """The piece cut before each opening word said again after a few words."""
    starts = [m.start() for m in _OPENING_WORDS.finditer(piece)]
    cuts = [
        at for before, at in itertools.pairwise(starts) if len(piece[before:at].split()) > _BETWEEN
    ]
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b].strip() for a, b in itertools.pairwise(bounds)]


# What a request names, listed: « le nombre de …, le nom du … et la date de … ».
_REQUEST_NOUN = re.compile(
    r"\b(?:le|la|les|l'|l’|son|sa|ses|the|its) ?(?:nombre|noms?|dates?|lieu|num[ée]ros?|portable"
    r"|mails?|e-mails?|emails?|liste|population|r[ôo]le|fonction|statut|number|name|date"
    r"|place|list|role|status|mobile)\b",
    re.IGNORECASE,
)
# Words a request needs to name what it asks of: « le nom du préfet, ».
_OF_WHAT = 3
# A list's separators: what comes before a request named after another.
_LISTED_AFTER = re.compile(r"(?:,|\bet|\band)\s*$", re.IGNORECASE)


def _named_again(piece: str) -> list[str]:
    """The piece cut before each request named after another, a comma or « et » between,
    when the one before names what it asks of (« le portable et le mail de X » is one)."""
    starts = [m.start() for m in _REQUEST_NOUN.finditer(piece)]
    cuts = [
        at
        for before, at in itertools.pairwise(starts)
        if _LISTED_AFTER.search(piece[:at]) and len(piece[before:at].split()) > _OF_WHAT
    ]
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(piece)]
    return [piece[a:b].strip(" ,") for a, b in itertools.pairwise(bounds)]


# A part that only asks whether what came before holds: « c'est exact ? », « is that right? ».
_TAG_ONLY = re.compile(
    r"(?:c est|c etait|is that|that s|it s)?\s*(?:bien|vraiment|really)?\s*"
    r"(?:exact|vrai|ca|correct|juste|right|true|so)"
)


# « dans le communiqué », « d'après le communiqué », « in the release »: where to look.
_SOURCE_LEAD = re.compile(
    r"(?:dans|d apres|selon|according to|in) (?:le|ton|votre|the|your) "
    r"(?:communique|press release|release)(?: de presse)?"
)


@dataclass(frozen=True)
class Ranked:
    topic: str
    score: float


@dataclass(frozen=True)
class Reading:
    """What the question's words say: topics best first, and the text with typos of
    topic words corrected (so that « lauréas » is not read as a misspelt town)."""

    ranking: tuple[Ranked, ...]
    corrected: str
    # Words of `corrected` read as topic words (« désignés », « financement »): a word of the
    # question's own subject, never a misspelt place.
    topic_words: frozenset[str] = frozenset()
    # The question is a place's name and nothing else (« Villefranche-sur-Saône ? »), though
    # some of its words (« saône ») are a topic's.
    names_place: bool = False

    @property
    def best(self) -> Ranked | None:
        return self.ranking[0] if self.ranking else None

    def score(self, topic: str) -> float:
        return next((r.score for r in self.ranking if r.topic == topic), 0.0)


@dataclass(frozen=True)
class _Document:
    topic: str
    stems: frozenset[str]
    norm: float


class TopicIndex:
    """Built once per knowledge; `read` costs a few dictionary look-ups per word."""

    def __init__(
        self,
        *,
        topics: tuple[Topic, ...],
        lexicon: Lexicon,
        protected: frozenset[str],
        named: frozenset[str] = frozenset(),
    ) -> None:
        """`protected`: words that name places, never read as topic words; `named`: words of
        place names (« thermes » in Ax-les-Thermes), never corrected into a topic word."""
        self._lexicon = lexicon
        # A place name a topic's terms use on purpose (« Chalon-sur-Saône ») stays a topic word.
        term_words = {w for topic in topics for term in topic.terms for w in fold(term).split()}
        self._protected = protected - term_words
        self._named = named
        self._stemmer = Stemmer.Stemmer(_LANGUAGE)
        texts: list[tuple[str, str, bool]] = []
        for topic in topics:
            texts += [(topic.id, term, True) for term in topic.terms]
            texts += [(topic.id, q, False) for q in (*topic.examples.fr, *topic.examples.en)]
        surface: set[str] = set()
        stemmed: list[tuple[str, frozenset[str]]] = []
        for topic_id, text, term in texts:
            # A number says something only where a term puts it (« budget 2025 »); in an
            # example (« les axes 2023-2027 ») it would pull every question with that year.
            words = [w for w in self._words(fold(text)) if term or not w.isdigit()]
            surface.update(words)
            stems = frozenset(self._stem(word) for word in words)
            if stems:
                stemmed.append((topic_id, stems))
        topics_of: defaultdict[str, set[str]] = defaultdict(set)
        for topic_id, stems in stemmed:
            for stem in stems:
                topics_of[stem].add(topic_id)
        count = len({topic.id for topic in topics})
        self._idf = {
            stem: math.log(1 + count / len(owners)) ** 2 for stem, owners in topics_of.items()
        }
        self._documents = tuple(
            _Document(topic_id, stems, math.sqrt(sum(self._idf[s] for s in stems)))
            for topic_id, stems in stemmed
        )
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for index, document in enumerate(self._documents):
            for stem in document.stems:
                postings[stem].append(index)
        self._postings = {stem: tuple(found) for stem, found in postings.items()}
        self._topic_of = tuple(document.topic for document in self._documents)
        self._norm_of = tuple(document.norm for document in self._documents)
        buckets: defaultdict[str, list[str]] = defaultdict(list)
        for word in sorted(surface):
            if len(word) >= SHORTEST_CORRECTED - 1 and not word.isdigit() and word != PLACE:
                buckets[word[0]].append(word)
        self._buckets = dict(buckets)
        self._unknown_weight = max(self._idf.values(), default=1.0) * 0.25
        # Stems that, alone, name no topic: « combien ? », « Figeac ? ».
        vocabulary: defaultdict[str, set[str]] = defaultdict(set)
        for topic_id, stems in stemmed:
            vocabulary[topic_id] |= stems
        self._vocabulary = {topic_id: frozenset(stems) for topic_id, stems in vocabulary.items()}
        self._question_stems = frozenset(self._stem(w) for w in lexicon.question_words) | {PLACE}
        self.topic_ids = tuple(topic.id for topic in topics)
        self._read_words: dict[str, tuple[str, str | None]] = {}
        self._readings: dict[str, Reading] = {}

    def __getstate__(self) -> dict[str, object]:
        # The C stemmer cannot be pickled (bot.snapshot); it holds nothing but its language.
        state = self.__dict__.copy()
        del state["_stemmer"]
        # (What the questions read so far left behind is no part of the index.)
        state["_read_words"], state["_readings"] = {}, {}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._stemmer = Stemmer.Stemmer(_LANGUAGE)

    def read(self, *, folded: str) -> Reading:
        """How the words rank the topics; the last few texts' readings are kept, as a
        question and its parts are read by both layers."""
        kept = self._readings.get(folded)
        if kept is None:
            kept = self._read(folded)
            if len(self._readings) >= _READINGS_KEPT:
                del self._readings[next(iter(self._readings))]
            self._readings[folded] = kept
        return kept

    def _read(self, folded: str) -> Reading:
        asked = self._lexicon.question_openers.split(folded)[-1].strip() or folded
        words = self._words(asked)
        stems: set[str] = set()
        unknown = 0
        corrections: dict[str, str] = {}
        topic_words: set[str] = set()
        for word in words:
            stem, fixed = self._read_word(word)
            if fixed is not None:
                corrections[word] = fixed
            if stem in self._idf:
                stems.add(stem)
                if word not in self._named and word != PLACE:
                    topic_words.add(corrections.get(word, word))
            elif not word.isdigit():
                unknown += 1
        corrected = (
            " ".join(corrections.get(w, w) for w in folded.split()) if corrections else folded
        )
        return Reading(
            ranking=self._rank(stems, unknown),
            corrected=corrected,
            topic_words=frozenset(topic_words),
            names_place=PLACE in words and all(w == PLACE or w in self._named for w in words),
        )

    def position(self, *, folded: str, topic: str) -> int:
        """Where in the question a word of `topic` first appears (its length if none)."""
        stems = self._vocabulary.get(topic, frozenset())
        words = self._words(folded)
        return next((i for i, w in enumerate(words) if self._stem(w) in stems), len(words))

    def parts(self, *, text: str) -> tuple[str, ...]:
        return split_parts(text=text)

    def _rank(self, stems: set[str], unknown: int) -> tuple[Ranked, ...]:
        if stems <= self._question_stems:
            return ()
        dots: dict[int, float] = {}
        add = dots.get
        # In a fixed order: a set's order changes from one process to the next, and with it
        # the last bits of the sums, and so which of two tied topics comes first.
        for stem in sorted(stems):
            weight = self._idf[stem]
            for index in self._postings.get(stem, ()):
                dots[index] = add(index, 0.0) + weight
        query = math.sqrt(sum(self._idf[s] for s in stems) + unknown * self._unknown_weight)
        # Below the floor no topic is ever answered: those scores are not worth keeping.
        floor = RANK_FLOOR * query
        best: dict[str, float] = {}
        topic_of, norm_of = self._topic_of, self._norm_of
        for index, dot in dots.items():
            score = dot / norm_of[index]
            if score >= floor and score > best.get(topic_of[index], 0.0):
                best[topic_of[index]] = score
        return tuple(
            Ranked(topic, round(score / query, 4))
            for topic, score in sorted(best.items(), key=lambda item: (-item[1], item[0]))
        )

    def _words(self, folded: str) -> list[str]:
        text = self._lexicon.apply_synonyms(folded)
        ignored = self._lexicon.topic_stopwords
        return [PLACE if w in self._protected else w for w in text.split() if w not in ignored]

    def _stem(self, word: str) -> str:
        if word in self._lexicon.keep_whole or word == PLACE:
            return word
        stem: str = self._stemmer.stemWord(word)
        return stem

    def _read_word(self, word: str) -> tuple[str, str | None]:
        """A word's stem, and the topic word it is a typo of (None if it is none); kept, as
        the same words come back question after question."""
        known = self._read_words.get(word)
        if known is None:
            stem, fixed = self._stem(word), None
            if stem not in self._idf and word not in self._named:
                fixed = self._correct(word)
                if fixed is not None:
                    stem = self._stem(fixed)
            known = (stem, fixed)
            if len(self._read_words) < _WORDS_KEPT:
                self._read_words[word] = known
        return known

    def _correct(self, word: str) -> str | None:
        if len(word) < SHORTEST_CORRECTED or word.isdigit():
            return None
        allowed = 1 if len(word) < 8 else 2
        found = process.extractOne(
            word,
            self._buckets.get(word[0], ()),
            scorer=Levenshtein.distance,
            processor=None,
            score_cutoff=allowed,
        )
        return None if found is None else str(found[0])


def place_words(knowledge: Knowledge) -> frozenset[str]:
    """Words that name a place and nothing else, so never a topic's: the laureates' names,
    departments, one-word regions, and one-word communes that are not ordinary words
    (« Figeac » in an example about funded projects says nothing about the topic)."""
    words = {
        word
        for alias, owner in knowledge.aliases.items()
        if owner.kind in ("territory", "department")
        for word in alias.split()
    }
    places = knowledge.places
    if places is not None:
        words.update(word for d in places.departments.values() for word in fold(d.name).split())
        words.update(n for r in places.regions.values() if " " not in (n := fold(r.name)))
        words.update(
            name
            for name in places.communes_by_name
            if " " not in name and name not in places.common_words
        )
    return frozenset(words - knowledge.lexicon.stopwords)


def name_words(knowledge: Knowledge) -> frozenset[str]:
    """Every word of a commune's or an intercommunality's name."""
    places = knowledge.places
    if places is None:
        return frozenset()
    names = [*places.communes_by_name, *(fold(n) for n in places.epci_names.values())]
    return frozenset(word for name in names for word in name.split())
