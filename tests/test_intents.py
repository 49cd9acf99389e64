"""The details a question adds to its topic: which laureates to list, which contact details."""

from __future__ import annotations

from bot.normalize import fold
from bot.understanding.intents import ContactDetail, ListFilter, read_details


def test_list_filters() -> None:
    assert read_details(folded=fold("les nouveaux lauréats")).list_filter is ListFilter.NEW
    assert read_details(folded=fold("les renouvelés")).list_filter is ListFilter.RENEWED
    assert read_details(folded=fold("les interrégionaux")).list_filter is ListFilter.INTERREGIONAL
    assert read_details(folded=fold("hors d'Occitanie")).list_filter is ListFilter.INTERREGIONAL
    assert read_details(folded=fold("les lauréats")).list_filter is ListFilter.ALL


def test_contact_details() -> None:
    assert read_details(folded=fold("téléphone presse")).contact_detail is ContactDetail.PHONE
    assert read_details(folded=fold("adresse mail presse")).contact_detail is ContactDetail.EMAIL
    assert read_details(folded=fold("contacts presse")).contact_detail is ContactDetail.ALL


def test_perimeter() -> None:
    assert read_details(folded=fold("quel est le périmètre d'Alès")).asks_perimeter
    assert not read_details(folded=fold("Alès est lauréat ?")).asks_perimeter
