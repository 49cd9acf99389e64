"""Labelled example questions (knowledge/examples/*.yaml): each question with its frames, what
is asked about whom, with which filters and operation (tests/sealed/FRAMES.md gives the format).

`check` validates them: the schema at the YAML boundary, then every subject, filter and
laureate against the knowledge, each problem as `file:line: field: message`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, ClassVar, Literal

from bot.errors import KnowledgeError, KnowledgeIssue
from bot.knowledge.load import Knowledge, validation_issues
from bot.knowledge.validate import CONFIG, Check, InvalidDataError, validate
from bot.knowledge.yamlfile import YamlDocument, YamlIssueError, load_yaml, read_yaml

# A threshold a filter sets on what is measured (« over:communes:400 »: more than 400
# communes; « atleast »: that many or more).
_THRESHOLDS = frozenset(["over", "under", "atleast", "atmost"])
_MEASURED = frozenset(["communes", "population", "members"])

EXAMPLES_DIRECTORY = "examples"

Ask = Literal[
    "membership", "status", "interregional", "departments", "region", "members", "communes",
    "population", "contact", "role", "quote", "speaker", "date", "place", "axes", "services",
    "funding", "partners", "selection", "governance", "objective", "history", "definition",
    "period", "map", "sources", "laureate", "unknown", "out_of_scope", "greeting", "thanks",
    "help",
]  # fmt: skip
Operation = Literal["lookup", "yesno", "list", "count", "compare", "most", "least", "share", "each"]
ContactKind = Literal["any", "phone", "mobile", "landline", "email"]
# Subjects that stand alone, without « kind:name ».
WHOLES = frozenset({"laureates", "territories", "programme", "assembly", "release", "bot"})


@dataclass(frozen=True, kw_only=True)
class _Strict:
    __pydantic_config__: ClassVar[dict[str, str]] = CONFIG


@dataclass(frozen=True, kw_only=True)
class FrameModel(_Strict):
    ask: Ask
    op: Operation
    about: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()
    kind: ContactKind | None = None


@dataclass(frozen=True, kw_only=True)
class PartialModel(_Strict):
    """What a follow-up says by itself, before the conversation fills the rest in."""

    ask: Ask | None = None
    op: Operation | None = None
    about: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()
    kind: ContactKind | None = None


@dataclass(frozen=True, kw_only=True)
class ExpectModel(_Strict):
    polarity: Literal["oui", "non", "yes", "no"] | None = None
    says: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    laureates: tuple[str, ...] | None = None
    unknown: bool = False


@dataclass(frozen=True, kw_only=True)
class TurnModel(_Strict):
    id: str | None = None
    persona: str | None = None
    lang: Literal["fr", "en"] | None = None
    q: Annotated[str, Check(len, "must not be empty")]
    # Not empty (checked after: pydantic would report an empty tuple beside a bad frame).
    frames: tuple[FrameModel, ...]
    expect: ExpectModel = ExpectModel()
    partial: PartialModel | None = None


@dataclass(frozen=True, kw_only=True)
class ConversationModel(_Strict):
    id: str
    persona: str | None = None
    lang: Literal["fr", "en"] | None = None
    turns: tuple[TurnModel, ...]


@dataclass(frozen=True)
class Frame:
    ask: str
    op: str
    about: tuple[str, ...]
    filters: tuple[str, ...]
    kind: str | None


@dataclass(frozen=True)
class Example:
    """One labelled question; `previous` holds the questions before it in its conversation."""

    question: str
    frames: tuple[Frame, ...]
    previous: tuple[str, ...] = ()
    # For a follow-up, whether its own words say what is asked (its `partial` gives an
    # `ask`): one that does not (« et Rodez ? ») teaches nothing of what is asked.
    states_ask: bool = True
    # Where it is written: its file's name and its place in the file, for `check`.
    file: str = ""
    where: tuple[str | int, ...] = ()


def locations(*, knowledge: Knowledge, examples: Sequence[Example]) -> list[str]:
    """« examples/questions_a.yaml:123 » for each example: each file's lines read once, and
    only when asked."""
    documents: dict[str, YamlDocument] = {}
    found = []
    for example in examples:
        if example.file not in documents:
            path = knowledge.directory / EXAMPLES_DIRECTORY / example.file
            documents[example.file] = read_yaml(path=path)
        line = documents[example.file].line_of(example.where)
        found.append(f"{EXAMPLES_DIRECTORY}/{example.file}:{line}")
    return found


def load_examples(*, knowledge: Knowledge) -> tuple[Example, ...]:
    """Every example of the knowledge directory; KnowledgeError listing all that is wrong."""
    directory = knowledge.directory / EXAMPLES_DIRECTORY
    issues: list[KnowledgeIssue] = []
    examples: list[Example] = []
    ids: dict[str, str] = {}
    names = _Names.of(knowledge)
    for path in sorted(directory.glob("*.yaml")):
        source = _Source(path)
        try:
            data = load_yaml(path=path)
        except YamlIssueError as error:
            issues.append(_relocated(error.issue))
            continue
        if not isinstance(data, list):
            issues.append(_relocated(KnowledgeIssue(path.name, 1, "(root)", "is not a list")))
            continue
        check = _Checker(names=names, source=source)
        for index, raw in enumerate(data):
            try:
                item: TurnModel | ConversationModel = (
                    validate(ConversationModel, raw)
                    if isinstance(raw, dict) and "turns" in raw
                    else validate(TurnModel, raw)
                )
            except InvalidDataError as error:
                issues.extend(_item_issues(document=source.document(), index=index, error=error))
                continue
            ident = item.id or f"{path.name}:{index}"
            if ident in ids:
                issues.append(check.issue((index, "id"), f"{ident} is also in {ids[ident]}"))
            ids[ident] = path.name
            turns = item.turns if isinstance(item, ConversationModel) else (item,)
            for number, turn in enumerate(turns):
                where = (
                    (index, "turns", number) if isinstance(item, ConversationModel) else (index,)
                )
                issues.extend(check.turn(turn, where=where))
                examples.append(
                    Example(
                        question=turn.q,
                        frames=tuple(_frame(f) for f in turn.frames),
                        previous=tuple(t.q for t in turns[:number]),
                        file=path.name,
                        where=(*where, "q"),
                        states_ask=turn.partial is None or turn.partial.ask is not None,
                    )
                )
    if issues:
        raise KnowledgeError(issues)
    return tuple(examples)


def _frame(model: FrameModel) -> Frame:
    return Frame(
        ask=model.ask, op=model.op, about=model.about, filters=model.filters, kind=model.kind
    )


def _relocated(issue: KnowledgeIssue) -> KnowledgeIssue:
    return KnowledgeIssue(
        f"{EXAMPLES_DIRECTORY}/{issue.file}", issue.line, issue.field, issue.message
    )


def _item_issues(
    *, document: YamlDocument, index: int, error: InvalidDataError
) -> Iterator[KnowledgeIssue]:
    for issue in validation_issues(document=document, error=error, within=(index,)):
        yield _relocated(issue)


class _Source:
    """A file of examples whose lines are read only when a problem needs one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document: YamlDocument | None = None

    def document(self) -> YamlDocument:
        if self._document is None:
            self._document = read_yaml(path=self.path)
        return self._document


