"""Follow-ups: a question read in the light of the conversation's context.

The engine's stateless answer comes first. A question that names its own subject keeps
that answer (« Quels sont les lauréats de l'Hérault ? » after Alès is about the Hérault);
only a question that leans on what came before (a pronoun, « et … ? », a rank, a bare
detail) is resolved, either into a complete question asked again of the engine or into a
refinement of the last answer's subjects. A refinement only states facts of the laureates
the last answer affirmed, so a « non » never becomes a « oui »."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.answer import Answer
from bot.answers.followups import (
    COUNT,
    DEPARTMENTS,
    INTERREGIONAL,
    NEW,
    RENEWED,
    SINCE,
    FollowUpAnswers,
)
from bot.context import NO_CONTEXT, Context, Turn
from bot.intents import Intent
from bot.language import Language
from bot.normalize import clean, fold
from bot.schema import Territory

if TYPE_CHECKING:
    from bot.engine import Engine

_AND = re.compile(r"^(?:et|and|what about|how about|ou|or)\b")
# « y a-t-il » holds an « il » that refers to nothing.
_IMPERSONAL = re.compile(r"\b(?:y a t il|y a t elle|il y a|il y en a|il faut|is there|are there)\b")
_ONE = re.compile(
    r"\b(?:il|elle|c est|ce territoire|ce laureat|celui ci|celui la|celle ci|celle la|ce dernier"
    r"|cette commune|cette ville|ce departement|lui|it|its|this one|that one|he|she|him)\b"
)
_MANY = re.compile(
    r"\b(?:ils|elles|lesquels|lesquelles|lequel|laquelle|ceux ci|ceux la|ceux|celles|parmi eux"
    r"|des deux|des trois|les deux|les trois|ces territoires|ces laureats|which ones|which one"
    r"|which of them|of them|of these|they|them|those|these)\b"
)
_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs|his|her|their)\b")
_RANKS = {
    "premier": 1,
    "premiere": 1,
    "1er": 1,
    "1ere": 1,
    "first": 1,
    "deuxieme": 2,
    "second": 2,
    "seconde": 2,
    "2e": 2,
    "2eme": 2,
    "troisieme": 3,
    "third": 3,
    "3e": 3,
    "3eme": 3,
    "quatrieme": 4,
    "fourth": 4,
    "4e": 4,
    "4eme": 4,
    "cinquieme": 5,
    "fifth": 5,
    "5e": 5,
    "5eme": 5,
    "sixieme": 6,
    "sixth": 6,
    "septieme": 7,
    "huitieme": 8,
    "neuvieme": 9,
    "dixieme": 10,
    "dernier": -1,
    "derniere": -1,
    "last": -1,
}
_RANK = re.compile(r"\b(" + "|".join(_RANKS) + r")\b(?: (\w+))?")
# What may follow an ordinal that picks an item of a list: « le deuxième axe », « le
# troisième de la liste »; anything else (« la deuxième phase ») is not a rank.
_RANK_NOUNS = frozenset(
    {"axe", "axes", "laureat", "territoire", "element", "point", "item", "one", "de", "du"}
    | {"sur", "dans", "la", "liste", "et"}
)
_ASPECTS = (
    (
        RENEWED,
        re.compile(
            r"\b(?:renouvel\w*|anciens?|existants?|deja|already|renewed|premiere phase|first phase)\b"
        ),
    ),
    (NEW, re.compile(r"\b(?:nouveaux?|nouvelles?|new)\b")),
    (
        INTERREGIONAL,
        re.compile(r"\b(?:inter ?region\w*|hors occitanie|plusieurs regions|autres? regions?)\b"),
    ),
    (SINCE, re.compile(r"\b(?:depuis|since|how long)\b")),
    (
        DEPARTMENTS,
        re.compile(r"\b(?:departements?|departments?|ou est|ou se trouve|ou ca|where|situe\w*)\b"),
    ),
    (COUNT, re.compile(r"\b(?:combien|how many|nombre|number)\b")),
)
_PERIMETER = re.compile(
    r"\b(?:perimetre\w*|communes?|villes?|towns?|composition|compose\w*|boundar\w*)\b"
)
_PHONE = re.compile(r"\b(?:portable|mobile|tel|telephone|numeros?|phone|cell|appeler|call)\b")
_EMAIL = re.compile(r"\b(?:mail|email|e mail|courriel|adresse|address)\b")
_LAUREATE = re.compile(r"\b(?:laureat\w*|retenu\w*|selectionne\w*|concerne\w*|covered|selected)\b")
# A question naming what it asks about stands alone: « quels sont les nouveaux lauréats ? ».
_NOUN = re.compile(r"\b(?:laureats?|territoires?|liste|laureates?|territor(?:y|ies)|list)\b")
# A bare follow-up is short: « depuis quand ? », « combien ? », « sur quels départements ? ».
_SHORT = 5
# Answers that found nothing to say: a follow-up may do better.
_WEAK = frozenset({Intent.OUT_OF_SCOPE, Intent.EMPTY, Intent.CLARIFY})


@dataclass(frozen=True)
class Cues:
    """How a question leans on the one before it."""

    lead_and: bool
    one: bool
    many: bool
    possessive: bool
    rank: int | None
    aspect: str
    perimeter: bool
    detail: str
    laureate: bool
    short: bool

    @property
    def leans(self) -> bool:
        return (
            self.lead_and
            or self.one
            or self.many
            or self.possessive
            or self.rank is not None
            or (self.short and bool(self.aspect or self.detail or self.perimeter))
        )


def read_cues(*, folded: str) -> Cues:
    plain = _IMPERSONAL.sub(" ", folded)
    rank = None
    for match in _RANK.finditer(plain):
        follower = match[2]
        if follower is None or follower in _RANK_NOUNS:
            rank = _RANKS[match[1]]
            break
    aspect = next((name for name, pattern in _ASPECTS if pattern.search(plain)), "")
    phone, email = bool(_PHONE.search(plain)), bool(_EMAIL.search(plain))
    return Cues(
        lead_and=bool(_AND.match(plain)),
        one=bool(_ONE.search(plain)),
        many=bool(_MANY.search(plain)),
        possessive=bool(_POSSESSIVE.search(plain)),
        rank=rank,
        aspect=aspect,
        perimeter=bool(_PERIMETER.search(plain)),
        detail="email" if email and not phone else "phone" if phone else "",
        laureate=bool(_LAUREATE.search(plain)),
        short=len(folded.split()) <= _SHORT and not _NOUN.search(plain),
    )


class FollowUps:
    """Reads a question with the context of its conversation; pure, like the engine."""

    def __init__(self, *, engine: Engine) -> None:
        self._engine = engine
        self._knowledge = engine.knowledge
        self._answers = FollowUpAnswers(knowledge=engine.knowledge)
        self._by_name = {x.name: x for x in engine.knowledge.territories}

    def reply(self, *, question: str, context: Context, now: float) -> Turn:
        expired = context.lapsed or (not context.empty and context.expired(now=now))
        if expired:
            context = NO_CONTEXT
        cues = read_cues(folded=fold(clean(question)))
        base = self._engine.ask(question=question)
        answer, aspect = self._resolve(
            question=question, base=base, cues=cues, context=context, expired=expired
        )
        remembered = self.remember(answer, aspect=aspect, now=now)
        if answer is not base and not context.empty:
            remembered = self._continued(remembered, answer=answer, previous=context)
        return Turn(answer=answer, context=remembered)

    def _continued(self, remembered: Context, *, answer: Answer, previous: Context) -> Context:
        """A refinement stays within what was shown: « le troisième » then « le dernier »
        pick from the same list, « et les renouvelés ? » narrows the list « lesquels sont
        nouveaux ? » narrowed."""
        narrowed = answer.intent is Intent.LIST and set(remembered.territories) <= set(
            previous.pool or previous.territories
        )
        pool = (previous.pool or previous.territories) if narrowed else ()
        shown = remembered.shown or previous.shown
        return replace(remembered, pool=pool, shown=shown)

    def reply_key(self, *, key: str, context: Context, now: float) -> Turn | None:
        """A button stands for a typed question: its answer becomes the context."""
        answer = self._engine.answer_key(key=key)
        if answer is None:
            return None
        return Turn(answer=answer, context=self.remember(answer, aspect="", now=now))

    def remember(self, answer: Answer, *, aspect: str, now: float) -> Context:
        """The context an answer leaves: its subjects, and the list it showed."""
        kinds: dict[str, list[str]] = {k: [] for k in "tdrcpoq"}
        for subject in answer.about:
            kind, _, ident = subject.partition("_")
            if kind in kinds:
                kinds[kind].append(ident)
        affirmed = [self._by_name[n].id for n in answer.territories if n in self._by_name]
        territories = tuple(dict.fromkeys([*kinds["t"], *affirmed]))
        shown = self._shown(answer)
        return Context(
            territories=territories,
            departments=tuple(kinds["d"]),
            regions=tuple(kinds["r"]),
            communes=tuple(kinds["c"]),
            people=tuple(kinds["p"]),
            organisations=tuple(kinds["o"]),
            quotes=tuple(kinds["q"]),
            topic=str(answer.intent),
            shown=shown,
            aspect=aspect,
            language=answer.language,
            at=now,
        )

    def _shown(self, answer: Answer) -> tuple[str, ...]:
        """The items of a list answer, in the order the user read them."""
        if answer.intent is Intent.AXES and not answer.about:
            return tuple(f"axis_{x.id}" for x in self._knowledge.axes.items)
        if len(answer.territories) < 2:
            return ()
        names = sorted(answer.territories, key=lambda n: _position(answer.text, n))
        return tuple(f"t_{self._by_name[n].id}" for n in names if n in self._by_name)

    def _resolve(
        self, *, question: str, base: Answer, cues: Cues, context: Context, expired: bool
    ) -> tuple[Answer, str]:
        own_aspect = cues.aspect if base.territories else ""
        if not cues.leans:
            return base, own_aspect
        if base.about:
            if cues.lead_and and not context.empty:
                return self._carry(question=question, base=base, cues=cues, context=context)
            return base, own_aspect
        if context.empty:
            return self._without_context(question=question, base=base, cues=cues, expired=expired)
        resolved = self._refine(question=question, base=base, cues=cues, context=context)
        if resolved is not None:
            return resolved
        if cues.lead_and and base.intent in _WEAK and context.topic:
            again = self._again(question=question, context=context)
            if again is not None:
                return again, context.aspect
        return base, own_aspect

    def _without_context(
        self, *, question: str, base: Answer, cues: Cues, expired: bool
    ) -> tuple[Answer, str]:
        lang = base.language
        if cues.possessive or (cues.detail and base.intent in _WEAK):
            what = "contact" if cues.detail or base.intent is Intent.CONTACTS else "territory"
        elif cues.rank is not None and base.intent in _WEAK:
            what = "list"
        elif cues.one or (
            base.intent in _WEAK and ((cues.short and cues.aspect) or cues.many or cues.lead_and)
        ):
            what = "territory"
        else:
            return base, ""
        if what == "contact" and base.intent is Intent.CONTACTS and not cues.possessive:
            return base, ""
        return self._answers.missing(question=question, what=what, lang=lang, expired=expired), ""

    def _refine(
        self, *, question: str, base: Answer, cues: Cues, context: Context
    ) -> tuple[Answer, str] | None:
        lang = base.language if base.intent not in _WEAK else context.language
        if cues.rank is not None and context.shown:
            picked = _pick(context.shown, cues.rank)
            if picked is not None:
                return self._item(question=question, item=picked, lang=lang), ""
        if cues.detail and (context.people or context.organisations or context.quotes):
            asked = self._contact_detail(question=question, cues=cues, context=context)
            if asked is not None:
                return asked, ""
        territories = self._territories(context)
        if cues.aspect == DEPARTMENTS and context.communes:
            # « c'est dans quel département ? » after a town is about the town.
            territories = ()
        if cues.perimeter and len(territories) == 1 and not cues.aspect:
            answer = self._engine.ask(question=f"périmètre de {territories[0].name}")
            return replace(answer, question=question), ""
        aspect = cues.aspect
        if aspect and territories and (cues.one or cues.many or cues.short or cues.lead_and):
            if cues.lead_and and context.pool and aspect in (NEW, RENEWED, INTERREGIONAL):
                # « et les renouvelés ? » after « lesquels sont nouveaux ? »: the same list.
                territories = self._territories(context, pool=True)
            answer = self._aspect(question=question, among=territories, aspect=aspect, lang=lang)
            return answer, aspect
        subject = _first_subject(context)
        leaning = cues.one or cues.possessive or (cues.short and bool(aspect or cues.laureate))
        replaceable = base.intent in _WEAK or base.intent is Intent.LIST
        if subject and leaning and (replaceable or aspect or cues.laureate):
            again = self._engine.answer_key(key=subject + ("_en" if lang == "en" else ""))
            if again is not None:
                return replace(again, question=question), aspect
        if (cues.one or cues.possessive) and (base.intent in _WEAK or base.territories):
            # « il » that refers to nothing the last answer affirmed: asking beats guessing.
            what = "contact" if cues.detail else "territory"
            return self._answers.missing(question=question, what=what, lang=lang, expired=False), ""
        return None

    def _carry(
        self, *, question: str, base: Answer, cues: Cues, context: Context
    ) -> tuple[Answer, str]:
        """« et Figeac ? »: the last question's detail, asked of a new subject."""
        aspect = cues.aspect or context.aspect
        territories = tuple(self._by_name[n] for n in base.territories if n in self._by_name)
        if aspect and territories:
            answer = self._aspect(
                question=question, among=territories, aspect=aspect, lang=base.language
            )
            return answer, aspect
        if context.topic == str(Intent.CONTACTS) and base.intent is Intent.QUOTES:
            again = self._engine.ask(question=f"{question} contact presse")
            if again.intent is Intent.CONTACTS:
                return replace(again, question=question), ""
        return base, aspect

    def _aspect(
        self, *, question: str, among: tuple[Territory, ...], aspect: str, lang: Language
    ) -> Answer:
        if len(among) == 1 and aspect != COUNT:
            return self._answers.detail(
                question=question, territory=among[0], aspect=aspect, lang=lang
            )
        return self._answers.narrowed(question=question, among=among, aspect=aspect, lang=lang)

    def _item(self, *, question: str, item: str, lang: Language) -> Answer:
        kind, _, ident = item.partition("_")
        if kind == "axis":
            ranks = [x.id for x in self._knowledge.axes.items]
            return self._answers.axis(question=question, rank=ranks.index(ident), lang=lang)
        answer = self._engine.answer_key(key=item + ("_en" if lang == "en" else ""))
        assert answer is not None, item
        return replace(answer, question=question)

    def _contact_detail(self, *, question: str, cues: Cues, context: Context) -> Answer | None:
        k = self._knowledge
        word = "portable" if cues.detail == "phone" else "mail"
        try:
            names = [k.person(i).name for i in context.people] or [
                k.organisation(i).name for i in context.organisations
            ]
            if not names:
                names = [k.quote(i).speaker for i in context.quotes]
        except StopIteration:
            return None
        answer = self._engine.ask(question=f"{word} {' et '.join(names)} contact")
        if answer.intent is not Intent.CONTACTS:
            return None
        return replace(answer, question=question)

    def _again(self, *, question: str, context: Context) -> Answer | None:
        """« et en France ? » after a topic: the topic asked again with the new words."""
        cue = _TOPIC_CUES.get(context.topic)
        if cue is None:
            return None
        answer = self._engine.ask(question=f"{cue} {question}")
        if answer.intent in _WEAK:
            return None
        return replace(answer, question=question)

    def _territories(self, context: Context, *, pool: bool = False) -> tuple[Territory, ...]:
        found = []
        for ident in context.pool if pool else context.territories:
            try:
                found.append(self._knowledge.territory(ident))
            except StopIteration:
                continue
        return tuple(found)


