"""Yes or no to what a question states of the release: whether an organisation is in one of
its lists (who selected the laureates, a complete list: « non » is sure; the programme's
partners, a list it leaves open: only « oui » is), where and when the General Assembly was
held, when the release was dated, and the national envelope's amount and year."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers.claims import ONLY
from bot.answers.common import Base, date_text, join, t
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.frame import Frame, subject_kind
from bot.understanding.intents import Intent


class Listed(Base):
    def listed(self, *, question: str, frame: Frame) -> Answer | None:
        folded = f" {self.said(question)} "
        lang = frame.lang
        if frame.ask == "place" and frame.about == ("assembly",):
            days = {int(d) for d in _BARE_DAY.findall(folded)}
            if numbers.days(folded) or any(_code_number(s) in days for s in frame.named):
                # « c'était à Toulouse le 14 novembre ? »: the day said is part of the claim;
                # « le 9 » a day, not the Ariège.
                return self._dated(question=question, frame=frame, folded=folded)
            truth = self._held_at(frame, folded=folded)
            place = self.with_department(self.k.announcement.assembly.place)
            return self._said(
                question=question,
                frame=frame,
                truth=truth,
                text=t(
                    lang,
                    f"l'Assemblée générale, où les 183 lauréats nationaux ont été dévoilés, s'est "
                    f"tenue à {place}.",
                    f"the General Assembly, where the 183 laureates nationwide were unveiled, was "
                    f"held in {place}.",
                ),
            )
        if frame.ask == "place" and frame.about == ("release",) and frame.op == "yesno":
            release, assembly = self.k.announcement.press_release, self.k.announcement.assembly
            where = self.with_department(assembly.place)
            return self._said(
                question=question,
                frame=frame,
                truth=f" {fold(release.place)} " in folded,
                text=t(
                    lang,
                    f"les 15 lauréats d'Occitanie ont été présentés par communiqué de presse à "
                    f"{release.place} le {date_text(release.date, lang)}, après que les 183 "
                    f"lauréats nationaux ont été dévoilés à {where}.",
                    f"Occitanie's 15 laureates were presented in a press release in "
                    f"{release.place} on {date_text(release.date, lang)}, after the 183 laureates "
                    f"nationwide were unveiled in {where}.",
                ),
            )
        if frame.ask == "date" and frame.about in {("assembly",), ("release",)}:
            return self._dated(question=question, frame=frame, folded=folded)
        if frame.ask == "date" and frame.op == "yesno" and _OBJECTIVE_SET.search(folded):
            # « l'annonce du président, c'était le 9 mai ? »: the day the objective was set.
            return self._objective(question=question, frame=frame, folded=folded)
        if frame.ask in {"history", "date", "period"} and frame.about in {(), ("programme",)}:
            launched = self._launched(question=question, frame=frame, folded=folded)
            if launched is not None:
                return launched
        if frame.ask == "funding" and not any(subject_kind(s) == "org" for s in frame.named):
            # (« une enveloppe de la Région ? » claims whose it is: the claims' to check.)
            return self._envelope(question=question, frame=frame, folded=folded)
        if frame.ask == "objective":
            return self._objective(question=question, frame=frame, folded=folded)
        selection, partners = self.k.selection, self.k.offer.partners
        selectors = [*selection.selectors, *selection.selectors_en]
        known = [*selectors, *selection.after_opinion_of, *partners.names]
        named = [name for name in known if f" {_bare(name)} " in folded]
        # (« les préfets ont leur mot à dire ? »: those heard, by the first word of their name;
        # « les conseils départementaux », other bodies of that kind, were not.)
        for name in selection.after_opinion_of:
            first = _bare(name).removeprefix("les ").split()[0]
            said = re.search(rf"\b{first} (\w+)", folded)
            if name not in named and said is not None:
                named.append("" if said[1] in _OTHER_BODIES else name)
        if not named:
            return None
        if frame.ask == "selection":
            chosen = selection.selectors_en if lang == "en" else selection.selectors
            # « les préfets ont donné leur avis ? »: those the laureates were chosen after
            # hearing, when the question asks whether they were heard.
            heard = selectors + (
                list(selection.after_opinion_of) if _OPINION.search(folded) else []
            )
            return self._said(
                question=question,
                frame=frame,
                # « l'État seul ? »: not alone.
                truth=all(name in heard for name in named)
                and not (ONLY.search(folded) and len(selection.selectors) > 1),
                text=t(
                    lang,
                    f"les lauréats ont été sélectionnés au niveau national par {join(list(chosen), lang)}, "
                    f"après avis {_of(join(list(selection.after_opinion_of), lang))}.",
                    f"the laureates were selected nationally by {join(list(chosen), lang)}, after "
                    f"hearing {join(list(selection.after_opinion_of_en), lang)}.",
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

    def _dated(self, *, question: str, frame: Frame, folded: str) -> Answer | None:
        """« l'AG c'était le 9 novembre ? », « le communiqué est sorti en 2024 ? »"""
        lang, announcement = frame.lang, self.k.announcement
        assembly = frame.about == ("assembly",)
        day = announcement.assembly.date if assembly else announcement.press_release.date
        stated_days, stated_years = numbers.days(folded), numbers.years(folded)
        stated_weekdays, stated_months = numbers.weekdays(folded), numbers.months(folded)
        # « les lauréats ont été dévoilés à Chalon ? »: a town said is a claim of its own (a
        # department by its number is a day: « le 9 c'était un jeudi ? »).
        numbers_said = {int(d) for d in _BARE_DAY.findall(folded)}
        placed = assembly and any(
            subject_kind(s) == "commune"
            or (subject_kind(s) == "department" and _code_number(s) not in numbers_said)
            for s in frame.named
        )
        bare_days = [] if stated_days else sorted(numbers_said)
        stated = stated_days or bare_days or stated_years or stated_weekdays or stated_months
        if not (stated or placed):
            return None
        truth = (
            all(pair == (day.day, day.month) for pair in stated_days)
            and all(number == day.day for number in bare_days)
            and all(month == day.month for month in stated_months)
            and all(year == day.year for year in stated_years)
            and all(weekday == day.weekday() for weekday in stated_weekdays)
        )
        if placed:
            # « l'AG avait lieu à Paris le 9 novembre ? »: the town said is part of the claim.
            truth = truth and self._held_at(frame, folded=folded)
        when = date_text(day, lang)
        if assembly:
            place = self.with_department(announcement.assembly.place)
            weekday = announcement.assembly.weekday
            text = t(
                lang,
                f"l'Assemblée générale s'est tenue le {weekday} {when} à {place}.",
                f"the General Assembly was held on {day.strftime('%A')} {when} in {place}.",
            )
        else:
            text = t(
                lang, f"le communiqué est daté du {when}.", f"the press release is dated {when}."
            )
        return self._said(question=question, frame=frame, truth=truth, text=text)

    def _held_at(self, frame: Frame, *, folded: str) -> bool:
        """Whether the place a question says the Assembly was held at is its town, or the
        department of its town (« dans le 71 ? »)."""
        place = self.k.announcement.assembly.place
        if f" {fold(place)} " in folded or f" {fold(place).split()[0]} " in folded:
            return True
        town = self.with_department(place)
        departments = {s.partition(":")[2] for s in frame.named if s.startswith("department:")}
        return len(departments) == 1 and town.endswith(f", {departments.pop()})")

    def per_place(self, question: str, frame: Frame) -> bool:
        """Whether a question on the envelope asks an amount for a place (« combien pour le
        Tarn ? », « Lacq Pau Tarbes a reçu 10 M€ ? »), which the release does not give; not
        whether a laureate may draw on it."""
        if frame.op != "yesno":
            return True
        stated = numbers.amount(self.said(question))
        return stated is not None and stated[1] != self._envelope_amount()

    def _launched(self, *, question: str, frame: Frame, folded: str) -> Answer | None:
        """« le programme a été lancé en 2023 ? », « la phase 2 va jusqu'en 2027 ? »: the year
        it began, or the years of its phase, claimed."""
        years = numbers.years(folded)
        programme, lang = self.k.programme, frame.lang
        began = bool(_BEGAN.search(folded))
        if not years or not (began or frame.ask == "period"):
            return None
        first, last = (int(y) for y in programme.phase.period.partition("-")[::2])
        ends = bool(_ENDS.search(folded))
        answer = self._said(
            question=question,
            frame=frame,
            # (« la phase va jusqu'en 2027 ? »: its end; « en 2026, on est dans la période ? »:
            # within it.)
            # (Two years are a period: « sur 2023-2026 ? » is not the phase.)
            truth=(min(years), max(years)) == (first, last)
            if len(set(years)) == 2 and not began and not _WITHIN.search(folded)
            else all(
                year == programme.launched
                if began
                else year == last
                if ends
                else first <= year <= last
                for year in years
            ),
            text=t(
                lang,
                f"le programme « Territoires d'industrie » a été initié en {programme.launched} ; "
                f"sa deuxième phase couvre la période {programme.phase.period}.",
                f"the « Territoires d'industrie » programme was launched in "
                f"{programme.launched}; its second phase covers {programme.phase.period}.",
            ),
        )
        return replace(answer, intent=Intent.DATES)

    def _envelope(self, *, question: str, frame: Frame, folded: str) -> Answer | None:
        """« l'enveloppe c'est 100 M€ ? », « c'est pour 2025 ? », « rien que pour
        l'Occitanie ? »"""
        envelope, lang = self.k.offer.envelope, frame.lang
        amount = self._envelope_amount()
        stated_years = numbers.years(folded)
        amounts = [n for n in _millions(folded) if n not in stated_years]
        regional = bool(_ALONE.search(folded) or _EACH_ONE.search(folded)) and (
            envelope.scope == "national"
        )
        if not (amounts or stated_years or regional):
            return None
        truth = (
            not regional
            and all(n == amount for n in amounts)
            and all(year == envelope.year for year in stated_years)
        )
        scope = t(lang, "nationale", "national") if envelope.scope == "national" else ""
        return self._said(
            question=question,
            frame=frame,
            truth=truth,
            text=t(
                lang,
                f"une enveloppe {scope} de {envelope.amount} est prévue en {envelope.year} pour "
                f"{envelope.purpose}. Le communiqué ne précise pas de montant par territoire.",
                f"a {scope} envelope of {envelope.amount} is planned for {envelope.year}. The "
                "press release does not give an amount per territory.",
            ),
        )

    def _envelope_amount(self) -> int:
        """The national envelope in millions, as a number (« 100 M€ » → 100)."""
        return int(re.sub(r"\D", "", self.k.offer.envelope.amount) or 0)

    def _objective(self, *, question: str, frame: Frame, folded: str) -> Answer | None:
        """« … championne du monde de l'industrie verte ? », « … fixé le 12 mai ? »: the
        President's objective as the release gives it, against where and when it is said to
        reach; None when the question states neither."""
        objective = self.k.announcement.presidential_objective
        day = objective.date
        days, years, months = numbers.days(folded), numbers.years(folded), numbers.months(folded)
        wide = _WORLDWIDE.search(folded)
        if not (days or months or wide or _IN_EUROPE.search(folded)):
            return None
        truth = (
            not wide
            and all(pair == (day.day, day.month) for pair in days)
            and all(month == day.month for month in months)
            and (not days or all(year == day.year for year in years))
        )
        text = objective.text_en if frame.lang == "en" else objective.text
        return self._said(
            question=question,
            frame=frame,
            truth=truth,
            text=t(
                frame.lang,
                f"le {date_text(day, frame.lang)}, {objective.speaker} a fixé l'objectif de {text}.",
                f"on {date_text(day, frame.lang)}, the President of the Republic set the goal to "
                f"{text}.",
            ),
        )

    def _said(self, *, question: str, frame: Frame, truth: bool, text: str) -> Answer:
        lang = frame.lang
        opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
        return Answer(
            question=question,
            text=f"{opening}{' :' if lang == 'fr' else ':'} {text}",
            intent=_INTENTS.get(frame.ask, Intent.ANNOUNCEMENT),
            language=lang,
            sources=self._cite(self.k.announcement.source, "communiqué"),
        )


