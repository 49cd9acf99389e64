"""Two territories set against each other on a measure (communes, inhabitants, member
groupings) or on their status: which has more, and, asked yes or no (« X est-il plus peuplé
que Y ? », « même statut ? »), whether the question's claim holds."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers.common import t
from bot.answers.computed import Computed, number, units
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind

# What a yes/no comparison claims of the first named against the second.
_FEWER = re.compile(r"\b(?:moins|less|least|fewer|fewest|smaller|smallest|plus petit\w*)\b")
_MORE = re.compile(r"\b(?:plus|more|bigger|larger|greater|davantage)\b")
_SAME = re.compile(r"\b(?:meme|memes|autant|pareil|egal\w*|same|as many|equal)\b")
# « lequel des deux … ? » asks which, not whether.
_WHICH = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles|qui|which|who)\b")
_MEASURED = frozenset(["communes", "population", "members"])


class Compared(Computed):
    def _compared(self, *, question: str, frame: Frame) -> Answer | None:
        """Exactly two territories (laureates or any of ANCT's) on a measure or a status."""
        if frame.op not in {"compare", "yesno"} or len(frame.about) != 2:
            return None
        kinds = {subject_kind(s) for s in frame.about}
        if not kinds <= {"laureate", "territory"}:
            return None
        if frame.ask in _MEASURED:
            # « X est-il plus peuplé que Y ? » may be read as yes or no: compared all the same.
            return self._on_measure(question=question, frame=frame)
        if frame.op != "compare":
            return None
        if frame.ask == "status" and kinds == {"laureate"} and _SAME.search(self.said(question)):
            return self._same_status(question=question, frame=frame)
        return None

    def _pair(self, frame: Frame) -> list[tuple[str, str, Territory | None]]:
        """(name, ANCT id, laureate or None) of each subject, in the order named."""
        named: list[tuple[str, str, Territory | None]] = []
        perimeters = self.k.perimeters
        for subject in frame.about:
            ident = subject_id(subject)
            if subject_kind(subject) == "laureate":
                laureate = self._by_name[ident]
                named.append((laureate.name, laureate.anct_id, laureate))
            elif perimeters is not None and ident in perimeters.territories:
                named.append((perimeters.territories[ident].name, ident, None))
        return named

    def _on_measure(self, *, question: str, frame: Frame) -> Answer | None:
        named = self._pair(frame)
        measures = [self._measures.get(anct_id) for _, anct_id, _ in named]
        if len(named) != 2 or any(m is None for m in measures):
            return None
        lang, ask, folded = frame.lang, frame.ask, self.said(question)
        (first, _, _), (second, _, _) = named
        a, b = (m.metric(ask) for m in measures if m is not None)
        (a_fr, a_en), (b_fr, b_en) = units(ask, a), units(ask, b)
        facts = t(
            lang,
            f"« {first} » : {number(a, lang)} {a_fr} ; « {second} » : {number(b, lang)} {b_fr}.",
            f"« {first} »: {number(a, lang)} {a_en}; « {second} »: {number(b, lang)} {b_en}.",
        )
        leader = first if a > b else second
        verdict = (
            t(lang, "Autant l'un que l'autre.", "The same for both.")
            if a == b
            else t(lang, f"« {leader} » est le plus peuplé.", f"« {leader} » has more people.")
            if ask == "population"
            else t(lang, f"« {leader} » en a le plus.", f"« {leader} » has more.")
        )
        claim = claim_of(folded)
        if claim is None:
            text = f"{verdict} {facts}"
        else:
            truth = {"same": a == b, "fewer": a < b, "more": a > b}[claim]
            opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
            text = f"{opening}{' :' if lang == 'fr' else ':'} {facts}"
        laureates = [laureate for _, _, laureate in named if laureate is not None]
        return self._answer(question=question, frame=frame, text=text, territories=laureates)

    def _same_status(self, *, question: str, frame: Frame) -> Answer | None:
        lang = frame.lang
        laureates = [laureate for _, _, laureate in self._pair(frame) if laureate is not None]
        truth = laureates[0].status == laureates[1].status
        opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
        lines = "\n".join(self._value_line(laureate, "status", lang) for laureate in laureates)
        return self._answer(
            question=question,
            frame=frame,
            text=f"{opening}{' :' if lang == 'fr' else ':'}\n{lines}",
            territories=laureates,
        )


def claim_of(folded: str) -> str | None:
    """What a yes/no comparison claims of the first subject: « same », « fewer » or
    « more »; None when it claims nothing (« X et Y, combien chacun ? ») or asks which."""
    if _WHICH.search(folded):
        return None
    if _SAME.search(folded):
        return "same"
    if _FEWER.search(folded):
        return "fewer"
    if _MORE.search(folded):
        return "more"
    return None


def ranking(frame: Frame, question: str) -> Frame:
    """« lequel des deux est le plus peuplé ? » over a list: the list ranked."""
    if frame.op != "compare" or frame.ask not in _MEASURED:
        return frame
    return replace(frame, op="least" if _FEWER.search(fold(question)) else "most")