@dataclass(frozen=True)
class _Names:
    """What the examples' subjects may name: all that validating them reads of the knowledge."""

    laureates: frozenset[str]
    departments: frozenset[str]
    regions: frozenset[str]
    communes: frozenset[str]
    epci: frozenset[str]
    national: frozenset[str]
    people: frozenset[str]

    @classmethod
    def of(cls, knowledge: Knowledge) -> _Names:
        places, perimeters = knowledge.places, knowledge.perimeters
        members = (
            {m.siren for t in perimeters.territories.values() for m in t.members}
            if perimeters
            else set()
        )
        return cls(
            laureates=frozenset(t.name for t in knowledge.territories),
            departments=frozenset(places.departments if places else knowledge.departments),
            regions=frozenset(r.name for r in places.regions.values()) if places else frozenset(),
            communes=frozenset(places.communes_by_code if places else ()),
            epci=frozenset(places.epci_names if places else ()) | members,
            national=frozenset(perimeters.territories if perimeters else ()),
            people=frozenset(p.name for p in knowledge.people)
            | {q.speaker for q in knowledge.quotes},
        )

    def digest(self) -> bytes:
        summed = hashlib.sha256()
        for names in dataclasses.astuple(self):
            summed.update("\n".join(sorted(names)).encode() + b"\0")
        return summed.digest()