# An amount and its unit: « 100 milliards », « 100 M », « 100 000 euros ».
_AMOUNT = re.compile(
    r"\b(\d{1,3}(?: \d{3})+|\d+) ?(milliards?|mds?|billions?|bn|millions?|m|meur|k|mille|euros?)?\b"
)
# Each unit, in millions, by its first letters (« 100 » alone stands for the 100 M€).
_IN_MILLIONS = {"": 1.0, "m": 1.0, "me": 1.0, "mi": 1000.0, "md": 1000.0, "bi": 1000.0}
_IN_MILLIONS |= {"bn": 1000.0, "k": 0.001, "eu": 1e-6}


def _millions(folded: str) -> list[float]:
    """The amounts a question states, in millions: « 100 milliards » is 100 000, « 100 M »
    and « 100 millions » 100, « 100 000 euros » 0.1."""
    found = []
    for match in _AMOUNT.finditer(folded):
        unit = match[2] or ""
        scale = 1.0 if unit.startswith("millio") else 0.001 if unit == "mille" else None
        # (Rounded: « 100 000 000 euros » is 100 exactly.)
        found.append(round(float(match[1].replace(" ", "")) * (scale or _IN_MILLIONS[unit[:2]]), 6))
    return found


# « entre 2024 et 2025, on est dans la période ? »: years within it, not the period itself.
_WITHIN = re.compile(r"\b(?:dans|pendant|durant|entre|within|during|between|inside)\b")
# « championne du monde », « mondiale », « worldwide »: farther than the release's Europe.
_WORLDWIDE = re.compile(r"\b(?:monde|mondiale?|mondialement|world|worldwide|global|planete)\b")
_IN_EUROPE = re.compile(r"\b(?:europe|europeenne?|european)\b")


