"""Yes or no to what a question claims of a programme-wide topic (« c'est l'ANCT qui a
choisi ? », « le programme a démarré en 2019 ? »), read against the card that answers the
topic: the claim holds when every actor, number and word it rests on is in the card, and
« seul » holds only of a card that names one actor."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from bot.answer import Answer
from bot.answers.common import t
from bot.answers.keys import KeyAnswers
from bot.answers.topical import answering, default_card
from bot.knowledge.lexicon import Lexicon
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Person, Quote
from bot.normalize import fold
from bot.understanding.frame import Frame
from bot.understanding.read import SURE
from bot.understanding.whether import asked_whether

# Ordinal words, by the rank they say.
_RANKS = {
    **dict.fromkeys(["premier", "premiere", "1er", "1ere", "1re", "first"], 1),
    **dict.fromkeys(["deuxieme", "second", "seconde", "2e", "2eme", "2nd"], 2),
    **dict.fromkeys(["troisieme", "3e", "3eme", "third", "3rd"], 3),
    **dict.fromkeys(["quatrieme", "4e", "4eme", "fourth", "4th"], 4),
}
# « seul », « only »: one actor and no other.
ONLY = re.compile(
    r"\b(?:seul|seule|seuls|seules|seulement|uniquement|exclusivement|only|alone|solely|sole)\b"
)
# « …, ou c'est … ? », « …, or is it … ? »: an alternative after the claim.
_ALTERNATIVE = re.compile(r",\s*(?:ou|or)\s+", re.IGNORECASE)
_NUMBER = re.compile(r"\d+")
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")
# A name typed in capitals (« EU », « FEDER »): a body, even where its letters fold to a
# common word (the « eu » of « a eu lieu »).
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")
# Words this long or longer are compared by their first letters only (« cofinancé »,
# « cofinancement »); shorter ones whole.
_STEM = 5
# « co- » before a verb says it is done jointly: « cofinancé » is still « financé ».
_JOINT = ("cofin", "copil")
# The share of a claim's words the card must hold for the claim to hold.
_HELD = 0.6
_SHORTEST_WORD = 3
# A yes/no question the words do not lead to its card is checked against it only when
# read this surely (« SELECT * FROM laureats » is no claim about the selection).
SURE_CLAIM = 0.65
# Asks whose cards say nothing a yes/no question could be checked against: a greeting,
# thanks, help, or the bot's sources.
_NO_CLAIMS = frozenset(["greeting", "thanks", "help", "sources"])


@dataclass(frozen=True)
class Actor:
    """Someone a card may name, by the words of one of their names."""

    key: str
    stems: tuple[str, ...]
    # Someone who heads a body their title names (« présidente du conseil régional »).
    head: bool = False
    # Named in capitals only (« EU »): its folded letters are a common word too.
    capitals: str = ""


# Cards that name the partners « notamment »: someone else named is not belied by them.
_OPEN_CARDS = ("topic_partners", "topic_funding")
# What the release says is national: the envelope.
_ENVELOPE = re.compile(r"\b(?:envelop\w*|\d+ ?(?:m|millions?|md|milliards?|billions?))\b")
# Filters that narrow to a place.
_PLACED = frozenset(["department", "region"])


class Claims:
    """Yes/no questions about the programme, answered with the card that says whether the
    claim holds."""

    def __init__(self, *, knowledge: Knowledge, keys: KeyAnswers) -> None:
        self.knowledge = knowledge
        self._keys = keys
        self._cast = actors(knowledge)
        # The words that name each card's topic, folded once.
        self._terms = {
            topic.id: frozenset(fold(term) for term in topic.terms) for topic in knowledge.topics
        }

    def claimed(
        self, frame: Frame, *, question: str, led: Callable[[], tuple[str, ...]]
    ) -> Answer | None:
        """« c'est l'ANCT qui a choisi ? »: the card of what is asked, or of the person asked
        about, opening with whether it bears the claim out; `led` gives the cards the
        question's words lead to, the first of which that answers what is asked is used."""
        if frame.op != "yesno" or any(f.partition(":")[0] in _PLACED for f in frame.filters):
            # (« Existe-t-il des TI en Normandie ? »: no programme card says of a place.)
            return None
        if frame.confidence < SURE and not (
            # (Read unsurely, the claim is checked only when it is asked as a question and
            # its words lead to a card of what the model reads as asked: « le chef de projet
            # est cofinancé ? », not « le troisième axe du programme ».)
            "op" in frame.stated
            and question.rstrip().endswith("?")
            and answering(frame.ask, chosen=led()) is not None
        ):
            return None
        english = "_en" if frame.lang == "en" else ""
        key, identity, terms = "", "", frozenset[str]()
        if frame.ask == "role":
            # Checked against who the person is, not against all their card says.
            # (The person may be named beside a subject read otherwise: « Is Carole Delga a
            # government minister? ».)
            name = next(
                (
                    s.partition(":")[2]
                    for s in (*frame.about, *frame.named)
                    if s.startswith("person:")
                ),
                "",
            )
            if (person := self._person(name)) is not None:
                where = self.knowledge.organisation(person.organisation).name
                # (Everyone the contacts list names is a press contact: « Margot Scherer est
                # contact presse à la préfecture ? ».)
                role = t(frame.lang, "contact presse", "press contact")
                key, identity = f"p_{person.id}{english}", f"{person.name}, {role}, {where}"
            elif (quote := self._speaker(name)) is not None:
                role = t(frame.lang, quote.role, quote.role_en)
                key, identity = f"q_{quote.id}{english}", f"{quote.speaker}, {role}"
        elif frame.ask not in _NO_CLAIMS:
            # The card the words lead to when it answers what is asked (« un axe sur le
            # foncier ? » gets that axis's: the words and the model agree), else the ask's own
            # card, on a much surer reading.
            # (A claim by its very form, « Did the ANCT alone choose them? », needs a sure
            # reading only.)
            surely = frame.confidence >= (SURE if asked_whether(fold(question)) else SURE_CLAIM)
            card = answering(frame.ask, chosen=led()) or (
                default_card(frame.ask) if surely else None
            )
            key = f"topic_{card}{english}" if card else ""
            # (The words that name the card's topic: « 4 axes » says what the claim is about.)
            terms = self._terms.get(card, frozenset()) if card else frozenset()
        answer = self._keys.answer_key(key=key) if key else None
        if answer is None:
            return None
        held = holds(
            # (« L'ANCT apporte de l'ingénierie, ou c'est du vent ? »: the claim, not the
            # alternative set against it.)
            claim=_ALTERNATIVE.split(question, maxsplit=1)[0],
            card=identity or answer.text,
            lexicon=self.knowledge.lexicon,
            cast=self._cast,
            terms=terms,
            # (Who someone is, word for word: « préfète » is not « Préfecture ».)
            whole=frame.ask == "role",
        )
        if held is False and frame.ask == "role" and key.startswith("q_"):
            # (« Le préfet félicite les lauréats ? »: not who he is, but what he said.)
            quoted = holds(
                claim=question, card=answer.text, lexicon=self.knowledge.lexicon, cast=self._cast
            )
            held = held if quoted is None else quoted
        if held is None:
            return None
        text = answer.text
        if text.split(maxsplit=1)[0].lower() in self.knowledge.lexicon.function_words:
            # « Oui : au niveau national… », not « Oui : Au niveau national… ».
            text = text[0].lower() + text[1:]
        opening = {"fr": ("Non : ", "Oui : "), "en": ("No: ", "Yes: ")}[frame.lang][held]
        if (
            not held
            and key.startswith(_OPEN_CARDS)
            and not self.knowledge.offer.partners.complete
            and (
                key.startswith("topic_partners")
                # (« Les 100 millions, c'est une enveloppe de la Région ? »: the release says
                # whose the envelope is.)
                or (
                    not _ENVELOPE.search(fold(question))
                    and names_absent(
                        claim=question,
                        card=answer.text,
                        lexicon=self.knowledge.lexicon,
                        cast=self._cast,
                    )
                )
            )
        ):
            # (« La BEI est partenaire ? », « le FEDER finance-t-il… ? »: the release names
            # some partners « notamment »; one it does not name may still be one, or fund.)
            opening = {
                "fr": "Le communiqué ne le dit pas. ",
                "en": "The press release does not say. ",
            }[frame.lang]
            text = answer.text
        return replace(answer, question=question, text=opening + text)

    def _person(self, name: str) -> Person | None:
        return next((p for p in self.knowledge.people if p.name == name), None)

    def _speaker(self, name: str) -> Quote | None:
        return next((q for q in self.knowledge.quotes if q.speaker == name), None)


