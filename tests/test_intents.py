"""Which topic a question's words point to."""

from __future__ import annotations

import pytest

from bot.intents import ContactDetail, Intent, ListFilter, read_signals
from bot.normalize import fold


def first_topic(text: str) -> Intent | None:
    topics = read_signals(folded=fold(text)).topics()
    return topics[0] if topics else None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Quels sont les axes ?", Intent.AXES),
        ("quels financements ?", Intent.FUNDING),
        ("financement des partenaires", Intent.PARTNERS),
        ("qui a choisi les lauréats", Intent.SELECTION),
        ("qui pilote ?", Intent.GOVERNANCE),
        ("quand ont-ils été annoncés", Intent.ANNOUNCEMENT),
        ("combien de lauréats", Intent.COUNTS),
        ("combien de temps dure le programme", Intent.PROGRAMME),
        ("contact presse", Intent.CONTACTS),
        ("où est le dossier de presse", Intent.PRESS_KIT),
        ("comment candidater", Intent.APPLICATION),
        ("What funding is available?", Intent.FUNDING),
        ("quelle météo", None),
    ],
)
def test_topics(text: str, intent: Intent | None) -> None:
    assert first_topic(text) == intent


def test_list_filters() -> None:
    assert read_signals(folded=fold("les nouveaux lauréats")).list_filter is ListFilter.NEW
    assert read_signals(folded=fold("les renouvelés")).list_filter is ListFilter.RENEWED
    assert read_signals(folded=fold("les interrégionaux")).list_filter is ListFilter.INTERREGIONAL
    assert read_signals(folded=fold("les lauréats")).list_filter is ListFilter.ALL


def test_contact_details() -> None:
    assert read_signals(folded=fold("téléphone presse")).contact_detail is ContactDetail.PHONE
    assert read_signals(folded=fold("adresse mail presse")).contact_detail is ContactDetail.EMAIL
    assert read_signals(folded=fold("contacts presse")).contact_detail is ContactDetail.ALL


def test_triggers_match_whole_words_only() -> None:
    assert not read_signals(folded=fold("un taxe")).has(Intent.AXES)
    assert read_signals(folded=fold("financements")).has(Intent.FUNDING)
