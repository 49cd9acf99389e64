"""Where answers come from: the sources, with their dates; after an answer, its own, and
whether it is the release's or a source named."""

from __future__ import annotations

import re

from bot.answer import Answer
from bot.answers.common import Base, join, t
from bot.normalize import fold
from bot.understanding.intents import Intent
from bot.understanding.language import Language
from bot.understanding.sourcing import named_source
from bot.understanding.whether import asked_whether

# « c'est sourcé ? », « t'as une source ? », « is that official? »: whether, of the last answer.
_SOURCED = re.compile(
    r"(?:et |mais |donc |bon )?(?:c est|c|ca|tout ca|is (?:that|it|this)|it s|that s|t as|tu as"
    r"|as tu|vous avez|avez vous|ca vient|ca sort|ca figure|does (?:that|it)|do you have"
    r"|you got|got)\b"
)
_RELEASE = re.compile(r"\b(?:communique|press release|release)\b")
# « c'est écrit où ? », « selon qui ? », « c'est à jour ? »: which sources, with their dates,
# not a yes.
_WHERE = re.compile(
    r"\b(?:ou|qui|where|whom|which|quelles?|quand|when|how|comment|a jour|up to date|fiables?"
    r"|reliable|recent\w*)\b"
)


class SourceAnswers(Base):
    """« d'où tu sors ça ? », « c'est écrit dans le communiqué ? », « c'est l'ANCT qui le
    dit ? »."""

    def sources(
        self, *, question: str, lang: Language, last: tuple[str, ...] = (), whether: bool = False
    ) -> Answer:
        """What the bot knows from, with each source's date: « d'où tu sors ça ? »; after an
        answer, that answer's sources first, and, when `whether` it came from them (« le
        communiqué le dit ? »), yes or no before."""
        # (In English, each source as named in English; a section cited after the title
        # stays as written.)
        english = {
            source.title: source.title_en or source.title for source in self.k.sources.values()
        }

        def named(title: str) -> str:
            if lang != "en":
                return title
            found = next((k for k in english if title.startswith(k)), None)
            return title if found is None else english[found] + title[len(found) :]

        # (Who published each: « qui a publié ce communiqué ? » is answered with them.)
        def published(names: list[str]) -> str:
            several = len(names) > 1
            return t(
                lang,
                f" (éditeur{'s' if several else ''} : {join(names, lang)})",
                f" (publisher{'s' if several else ''}: {join(names, lang)})",
            )

        listed = "\n".join(
            f"• {named(source.title)}"
            + (published([str(p) for p in source.publishers]) if source.publishers else "")
            for source in self.k.sources.values()
        )
        before = (
            self._whether_sourced(question, last=last, lang=lang, whether=whether)
            + t(lang, "Ma dernière réponse vient de :\n", "My last answer comes from:\n")
            + "\n".join(f"• {named(source)}" for source in last)
            + "\n\n"
            if last
            else ""
        )
        text = before + t(
            lang,
            f"Je réponds d'après ces sources, et rien d'autre :\n{listed}\nJe ne sais rien de ce "
            "qui a été publié après elles ; pour une information plus récente, adressez-vous aux "
            "services presse.",
            f"I answer from these sources, and nothing else:\n{listed}\nI know nothing published "
            "after them; for more recent information, ask the press offices.",
        )
        return self._topic(
            question=question,
            intent=Intent.SOURCES,
            text=text,
            lang=lang,
            title=t(lang, "Mes sources", "My sources"),
            sources=tuple(source.title for source in self.k.sources.values()),
            buttons=(self._contacts_button(lang),),
        )

    def _whether_sourced(
        self, question: str, *, last: tuple[str, ...], lang: Language, whether: bool
    ) -> str:
        """« c'est sourcé ? »: yes; « c'est écrit dans le communiqué ? »: whether the last
        answer came from the release."""
        folded = fold(question)
        name = named_source(folded)
        if name is not None and not _RELEASE.search(folded):
            return self._whether_named(name, last=last, lang=lang)
        # (« c'est le communiqué qui le dit ? » names it: its « qui » asks no one.)
        if (_WHERE.search(folded) and name is None) or not (
            whether or asked_whether(folded) or _SOURCED.match(folded)
        ):
            return ""
        from_release = [s.startswith(self._release) for s in last]
        if not _RELEASE.search(folded) or all(from_release):
            return t(lang, "Oui. ", "Yes. ")
        if any(from_release):
            # (A laureate's communes, groupings, inhabitants: the release names the laureate,
            # the open data gives the rest.)
            return t(
                lang,
                "Non, pas entièrement : le communiqué nomme les lauréats, le reste vient des "
                "données ouvertes. ",
                "No, not entirely: the press release names the laureates, the rest comes from "
                "open data. ",
            )
        return t(lang, "Non, pas du communiqué. ", "No, not from the press release. ")

    def _whether_named(self, name: str, *, last: tuple[str, ...], lang: Language) -> str:
        """« c'est l'ANCT qui le dit ? »: yes when the last answer is that source's alone, in
        part when it is one of them; a name that is none of the sources is said so."""
        named = {
            source.title
            for source in self.k.sources.values()
            if any(re.search(rf"\b{re.escape(fold(c))}\b", name) for c in source.called)
        }
        if not named:
            return t(
                lang,
                "Ce n'est pas l'une de mes sources. ",
                "That is not one of my sources. ",
            )
        theirs = [any(s.startswith(title) for title in named) for s in last]
        if all(theirs):
            return t(lang, "Oui. ", "Yes. ")
        if any(theirs):
            return t(lang, "Oui, en partie. ", "Yes, in part. ")
        return t(lang, "Non. ", "No. ")
