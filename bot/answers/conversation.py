"""Greeting, help, thanks, and what the bot says when it cannot help."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer, Button
from bot.answers.common import Base, key, t
from bot.understanding.intents import Intent
from bot.understanding.language import Language


class ConversationAnswers(Base):
    """The conversation around the facts."""

    def help(self, *, question: str, lang: Language, intent: Intent = Intent.HELP) -> Answer:
        greeting = t(lang, "Bonjour ! ", "Hello! ") if intent is Intent.GREETING else ""
        text = greeting + t(
            lang,
            "Je réponds aux questions sur le programme « Territoires d'industrie » 2023-2027 et ses 15 lauréats "
            "en Occitanie (communiqué du 14 novembre 2023) : la liste des lauréats, si une commune ou un "
            "département est concerné, les 4 axes, ce qu'apporte le programme, le financement, la sélection "
            "et les contacts presse.\n\nExemples : « Alès est-il lauréat ? », « les lauréats du Tarn », "
            "« quels financements ? », « contact presse ».",
            "I answer questions about the « Territoires d'industrie » programme 2023-2027 and its 15 laureates "
            "in Occitanie (press release of 14 November 2023): the list of laureates, whether a town or a "
            "department is covered, the 4 axes, what laureates get, funding, selection and press contacts.\n\n"
            "Examples: « Is Castres covered? », « laureates in the Tarn », « what funding is available? », "
            "« press contacts ».",
        )
        return Answer(
            question=question,
            text=text,
            intent=intent,
            language=lang,
            title=t(lang, "Aide", "Help"),
            buttons=self.topic_buttons(lang),
        )

    def confirmed(self, answer: Answer, *, question: str) -> Answer:
        """The last answer given again when asked « t'es sûr ? », said to be the sources'."""
        lang = answer.language
        note = t(
            lang,
            "Je le confirme : c'est ce que disent mes sources",
            "I confirm it: this is what my sources say",
        )
        # Its own sources, or else all of them, with their dates.
        sources = answer.sources or tuple(source.title for source in self.k.sources.values())
        cited = "\n".join(f"• {source}" for source in sources)
        return replace(
            answer,
            question=question,
            text=f"{answer.text}\n\n{note}{' :' if lang == 'fr' else ':'}\n{cited}",
        )

    def welcome(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Bonjour ! Je connais les 15 lauréats « Territoires d'industrie » 2023-2027 en Occitanie.\n"
            "Demandez-moi si une commune ou un département est concerné, les axes, le financement ou les contacts presse.",
            "Hello! I know the 15 « Territoires d'industrie » laureates for 2023-2027 in Occitanie.\n"
            "Ask me whether a town or department is covered, the axes, funding or press contacts.",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.GREETING,
            language=lang,
            title=t(lang, "Bienvenue", "Welcome"),
            buttons=self.topic_buttons(lang),
        )

    def topic_buttons(self, lang: Language) -> tuple[Button, ...]:
        return (
            Button(t(lang, "Les lauréats", "Laureates"), key("topic", "list", lang)),
            Button(t(lang, "Les 4 axes", "The 4 axes"), key("topic", "axes", lang)),
            Button(t(lang, "Financement", "Funding"), key("topic", "funding", lang)),
            self._contacts_button(lang),
        )

    def thanks(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Avec plaisir ! Une autre question sur Territoires d'industrie en Occitanie ?",
            "You're welcome! Anything else about « Territoires d'industrie » in Occitanie?",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.THANKS,
            language=lang,
            title=t(lang, "Merci", "Thanks"),
        )

    def out_of_scope(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Cette question est hors de mon domaine : je ne connais que le programme « Territoires d'industrie » "
            "2023-2027 et ses 15 lauréats en Occitanie, d'après le communiqué du 14 novembre 2023 : la liste des "
            "lauréats, les communes et départements concernés, les axes, le financement, la sélection et les "
            "contacts presse.",
            "This is outside what I know: I only know about the « Territoires d'industrie » programme 2023-2027 "
            "and its 15 laureates in Occitanie, from the press release of 14 November 2023: the list of "
            "laureates, the towns and departments covered, the axes, funding, selection and press contacts.",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.OUT_OF_SCOPE,
            language=lang,
            title=t(lang, "Hors sujet", "Out of scope"),
            confidence=0.0,
            buttons=self.topic_buttons(lang),
        )

    def rephrase(self, *, question: str, lang: Language) -> Answer:
        """A follow-up with nothing to refer to, or words too vague to pick a topic."""
        text = t(
            lang,
            "Je ne suis pas sûr de comprendre de quoi vous parlez. Pouvez-vous préciser : un "
            "territoire, une commune, ou un sujet (axes, financement, sélection, contacts presse) ?",
            "I am not sure what you are referring to. Could you say more: a territory, a town, or a "
            "subject (axes, funding, selection, press contacts)?",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.CLARIFY,
            language=lang,
            title=t(lang, "Pouvez-vous préciser ?", "Could you say more?"),
            confidence=0.3,
            buttons=self.topic_buttons(lang),
        )

    def empty(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Posez-moi une question sur les lauréats « Territoires d'industrie » en Occitanie, par exemple : « Figeac est-il lauréat ? »",
            "Ask me about the « Territoires d'industrie » laureates in Occitanie, for example: « Is Figeac covered? »",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.EMPTY,
            language=lang,
            title=t(lang, "Aide", "Help"),
            confidence=0.0,
            buttons=self.topic_buttons(lang),
        )