def actors(knowledge: Knowledge) -> tuple[Actor, ...]:
    """Everyone the release names as acting in the programme, longest names first: its
    organisations and people, the speakers of its quotations, who selects the laureates and
    whose opinion they are chosen after, and the programme's partners."""
    # Bodies the sources name by their acronym (« ANCT », « ADEME »): actors too.
    acronyms = {
        word
        for text in (*(s.title for s in knowledge.sources.values()), knowledge.offer.engineering)
        for word in _ACRONYM.findall(text)
    }
    named: list[tuple[str, Iterable[str]]] = [
        *((word, (word,)) for word in acronyms),
        *((o.id, (o.name, *o.aliases)) for o in knowledge.organisations),
        *((p.id, (p.name, *p.aliases)) for p in knowledge.people),
        *((q.id, (q.speaker, *q.aliases)) for q in knowledge.quotes),
        *((name, (name,)) for name in knowledge.selection.selectors),
        *((name, (name,)) for name in knowledge.selection.selectors_en),
        *((name, (name,)) for name in knowledge.selection.after_opinion_of),
        *((name, (name,)) for name in knowledge.offer.partners.names),
        *((name, (name,)) for name in knowledge.lexicon.other_actors),
    ]
    heads = {q.id for q in knowledge.quotes}
    common = knowledge.lexicon.function_words | knowledge.lexicon.topic_stopwords
    found = {
        Actor(
            key=key,
            stems=stems,
            head=key in heads,
            capitals=name if _CAPITALS.fullmatch(name) and fold(name) in common else "",
        )
        for key, names in named
        for name in names
        if (stems := _names(_bare(fold(name)).split()))
    }
    return tuple(sorted(found, key=lambda a: (-len(a.stems), a.key, a.stems)))


