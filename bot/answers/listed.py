"""Yes or no to whether an organisation is in one of the release's lists: who selected the
laureates (a complete list: « non » is sure), the programme's partners (a list the release
leaves open: only « oui » is), and where the General Assembly was held."""

from __future__ import annotations

from bot.answer import Answer
from bot.answers.common import Base, join, t
from bot.normalize import fold
from bot.understanding.frame import Frame
from bot.understanding.intents import Intent


class Listed(Base):
    def listed(self, *, question: str, frame: Frame) -> Answer | None:
        folded = f" {fold(question)} "
        lang = frame.lang
        if frame.ask == "place" and frame.about == ("assembly",):
            place = self.k.announcement.assembly.place
            truth = f" {fold(place)} " in folded or f" {fold(place).split()[0]} " in folded
            return self._said(
                question=question,
                frame=frame,
                truth=truth,
                text=t(
                    lang,
                    f"l'Assemblée générale s'est tenue à {place}.",
                    f"the General Assembly was held in {place}.",
                ),
            )
        selection, partners = self.k.selection, self.k.offer.partners
        selectors = [*selection.selectors, *selection.selectors_en]
        known = [*selectors, *selection.after_opinion_of, *partners.names]
        named = [name for name in known if f" {_bare(name)} " in folded]
        if not named:
            return None
        if frame.ask == "selection":
            chosen = selection.selectors_en if lang == "en" else selection.selectors
            return self._said(
                question=question,
                frame=frame,
                truth=all(name in selectors for name in named),
                text=t(
                    lang,
                    f"les lauréats ont été sélectionnés au niveau national par {join(list(chosen), lang)}.",
                    f"the laureates were selected nationally by {join(list(chosen), lang)}.",
                ),
            )
        if frame.ask == "partners" and all(name in partners.names for name in named):
            # The release's list ends with « … »: a name missing from it is no « non ».
            return self._said(
                question=question,
                frame=frame,
                truth=True,
                text=t(
                    lang,
                    f"le communiqué cite parmi les partenaires du programme {join(list(partners.names), lang)}.",
                    f"the release names among the programme's partners {join(list(partners.names), lang)}.",
                ),
            )
        return None

    def _said(self, *, question: str, frame: Frame, truth: bool, text: str) -> Answer:
        lang = frame.lang
        opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
        return Answer(
            question=question,
            text=f"{opening}{' :' if lang == 'fr' else ':'} {text}",
            intent=Intent.SELECTION
            if frame.ask == "selection"
            else Intent.PARTNERS
            if frame.ask == "partners"
            else Intent.ANNOUNCEMENT,
            language=lang,
            sources=self._cite(self.k.announcement.source, "communiqué"),
        )


def _bare(name: str) -> str:
    """« l'État » → « etat »: a name as a question may write it, without its article."""
    words = fold(name).split()
    return " ".join(words[1:] if words[:1] in (["l"], ["la"], ["le"], ["the"]) else words)
