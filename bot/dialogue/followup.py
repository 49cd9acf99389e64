"""Follow-ups: a question read in the light of the conversation's context.

The engine's stateless answer comes first. A question that names its own subject keeps
that answer (« Quels sont les lauréats de l'Hérault ? » after Alès is about the Hérault),
refined only by its own words (« les nouveaux lauréats du Tarn »). A question that leans
on what came before (a pronoun, « et … ? », a rank, a bare detail) is resolved, either
into a complete question asked again of the engine or into a refinement of the last
answer's subjects. A refinement only states facts of the laureates the last answer
affirmed or showed, so a « non » never becomes a « oui »."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from bot.answer import Answer
from bot.answers.followups import FollowUpAnswers, matches
from bot.dialogue.context import NO_CONTEXT, Context, Turn
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Territory
from bot.normalize import clean, fold
from bot.understanding.cues import DEPARTMENTS, FILTERS, Cues, read_cues
from bot.understanding.intents import Intent
from bot.understanding.language import Language
from bot.understanding.outright import superlative

# Answers that found nothing to say: a follow-up may do better.
# An intercommunality listed by its SIREN, one per line: « la deuxième » is that one.
_LISTED_GROUPING = re.compile(r"^• .*\(SIREN (\d{9})\)", re.MULTILINE)
# « et ça fait combien d'habitants ? »: a measure counted, not the laureates.
_MEASURED = re.compile(
    r"\b(?:habitants?|hab|population|inhabitants|people|residents|communes?|villes?|towns"
    r"|intercos?|intercommunalites?|intercommunalities|groupements?|epcis?)\b"
)
_WEAK = frozenset({Intent.OUT_OF_SCOPE, Intent.EMPTY, Intent.CLARIFY})
# Topics a bare follow-up continues: « après avis de qui ? » after the selection.
_TOPIC_CUES = {
    str(Intent.COUNTS): "combien de lauréats",
    str(Intent.FUNDING): "financement",
    str(Intent.CONTACTS): "contacts presse",
    str(Intent.QUOTES): "citation",
    str(Intent.PARTNERS): "partenaires",
    str(Intent.SELECTION): "sélection des lauréats",
    str(Intent.GOVERNANCE): "gouvernance",
    str(Intent.ANNOUNCEMENT): "annonce",
    str(Intent.AXES): "axes",
    str(Intent.BENEFITS): "avantages",
    str(Intent.ENGINEERING): "ingénierie",
    str(Intent.PROGRAMME): "programme",
    # A topic the engine may name without this module's Intent knowing it.
    "dates": "dates du programme",
}
_TOPIC_CUES_EN = {
    str(Intent.COUNTS): "how many laureates",
    str(Intent.FUNDING): "funding",
    str(Intent.CONTACTS): "press contacts",
    str(Intent.QUOTES): "quote",
    str(Intent.PARTNERS): "partners",
    str(Intent.SELECTION): "selection of the laureates",
    str(Intent.GOVERNANCE): "governance",
    str(Intent.ANNOUNCEMENT): "announcement",
    str(Intent.AXES): "axes",
    str(Intent.BENEFITS): "benefits",
    str(Intent.ENGINEERING): "engineering",
    str(Intent.PROGRAMME): "programme",
    "dates": "programme dates",
}


@dataclass(frozen=True)
class Resolution:
    answer: Answer
    aspect: str = ""
    # The laureates a narrowed or counted answer is about, and the list it came from.
    subjects: tuple[str, ...] | None = None
    pool: tuple[str, ...] | None = None
    # A refinement keeps the list the user picks from: « le troisième » then « le dernier ».
    keeps_shown: bool = False
    shown: tuple[str, ...] | None = None


class Asking(Protocol):
    """What a follow-up asks of the engine, declared here so that the engine, which holds
    the follow-ups, is not imported back."""

    def literal(self, *, question: str) -> Answer: ...

    def answer_key(self, *, key: str) -> Answer | None: ...


class FollowUps:
    """Reads a question with the context of its conversation; pure, like the engine."""

    def __init__(self, *, knowledge: Knowledge, engine: Asking) -> None:
        self._engine = engine
        self._knowledge = knowledge
        self._answers = FollowUpAnswers(knowledge=knowledge)
        self._by_name = {x.name: x for x in knowledge.territories}
        self._all = tuple(x.id for x in knowledge.territories)

    def reply(self, *, question: str, context: Context, now: float) -> Turn:
        expired = context.lapsed or (not context.empty and context.expired(now=now))
        if expired:
            context = NO_CONTEXT
        cues = read_cues(folded=fold(clean(question)))
        base = self._engine.literal(question=question)
        resolved = self._resolve(
            question=question, base=base, cues=cues, context=context, expired=expired
        )
        remembered = self.remember(resolved.answer, aspect=resolved.aspect, now=now)
        if resolved.subjects is not None:
            remembered = replace(remembered, territories=resolved.subjects)
        if resolved.pool is not None:
            remembered = replace(remembered, pool=resolved.pool)
        if resolved.shown is not None:
            remembered = replace(remembered, shown=resolved.shown)
        if resolved.keeps_shown and not remembered.shown:
            remembered = replace(remembered, shown=context.shown)
        return Turn(answer=resolved.answer, context=remembered)

    def alone(self, *, question: str) -> Answer:
        """A question on its own: what its words say, except that « Ariège est un nouveau
        lauréat ? » is answered on that aspect (« Non : … renouvelé »), as in a conversation,
        and never with the card's « Oui » to a question it was not asked."""
        base = self._engine.literal(question=question)
        among = self._named(base.territories)
        subjects = {subject.partition("_")[0] for subject in base.about}
        if (
            len(among) != 1
            or base.intent not in (Intent.LAUREATE, Intent.LIST)
            or len(base.intents) > 1  # a part of it only: the others are answered too
            or not subjects <= {"t", "d"}  # « Port-la-Nouvelle » asks nothing new
        ):
            return base
        cues = read_cues(folded=fold(clean(question)))
        if cues.aspect not in FILTERS or cues.count:
            return base
        return self._aspect(question=question, among=among, aspect=cues.aspect, lang=base.language)

    def reply_key(self, *, key: str, context: Context, now: float) -> Turn | None:
        """A button stands for a typed question: its answer becomes the context."""
        answer = self._engine.answer_key(key=key)
        if answer is None:
            return None
        return Turn(answer=answer, context=self.remember(answer, aspect="", now=now))

    def remember(self, answer: Answer, *, aspect: str, now: float) -> Context:
        """The context an answer leaves: its subjects, the list it showed and where from."""
        kinds: dict[str, list[str]] = {k: [] for k in "tdrcpoq"}
        for subject in answer.about:
            kind, _, ident = subject.partition("_")
            if kind in kinds:
                kinds[kind].append(ident)
        # (A count names the laureates it counted without calling them its subject: they
        # are what « et l'autre ? » after a ranking of them picks from.)
        named = answer.emphasis if answer.intent == Intent.COUNTS else answer.territories
        affirmed = [self._by_name[n].id for n in named if n in self._by_name]
        territories = tuple(dict.fromkeys([*kinds["t"], *affirmed]))
        pool: tuple[str, ...] = ()
        if answer.intent == Intent.LIST and not answer.about:
            pool = self._all  # a list of the whole region, perhaps filtered
        elif kinds["d"] or kinds["r"]:
            pool = territories
        return Context(
            territories=territories,
            departments=tuple(kinds["d"]),
            regions=tuple(kinds["r"]),
            communes=tuple(kinds["c"]),
            people=tuple(kinds["p"]),
            organisations=tuple(kinds["o"]),
            quotes=tuple(kinds["q"]),
            topic=str(answer.intent),
            shown=self._shown(answer),
            aspect=aspect,
            pool=pool,
            language=answer.language,
            at=now,
            affirmed=tuple(affirmed),
            # What « t'es sûr ? » gives again: its words and sources, not its buttons or map.
            last=Answer(
                question="",
                text=answer.text,
                intent=answer.intent,
                language=answer.language,
                territories=answer.territories,
                national_territories=answer.national_territories,
                sources=answer.sources,
                # (What it was about: the intercommunality a ranking put first.)
                about=answer.about,
            ),
        )

    def _shown(self, answer: Answer) -> tuple[str, ...]:
        """The items of a list answer, in the order the user read them."""
        k = self._knowledge
        if answer.intent == Intent.AXES and not answer.about:
            return tuple(f"axis_{x.id}" for x in k.axes.items)
        if answer.intent == Intent.PARTNERS:
            return tuple(f"partner_{i}" for i, _ in enumerate(k.offer.partners.names))
        if answer.intent == Intent.CONTACTS:
            people = [p for p in k.people if p.name in answer.text]
            people.sort(key=lambda p: _position(answer.text, p.name))
            return tuple(f"p_{p.id}" for p in people)
        groupings = _LISTED_GROUPING.findall(answer.text)
        if len(groupings) > 1:
            return tuple(f"e_{siren}" for siren in groupings)
        if len(answer.territories) < 2:
            return ()
        names = sorted(answer.territories, key=lambda n: _position(answer.text, n))
        return tuple(f"t_{self._by_name[n].id}" for n in names if n in self._by_name)

    # -- resolution ------------------------------------------------------------

    def _resolve(
        self, *, question: str, base: Answer, cues: Cues, context: Context, expired: bool
    ) -> Resolution:
        if cues.axis:
            # « le deuxième axe » names its list: the four axes are always the same.
            return Resolution(self.axis(question=question, rank=cues.rank or 1, lang=base.language))
        if not context.empty and cues.rank is not None and context.shown:
            picked = self._picked(question=question, base=base, cues=cues, context=context)
            if picked is not None:
                return picked
        if base.about:
            return self._with_subject(question=question, base=base, cues=cues, context=context)
        if context.empty:
            return self._without_context(question=question, base=base, cues=cues, expired=expired)
        if not cues.leans:
            if base.intent in _WEAK and context.topic in _TOPIC_CUES and cues.brief:
                # « après avis de qui ? » after the selection: the same topic, more of it.
                lang = _language(base, cues, context)
                continued = self._again(question=question, topic=context.topic, lang=lang)
                if continued is not None:
                    return Resolution(continued)
            return self._own(question=question, base=base, cues=cues)
        return self._refine(question=question, base=base, cues=cues, context=context)

    def _own(self, *, question: str, base: Answer, cues: Cues) -> Resolution:
        """A complete question, refined by its own words only: « les nouveaux lauréats du
        Tarn », « combien de nouveaux territoires ? », « Alès est-il nouveau ? »."""
        among = self._named(base.territories)
        if not base.about and cues.noun and cues.aspect in FILTERS and base.intent in _WEAK:
            # « quels lauréats couvrent plusieurs départements ? »: a list the engine has no
            # word for, taken from all the laureates.
            among = self._named_ids(self._all)
            answer = self._answers.narrowed(
                question=question, among=among, aspect=cues.aspect, lang=base.language
            )
            return Resolution(answer, cues.aspect, pool=self._all)
        kinds = {subject.partition("_")[0] for subject in base.about}
        # A town named beside a department is a place's detail only if the department is.
        known = kinds <= {"t", "d"} or (kinds <= {"t", "d", "c"} and "d" in kinds)
        if not among or not known or base.intent not in (Intent.LIST, Intent.LAUREATE):
            return Resolution(base)
        lang = base.language
        pool = self._all if not base.about else _ids(among)
        if cues.count and base.intent == Intent.LIST:
            return self._counted(
                question=question, among=among, aspect=cues.aspect, lang=lang, pool=pool
            )
        # (« Parmi les nouveaux, lequel a le plus de communes ? »: a ranking among them, whose
        # answer stands.)
        ranking = superlative(fold(question)) is not None
        if (
            cues.aspect in FILTERS
            and len(among) > 1
            and all(matches(x, cues.aspect) for x in among)
        ):
            # (« quels sont les nouveaux lauréats ? »: its list is of them already.)
            return Resolution(base, cues.aspect, pool=_ids(among))
        if not ranking and (cues.aspect in FILTERS or (cues.aspect and len(among) == 1)):
            answer = self._aspect(question=question, among=among, aspect=cues.aspect, lang=lang)
            return Resolution(answer, cues.aspect, pool=_ids(among))
        return Resolution(base, cues.aspect)

    def _with_subject(
        self, *, question: str, base: Answer, cues: Cues, context: Context
    ) -> Resolution:
        """The question names its own subject; the context may still frame it."""
        listed = self._territories(context, pool=False)
        codes = tuple(s[2:] for s in base.about if s.startswith("d_"))
        # (« et en Ariège, c'est lequel ? » after a department's laureates asks the same of
        # another department.)
        swapped = cues.lead_and and set(context.departments).isdisjoint(codes)
        if (
            cues.many
            and len(listed) > 1
            and codes
            and len(codes) == len(base.about)
            and not (swapped and context.departments)
        ):
            # « lesquels sont dans le Tarn ? »: the list just shown, kept to the Tarn.
            answer = self._answers.located(
                question=question, among=listed, codes=codes, lang=base.language
            )
            return Resolution(answer, context.aspect, pool=_ids(listed))
        if cues.lead_and and not context.empty:
            return self._carry(question=question, base=base, cues=cues, context=context)
        return self._own(question=question, base=base, cues=cues)

    def _carry(self, *, question: str, base: Answer, cues: Cues, context: Context) -> Resolution:
        """« et Figeac ? »: the last question's detail, asked of a new subject (« et les
        lauréats du Gard ? » asks them all, whatever the last one asked)."""
        aspect = cues.aspect or ("" if cues.noun else context.aspect)
        among = self._named(base.territories)
        lang = base.language
        if (_counts_laureates(question, cues) or context.topic == str(Intent.COUNTS)) and among:
            return self._counted(question=question, among=among, aspect=aspect, lang=lang)
        if aspect and among and (aspect in FILTERS or len(among) == 1):
            answer = self._aspect(question=question, among=among, aspect=aspect, lang=lang)
            return Resolution(answer, aspect, pool=_ids(among))
        if context.topic == str(Intent.CONTACTS) and base.intent == Intent.QUOTES:
            again = self._engine.literal(question=f"{question} contact presse")
            if again.intent == Intent.CONTACTS:
                return Resolution(replace(again, question=question))
        areas = all(s[0] in "dr" for s in base.about)
        was_area = bool(context.departments or context.regions)
        if areas and was_area and context.topic in (str(Intent.LIST), str(Intent.LAUREATE)):
            # The same question of another department keeps its form: a list stays a list.
            return Resolution(replace(base, intent=Intent(context.topic)), aspect)
        return Resolution(base, aspect)

    def _without_context(
        self, *, question: str, base: Answer, cues: Cues, expired: bool
    ) -> Resolution:
        lang = base.language
        # « Vouliez-vous dire … ? » with its choices already says what is missing.
        offers = base.intent == Intent.CLARIFY and bool(base.buttons)
        weak = base.intent in _WEAK and not offers
        vague = weak or (base.intent in (Intent.LIST, Intent.LAUREATE) and not base.about)
        bare = cues.short and bool(cues.aspect) and base.intent != Intent.LIST
        if (cues.possessive and (weak or bool(cues.detail))) or (bool(cues.detail) and weak):
            what = "contact"
        elif cues.rank is not None and (weak or not cues.noun):
            what = "list"
        elif (
            (cues.one and vague and not cues.noun)
            or (weak and (cues.many or cues.lead_and))
            or bare
        ):
            what = "territory"
        elif cues.one and base.intent in (Intent.QUOTES, Intent.CONTACTS) and not base.about:
            # « elle a dit quoi d'autre ? »: someone, but who?
            what = "person"
        else:
            return self._own(question=question, base=base, cues=cues)
        return Resolution(
            self._answers.missing(question=question, what=what, lang=lang, expired=expired)
        )

    def _refine(self, *, question: str, base: Answer, cues: Cues, context: Context) -> Resolution:
        """The question names nothing of its own and leans on the context."""
        lang = _language(base, cues, context)
        if cues.detail and (context.people or context.organisations or context.quotes):
            asked = self._contact_detail(question=question, cues=cues, context=context, lang=lang)
            if asked is not None:
                return Resolution(asked, keeps_shown=True)
        listed = self._territories(context, pool=False)
        if _counts_laureates(question, cues) and (listed or context.pool):
            whole = cues.whole or (cues.aspect in FILTERS and context.topic == str(Intent.COUNTS))
            among = self._named_ids(self._all) if whole else listed
            if cues.aspect in FILTERS and context.pool and not whole:
                among = self._territories(context, pool=True)
            return self._counted(question=question, among=among, aspect=cues.aspect, lang=lang)
        if context.topic == str(Intent.COUNTS) and cues.aspect in FILTERS and context.pool:
            # « et de renouvelés ? » after « combien de nouveaux ? »: counted again.
            among = self._territories(context, pool=True)
            return self._counted(question=question, among=among, aspect=cues.aspect, lang=lang)
        territories = () if cues.aspect == DEPARTMENTS and context.communes else listed
        if not territories and cues.aspect in FILTERS and context.pool:
            # « aucun nouveau ? » after « aucun nouveau dans le Gard »: the same list again.
            territories = self._territories(context, pool=True)
        if cues.perimeter and len(territories) == 1 and not cues.aspect:
            answer = self._engine.literal(question=f"périmètre de {territories[0].name}")
            return Resolution(replace(answer, question=question), keeps_shown=True)
        aspect = cues.aspect
        if aspect and territories and (cues.pronoun or cues.short or cues.lead_and):
            among = territories
            if cues.lead_and and context.pool and aspect in FILTERS:
                # « et les renouvelés ? » after « lesquels sont nouveaux ? »: the same list.
                among = self._territories(context, pool=True)
            answer = self._aspect(question=question, among=among, aspect=aspect, lang=lang)
            return Resolution(answer, aspect, pool=_ids(among), keeps_shown=True)
        subject = _first_subject(context)
        leaning = cues.pronoun or (cues.short and bool(aspect or cues.laureate))
        replaceable = base.intent in _WEAK or base.intent == Intent.LIST
        # « elle est présidente de quoi ? » after a quotation: « elle » is the speaker.
        personal = cues.personal and subject[:1] in ("p", "o", "q") and not base.about
        if subject and leaning and (replaceable or aspect or cues.laureate or personal):
            again = self._engine.answer_key(key=subject + ("_en" if lang == "en" else ""))
            if again is not None:
                return Resolution(replace(again, question=question), aspect, keeps_shown=True)
        # Only « c'est » refers to a topic; « il » refers to a laureate, a place or a person.
        about_topic = cues.one and not cues.personal and cues.brief and not base.about
        if (base.intent in _WEAK or about_topic) and context.topic in _TOPIC_CUES:
            # « c'est pour quelle année ? » after the funding: still the funding.
            continued = self._again(question=question, topic=context.topic, lang=lang)
            if continued is not None:
                return Resolution(continued)
        if cues.pronoun and (base.intent in _WEAK or (base.territories and not base.about)):
            # « il » that refers to nothing the last answer affirmed: asking beats guessing.
            what = "contact" if cues.detail or cues.possessive else "territory"
            return Resolution(
                self._answers.missing(question=question, what=what, lang=lang, expired=False)
            )
        return self._own(question=question, base=base, cues=cues)

    def _picked(
        self, *, question: str, base: Answer, cues: Cues, context: Context
    ) -> Resolution | None:
        """« le troisième », « le dernier est nouveau ? », « le deuxième nom, son portable ? »."""
        rank = cues.rank or 1
        index = rank - 1 if rank > 0 else len(context.shown) + rank
        if not 0 <= index < len(context.shown):
            return None
        item = context.shown[index]
        kind, _, ident = item.partition("_")
        lang = _language(base, cues, context)
        if kind == "axis":
            ranks = [x.id for x in self._knowledge.axes.items]
            answer = self.axis(question=question, rank=ranks.index(ident) + 1, lang=lang)
            return Resolution(answer, keeps_shown=True)
        if kind == "partner":
            partners = self._engine.answer_key(
                key="topic_partners" + ("_en" if lang == "en" else "")
            )
            if partners is None:
                return None
            answer = self._answers.partner(
                partners=replace(partners, question=question), rank=int(ident), lang=lang
            )
            return Resolution(answer, keeps_shown=True)
        if kind == "p" and cues.detail:
            narrowed = replace(context, people=(ident,), organisations=(), quotes=())
            asked = self._contact_detail(question=question, cues=cues, context=narrowed, lang=lang)
            if asked is not None:
                return Resolution(asked, keeps_shown=True)
        if kind == "t" and cues.aspect:
            among = self._named_ids((ident,))
            if among:
                answer = self._aspect(question=question, among=among, aspect=cues.aspect, lang=lang)
                return Resolution(answer, cues.aspect, keeps_shown=True)
        card = self.card(key=item, lang=lang)
        if card is None:
            return None
        return Resolution(replace(card, question=question), keeps_shown=True)

    def card(self, *, key: str, lang: Language) -> Answer | None:
        """The card an answer key stands for (« t_castres »), in `lang`."""
        return self._engine.answer_key(key=key + ("_en" if lang == "en" else ""))

    # -- helpers -----------------------------------------------------------------

    def _aspect(
        self, *, question: str, among: tuple[Territory, ...], aspect: str, lang: Language
    ) -> Answer:
        if len(among) == 1:
            return self._answers.detail(
                question=question, territory=among[0], aspect=aspect, lang=lang
            )
        return self._answers.narrowed(question=question, among=among, aspect=aspect, lang=lang)

    def axis(self, *, question: str, rank: int, lang: Language) -> Answer:
        """An axis by its rank: the card of its own topic where the knowledge has one."""
        items = self._knowledge.axes.items
        index = min(max(rank, 1), len(items)) - 1 if rank > 0 else len(items) + rank
        axis = items[index]
        topic = next(
            (
                topic
                for topic in self._knowledge.topics
                if any(self._knowledge.fact(path) == axis for path in topic.facts)
            ),
            None,
        )
        english = "_en" if lang == "en" else ""
        # (A key's id spells « _ » as « - »: « topic_axis-innovation ».)
        card = (
            None
            if topic is None
            else self._engine.answer_key(key=f"topic_{topic.id.replace('_', '-')}{english}")
        )
        if card is not None:
            return replace(card, question=question)
        return self._answers.axis(question=question, rank=index, lang=lang)

    def _counted(
        self,
        *,
        question: str,
        among: tuple[Territory, ...],
        aspect: str,
        lang: Language,
        pool: tuple[str, ...] | None = None,
    ) -> Resolution:
        """A count: the laureates counted become the list shown, for « le troisième »."""
        answer = self._answers.count(question=question, among=among, aspect=aspect, lang=lang)
        chosen = tuple(x.id for x in among if matches(x, aspect))
        return Resolution(
            answer, aspect, subjects=chosen, pool=pool or _ids(among), shown=_keys(chosen)
        )

    def _contact_detail(
        self, *, question: str, cues: Cues, context: Context, lang: Language
    ) -> Answer | None:
        k = self._knowledge
        word = {
            ("fr", "phone"): "portable",
            ("fr", "email"): "mail",
            ("en", "phone"): "mobile phone",
            ("en", "email"): "email",
        }[(lang, cues.detail or "phone")]
        try:
            names = [k.person(i).name for i in context.people] or [
                k.organisation(i).name for i in context.organisations
            ]
            if not names:
                names = [k.quote(i).speaker for i in context.quotes]
        except StopIteration:
            return None
        joined = (" and " if lang == "en" else " et ").join(names)
        answer = self._engine.literal(
            question=f"{word} of {joined} contact" if lang == "en" else f"{word} {joined} contact"
        )
        if answer.intent != Intent.CONTACTS:
            return None
        return replace(answer, question=question)

    def _again(self, *, question: str, topic: str, lang: Language) -> Answer | None:
        """« après avis de qui ? » after the selection: the topic asked again with the new words."""
        cues = _TOPIC_CUES_EN if lang == "en" else _TOPIC_CUES
        answer = self._engine.literal(question=f"{cues[topic]} {question}")
        if answer.intent in _WEAK or str(answer.intent) != topic:
            return None
        return replace(answer, question=question)

    def _named(self, names: tuple[str, ...]) -> tuple[Territory, ...]:
        return tuple(self._by_name[n] for n in names if n in self._by_name)

    def _named_ids(self, idents: tuple[str, ...]) -> tuple[Territory, ...]:
        found = []
        for ident in idents:
            try:
                found.append(self._knowledge.territory(ident))
            except StopIteration:
                continue
        return tuple(found)

    def _territories(self, context: Context, *, pool: bool) -> tuple[Territory, ...]:
        return self._named_ids(context.pool if pool else context.territories)


def _language(base: Answer, cues: Cues, context: Context) -> Language:
    """The question's language; a word or two (« combien ? », « Mende ? ») says too little,
    and keeps the conversation's."""
    return context.language if cues.words <= 2 and context.language == "en" else base.language


def _keys(idents: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"t_{ident}" for ident in idents) if len(idents) > 1 else ()


def _ids(territories: tuple[Territory, ...]) -> tuple[str, ...]:
    return tuple(x.id for x in territories)


def _position(text: str, name: str) -> int:
    found = text.find(name)
    return found if found >= 0 else len(text)


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


def _counts_laureates(question: str, cues: Cues) -> bool:
    """« combien ? », « et de nouveaux ? »: the laureates counted, unless the words name
    another measure (« et ça fait combien d'habitants ? »)."""
    return cues.count and not _MEASURED.search(fold(clean(question)))