# The words that ask a topic again, for a bare « et … ? » after it.
_TOPIC_CUES = {
    str(Intent.COUNTS): "combien de lauréats",
    str(Intent.FUNDING): "financement",
    str(Intent.CONTACTS): "contacts presse",
    str(Intent.QUOTES): "citation",
    str(Intent.PARTNERS): "partenaires",
    str(Intent.SELECTION): "sélection",
    str(Intent.GOVERNANCE): "gouvernance",
    str(Intent.ANNOUNCEMENT): "annonce",
    str(Intent.AXES): "axes",
    str(Intent.BENEFITS): "avantages",
    str(Intent.PROGRAMME): "programme",
    str(Intent.LIST): "les lauréats",
}


def _position(text: str, name: str) -> int:
    found = text.find(name)
    return found if found >= 0 else len(text)


def _pick(shown: tuple[str, ...], rank: int) -> str | None:
    index = rank - 1 if rank > 0 else len(shown) + rank
    return shown[index] if 0 <= index < len(shown) else None


def _first_subject(context: Context) -> str:
    """The key of what « il » or « c'est » most likely means: the laureate, else the place."""
    for kind, idents in (
        ("t", context.territories[:1] if len(context.territories) == 1 else ()),
        ("c", context.communes),
        ("d", context.departments),
        ("r", context.regions),
        ("p", context.people),
        ("o", context.organisations),
        ("q", context.quotes),
    ):
        if idents:
            return f"{kind}_{idents[0]}"
    return ""
