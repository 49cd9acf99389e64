"""The shape of each knowledge file: frozen dataclasses, checked at the YAML boundary
(bot/knowledge/validate.py) and plain data after it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Annotated, ClassVar, Literal, TypeVar

from bot.knowledge.validate import CONFIG, Check

_PHONE = re.compile(r"0[1-9](?: \d{2}){4}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_DEPARTMENT_CODE = re.compile(r"(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_REGION_CODE = re.compile(r"\d\d")
_ANCT_ID = re.compile(r"ti-\d{4}")
_INSEE = re.compile(r"\d[\dAB]\d{3}")
_TOPIC_ID = re.compile(r"[a-z0-9]+(?:[_-][a-z0-9]+)*")

Phone = Annotated[
    str, Check(_PHONE.fullmatch, "must be a French number written « 05 34 45 38 31 »")
]
Email = Annotated[
    str,
    Check(
        _EMAIL.fullmatch,
        "must be an e-mail address such as « service-presse@occitanie.gouv.fr »",
    ),
]
DepartmentCode = Annotated[
    str,
    Check(
        _DEPARTMENT_CODE.fullmatch, "must be a department code such as « 09 », « 2A » or « 974 »"
    ),
]
RegionCode = Annotated[
    str, Check(_REGION_CODE.fullmatch, "must be a region's INSEE code such as « 53 » or « 94 »")
]
Identifier = Annotated[
    str, Check(_ID.fullmatch, "must be lower-case letters and digits, joined by hyphens")
]
AnctId = Annotated[str, Check(_ANCT_ID.fullmatch, "must be an ANCT id such as « ti-7612 »")]
InseeCode = Annotated[str, Check(_INSEE.fullmatch, "must be an INSEE code such as « 30007 »")]
TopicId = Annotated[
    str,
    Check(_TOPIC_ID.fullmatch, "must be lower-case letters and digits, joined by « _ » or « - »"),
]
Text = Annotated[str, Check(len, "must not be empty")]
Item = TypeVar("Item")
NonEmpty = Annotated[tuple[Item, ...], Check(len, "must hold at least one item")]


@dataclass(frozen=True, kw_only=True)
class Strict:
    __pydantic_config__: ClassVar[dict[str, str]] = CONFIG


@dataclass(frozen=True, kw_only=True)
class Sourced(Strict):
    source: Identifier
    section: Text


@dataclass(frozen=True, kw_only=True)
class Source(Strict):
    id: Identifier
    title: Text
    # How an answer in English names it (the title stays the publisher's own).
    title_en: Text | None = None
    publishers: tuple[Text, ...]
    # The names people give it in a question: « c'est l'ANCT qui le dit ? ».
    called: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class SourcesFile(Strict):
    sources: tuple[Source, ...]


@dataclass(frozen=True, kw_only=True)
class Phase(Strict):
    number: int
    period: Text


@dataclass(frozen=True, kw_only=True)
class Programme(Sourced):
    name: Text
    launched: int
    description: Text
    description_en: Text
    phase: Phase


@dataclass(frozen=True, kw_only=True)
class Axis(Strict):
    id: Identifier
    label: Text
    label_en: Text


@dataclass(frozen=True, kw_only=True)
class Axes(Sourced):
    items: NonEmpty[Axis]


@dataclass(frozen=True, kw_only=True)
class Benefits(Sourced):
    items: NonEmpty[Text]
    items_en: NonEmpty[Text]


@dataclass(frozen=True, kw_only=True)
class Envelope(Strict):
    amount: Text
    year: int
    scope: Literal["national", "regional"]
    purpose: Text


@dataclass(frozen=True, kw_only=True)
class Partners(Strict):
    intro: Text
    names: NonEmpty[Text]
    complete: bool


@dataclass(frozen=True, kw_only=True)
class OfferEnglish(Strict):
    project_manager: Text
    purpose: Text
    engineering: Text
    partners_intro: Text


@dataclass(frozen=True, kw_only=True)
class Offer(Sourced):
    project_manager: Text
    envelope: Envelope
    engineering: Text
    partners: Partners
    en: OfferEnglish


@dataclass(frozen=True, kw_only=True)
class ProgrammeFile(Strict):
    programme: Programme
    axes: Axes
    benefits: Benefits
    offer: Offer


@dataclass(frozen=True, kw_only=True)
class Assembly(Strict):
    event: Text
    date: dt.date
    weekday: Text
    place: Text
    national_laureates: int
    section: Text


@dataclass(frozen=True, kw_only=True)
class PressRelease(Strict):
    date: dt.date
    place: Text
    title: Text
    section: Text


@dataclass(frozen=True, kw_only=True)
class PresidentialObjective(Strict):
    date: dt.date
    speaker: Text
    text: Text
    text_en: Text
    section: Text


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class AnnouncementFile(Strict):
    announcement: Announcement


@dataclass(frozen=True, kw_only=True)
class Selection(Sourced):
    level: Literal["national", "regional"]
    selectors: NonEmpty[Text]
    after_opinion_of: tuple[Text, ...]
    context: Text
    selectors_en: NonEmpty[Text]
    after_opinion_of_en: tuple[Text, ...]


@dataclass(frozen=True, kw_only=True)
class Governance(Sourced):
    region: Text
    copilots: NonEmpty[Text]
    local: Text
    copilots_en: NonEmpty[Text]
    local_en: Text


@dataclass(frozen=True, kw_only=True)
class GovernanceFile(Strict):
    selection: Selection
    governance: Governance


@dataclass(frozen=True, kw_only=True)
class Quote(Sourced):
    id: Identifier
    speaker: Text
    role: Text
    role_en: Text
    organisation: Identifier
    aliases: tuple[Text, ...]
    text: Text


@dataclass(frozen=True, kw_only=True)
class QuotesFile(Strict):
    quotes: tuple[Quote, ...]


@dataclass(frozen=True, kw_only=True)
class Organisation(Sourced):
    id: Identifier
    name: Text
    aliases: tuple[Text, ...]
    service: Text
    email: Email
    phones: NonEmpty[Phone]
    social: tuple[Text, ...]


@dataclass(frozen=True, kw_only=True)
class Person(Sourced):
    id: Identifier
    name: Text
    aliases: tuple[Text, ...]
    organisation: Identifier
    phones: NonEmpty[Phone]


@dataclass(frozen=True, kw_only=True)
class ContactsFile(Strict):
    organisations: tuple[Organisation, ...]
    people: tuple[Person, ...]


@dataclass(frozen=True, kw_only=True)
class Territory(Sourced):
    id: Identifier
    name: Text
    departments: NonEmpty[DepartmentCode]
    status: Literal["renewed", "new"]
    interregional: bool
    named_after_department: bool
    anct_id: AnctId
    named_communes: tuple[InseeCode, ...]
    aliases: tuple[Text, ...]


@dataclass(frozen=True, kw_only=True)
class TerritoriesFile(Strict):
    territories: NonEmpty[Territory]


@dataclass(frozen=True, kw_only=True)
class Department(Strict):
    code: DepartmentCode
    name: Text
    region: Text
    # Other names people write (« PO » for the Pyrénées-Orientales).
    aliases: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DepartmentsFile(Strict):
    source: Identifier
    departments: NonEmpty[Department]


@dataclass(frozen=True, kw_only=True)
class CommonWordsFile(Strict):
    common_words: tuple[Text, ...]


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


@dataclass(frozen=True, kw_only=True)
class WrittenAnswer(Sourced):
    """An answer a press officer writes; {fact.path} placeholders are filled from the knowledge."""

    text: Text
    text_en: Text | None = None
    title: Text | None = None


@dataclass(frozen=True, kw_only=True)
class Examples(Strict):
    fr: tuple[Text, ...] = ()
    en: tuple[Text, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Topic(Strict):
    id: TopicId
    compose: Composed | None = None
    answer: WrittenAnswer | None = None
    facts: tuple[Text, ...] = ()
    terms: tuple[Text, ...] = ()
    examples: Examples

    def __post_init__(self) -> None:
        if (self.compose is None) == (self.answer is None):
            raise ValueError("give either `compose` or `answer`, not both or neither")
        if not self.examples.fr and not self.examples.en:
            raise ValueError("give at least one example question")


@dataclass(frozen=True, kw_only=True)
class TopicsFile(Strict):
    topics: NonEmpty[Topic]


@dataclass(frozen=True, kw_only=True)
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
    other_actors: tuple[Text, ...] = ()
    courtesies: tuple[Text, ...] = ()
    synonyms: dict[str, Text]
    place_adjectives: dict[DepartmentCode, tuple[Text, ...]]
    region_names: dict[RegionCode, tuple[Text, ...]] = field(default_factory=dict)
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
