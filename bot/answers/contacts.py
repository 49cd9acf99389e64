"""Press contact answers: whole numbers and addresses, or only what was asked."""

from __future__ import annotations

from bot.answer import Answer
from bot.answers.common import Base, t
from bot.knowledge.schema import Organisation, Person
from bot.understanding.intents import ContactDetail, Intent
from bot.understanding.language import Language


class ContactAnswers(Base):
    """Press officers and services, as the release lists them."""

    def contacts(
        self,
        *,
        question: str,
        lang: Language,
        detail: ContactDetail,
        people: tuple[str, ...] = (),
        organisations: tuple[str, ...] = (),
    ) -> Answer:
        blocks: list[str] = []
        chosen_people = [self.k.person(i) for i in people]
        chosen_orgs = [self.k.organisation(i) for i in organisations]
        if not chosen_people and not chosen_orgs:
            chosen_orgs = list(self.k.organisations)
        for person in chosen_people:
            blocks.append(self._person_block(person, lang, detail))
        for organisation in chosen_orgs:
            lines = [organisation.name]
            if not chosen_people or organisation.id not in {p.organisation for p in chosen_people}:
                for person in self.k.people:
                    if person.organisation == organisation.id and detail is not ContactDetail.EMAIL:
                        lines.append(
                            f"• {person.name} : {', '.join(person.phones)}"
                            if lang == "fr"
                            else f"• {person.name}: {', '.join(person.phones)}"
                        )
            lines.append(self._service_line(organisation, lang, detail))
            blocks.append("\n".join(lines))
        head = t(lang, "Contacts presse", "Press contacts")
        if detail is ContactDetail.EMAIL and chosen_people and not chosen_orgs:
            blocks.append(
                t(
                    lang,
                    "Le communiqué ne donne pas d'adresse électronique individuelle ; écrivez au service presse :",
                    "The press release gives no personal e-mail address; write to the press office:",
                )
            )
            for person in chosen_people:
                organisation = self.k.organisation(person.organisation)
                blocks.append(
                    f"{organisation.name}\n{self._service_line(organisation, lang, detail)}"
                )
        names = [p.name for p in chosen_people] + [o.name for o in chosen_orgs]
        return Answer(
            question=question,
            text=head + t(lang, " :\n\n", ":\n\n") + "\n\n".join(blocks),
            intent=Intent.CONTACTS,
            language=lang,
            title=head if len(names) != 1 else names[0],
            sources=tuple(
                dict.fromkeys(
                    self.k.cite(x.source, x.section) for x in [*chosen_people, *chosen_orgs]
                )
            ),
            emphasis=tuple(names),
        )

    def _person_block(self, person: Person, lang: Language, detail: ContactDetail) -> str:
        organisation = self.k.organisation(person.organisation)
        if detail is ContactDetail.EMAIL:
            return f"{person.name} ({organisation.name})"
        phones = ", ".join(person.phones)
        return (
            f"{person.name} ({organisation.name})\n• {t(lang, 'Téléphone', 'Phone')} : {phones}"
            if lang == "fr"
            else f"{person.name} ({organisation.name})\n• Phone: {phones}"
        )

    def _service_line(
        self, organisation: Organisation, lang: Language, detail: ContactDetail
    ) -> str:
        parts = []
        if detail is not ContactDetail.PHONE:
            parts.append(organisation.email)
        if detail is not ContactDetail.EMAIL:
            parts.extend(organisation.phones)
        service = organisation.service if lang == "fr" else "Press office"
        separator = " : " if lang == "fr" else ": "
        return f"• {service}{separator}{', '.join(parts)}"
