"""Who said what: the quotation whose words a question shares most, and whether the one
it names said them; and when and where the release and the Assembly were."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer, french
from bot.answers.common import Base, date_text, t
from bot.knowledge.load import Knowledge
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.language import Language

# Words shared this few do not outweigh the office a question names (« qui parle pour la
# Région ? » shares « région » with the prefect's words).
_FEW_SHARED = 1
# Words shorter than this say nothing of which quotation is meant.
_SHORTEST_STEM = 5
# A claim about a saying names shorter words too (« parle-t-elle de l'État ? »).
_SHORTEST_CLAIMED = 4
# The words of a claim a saying must hold for it to bear the claim out: most, as a claim
# rewords (« Delga dit que les lauréats contribuent à l'attractivité des grandes métropoles »
# holds three of five: « Non »).
_BORNE_OUT = 0.75
# Words that say a claim is about a saying, not what it says.
_SAYING_WORDS = frozenset(
    [
        *("dit", "dire", "disait", "parle", "parler", "parlait", "citation", "declare", "affirme"),
        *("evoque", "mentionne", "qualifie", "explique", "insiste", "souligne", "estime"),
        *("propos", "declaration", "phrase", "mots", "vraiment", "exactement", "bien", "ceci"),
        *("prefet", "presidente", "president", "region", "cela"),
        # (« s'est-elle exprimée dans le communiqué ? »: whether she is quoted at all.)
        *("exprime", "exprimee", "commente", "reagi", "cite", "citee", "communique", "quoted"),
        # (The tense a claim is reworded in: « les emplois seraient non délocalisables ».)
        *("sera", "seront", "serait", "seraient", "etait", "etaient", "avait", "avaient"),
        *("aurait", "auraient", "sont", "etre", "avoir"),
    ]
)


def _stems(
    text: str, shortest: int = _SHORTEST_STEM, left_out: frozenset[str] = frozenset()
) -> frozenset[str]:
    """A text's longer words cut to their first letters: « industriel » meets « industrie »."""
    return frozenset(
        word[:_SHORTEST_STEM]
        for word in fold(text).split()
        if len(word) >= shortest and word not in left_out
    )


