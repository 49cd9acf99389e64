"""Two territories set against each other on a measure (communes, inhabitants, member
groupings) or on their status: which has more, and, asked yes or no (« X est-il plus peuplé
que Y ? », « même statut ? »), whether the question's claim holds."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers.common import t
from bot.answers.computed import Computed
from bot.answers.quantities import amount_of, number, units
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.frame import MEASURES, Frame, subject_id, subject_kind

# What a yes/no comparison claims of the first named against the second.
_FEWER = re.compile(r"\b(?:moins|less|least|fewer|fewest|smaller|smallest|plus petit\w*)\b")
_MORE = re.compile(r"\b(?:plus|more|bigger|larger|greater|davantage)\b")
_SAME = re.compile(r"\b(?:meme|memes|autant|pareil|egal\w*|same|as many|equal)\b")
# « lequel des deux … ? » asks which, not whether.
_WHICH = re.compile(r"\b(?:lequel|laquelle|lesquels|lesquelles|qui|which|who)\b")
_MORE_OF = {"population": ("d'habitants", "inhabitants"), "communes": ("de communes", "communes")}


class Compared(Computed):
    def _compared(self, *, question: str, frame: Frame) -> Answer | None:
        """Exactly two territories (laureates or any of ANCT's) on a measure or a status."""
        kinds = {subject_kind(s) for s in frame.about}
        mixed = not kinds <= {"laureate", "territory"}
        # (« qu'est-ce qui est le plus peuplé : le Tarn ou le lauréat Albigeois ? » ranks two
        # places of different kinds: they are compared.)
        ranked = frame.op in {"most", "least"} and mixed and "commune" not in kinds
        if (frame.op not in {"compare", "yesno"} and not ranked) or len(frame.about) != 2:
            return None
        if mixed:
            # « c plus peuplé que le Gers ? » after the Ariège laureate: a laureate, a
            # department or a town, on the measure they share.
            return self._places_compared(question=question, frame=frame)
        if frame.ask in MEASURES:
            # « X est-il plus peuplé que Y ? » may be read as yes or no: compared all the same.
            return self._on_measure(question=question, frame=frame)
        if frame.op != "compare":
            return None
        if frame.ask == "status" and kinds == {"laureate"} and _SAME.search(self.said(question)):
            return self._same_status(question=question, frame=frame)
        return None

    def _pair(self, frame: Frame) -> list[tuple[str, str, Territory | None]]:
        """(name, ANCT id, laureate or None) of each subject, in the order named."""
        return [named for s in frame.about if (named := self._territory_named(s)) is not None]

    def _territory_named(self, subject: str) -> tuple[str, str, Territory | None] | None:
        ident, perimeters = subject_id(subject), self.k.perimeters
        if subject_kind(subject) == "laureate":
            laureate = self._by_name[ident]
            return laureate.name, laureate.anct_id, laureate
        if perimeters is not None and ident in perimeters.territories:
            return perimeters.territories[ident].name, ident, None
        return None

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
            truth = claim_holds(claim, a, b)
            opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
            text = f"{opening}{' :' if lang == 'fr' else ':'} {facts}"
        laureates = [laureate for _, _, laureate in named if laureate is not None]
        return self._answer(question=question, frame=frame, text=text, territories=laureates)

    def _places_compared(self, *, question: str, frame: Frame) -> Answer | None:
        claim = claim_of(self.said(question))
        measured = [self._measured(subject, frame.ask) for subject in frame.about]
        kinds = {subject_kind(s) for s in frame.about}
        if (
            kinds == {"commune"}
            or any(m is None for m in measured)
            # (« des communes de l'Hérault dedans ? » compares nothing.)
            or (frame.op == "yesno" and claim is None)
        ):
            return None
        lang, ((first, a), (second, b)) = frame.lang, (m for m in measured if m is not None)
        (a_fr, a_en), (b_fr, b_en) = units(frame.ask, a), units(frame.ask, b)
        facts = t(
            lang,
            f"{first} : {number(a, lang)} {a_fr} ; {second} : {number(b, lang)} {b_fr}.",
            f"{first}: {number(a, lang)} {a_en}; {second}: {number(b, lang)} {b_en}.",
        )
        if claim is not None:
            truth = claim_holds(claim, a, b)
            opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
            text = f"{opening}{' :' if lang == 'fr' else ':'} {facts}"
        elif a == b:
            text = t(lang, f"Autant l'un que l'autre. {facts}", f"The same for both. {facts}")
        else:
            least = frame.op == "least"
            first_leads = (a < b) if least else (a > b)
            leader = frame.about[0 if first_leads else 1]
            # (« le Gers (32) », with its article, as the sentence's subject.)
            leader = (
                self._the_department(subject_id(leader))
                if subject_kind(leader) == "department" and lang == "fr"
                else first
                if first_leads
                else second
            )
            unit_fr, unit_en = _MORE_OF[frame.ask]
            text = t(
                lang,
                f"Des deux, {leader} compte le {'moins' if least else 'plus'} {unit_fr}. {facts}",
                f"Of the two, {leader} has {'fewer' if least else 'more'} {unit_en}. {facts}",
            )
        laureates = [self._by_name[subject_id(s)] for s in frame.about if s.startswith("laureate:")]
        return self._answer(question=question, frame=frame, text=text, territories=laureates)

    def _measured(self, subject: str, ask: str) -> tuple[str, int] | None:
        """A place as answers name it, and its inhabitants or communes (Etalab's division,
        over ANCT's perimeters for a territory); None when it has no such measure."""
        kind, ident, places = subject_kind(subject), subject_id(subject), self.k.places
        if ask not in {"population", "communes"} or places is None:
            return None
        if kind in {"laureate", "territory"}:
            named = self._territory_named(subject)
            measure = self._measures.get(named[1]) if named is not None else None
            return (
                None
                if measure is None or named is None
                else (f"« {named[0]} »", measure.metric(ask))
            )
        if kind == "department" and ident in places.departments:
            return self.department_label(ident), amount_of(ask, places.by_department.get(ident, ()))
        town = places.find(ident) if kind == "commune" else None
        if town is None or ask != "population":
            return None
        return f"{town.name} ({town.department})", town.population

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


def claim_holds(claim: str, first: int, second: int) -> bool:
    """Whether a claim read by `claim_of` holds of the first value against the second."""
    return {"same": first == second, "fewer": first < second, "more": first > second}[claim]


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
    if frame.op != "compare" or frame.ask not in MEASURES:
        return frame
    return replace(frame, op="least" if _FEWER.search(fold(question)) else "most")
