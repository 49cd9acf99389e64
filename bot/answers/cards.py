"""Press contacts as address-book cards, for channels that can hand them over whole."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.load import Knowledge


@dataclass(frozen=True)
class ContactCard:
    first_name: str
    last_name: str
    organisation: str
    phones: tuple[str, ...]
    email: str | None


def press_cards(*, knowledge: Knowledge) -> tuple[ContactCard, ...]:
    """One card per press officer, then one per press service."""
    people = tuple(
        ContactCard(
            first_name=person.name.split(" ", 1)[0],
            last_name=person.name.split(" ", 1)[-1],
            organisation=knowledge.organisation(person.organisation).name,
            phones=person.phones,
            email=None,
        )
        for person in knowledge.people
    )
    services = tuple(
        ContactCard(
            first_name=organisation.service,
            last_name=organisation.name,
            organisation=organisation.name,
            phones=organisation.phones,
            email=organisation.email,
        )
        for organisation in knowledge.organisations
    )
    return people + services