class Sayings(Base):
    """The quotations and the President's objective, each by its words and its speaker."""

    _composer: Composer

    def __init__(self, *, knowledge: Knowledge) -> None:
        super().__init__(knowledge=knowledge)
        self._sayings: list[tuple[frozenset[str], str, tuple[str, ...]]] = [
            (_stems(quote.text), quote.speaker, (quote.id,)) for quote in knowledge.quotes
        ]
        objective = knowledge.announcement.presidential_objective
        self._sayings.append((_stems(objective.text), objective.speaker, ()))
        # Each quotation's words, short ones too, to check a claim against.
        self._worded = {
            quote.speaker: _stems(quote.text, _SHORTEST_CLAIMED) for quote in knowledge.quotes
        }
        lexicon = knowledge.lexicon
        self._framing = frozenset(
            lexicon.function_words
            | lexicon.topic_stopwords
            | _SAYING_WORDS
            | {
                w
                for q in knowledge.quotes
                for a in (q.speaker, *q.aliases)
                for w in fold(a).split()
            }
        )

    def _borne_out(self, question: str, *, speaker: str, lang: Language) -> bool | None:
        """Whether the one quotation of `speaker` holds most of what a question claims it
        says (« s'est-elle exprimée ? » claims only that she did); None for a claim in
        English, whose words are not hers."""
        claimed = _stems(question, _SHORTEST_CLAIMED, self._framing)
        words = self._worded.get(speaker)
        if words is None or (claimed and lang != "fr"):
            return None
        return len(claimed & words) >= _BORNE_OUT * len(claimed)

    def speaker(self, *, question: str, frame: Frame) -> Answer | None:
        """« qui a dit que l'industrie est un moteur ? »: the saying whose words the question
        shares most, when one clearly does."""
        asked = _stems(question)
        # « c'est le préfet qui a dit … ? »: whether the one named said it.
        claimed = {
            subject_id(s) for s in (*frame.about, *frame.named) if subject_kind(s) == "person"
        }
        ranked = sorted(
            ((len(asked & words), speaker, ids) for words, speaker, ids in self._sayings),
            # (Of sayings sharing as many words, the one named said them: « Delga parle-t-elle
            # d'emplois ? » though the prefect does too.)
            key=lambda item: (-item[0], item[1] not in claimed),
        )
        own = [r for r in ranked if r[1] in claimed and r[2]]
        borne_out = (
            self._borne_out(question, speaker=own[0][1], lang=frame.lang)
            if frame.op == "yesno" and len(own) == 1
            else None
        )
        # (Words another said more of are theirs: the old reading shows whose they are.)
        if borne_out is not None and (borne_out or ranked[0][0] <= own[0][0]):
            # (A claim of what the one named said: checked against her words, which are given.)
            _, speaker, ids = own[0]
            said = self._composer.quotes(question=question, lang=frame.lang, quote_ids=ids)
            opening = (
                t(frame.lang, "Oui : ", "Yes: ") if borne_out else t(frame.lang, "Non : ", "No: ")
            )
            return replace(said, text=opening + said.text)
        tied = len(ranked) > 1 and ranked[1][0] == ranked[0][0] and ranked[0][1] not in claimed
        # (« qui parle au nom de l'État ? »: the one quoted for the office named.)
        offices = {
            o.id for o in self.k.organisations if f"org:{o.name}" in (*frame.about, *frame.named)
        }
        speaking = [q.id for q in self.k.quotes if q.organisation in offices]
        if (
            not claimed
            and frame.op != "yesno"
            and len(speaking) == 1
            # (Unless the words are clearly another's: « qui veut, avec l'État, soutenir des
            # projets ambitieux ? » is Carole Delga's.)
            and (tied or ranked[0][0] <= _FEW_SHARED or ranked[0][2] == tuple(speaking))
        ):
            return self._composer.quotes(
                question=question, lang=frame.lang, quote_ids=tuple(speaking)
            )
        if not ranked or tied:
            return None
        shared, speaker, ids = ranked[0]
        if not shared:
            # (Words no saying shares, asked of one named: « elle parle de tourisme ? » gets
            # « Non » and her words.)
            named = [r for r in ranked if r[1] in claimed and r[2]]
            if frame.op != "yesno" or len(named) != 1:
                return None
            _, speaker, ids = named[0]
        holds = bool(shared) and speaker in claimed
        opening = (
            t(frame.lang, *(("Oui : ", "Yes: ") if holds else ("Non : ", "No: ")))
            if frame.op == "yesno" and claimed
            else ""
        )
        if ids:
            said = self._composer.quotes(question=question, lang=frame.lang, quote_ids=ids)
            return replace(said, text=opening + said.text)
        objective = self.k.announcement.presidential_objective
        text = objective.text_en if frame.lang == "en" else objective.text
        return Answer(
            question=question,
            text=opening + t(frame.lang, f"{speaker} : « {text} »", f"{speaker}: “{text}”"),
            intent="announcement",
            language=frame.lang,
            emphasis=(speaker,),
            sources=self._cite(self.k.announcement.source, objective.section),
        )

    def when_and_where(self, *, question: str, frame: Frame) -> Answer:
        """The General Assembly's day and town, or the release's: both, whichever is asked."""
        lang, announcement = frame.lang, self.k.announcement
        if frame.about == ("assembly",):
            assembly = announcement.assembly
            day, place = date_text(assembly.date, lang), self.with_department(assembly.place)
            text = t(
                lang,
                f"{french.capitalise(assembly.event)} s'est tenue le {assembly.weekday} {day} "
                f"à {place} ; les {assembly.national_laureates} lauréats nationaux y "
                "ont été dévoilés.",
                f"The General Assembly of the Territoires d'industrie was held on "
                f"{assembly.date.strftime('%A')} {day} in {place}; the "
                f"{assembly.national_laureates} national laureates were unveiled there.",
            )
            section = assembly.section
        else:
            release = announcement.press_release
            text = t(
                lang,
                f"Le communiqué est daté du {date_text(release.date, lang)}, à {release.place}.",
                f"The press release is dated {date_text(release.date, lang)}, {release.place}.",
            )
            section = release.section
        return Answer(
            question=question,
            text=text,
            intent="announcement",
            language=lang,
            sources=self._cite(announcement.source, section),
        )