def names_absent(*, claim: str, card: str, lexicon: Lexicon, cast: tuple[Actor, ...]) -> bool:
    """Whether the claim names someone the card does not (« le FEDER finance-t-il… ? »)."""
    claimed, card_words = _words(claim, lexicon), _words(card, lexicon)
    said, _ = _named(_names(claimed), cast)
    in_card, _ = _named(_names(card_words), cast)
    return _elsewhere(
        claim=claim,
        card=card,
        card_words=card_words,
        said=said,
        in_card=in_card,
        lexicon=lexicon,
        cast=cast,
    )


def _elsewhere(
    *,
    claim: str,
    card: str,
    card_words: list[str],
    said: set[str],
    in_card: set[str],
    lexicon: Lexicon,
    cast: tuple[Actor, ...],
) -> bool:
    """Whether an actor the claim names, or a body it types in capitals that is no actor of
    the cast, is missing from the card."""
    said, in_card = said | _in_capitals(claim, cast), in_card | _in_capitals(card, cast)
    known = set(card_words) | lexicon.claim_fillers | lexicon.function_words
    stems = {stem for actor in cast for stem in actor.stems}
    unknown = [
        folded
        for word in _ACRONYM.findall(claim)
        if (folded := fold(word)) not in known
        and folded not in stems
        and lexicon.apply_synonyms(folded) == folded
    ]
    return bool(unknown) or any(actor not in in_card for actor in said)


def _in_capitals(text: str, cast: tuple[Actor, ...]) -> set[str]:
    """The actors named only in capitals that the text names so."""
    typed = set(_CAPITALS.findall(text))
    return {actor.key for actor in cast if actor.capitals and actor.capitals in typed}


