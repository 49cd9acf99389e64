"""Answers about the programme: axes, benefits, funding, selection, governance, quotations, dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.answer import Answer, Button
from bot.answers import french
from bot.answers.common import asks_a_value, date_text, join, key, t, whether
from bot.answers.sourced import SourceAnswers
from bot.knowledge import facts
from bot.knowledge.schema import Axis, Topic
from bot.normalize import fold
from bot.understanding.intents import Intent
from bot.understanding.language import Language
from bot.understanding.whether import ASKING_WHAT

# The release gives the weekday in French; English answers need it translated.
_WEEKDAYS_EN = {"jeudi": "Thursday"}
# Titles of the topics written in code, for buttons and « Vouliez-vous dire ».
_TITLES = {
    "programme": ("Le programme", "The programme"),
    "axes": ("Les 4 axes", "The 4 axes"),
    "axis_skills": ("Axe compétences", "Skills axis"),
    "axis_innovation": ("Axe innovation", "Innovation axis"),
    "axis_land": ("Axe foncier", "Land axis"),
    "axis_decarbonisation": ("Axe décarbonation", "Decarbonisation axis"),
    "benefits": ("Ce qu'apporte le programme", "What laureates get"),
    "funding": ("Financement", "Funding"),
    "partners": ("Partenaires", "Partners"),
    "engineering": ("Ingénierie", "Engineering"),
    "selection": ("La sélection", "Selection"),
    "governance": ("Gouvernance", "Governance"),
    "quotes": ("Citations", "Quotes"),
    "announcement": ("L'annonce", "The announcement"),
    "dates": ("Les dates du programme", "The programme's timeline"),
    "counts": ("Chiffres clés", "Key figures"),
    "contacts": ("Contacts presse", "Press contacts"),
    "press_kit": ("Dossier de presse", "Press kit"),
    "application": ("Candidater", "Applying"),
    "not_in_release": ("Hors du communiqué", "Not in the press release"),
    "list": ("Les lauréats", "The laureates"),
}


# Words are compared by their first letters (« formation », « formations »); shorter ones
# (« un », « des ») say nothing of an axis.
_STEM = 5
_SHORT_WORD = 2
_ASKS_WHAT = re.compile(r"(?:que|qu|quoi|comment|what|how)\b")


class TopicAnswers(SourceAnswers):
    """One answer per topic of the release."""

    def programme(self, *, question: str, lang: Language) -> Answer:
        p, a = self.k.programme, self.k.announcement
        description = p.description_en if lang == "en" else p.description
        text = t(
            lang,
            f"{description} Sa deuxième phase couvre la période {p.phase.period}. "
            f"En Occitanie, {a.regional_laureates} territoires sont lauréats ({a.renewed} renouvelés, {a.new} nouveaux) ; "
            f"{a.assembly.national_laureates} au niveau national.",
            f"{description} Its second phase covers {p.phase.period}. "
            f"In Occitanie, {a.regional_laureates} territories are laureates ({a.renewed} renewed, {a.new} new); "
            f"{a.assembly.national_laureates} nationwide.",
        )
        buttons = (
            Button(t(lang, "Les 4 axes", "The 4 axes"), key("topic", "axes", lang)),
            Button(t(lang, "Les lauréats", "The laureates"), key("topic", "list", lang)),
            Button(t(lang, "Financement", "Funding"), key("topic", "funding", lang)),
        )
        return self._topic(
            question=question,
            intent=Intent.PROGRAMME,
            text=text,
            lang=lang,
            title="Territoires d'industrie",
            sources=self._cite(p.source, p.section),
            buttons=buttons,
        )

    def axes(self, *, question: str, lang: Language) -> Answer:
        items = self.k.axes.items
        lines = "\n".join(
            f"{i}. {axis.label_en if lang == 'en' else axis.label}"
            for i, axis in enumerate(items, 1)
        )
        text = t(
            lang,
            f"Pour {self.k.programme.phase.period}, le programme vise à apporter des réponses concrètes à {len(items)} axes :\n{lines}",
            f"For {self.k.programme.phase.period}, the programme aims to bring concrete answers on {len(items)} axes:\n{lines}",
        )
        return self._topic(
            question=question,
            intent=Intent.AXES,
            text=text,
            lang=lang,
            title=t(lang, "Les 4 axes", "The 4 axes"),
            sources=self._cite(self.k.axes.source, self.k.axes.section),
        )

    def benefits(self, *, question: str, lang: Language) -> Answer:
        b, o = self.k.benefits, self.k.offer
        items = b.items_en if lang == "en" else b.items
        lines = "\n".join(f"• {item}" for item in items)
        offer = self._offer_sentence(lang)
        text = t(
            lang,
            f"Être lauréat « Territoire d'industrie », c'est notamment bénéficier de :\n{lines}\n\n{offer}"
            "\n\nCes moyens vont aux territoires lauréats : le communiqué ne précise pas d'aide "
            "directe aux entreprises.",
            f"Being a « Territoire d'industrie » laureate brings in particular:\n{lines}\n\n{offer}"
            "\n\nThese go to the laureate territories: the press release does not give any direct "
            "aid to companies.",
        )
        return self._topic(
            question=question,
            intent=Intent.BENEFITS,
            text=text,
            lang=lang,
            title=t(lang, "Ce qu'apporte le programme", "What laureates get"),
            sources=(*self._cite(b.source, b.section), *self._cite(o.source, o.section)),
        )

    def _offer_sentence(self, lang: Language) -> str:
        o = self.k.offer
        partners = ", ".join(o.partners.names)
        if lang == "en":
            return (
                f"The new offer of services provides: {o.en.project_manager}; a national envelope of "
                f"{o.envelope.amount} planned for {o.envelope.year} for {o.en.purpose}; {o.en.engineering}; "
                f"{o.en.partners_intro} ({partners}…)."
            )
        return (
            f"La nouvelle offre de services prévoit : {o.project_manager} ; une enveloppe nationale de "
            f"{o.envelope.amount} prévue en {o.envelope.year} pour {o.envelope.purpose} ; {o.engineering} ; "
            f"{o.partners.intro} ({partners}…)."
        )

    def funding(self, *, question: str, lang: Language) -> Answer:
        o = self.k.offer
        text = t(
            lang,
            f"Une enveloppe nationale de {o.envelope.amount} est prévue en {o.envelope.year} pour {o.envelope.purpose}. "
            f"Les lauréats peuvent aussi bénéficier du {o.project_manager.removeprefix('le ')}, {o.engineering} "
            f"et de l'accès aux moyens des partenaires ({', '.join(o.partners.names)}…). "
            "Le communiqué ne précise pas de montant par territoire.",
            f"A national envelope of {o.envelope.amount} is planned for {o.envelope.year} for {o.en.purpose}. "
            f"Laureates can also benefit from {o.en.project_manager}, {o.en.engineering} and access to the "
            f"partners' resources ({', '.join(o.partners.names)}…). The press release does not give an amount per territory.",
        )
        return self._topic(
            question=question,
            intent=Intent.FUNDING,
            text=text,
            lang=lang,
            title=t(lang, "Financement", "Funding"),
            sources=self._cite(o.source, o.section),
        )

    def partners(self, *, question: str, lang: Language) -> Answer:
        o = self.k.offer
        names = join(list(o.partners.names), lang)
        partial = (
            ""
            if o.partners.complete
            else t(
                lang,
                " (le communiqué cite ces exemples, la liste n'est pas close)",
                " (the press release gives these as examples, not a full list)",
            )
        )
        text = t(
            lang,
            f"Les lauréats ont accès aux moyens des partenaires du programme sur leurs expertises, notamment {names}{partial}.",
            f"Laureates get {o.en.partners_intro}, notably {names}{partial}.",
        )
        return self._topic(
            question=question,
            intent=Intent.PARTNERS,
            text=text,
            lang=lang,
            title=t(lang, "Partenaires", "Partners"),
            sources=self._cite(o.source, o.section),
        )

    def engineering(self, *, question: str, lang: Language) -> Answer:
        o = self.k.offer
        text = t(
            lang,
            f"Les lauréats bénéficient d'une offre complète d'ingénierie : {o.engineering} et {o.project_manager}.",
            f"Laureates get a complete engineering offer: {o.en.engineering} and {o.en.project_manager}.",
        )
        return self._topic(
            question=question,
            intent=Intent.ENGINEERING,
            text=text,
            lang=lang,
            title=t(lang, "Ingénierie", "Engineering"),
            sources=self._cite(o.source, o.section),
        )

    def selection(self, *, question: str, lang: Language) -> Answer:
        s = self.k.selection
        if lang == "en":
            text = (
                f"Nationwide, the laureates were selected by {join(list(s.selectors_en), lang)}, in the new selection "
                f"phase of the programme, after the opinions of {join(list(s.after_opinion_of_en), lang)}."
            )
        else:
            opinions = join([_des(x) for x in s.after_opinion_of], lang)
            text = (
                f"Au niveau national, les lauréats ont été retenus par {join(list(s.selectors), lang)}, dans le cadre "
                f"de {s.context}, après avis {opinions}."
            )
        return self._topic(
            question=question,
            intent=Intent.SELECTION,
            text=text,
            lang=lang,
            title=t(lang, "La sélection", "Selection"),
            sources=self._cite(s.source, s.section),
        )

    def governance(self, *, question: str, lang: Language) -> Answer:
        g = self.k.governance
        text = t(
            lang,
            f"En Occitanie, le programme est copiloté par {join(list(g.copilots), lang)}, et s'appuie sur {g.local}.",
            f"In Occitanie, the programme is co-steered by {join(list(g.copilots_en), lang)}, and relies on {g.local_en}.",
        )
        return self._topic(
            question=question,
            intent=Intent.GOVERNANCE,
            text=text,
            lang=lang,
            title=t(lang, "Gouvernance", "Governance"),
            sources=self._cite(g.source, g.section),
        )

    def quotes(self, *, question: str, lang: Language, quote_ids: tuple[str, ...] = ()) -> Answer:
        chosen = [self.k.quote(i) for i in quote_ids] or list(self.k.quotes)
        parts = [
            f"{q.speaker}, {t(lang, q.role, q.role_en)}{t(lang, ' :', ':')}\n« {q.text} »"
            for q in chosen
        ]
        intro = t(lang, "", "Quoted in French, as published:\n\n")
        answer = self._topic(
            question=question,
            intent=Intent.QUOTES,
            text=intro + "\n\n".join(parts),
            lang=lang,
            title=t(lang, "Citations", "Quotes") if len(chosen) > 1 else chosen[0].speaker,
            sources=tuple(self.k.cite(q.source, q.section) for q in chosen),
        )
        # (One quotation is what « et l'autre citation ? » goes on from.)
        about = (f"q_{chosen[0].id}",) if len(chosen) == 1 else ()
        return replace(answer, emphasis=tuple(q.speaker for q in chosen), about=about)

    def announcement(self, *, question: str, lang: Language) -> Answer:
        a = self.k.announcement
        asm, pr, obj = a.assembly, a.press_release, a.presidential_objective
        text = t(
            lang,
            f"Les {asm.national_laureates} nouveaux lauréats nationaux ont été dévoilés le {asm.weekday} "
            f"{date_text(asm.date, lang)} à {asm.place}, lors de {asm.event}. Les {a.regional_laureates} lauréats "
            f"d'Occitanie ont été présentés par communiqué de presse à {pr.place} le {date_text(pr.date, lang)}. "
            f"Ces annonces s'inscrivent dans l'objectif annoncé par {obj.speaker} le {date_text(obj.date, lang)} : "
            f"{obj.text}.",
            f"The {asm.national_laureates} new laureates nationwide were unveiled on "
            f"{_WEEKDAYS_EN.get(asm.weekday, asm.weekday)} {date_text(asm.date, lang)} in {asm.place}, at the "
            f"general assembly of the « Territoires d'industrie ». The {a.regional_laureates} Occitanie laureates "
            f"were presented in a press release in {pr.place} on {date_text(pr.date, lang)}. This is part of the "
            f"objective set by the President of the Republic on {date_text(obj.date, lang)}: {obj.text_en}.",
        )
        return self._topic(
            question=question,
            intent=Intent.ANNOUNCEMENT,
            text=text,
            lang=lang,
            title=t(lang, "L'annonce", "The announcement"),
            sources=tuple(self.k.cite(a.source, s) for s in (asm.section, pr.section, obj.section)),
        )

    def counts(self, *, question: str, lang: Language) -> Answer:
        a = self.k.announcement
        interregional = sum(x.interregional for x in self.k.territories)
        text = t(
            lang,
            f"En Occitanie : {a.regional_laureates} lauréats, dont {a.renewed} territoires renouvelés et {a.new} nouveaux ; "
            f"{interregional} sont interrégionaux. Des lauréats sont présents dans tous les départements de la région. "
            f"Au niveau national : {a.assembly.national_laureates} lauréats pour la deuxième phase (2023-2027).",
            f"In Occitanie: {a.regional_laureates} laureates, {a.renewed} renewed territories and {a.new} new ones; "
            f"{interregional} are interregional. Every department of the region has a laureate. "
            f"Nationwide: {a.assembly.national_laureates} laureates for the second phase (2023-2027).",
        )
        return self._topic(
            question=question,
            intent=Intent.COUNTS,
            text=text,
            lang=lang,
            title=t(lang, "Chiffres clés", "Key figures"),
            sources=(self._release,),
        )

    def press_kit(self, *, question: str, lang: Language) -> Answer:
        """The release links the national press kit, but the link was lost: say so, and who has it."""
        a, office = self.k.announcement, self.k.organisations[0]
        reach = f"{office.email}, {', '.join(office.phones)}"
        text = t(
            lang,
            f"Le communiqué renvoie au {a.press_kit.removeprefix('le ')}, mais ma source ne donne "
            f"pas l'adresse de ce lien. Le service presse peut vous le transmettre : "
            f"{office.name}, {reach}.",
            f"The press release points to the national press kit, which lists the "
            f"{a.assembly.national_laureates} laureates, but my source does not give the link itself. "
            f"The press office can send it: {office.name}, {reach}.",
        )
        return self._topic(
            question=question,
            intent=Intent.PRESS_KIT,
            text=text,
            lang=lang,
            title=t(lang, "Dossier de presse", "Press kit"),
            sources=(self.k.cite(a.source, a.assembly.section),),
            buttons=(self._contacts_button(lang),),
        )

    def application(self, *, question: str, lang: Language) -> Answer:
        """Candidacies: the release announces a selection already made and says nothing of applying."""
        s = self.k.selection
        selectors = join(list(s.selectors_en if lang == "en" else s.selectors), lang)
        text = t(
            lang,
            "Le communiqué ne précise pas de procédure de candidature : il annonce les 15 lauréats "
            f"retenus pour 2023-2027 en Occitanie, sélectionnés au niveau national par {selectors}. "
            "Pour une autre question, adressez-vous au service presse.",
            "The press release does not give an application procedure: it announces the 15 laureates "
            f"chosen for 2023-2027 in Occitanie, selected nationwide by {selectors}. For anything "
            "else, ask the press office.",
        )
        return self._topic(
            question=question,
            intent=Intent.APPLICATION,
            text=text,
            lang=lang,
            title=t(lang, "Candidater", "Applying"),
            sources=self._cite(s.source, s.section),
            buttons=(
                Button(t(lang, "La sélection", "Selection"), key("topic", "selection", lang)),
                self._contacts_button(lang),
            ),
        )

    def topic_title(self, topic: str, lang: Language) -> str:
        if topic in _TITLES:
            return t(lang, *_TITLES[topic])
        written = self.k.topic(topic).answer
        return written.title if written is not None and written.title else topic

    def axis(self, *, question: str, topic: Topic, lang: Language) -> Answer:
        """One axis: the release names it, among the four, without detailing its measures."""
        items = self.k.axes.items
        axis = next(value for path in topic.facts if isinstance(value := self.k.fact(path), Axis))
        number = items.index(axis) + 1
        others = "\n".join(
            f"{i}. {a.label_en if lang == 'en' else a.label}"
            for i, a in enumerate(items, 1)
            if a != axis
        )
        period = self.k.programme.phase.period
        # (« Oui » answers whether it is an axis; « quelle zone est la moins chère ? » asks
        # a value, which no « Oui » answers.)
        what = asks_a_value(question) or bool(_ASKS_WHAT.match(fold(question)))
        yes = t(lang, "Oui : ", "Yes: ") if not what else ""
        if yes and self._beyond_axis(question, topic=topic, axis=axis):
            # (« Le logement des salariés, c'est un des axes ? »: « salariés » is the first
            # axis's word, « logement » no axis's.)
            return whether(self.axes(question=question, lang=lang), holds=False)
        label = axis.label if yes else french.capitalise(axis.label)
        label_en = axis.label_en if yes else axis.label_en[:1].upper() + axis.label_en[1:]
        text = t(
            lang,
            f"{yes}{label} est l'un des {len(items)} axes (n° {number}) auxquels le programme "
            f"« Territoires d'industrie » vise à apporter des réponses concrètes pour {period}. "
            "Le communiqué ne détaille pas les mesures prévues sur cet axe ; pour un projet précis, "
            f"adressez-vous aux services presse.\n\nLes autres axes :\n{others}",
            f"{yes}{label_en} is one of the programme's {len(items)} axes (no. {number}) for "
            f"{period}. The press release does not detail the measures planned on this axis; for a "
            f"specific project, ask the press offices.\n\nThe other axes:\n{others}",
        )
        answer = self._topic(
            question=question,
            intent=topic.id,
            text=text,
            lang=lang,
            title=self.topic_title(topic.id, lang),
            sources=self._cite(self.k.axes.source, self.k.axes.section),
            buttons=(
                Button(t(lang, "Les 4 axes", "The 4 axes"), key("topic", "axes", lang)),
                Button(t(lang, "Financement", "Funding"), key("topic", "funding", lang)),
                self._contacts_button(lang),
            ),
        )
        return replace(answer, emphasis=(axis.label_en if lang == "en" else axis.label,))

    def _beyond_axis(self, question: str, *, topic: Topic, axis: Axis) -> bool:
        """Whether a question claiming something is an axis (« …, c'est un des axes ? »)
        names more than the axis its words lead to: a word neither of the axis nor of what
        names the axes, nor one a claim is wrapped in."""
        lexicon = self.k.lexicon
        folded = fold(question)
        words = lexicon.apply_synonyms(folded).split()
        naming = {fold(term) for term in self.k.topic("axes").terms}
        if not naming.intersection(words) or _ASKS_WHAT.match(folded) or ASKING_WHAT.search(folded):
            # (« Que prévoit l'axe innovation ? » asks what it is.)
            return False
        ignored = (
            lexicon.function_words
            | lexicon.topic_stopwords
            | lexicon.question_words
            | lexicon.claim_fillers
            | naming
        )
        known = {
            word[:_STEM]
            for text in (*topic.terms, axis.label, axis.label_en)
            for word in fold(text).split()
        }
        return any(
            word[:_STEM] not in known
            for word in words
            if word not in ignored and len(word) > _SHORT_WORD and not word.isdigit()
        )

    def dates(self, *, question: str, lang: Language) -> Answer:
        p, a = self.k.programme, self.k.announcement
        obj, asm = a.presidential_objective, a.assembly
        text = t(
            lang,
            f"Le programme « Territoires d'industrie » a été initié en {p.launched}. Sa deuxième phase "
            f"couvre la période {p.phase.period} ; ses lauréats ont été dévoilés le "
            f"{date_text(asm.date, lang)}. Elle s'inscrit dans l'objectif annoncé par {obj.speaker} "
            f"le {date_text(obj.date, lang)} : {obj.text}.",
            f"The « Territoires d'industrie » programme was launched in {p.launched}. Its second phase "
            f"covers {p.phase.period}; its laureates were unveiled on {date_text(asm.date, lang)}. It is "
            f"part of the objective set by the President of the Republic on {date_text(obj.date, lang)}: "
            f"{obj.text_en}.",
        )
        return self._topic(
            question=question,
            intent=Intent.DATES,
            text=text,
            lang=lang,
            title=self.topic_title("dates", lang),
            sources=(
                self.k.cite(p.source, p.section),
                self.k.cite(a.source, obj.section),
            ),
            buttons=(
                Button(
                    t(lang, "L'annonce", "The announcement"), key("topic", "announcement", lang)
                ),
                Button(t(lang, "Le programme", "The programme"), key("topic", "programme", lang)),
            ),
        )

    def not_in_release(self, *, question: str, lang: Language) -> Answer:
        """What the release does not give: say so, say what it is, and whom to ask."""
        pr, envelope = self.k.announcement.press_release, self.k.offer.envelope
        count = self.k.announcement.regional_laureates
        # French sets a space before « ; », English does not.
        offices = t(lang, " ; ", "; ").join(
            f"{o.name} ({o.service.lower()}), {o.email}, {', '.join(o.phones)}"
            for o in self.k.organisations
        )
        text = t(
            lang,
            f"Le communiqué du {date_text(pr.date, lang)} ne le dit pas : il annonce les {count} "
            "lauréats d'Occitanie pour 2023-2027, les axes du programme et son offre de services "
            f"(dont une enveloppe nationale de {envelope.amount} prévue en {envelope.year}), mais ne "
            "donne ni budget ultérieur, ni résultat, ni évaluation, ni montant ou projet par "
            f"territoire. Pour cette information, adressez-vous aux services presse : {offices}.",
            f"The press release of {date_text(pr.date, lang)} does not say: it announces the {count} "
            "Occitanie laureates for 2023-2027, the programme's axes and its offer of services "
            f"(including a national envelope of {envelope.amount} planned for {envelope.year}), but "
            "gives no later budget, no results, no assessment, and no amount or project per "
            f"territory. For this, ask the press offices: {offices}.",
        )
        return self._topic(
            question=question,
            intent=Intent.NOT_IN_RELEASE,
            text=text,
            lang=lang,
            title=self.topic_title("not_in_release", lang),
            sources=(self._release,),
            buttons=(
                self._contacts_button(lang),
                Button(t(lang, "Financement", "Funding"), key("topic", "funding", lang)),
            ),
        )

    def written(self, *, question: str, topic: Topic, lang: Language) -> Answer:
        """A topic whose answer a press officer wrote in topics.yaml, its facts filled in."""
        written = topic.answer
        assert written is not None
        english = lang == "en" and written.text_en is not None
        text = written.text_en if english and written.text_en else written.text
        filled = facts.fill(text, self.k, render=lambda value: _render(value, lang))
        return self._topic(
            question=question,
            intent=topic.id,
            text=" ".join(filled.split()) if "\n" not in filled.strip() else filled.strip(),
            lang=lang,
            title=written.title or topic.id,
            sources=self._cite(written.source, written.section),
            buttons=(self._contacts_button(lang),),
        )


def _render(value: object, lang: Language) -> str:
    if isinstance(value, dt.date):
        return date_text(value, lang)
    if isinstance(value, tuple):
        return join([_render(item, lang) for item in value], lang)
    return str(value)


def _des(phrase: str) -> str:
    """« les préfets de région » → « des préfets de région »."""
    return "des " + phrase[4:] if phrase.startswith("les ") else "de " + phrase