def _code_number(subject: str) -> int:
    code = subject.partition(":")[2]
    return int(code) if code.isdigit() else -1


# « le 9 c'était un jeudi ? »: a day of the month said alone.
_BARE_DAY = re.compile(r"\ble ([1-9]|[12]\d|3[01])\b(?! \d)")
# The President's announcement of the objective, however named.
_OBJECTIVE_SET = re.compile(
    r"\b(?:president de la republique|annonce du president|macron|chef de l etat|the president"
    r"|objectif|industrie verte|green industry)\b"
)
# The topic each yes/no answer stands for.
_INTENTS = {
    "selection": Intent.SELECTION,
    "partners": Intent.PARTNERS,
    "funding": Intent.FUNDING,
    "objective": Intent.ANNOUNCEMENT,
}
# « lancé en 2018 », « it began in 2023 »: when the programme started.
_BEGAN = re.compile(
    r"\b(?:lance|lancee|cree|creee|initie|inities|demarre|commence|existe|nouveaute|launched"
    r"|started|created|began|begun|introduced|set up)\b"
)
_ENDS = re.compile(
    r"\b(?:termine\w*|arrete\w*|fin|finit|finira|jusqu|ends?|ending|until|till|expires?)\b"
)
# « rien que pour l'Occitanie ? »: a share of the envelope claimed for one region.
_OPINION = re.compile(
    r"\b(?:avis|consulte\w*|opinion\w*|mot a dire|say|heard|entendu\w*|associe\w*|role|roles"
    r"|joue\w*|implique\w*|involved|participe\w*|take part|took part)\b"
)
# Other bodies than those the laureates were chosen after hearing (« les conseils
# départementaux »).
_OTHER_BODIES = frozenset(
    ["departementaux", "municipaux", "communautaires", "generaux", "economiques", "county"]
)
# « 100 M€ par territoire ? »: an amount for each, which a national envelope is not.
_EACH_ONE = re.compile(
    r"(?<!pas )(?<!not )\b(?:par (?:territoire|laureat|ti)|chacun|chaque (?:territoire|laureat)|per (?:territory"
    r"|laureate)|each|every (?:territory|laureate))\b"
)
_ALONE = re.compile(
    r"\b(?:rien que|seule?|seulement|uniquement|exclusivement|reservee?s?|only|alone|just for"
    r"|juste pour|reserved)\b.*\boccitanie\b"
    r"|\boccitanie\b.*\b(?:rien que|seule?|seulement|uniquement|exclusivement|only|alone)\b"
    # (« c'est une enveloppe régionale ? »: a scope other than the nation's.)
    r"|\b(?:enveloppe|envelope|fonds|fund|budget|credits?) (?:regionale?|departementale?|locale?"
    r"|europeenne|regional|departmental|local|european)\b"
    # (« c'est pour l'Occitanie ? », « So Occitanie got 100 million? »: the region's own.)
    r"|\b(?:pour|a|to|for) (?:l )?(?:occitanie|la region|the region)\b"
    r"|\b(?:occitanie|la region|the region) (?:a |has )?(?:recu|recoit|touche|obtenu|got|gets"
    r"|received|receives|obtained)\b"
)


def _bare(name: str) -> str:
    """« l'État » → « etat »: a name as a question may write it, without its article."""
    words = fold(name).split()
    return " ".join(words[1:] if words[:1] in (["l"], ["la"], ["le"], ["the"]) else words)


def _of(names: str) -> str:
    """« des préfets de région et des conseils régionaux », « de l'État »."""
    for article, contracted in (("les ", "des "), ("le ", "du ")):
        names = names.replace(f" et {article}", f" et {contracted}")
        if names.startswith(article):
            names = contracted + names[len(article) :]
    return names if names.startswith(("des ", "du ")) else f"de {names}"