def examples_key(*, knowledge: Knowledge) -> str:
    """Everything validating the examples depends on: their files and the names they may use
    (an edit elsewhere in the knowledge leaves it as it is)."""
    summed = hashlib.sha256(_Names.of(knowledge).digest())
    for path in sorted((knowledge.directory / EXAMPLES_DIRECTORY).glob("*.yaml")):
        summed.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return summed.hexdigest()


class _Checker:
    """Subjects, filters and laureates checked against what the knowledge holds."""

    def __init__(self, *, names: _Names, source: _Source) -> None:
        self.source = source
        self.laureates = names.laureates
        self.departments = names.departments
        self.regions = names.regions
        self.communes = names.communes
        self.epci = names.epci
        self.national = names.national
        self.people = names.people

    def issue(self, location: tuple[str | int, ...], message: str) -> KnowledgeIssue:
        document = self.source.document()
        return KnowledgeIssue(
            file=f"{EXAMPLES_DIRECTORY}/{document.path.name}",
            line=document.line_of(location),
            field=".".join(str(part) for part in location),
            message=message,
        )

    def turn(self, turn: TurnModel, *, where: tuple[str | int, ...]) -> Iterator[KnowledgeIssue]:
        if not turn.frames:
            yield self.issue((*where, "frames"), "a question needs at least one frame")
        for number, frame in enumerate(turn.frames):
            at = (*where, "frames", number)
            for index, subject in enumerate(frame.about):
                problem = self.subject(subject)
                if problem:
                    yield self.issue((*at, "about", index), problem)
            for index, condition in enumerate(frame.filters):
                problem = self.filter(condition)
                if problem:
                    yield self.issue((*at, "filters", index), problem)
            if frame.kind is not None and frame.ask != "contact":
                yield self.issue((*at, "kind"), "only a contact has a kind")
        for index, name in enumerate(turn.expect.laureates or ()):
            if name not in self.laureates:
                yield self.issue(
                    (*where, "expect", "laureates", index), f"{name!r} is not a laureate's name"
                )

    def subject(self, subject: str) -> str | None:
        if subject in WHOLES:
            return None
        kind, _, name = subject.partition(":")
        known = {
            "laureate": self.laureates,
            "territory": self.national,
            "department": self.departments,
            "region": self.regions,
            "commune": self.communes,
            "epci": self.epci,
            "person": self.people,
        }.get(kind)
        if kind in {"org", "quote"}:
            return None if name else f"{subject!r} names no {kind}"
        if known is None:
            return f"{subject!r}: unknown kind of subject {kind!r}"
        return None if name in known else f"{subject!r}: no {kind} {name!r} in the knowledge"

    def filter(self, condition: str) -> str | None:
        name = condition.removeprefix("not:")
        kind, _, value = name.partition(":")
        if name in {"status:new", "status:renewed", "interregional", "spanning"}:
            return None
        if kind == "department" and value in self.departments:
            return None
        if kind == "region" and value in self.regions:
            return None
        metric, _, amount = value.partition(":")
        if kind in _THRESHOLDS and metric in _MEASURED and amount.isdigit():
            return None
        return f"{condition!r} is not a filter (see tests/sealed/FRAMES.md)"