def holds(
    *,
    claim: str,
    card: str,
    lexicon: Lexicon,
    cast: tuple[Actor, ...],
    terms: frozenset[str] = frozenset(),
    whole: bool = False,
) -> bool | None:
    """Whether the card bears the claim out; None when the claim says nothing to check.
    `terms` name the card's topic; `whole` compares whole words, not their first letters."""
    claimed, card_words = _words(claim, lexicon), _words(card, lexicon)
    if lexicon.judgements.intersection(claimed):
        return None
    claimed_stems, card_stems = (
        (_names(claimed), _names(card_words)) if whole else (_stems(claimed), _stems(card_words))
    )
    said, free = _named(_names(claimed), cast)
    in_card, _ = _named(_names(card_words), cast)
    # (« la présidente du conseil régional » names the « conseil régional » too.)
    heads = [outer for outer in cast if outer.head and outer.key in in_card]
    in_card |= {
        inner.key
        for inner in (cast if heads else ())
        if len(inner.stems) > 1
        and any(
            len(outer.stems) > len(inner.stems) and _within(inner.stems, outer.stems)
            for outer in heads
        )
    }
    # « les préfets » are a group the card may name at length (« les préfets de région »).
    said -= {
        actor.key
        for actor in cast
        if actor.key in said
        and _plural(claimed, actor)
        and any(_within(actor.stems, other.stems) for other in cast if other.key in in_card)
    }
    numbers = [w for w in claimed if _NUMBER.fullmatch(w)]
    # (A number naming the topic, « un des 4 axes », is not what the claim rests on.)
    resting = [
        w
        for w, after in zip(claimed, [*claimed[1:], ""], strict=True)
        if _NUMBER.fullmatch(w) and after not in terms
    ]
    ignored = lexicon.function_words | lexicon.topic_stopwords | lexicon.question_words
    content = [
        stem
        for at, (word, stem) in enumerate(zip(claimed, claimed_stems, strict=True))
        if at in free
        and word not in ignored
        and word not in lexicon.claim_fillers
        and len(word) >= _SHORTEST_WORD
        and not _NUMBER.fullmatch(word)
    ]
    if not (said or numbers or content):
        return None
    if _elsewhere(
        claim=claim,
        card=card,
        card_words=card_words,
        said=said,
        in_card=in_card,
        lexicon=lexicon,
        cast=cast,
    ):
        return False
    if ONLY.search(" ".join(claimed)) and len(in_card) > 1:
        return False
    if any(n not in card_words for n in numbers):
        return False
    card_pairs = set(itertools.pairwise(card_words))
    if _other_rank(claimed, card_pairs):
        return False
    if any(
        _NUMBER.fullmatch(w) and after in terms and (w, after) not in card_pairs
        for w, after in zip(claimed, [*claimed[1:], ""], strict=True)
    ):
        # « le programme a 3 axes ? »: a count of what the card is about is its count, not a
        # number found elsewhere in it (« 3. la disponibilité du foncier »).
        return False
    held = set(card_stems)
    if resting or not content:
        # (The numbers a claim states are what it rests on: « la phase actuelle va jusqu'en
        # 2027 ? » holds of a card that says 2023-2027; not « l'attractivité touristique fait
        # partie des axes 2023-2027 ? », of none of whose words the card speaks.)
        topical = set(_stems(terms))
        own = [stem for stem in content if stem not in topical]
        return not own or any(stem in held for stem in own)
    return sum(stem in held for stem in content) >= _HELD * len(content)


def _other_rank(claimed: list[str], card_pairs: set[tuple[str, str]]) -> bool:
    """Whether the claim ranks something the card ranks otherwise: « la première phase »
    where the card speaks of the second."""
    ranked = {(_RANKS[a], b[:_STEM]) for a, b in card_pairs if a in _RANKS}
    for rank, noun in (
        (_RANKS[a], b[:_STEM]) for a, b in itertools.pairwise(claimed) if a in _RANKS
    ):
        said = {r for r, n in ranked if n == noun}
        if said and rank not in said:
            return True
    return False


def _words(text: str, lexicon: Lexicon) -> list[str]:
    return lexicon.apply_synonyms(fold(text)).split()


def _stems(words: Iterable[str]) -> tuple[str, ...]:
    # (« financé » is borne out by « cofinancement », « piloté » by « copiloté ».)
    return tuple(
        (w[2:] if w.startswith(_JOINT) and len(w) > _STEM + 1 else w)[:_STEM] for w in words
    )


def _plural(words: list[str], actor: Actor) -> bool:
    """Whether the words name the actor in the plural (« les préfets », « les préfets de
    région »)."""
    size = len(actor.stems)
    return any(
        _names(words[at : at + size]) == actor.stems and tuple(words[at : at + size]) != actor.stems
        for at in range(len(words) - size + 1)
    )


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    return any(whole[at : at + len(part)] == part for at in range(len(whole) - len(part) + 1))


def _names(words: Iterable[str]) -> tuple[str, ...]:
    """Words as names are compared: singular (« les préfets » names « le préfet »), but
    whole (« préfecture » is not « préfet »)."""
    return tuple(w[:-1] if len(w) > _SHORTEST_WORD and w.endswith(("s", "x")) else w for w in words)


def _bare(folded: str) -> str:
    """A name without its article: « les préfets de région » → « prefets de region »."""
    return re.sub(r"^(?:l|le|la|les|the) ", "", folded)


def _named(words: tuple[str, ...], cast: tuple[Actor, ...]) -> tuple[set[str], set[int]]:
    """The actors the words name, longest names first, and the positions of the words left
    (« préfets de région » are the prefects, not the Région)."""
    free = set(range(len(words)))
    found: set[str] = set()
    # (Where each word stands: an actor is looked for only where its first word is.)
    starts: dict[str, list[int]] = {}
    for at, word in enumerate(words):
        starts.setdefault(word, []).append(at)
    for actor in cast:
        if actor.capitals:
            # (Found in the question as typed: « EU », not the « eu » of « a eu lieu ».)
            continue
        size = len(actor.stems)
        for start in starts.get(actor.stems[0], ()):
            span = range(start, start + size)
            if words[start : start + size] == actor.stems and all(i in free for i in span):
                found.add(actor.key)
                free -= set(span)
    return found, free
