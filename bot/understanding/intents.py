"""The topics an answer can be about, and the details a question adds to its topic.

Which topic a question is about is read from knowledge/topics.yaml (bot.understanding.topics);
these are the ids the code itself composes answers for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    LAUREATE = "laureate"
    LIST = "list"
    PROGRAMME = "programme"
    AXES = "axes"
    AXIS_SKILLS = "axis_skills"
    AXIS_INNOVATION = "axis_innovation"
    AXIS_LAND = "axis_land"
    AXIS_DECARBONISATION = "axis_decarbonisation"
    BENEFITS = "benefits"
    FUNDING = "funding"
    PARTNERS = "partners"
    ENGINEERING = "engineering"
    SELECTION = "selection"
    GOVERNANCE = "governance"
    QUOTES = "quotes"
    ANNOUNCEMENT = "announcement"
    DATES = "dates"
    COUNTS = "counts"
    CONTACTS = "contacts"
    PRESS_KIT = "press_kit"
    APPLICATION = "application"
    MAP = "map"
    NOT_IN_RELEASE = "not_in_release"
    GREETING = "greeting"
    THANKS = "thanks"
    HELP = "help"
    CLARIFY = "clarify"
    # Answered from the frames only: no topic card holds it.
    SOURCES = "sources"
    OUT_OF_SCOPE = "out_of_scope"
    EMPTY = "empty"


class ListFilter(StrEnum):
    ALL = "all"
    NEW = "new"
    RENEWED = "renewed"
    INTERREGIONAL = "interregional"
    SEVERAL_DEPARTMENTS = "several-departments"


class ContactDetail(StrEnum):
    ALL = "all"
    PHONE = "phone"
    EMAIL = "email"


_PHONE = re.compile(r"\b(?:telephone\w*|tel|numero\w*|phone\w*|appeler|call|portable|mobile)\b")
_EMAIL = re.compile(r"\b(?:mail\w*|email\w*|e mail|courriel\w*|adresse electronique)\b")
_NEW = re.compile(r"\b(?:nouveaux|nouveau|nouvelles|nouvelle|new)\b")
_RENEWED = re.compile(r"\b(?:renouvel\w*|existants|anciens|renewed|existing)\b")
_INTERREGIONAL = re.compile(
    r"\b(?:inter ?region\w*|hors (?:d )?occitanie|outside occitanie|autres? regions?"
    r"|a cheval|(?:deux|plusieurs) regions)\b"
)
_SEVERAL_DEPARTMENTS = re.compile(
    r"\b(?:(?:plusieurs|deux|trois|several|two|three) (?:departements|departments)"
    r"|multi ?departementa\w*)\b"
)
_PERIMETER = re.compile(
    r"\b(?:perimetre\w*|quelles communes|communes membres|liste des communes|compose\w*"
    r"|boundar\w*|which towns|what towns|which communes)\b"
)


@dataclass(frozen=True)
class Details:
    """What narrows a topic's answer: which laureates to list, which contact details to give."""

    list_filter: ListFilter
    contact_detail: ContactDetail
    asks_perimeter: bool = False


def read_details(*, folded: str) -> Details:
    if _NEW.search(folded):
        list_filter = ListFilter.NEW
    elif _RENEWED.search(folded):
        list_filter = ListFilter.RENEWED
    elif _INTERREGIONAL.search(folded):
        list_filter = ListFilter.INTERREGIONAL
    elif _SEVERAL_DEPARTMENTS.search(folded):
        list_filter = ListFilter.SEVERAL_DEPARTMENTS
    else:
        list_filter = ListFilter.ALL
    phone, email = bool(_PHONE.search(folded)), bool(_EMAIL.search(folded))
    detail = (
        ContactDetail.PHONE
        if phone and not email
        else ContactDetail.EMAIL
        if email and not phone
        else ContactDetail.ALL
    )
    return Details(
        list_filter=list_filter,
        contact_detail=detail,
        asks_perimeter=bool(_PERIMETER.search(folded)),
    )
