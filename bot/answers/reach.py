"""Press contacts computed from a frame: the kind of contact asked (mobile, landline,
e-mail), for whom, yes or no, and whose a number is."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer
from bot.answers.common import Base, colon, join, t, whether
from bot.answers.french import capitalise
from bot.knowledge.schema import Organisation, Person, Quote
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.intents import ContactDetail, Intent
from bot.understanding.language import Language
from bot.understanding.link import ADDRESS

# Wholes a contact question may name (« les portables du communiqué »): no one in particular.
_WHOLES = frozenset(["release", "programme", "bot"])
# Territories a contact may be asked of: none has its own in the release. (A town or a
# department named beside a contact is more often the asker's own, or a telephone prefix.)
_LOCAL = frozenset(["laureate", "territory"])
# What a frame's kind of contact shows of the press offices.
_DETAILS = {
    "mobile": ContactDetail.PHONE,
    "landline": ContactDetail.PHONE,
    "phone": ContactDetail.PHONE,
    "email": ContactDetail.EMAIL,
}
# « à qui est le … ? », « whose number is … ? »
_WHO = re.compile(r"\b(?:qui|whose|who)\b")
# French mobile numbers begin so; the others of the release are landlines.
_MOBILE = ("06", "07")


class Reach(Base):
    """Who to call or write to, as the release lists them, for what the frame asks."""

    _composer: Composer

    def contact(self, *, question: str, frame: Frame) -> Answer | None:
        people = [p for p in self.k.people if f"person:{p.name}" in frame.about]
        services = [o for o in self.k.organisations if f"org:{o.name}" in frame.about]
        local = [s for s in frame.about if subject_kind(s) in _LOCAL]
        if local and not people and not services and len(local) == len(frame.about):
            return self._no_local_contact(question=question, frame=frame, places=local)
        if any(subject_kind(s) not in {"person", "org", *_WHOLES} for s in frame.about):
            return None
        speakers = [q for q in self.k.quotes if f"person:{q.speaker}" in frame.about]
        if speakers and not people and not services and not frame.numbers:
            return self._no_speaker_contact(question=question, frame=frame, speakers=speakers)
        lang = frame.lang
        if frame.numbers:
            return self._whose(question=question, frame=frame, people=people, services=services)
        address = ADDRESS.search(question)
        if address is not None and services:
            # « service.presse@laregion.fr, c'est la Région ? »: whether it is its address.
            return self._written(
                question=question, frame=frame, address=address.group(0), services=services
            )
        if services and frame.kind in {"any", "", "phone"}:
            # A press office as a whole: the topic answer lists its officers and its desk;
            # asked whether it has one, « oui » and the same.
            return self._office_exists(question=question, frame=frame, services=services)
        if services and frame.kind == "mobile":
            # An office has no mobile; its press officers do, when it has any.
            officers = [p for p in self.k.people if p.organisation in {o.id for o in services}]
            if not officers and not people:
                return self._no_mobile(question=question, frame=frame, services=services)
            people += officers
            services = []
        if not people and not services:
            if frame.op != "list" or frame.kind not in {"mobile", "landline"}:
                return None
            people = list(self.k.people)
        lines = [self._line(p, frame.kind, lang) for p in people] + [
            self._service(o, frame.kind, lang) for o in services
        ]
        found = [line for line in lines if line]
        if not any(lines) and not people:
            return None
        missing = [p for p, line in zip(people, lines, strict=False) if not line]
        text = "\n".join(found)
        if missing:
            text = "\n".join([*found, self._none(missing, frame.kind, lang)])
        if frame.op == "yesno":
            opening = t(lang, "Oui", "Yes") if not missing else t(lang, "Non", "No")
            text = f"{opening}{' :' if lang == 'fr' else ':'} {text}"
        else:
            text = capitalise(text)
        return self._reply(question=question, text=text, frame=frame, people=people)

    def role(self, *, question: str, frame: Frame) -> Answer | None:
        """« le numéro de Margot Scherer, et elle fait quoi ? »: who a press contact is, with
        her office and details (a quotation's speaker is the topic answers')."""
        named = [s.partition(":")[2] for s in frame.about if s.startswith("person:")]
        people = [
            p for p in self.k.people if len(named) == len(frame.about) == 1 and p.name in named
        ]
        if not people:
            return None
        return self._composer.contacts(
            question=question, lang=frame.lang, detail=ContactDetail.ALL, people=(people[0].id,)
        )

    def _no_local_contact(self, *, question: str, frame: Frame, places: list[str]) -> Answer:
        """« le téléphone du TI Ariège ? »: the release gives no territory's own contact, only
        the press offices'."""
        lang = frame.lang
        named = join([f"« {self._territory_name(s)} »" for s in places], lang)
        found = self._composer.contacts(
            question=question, lang=lang, detail=_DETAILS.get(frame.kind, ContactDetail.ALL)
        )
        lead = t(
            lang,
            f"Le communiqué ne donne pas de contact propre à {named} (porteur de projet, "
            "élus, services) : seulement ceux des services presse de la Préfecture de région et "
            "de la Région Occitanie.",
            f"The press release does not give a contact of {named}'s own (project lead, "
            "elected officials, services): only the press offices of the regional Prefecture "
            "and of the Région Occitanie.",
        )
        return replace(found, text=f"{lead}\n\n{found.text}")

    def _no_speaker_contact(self, *, question: str, frame: Frame, speakers: list[Quote]) -> Answer:
        """« le portable du préfet ? »: the release quotes him but gives no contact of his;
        his institution's press office is the way to reach him."""
        lang = frame.lang
        names = join(
            [f"{q.speaker} ({t(lang, q.role, q.role_en).split(',')[0]})" for q in speakers], lang
        )
        found = self._composer.contacts(
            question=question,
            lang=lang,
            detail=_DETAILS.get(frame.kind, ContactDetail.ALL),
            organisations=tuple(dict.fromkeys(q.organisation for q in speakers)),
        )
        lead = t(
            lang,
            f"Le communiqué ne donne pas de coordonnées personnelles de {names} : il cite "
            f"{'leurs' if len(speakers) > 1 else 'ses'} propos. Pour une demande, passez par "
            "le service presse :",
            f"The press release does not give personal contact details for {names}: it "
            "quotes their words. For a request, go through the press office:",
        )
        opening = t(lang, "Non. ", "No. ") if frame.op == "yesno" else ""
        return replace(found, text=f"{opening}{lead}\n\n{found.text}")

    def _territory_name(self, subject: str) -> str:
        perimeters = self.k.perimeters
        if subject_kind(subject) == "territory" and perimeters is not None:
            found = perimeters.territories.get(subject_id(subject))
            return subject_id(subject) if found is None else found.name
        return subject_id(subject)

    def _office_exists(
        self, *, question: str, frame: Frame, services: list[Organisation]
    ) -> Answer | None:
        """« il y a aussi un contact presse côté Région ? »: yes, and whom to call."""
        if frame.op != "yesno":
            return None
        found = self._composer.contacts(
            question=question,
            lang=frame.lang,
            detail=ContactDetail.ALL,
            organisations=tuple(o.id for o in services),
        )
        return whether(found, holds=True)

    def _whose(
        self,
        *,
        question: str,
        frame: Frame,
        people: list[Person],
        services: list[Organisation],
    ) -> Answer:
        lang, number = frame.lang, frame.numbers[0]
        owners = [t(lang, f"de {p.name}", p.name) for p in self.k.people if number in p.phones]
        owners += [
            t(lang, f"du service presse ({o.name})", f"the press office ({o.name})")
            for o in self.k.organisations
            if number in o.phones
        ]
        owner = join(owners, lang) or t(
            lang, "de personne dans le communiqué", "no one in the release"
        )
        named = [p.phones for p in people] + [o.phones for o in services]
        # A number said to be someone's (« le 06 … c'est le numéro de Margot Scherer ? »)
        # asks whether it is, unless it asks whose it is.
        claimed = bool(named) and not _WHO.search(self.said(question))
        if frame.op == "yesno" or claimed:
            # Of whom it is said to be; or, naming no one, whether it is in the release at all.
            right = all(number in phones for phones in named) if named else bool(owners)
            opening = t(lang, "Oui", "Yes") if right else t(lang, "Non", "No")
            text = t(
                lang,
                f"{opening} : le {number} est le numéro {owner}.",
                f"{opening}: {number} is the number of {owner}.",
            )
            if not right and people:
                text += "\n" + "\n".join(self._line(p, frame.kind or "phone", lang) for p in people)
        else:
            text = t(
                lang,
                f"Le {number} est le numéro {owner}.",
                f"{number} is the number of {owner}.",
            )
        return self._reply(question=question, text=text, frame=frame, people=people)

    def _written(
        self, *, question: str, frame: Frame, address: str, services: list[Organisation]
    ) -> Answer:
        lang = frame.lang
        right = all(address.lower() == o.email.lower() for o in services)
        opening = t(lang, "Oui", "Yes") if right else t(lang, "Non", "No")
        lines = "\n".join(self._service(o, "email", lang) for o in services)
        return self._reply(
            question=question,
            text=f"{opening}{' :' if lang == 'fr' else ':'} {lines}",
            frame=frame,
            people=[],
        )

    def _line(self, person: Person, kind: str, lang: Language) -> str:
        where = self.k.organisation(person.organisation).name
        if kind == "email":
            return ""
        phones = _of_kind(person.phones, kind)
        if not phones:
            return ""
        label = _LABELS[kind if kind in _LABELS else "phone"]
        return f"{person.name} ({where}), {t(lang, *label)}{colon(lang)}{', '.join(phones)}"

    def _service(self, organisation: Organisation, kind: str, lang: Language) -> str:
        office = t(
            lang,
            f"{organisation.name} ({organisation.service.lower()}) :",
            f"{organisation.name} (press office):",
        )
        if kind == "email":
            return f"{office} {organisation.email}"
        phones = _of_kind(organisation.phones, kind)
        if not phones:
            return ""
        extra = f", {organisation.email}" if kind in {"any", ""} else ""
        return f"{office} {', '.join(phones)}{extra}"

    def _no_mobile(self, *, question: str, frame: Frame, services: list[Organisation]) -> Answer:
        """« un portable pour le service presse de la Région ? »: the release gives none;
        the office's numbers."""
        lang = frame.lang
        names = join([o.name for o in services], lang)
        reach = "\n".join(self._service(o, "any", lang) for o in services)
        text = t(
            lang,
            f"le communiqué ne donne aucun numéro de portable pour le service presse ({names}).\n"
            f"{reach}",
            f"the release gives no mobile number for the press office ({names}).\n{reach}",
        )
        opening = t(lang, "Non : ", "No: ") if frame.op == "yesno" else ""
        return self._reply(
            question=question,
            text=opening + text if opening else capitalise(text),
            frame=frame,
            people=[],
        )

    def _none(self, people: list[Person], kind: str, lang: Language) -> str:
        """No such contact for these people: the release gives their press office's."""
        what = t(
            lang,
            "d'adresse électronique" if kind == "email" else "ce numéro",
            "an e-mail address" if kind == "email" else "that number",
        )
        names = join([p.name for p in people], lang)
        offices = {p.organisation: self.k.organisation(p.organisation) for p in people}
        reach = " ; ".join(f"{o.name}, {o.email}, {', '.join(o.phones)}" for o in offices.values())
        return t(
            lang,
            f"le communiqué ne donne pas {what} pour {names} ; le service presse : {reach}.",
            f"the release gives no {what.removeprefix('an ').removeprefix('that ')} for {names}; "
            f"the press office: {reach}.",
        )

    def _reply(self, *, question: str, text: str, frame: Frame, people: list[Person]) -> Answer:
        names = tuple(p.name for p in people) + tuple(
            subject_id(s) for s in frame.about if subject_kind(s) == "org"
        )
        sources = tuple(dict.fromkeys(self.k.cite(p.source, p.section) for p in self.k.people))
        return Answer(
            question=question,
            text=text,
            intent=Intent.CONTACTS,
            language=frame.lang,
            emphasis=names,
            sources=sources[:1],
            about=tuple(f"p_{p.id}" for p in people),
        )


_LABELS = {
    "mobile": ("portable", "mobile"),
    "landline": ("fixe", "landline"),
    "phone": ("téléphone", "phone"),
}


def _of_kind(phones: tuple[str, ...], kind: str) -> list[str]:
    """The numbers of the kind asked: mobile, landline, or any."""
    return [n for n in phones if kind in {"any", "phone", ""} or _kind_of(n) == kind]


def _kind_of(number: str) -> str:
    return "mobile" if number.startswith(_MOBILE) else "landline"
