"""The shape of each knowledge file, checked at the YAML boundary."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

_PHONE = re.compile(r"0[1-9](?: \d{2}){4}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_DEPARTMENT_CODE = re.compile(r"(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _phone(value: str) -> str:
    if not _PHONE.fullmatch(value):
        raise ValueError("must be a French number written « 05 34 45 38 31 »")
    return value


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise ValueError("must be an e-mail address such as « service-presse@occitanie.gouv.fr »")
    return value


def _department_code(value: str) -> str:
    if not _DEPARTMENT_CODE.fullmatch(value):
        raise ValueError("must be a department code such as « 09 », « 2A » or « 974 »")
    return value


def _region_code(value: str) -> str:
    if not re.fullmatch(r"\d\d", value):
        raise ValueError("must be a region's INSEE code such as « 53 » or « 94 »")
    return value


def _identifier(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError("must be lower-case letters and digits, joined by hyphens")
    return value


Phone = Annotated[str, AfterValidator(_phone)]
Email = Annotated[str, AfterValidator(_email)]
DepartmentCode = Annotated[str, AfterValidator(_department_code)]
RegionCode = Annotated[str, AfterValidator(_region_code)]
Identifier = Annotated[str, AfterValidator(_identifier)]
Text = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    # Validators built on the first validation: a command whose knowledge comes from its
    # snapshot validates nothing, and starts without building them (tens of ms, some MB).
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False, defer_build=True)


class Sourced(Strict):
    source: Identifier
    section: Text


class Source(Strict):
    id: Identifier
    title: Text
    # How an answer in English names it (the title stays the publisher's own).
    title_en: Text | None = None
    publishers: tuple[Text, ...]


class SourcesFile(Strict):
    sources: tuple[Source, ...]


class Phase(Strict):
    number: int
    period: Text


class Programme(Sourced):
    name: Text
    launched: int
    description: Text
    description_en: Text
    phase: Phase


class Axis(Strict):
    id: Identifier
    label: Text
    label_en: Text


class Axes(Sourced):
    items: tuple[Axis, ...] = Field(min_length=1)


class Benefits(Sourced):
    items: tuple[Text, ...] = Field(min_length=1)
    items_en: tuple[Text, ...] = Field(min_length=1)


class Envelope(Strict):
    amount: Text
    year: int
    scope: Literal["national", "regional"]
    purpose: Text


class Partners(Strict):
    intro: Text
    names: tuple[Text, ...] = Field(min_length=1)
    complete: bool


class OfferEnglish(Strict):
    project_manager: Text
    purpose: Text
    engineering: Text
    partners_intro: Text


class Offer(Sourced):
    project_manager: Text
    envelope: Envelope
    engineering: Text
    partners: Partners
    en: OfferEnglish


class ProgrammeFile(Strict):
    programme: Programme
    axes: Axes
    benefits: Benefits
    offer: Offer


class Assembly(Strict):
    event: Text
    date: dt.date
    weekday: Text
    place: Text
    national_laureates: int
    section: Text


class PressRelease(Strict):
    date: dt.date
    place: Text
    title: Text
    section: Text


class PresidentialObjective(Strict):
    date: dt.date
    speaker: Text
    text: Text
    text_en: Text
    section: Text


class Announcement(Strict):
    source: Identifier
    assembly: Assembly
    press_release: PressRelease
    regional_laureates: int
    renewed: int
    new: int
    every_department: bool
    presidential_objective: PresidentialObjective
    press_kit: Text


class AnnouncementFile(Strict):
    announcement: Announcement


class Selection(Sourced):
    level: Literal["national", "regional"]
    selectors: tuple[Text, ...] = Field(min_length=1)
    after_opinion_of: tuple[Text, ...]
    context: Text
    selectors_en: tuple[Text, ...] = Field(min_length=1)
    after_opinion_of_en: tuple[Text, ...]


class Governance(Sourced):
    region: Text
    copilots: tuple[Text, ...] = Field(min_length=1)
    local: Text
    copilots_en: tuple[Text, ...] = Field(min_length=1)
    local_en: Text


class GovernanceFile(Strict):
    selection: Selection
    governance: Governance


class Quote(Sourced):
    id: Identifier
    speaker: Text
    role: Text
    organisation: Identifier
    aliases: tuple[Text, ...]
    text: Text


class QuotesFile(Strict):
    quotes: tuple[Quote, ...]


class Organisation(Sourced):
    id: Identifier
    name: Text
    aliases: tuple[Text, ...]
    service: Text
    email: Email
    phones: tuple[Phone, ...] = Field(min_length=1)
    social: tuple[Text, ...]


class Person(Sourced):
    id: Identifier
    name: Text
    aliases: tuple[Text, ...]
    organisation: Identifier
    phones: tuple[Phone, ...] = Field(min_length=1)


class ContactsFile(Strict):
    organisations: tuple[Organisation, ...]
    people: tuple[Person, ...]


class Territory(Sourced):
    id: Identifier
    name: Text
    departments: tuple[DepartmentCode, ...] = Field(min_length=1)
    status: Literal["renewed", "new"]
    interregional: bool
    named_after_department: bool
    anct_id: Annotated[str, Field(pattern=r"^ti-\d{4}$")]
    named_communes: tuple[Annotated[str, Field(pattern=r"^(?:\d[\dAB]\d{3})$")], ...]
    aliases: tuple[Text, ...]


class TerritoriesFile(Strict):
    territories: tuple[Territory, ...] = Field(min_length=1)


class Department(Strict):
    code: DepartmentCode
    name: Text
    region: Text
    # Other names people write (« PO » for the Pyrénées-Orientales).
    aliases: tuple[Text, ...] = ()


class DepartmentsFile(Strict):
    source: Identifier
    departments: tuple[Department, ...] = Field(min_length=1)


class CommonWordsFile(Strict):
    common_words: tuple[Text, ...]


_TOPIC_ID = re.compile(r"[a-z0-9]+(?:[_-][a-z0-9]+)*")


def _topic_id(value: str) -> str:
    if not _TOPIC_ID.fullmatch(value):
        raise ValueError("must be lower-case letters and digits, joined by « _ » or « - »")
    return value


TopicId = Annotated[str, AfterValidator(_topic_id)]

# The answers written in code (bot/answers/), by the name a topic's `compose` gives.
Composed = Literal[
    "programme",
    "axes",
    "axis",
    "benefits",
    "funding",
    "partners",
    "engineering",
    "selection",
    "governance",
    "quotes",
    "announcement",
    "dates",
    "counts",
    "contacts",
    "press_kit",
    "application",
    "map",
    "not_in_release",
    "laureate",
    "list",
    "help",
    "greeting",
    "thanks",
    "out_of_scope",
    "clarify",
]


class WrittenAnswer(Sourced):
    """An answer a press officer writes; {fact.path} placeholders are filled from the knowledge."""

    text: Text
    text_en: Text | None = None
    title: Text | None = None


class Examples(Strict):
    fr: tuple[Text, ...] = ()
    en: tuple[Text, ...] = ()


class Topic(Strict):
    id: TopicId
    compose: Composed | None = None
    answer: WrittenAnswer | None = None
    facts: tuple[Text, ...] = ()
    terms: tuple[Text, ...] = ()
    examples: Examples

    @model_validator(mode="after")
    def _one_way_to_answer(self) -> Topic:
        if (self.compose is None) == (self.answer is None):
            raise ValueError("give either `compose` or `answer`, not both or neither")
        if not self.examples.fr and not self.examples.en:
            raise ValueError("give at least one example question")
        return self


class TopicsFile(Strict):
    topics: tuple[Topic, ...] = Field(min_length=1)


class LanguageFile(Strict):
    function_words: tuple[Text, ...]
    domain_words: tuple[Text, ...]
    topic_stopwords: tuple[Text, ...]
    question_words: tuple[Text, ...]
    keep_whole: tuple[Text, ...]
    question_openers: tuple[Text, ...]
    yes_no_cues: tuple[Text, ...]
    follow_up_words: tuple[Text, ...]
    confirmations: tuple[Text, ...] = ()
    claim_fillers: tuple[Text, ...] = ()
    judgements: tuple[Text, ...] = ()
    courtesies: tuple[Text, ...] = ()
    synonyms: dict[str, Text]
    place_adjectives: dict[DepartmentCode, tuple[Text, ...]]
    region_names: dict[RegionCode, tuple[Text, ...]] = {}
    laureate_cues: tuple[Text, ...]
    english_words: tuple[Text, ...]
    french_words: tuple[Text, ...]


# Each knowledge file and the model its content must fit.
FILES: dict[str, type[Strict]] = {
    "sources.yaml": SourcesFile,
    "programme.yaml": ProgrammeFile,
    "announcement.yaml": AnnouncementFile,
    "governance.yaml": GovernanceFile,
    "quotes.yaml": QuotesFile,
    "contacts.yaml": ContactsFile,
    "territories.yaml": TerritoriesFile,
    "departments.yaml": DepartmentsFile,
    "common_words.yaml": CommonWordsFile,
    "topics.yaml": TopicsFile,
    "language.yaml": LanguageFile,
}
