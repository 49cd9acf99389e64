"""Loads the knowledge directory, validates it as a whole, and serves it read-only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from rapidfuzz import fuzz

from bot.errors import KnowledgeError, KnowledgeIssue
from bot.knowledge import facts, schema
from bot.knowledge.lexicon import Lexicon, build_lexicon
from bot.knowledge.perimeters import (
    PERIMETERS_FILE,
    Coverage,
    NationalTerritory,
    Perimeters,
    RegionTerritories,
    cover,
    in_region,
    load_perimeters,
)
from bot.knowledge.places import PLACES_FILE, Places, load_places
from bot.knowledge.validate import InvalidDataError, validate
from bot.knowledge.yamlfile import Location, YamlDocument, YamlIssueError, read_yaml
from bot.normalize import fold

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2] / "knowledge"

# Two aliases of different entities this similar would make typo matching guess.
_TOO_CLOSE = 92.0
_SHORTEST_FUZZY_ALIAS = 5


EntityKind = Literal["territory", "department", "person", "organisation", "quote"]


@dataclass(frozen=True)
class AliasOwner:
    """An entity an alias can stand for."""

    kind: EntityKind
    id: str


@dataclass(frozen=True)
class Knowledge:
    directory: Path
    sources: dict[str, schema.Source]
    programme: schema.Programme
    axes: schema.Axes
    benefits: schema.Benefits
    offer: schema.Offer
    announcement: schema.Announcement
    selection: schema.Selection
    governance: schema.Governance
    quotes: tuple[schema.Quote, ...]
    organisations: tuple[schema.Organisation, ...]
    people: tuple[schema.Person, ...]
    territories: tuple[schema.Territory, ...]
    departments: dict[str, schema.Department]
    common_words: frozenset[str]
    aliases: dict[str, AliasOwner]
    topics: tuple[schema.Topic, ...]
    lexicon: Lexicon
    places: Places | None = field(default=None)
    perimeters: Perimeters | None = field(default=None)
    coverage: Coverage | None = field(default=None)

    @cached_property
    def laureate_communes(self) -> frozenset[str]:
        """The INSEE codes of the communes in a laureate: built once, as every share and
        ranking of the laureates' cover counts them."""
        if self.coverage is None:
            return frozenset()
        communes = self.coverage.communes
        return frozenset(code for t in self.territories for code in communes.get(t.anct_id, ()))

    def topic(self, topic_id: str) -> schema.Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def region_territories(self, region: str) -> RegionTerritories:
        """ANCT's territories reaching into a region, as its map and its caption number them."""
        if self.perimeters is None:
            return RegionTerritories(territories=(), spanning=frozenset())
        regions = (
            {d.code: d.region for d in self.places.departments.values()} if self.places else {}
        )
        return in_region(
            perimeters=self.perimeters,
            coverage=self.coverage,
            department_regions=regions,
            region=region,
        )

    def fact(self, path: str) -> object:
        """The value a topic's fact path names (see bot.knowledge.facts); raises UnknownFactError."""
        return facts.resolve(self, path)

    def territory(self, territory_id: str) -> schema.Territory:
        return next(t for t in self.territories if t.id == territory_id)

    def laureate(self, anct_id: str) -> schema.Territory | None:
        """The release's laureate tied to an ANCT territory, if it is one of the 15."""
        return next((t for t in self.territories if t.anct_id == anct_id), None)

    def national(self, anct_id: str) -> NationalTerritory | None:
        return None if self.perimeters is None else self.perimeters.territories.get(anct_id)

    def territories_in(self, code: str) -> tuple[schema.Territory, ...]:
        return tuple(t for t in self.territories if code in t.departments)

    def organisation(self, organisation_id: str) -> schema.Organisation:
        return next(o for o in self.organisations if o.id == organisation_id)

    def person(self, person_id: str) -> schema.Person:
        return next(p for p in self.people if p.id == person_id)

    def quote(self, quote_id: str) -> schema.Quote:
        return next(q for q in self.quotes if q.id == quote_id)

    def department_name(self, code: str) -> str:
        if code in self.departments:
            return self.departments[code].name
        if self.places is not None and code in self.places.departments:
            return self.places.departments[code].name
        return code

    def cite(self, source_id: str, section: str) -> str:
        return f"{self.sources[source_id].title}, {section}"


def load_knowledge(*, directory: Path = DEFAULT_DIRECTORY) -> Knowledge:
    """Every file parsed and checked; raises KnowledgeError listing all that is wrong."""
    if not directory.is_dir():
        raise KnowledgeError(
            [KnowledgeIssue(str(directory), None, "(directory)", "is not a directory")]
        )
    issues: list[KnowledgeIssue] = []
    documents: dict[str, YamlDocument] = {}
    models: dict[str, Any] = {}
    for name, model in schema.FILES.items():
        path = directory / name
        if not path.is_file():
            issues.append(KnowledgeIssue(name, None, "(file)", "is missing"))
            continue
        try:
            document = read_yaml(path=path)
        except YamlIssueError as error:
            issues.append(error.issue)
            continue
        documents[name] = document
        try:
            models[name] = validate(model, document.data)
        except InvalidDataError as error:
            issues.extend(validation_issues(document=document, error=error))
    places: Places | None = None
    places_path = directory / PLACES_FILE
    if places_path.is_file():
        try:
            places = load_places(path=places_path)
        except ValueError as error:
            issues.append(KnowledgeIssue(PLACES_FILE, None, "(file)", str(error)))
    perimeters: Perimeters | None = None
    perimeters_path = directory / PERIMETERS_FILE
    if perimeters_path.is_file():
        try:
            perimeters = load_perimeters(path=perimeters_path)
        except ValueError as error:
            issues.append(KnowledgeIssue(PERIMETERS_FILE, None, "(file)", str(error)))
    if issues:
        raise KnowledgeError(issues)
    aliases = _aliases(models=models, perimeters=perimeters)
    knowledge = _assemble(
        directory=directory,
        models=models,
        places=places,
        perimeters=perimeters,
        aliases={alias.folded: alias.owner for alias in aliases},
    )
    cross_issues = list(_cross_check(knowledge=knowledge, documents=documents, aliases=aliases))
    if cross_issues:
        raise KnowledgeError(cross_issues)
    return knowledge


def validation_issues(
    *, document: YamlDocument, error: InvalidDataError, within: Location = ()
) -> Iterator[KnowledgeIssue]:
    """Pydantic's errors, located in the file; `within` is where the validated value lies."""
    for detail in error.errors:
        location: Location = (*within, *detail["loc"])
        message = detail["msg"]
        if detail["type"] in {"extra_forbidden", "unexpected_keyword_argument"}:
            message = "unknown field"
        elif detail["type"] == "missing":
            message = "missing field"
        yield KnowledgeIssue(
            file=document.path.name,
            line=document.line_of(location),
            field=".".join(str(part) for part in location) or "(root)",
            message=message.removeprefix("Value error, "),
        )


def _assemble(
    *,
    directory: Path,
    models: dict[str, Any],
    places: Places | None,
    perimeters: Perimeters | None,
    aliases: dict[str, AliasOwner],
) -> Knowledge:
    programme: schema.ProgrammeFile = models["programme.yaml"]
    governance: schema.GovernanceFile = models["governance.yaml"]
    contacts: schema.ContactsFile = models["contacts.yaml"]
    common: schema.CommonWordsFile = models["common_words.yaml"]
    return Knowledge(
        directory=directory,
        sources={s.id: s for s in models["sources.yaml"].sources},
        programme=programme.programme,
        axes=programme.axes,
        benefits=programme.benefits,
        offer=programme.offer,
        announcement=models["announcement.yaml"].announcement,
        selection=governance.selection,
        governance=governance.governance,
        quotes=models["quotes.yaml"].quotes,
        organisations=contacts.organisations,
        people=contacts.people,
        territories=models["territories.yaml"].territories,
        departments={d.code: d for d in models["departments.yaml"].departments},
        common_words=frozenset(fold(word) for word in common.common_words),
        aliases=aliases,
        topics=models["topics.yaml"].topics,
        lexicon=build_lexicon(models["language.yaml"]),
        places=places,
        perimeters=perimeters,
        coverage=None
        if places is None or perimeters is None
        else cover(perimeters=perimeters, places=places),
    )


@dataclass(frozen=True)
class _Alias:
    folded: str
    owner: AliasOwner
    file: str
    location: Location


def _aliases(*, models: dict[str, Any], perimeters: Perimeters | None) -> list[_Alias]:
    """Every folded alias with its owner and where it is written; repeats within one owner dropped."""
    found: list[_Alias] = []

    def add(
        owner: AliasOwner, file: str, location: Location, name: str | None, aliases: tuple[str, ...]
    ) -> None:
        named = [] if name is None else [(name, (*location, "name"))]
        listed = [(alias, (*location, "aliases", i)) for i, alias in enumerate(aliases)]
        seen: set[str] = set()
        for text, where in [*named, *listed]:
            folded = fold(text)
            if folded and folded not in seen:
                seen.add(folded)
                found.append(_Alias(folded, owner, file, where))

    for i, t in enumerate(models["territories.yaml"].territories):
        # A laureate named after its department is reached through it, which bears its name.
        name = None if t.named_after_department else t.name
        national = None if perimeters is None else perimeters.territories.get(t.anct_id)
        # ANCT's name is understood too (« Tarn Nord »), written where the tie is.
        anct = (national.name,) if national is not None and name is not None else ()
        add(AliasOwner("territory", t.id), "territories.yaml", ("territories", i), name, t.aliases)
        if anct:
            add(
                AliasOwner("territory", t.id),
                "territories.yaml",
                ("territories", i, "anct_id"),
                None,
                anct,
            )
    for i, d in enumerate(models["departments.yaml"].departments):
        add(
            AliasOwner("department", d.code),
            "departments.yaml",
            ("departments", i),
            d.name,
            d.aliases,
        )
    contacts: schema.ContactsFile = models["contacts.yaml"]
    for i, o in enumerate(contacts.organisations):
        add(
            AliasOwner("organisation", o.id),
            "contacts.yaml",
            ("organisations", i),
            o.name,
            o.aliases,
        )
    for i, p in enumerate(contacts.people):
        add(AliasOwner("person", p.id), "contacts.yaml", ("people", i), p.name, p.aliases)
    for i, q in enumerate(models["quotes.yaml"].quotes):
        add(AliasOwner("quote", q.id), "quotes.yaml", ("quotes", i), q.speaker, q.aliases)
    return found


def _cross_check(
    *, knowledge: Knowledge, documents: dict[str, YamlDocument], aliases: list[_Alias]
) -> Iterator[KnowledgeIssue]:
    def issue(file: str, location: Location, message: str) -> KnowledgeIssue:
        return KnowledgeIssue(
            file=file,
            line=documents[file].line_of(location),
            field=".".join(str(part) for part in location),
            message=message,
        )

    identified: list[tuple[str, str, str, list[str]]] = [
        ("sources.yaml", "sources", "id", list(knowledge.sources)),
        ("territories.yaml", "territories", "id", [t.id for t in knowledge.territories]),
        (
            "departments.yaml",
            "departments",
            "code",
            [d["code"] for d in documents["departments.yaml"].data["departments"]],
        ),
        ("quotes.yaml", "quotes", "id", [q.id for q in knowledge.quotes]),
        ("contacts.yaml", "organisations", "id", [o.id for o in knowledge.organisations]),
        ("contacts.yaml", "people", "id", [p.id for p in knowledge.people]),
    ]
    for file, key, id_field, ids in identified:
        seen: set[str] = set()
        for index, entity_id in enumerate(ids):
            if entity_id in seen:
                yield issue(file, (key, index, id_field), f"duplicate « {entity_id} »")
            seen.add(entity_id)

    sourced: list[tuple[str, Location, str]] = [
        ("programme.yaml", ("programme", "source"), knowledge.programme.source),
        ("programme.yaml", ("axes", "source"), knowledge.axes.source),
        ("programme.yaml", ("benefits", "source"), knowledge.benefits.source),
        ("programme.yaml", ("offer", "source"), knowledge.offer.source),
        ("governance.yaml", ("selection", "source"), knowledge.selection.source),
        ("governance.yaml", ("governance", "source"), knowledge.governance.source),
        ("announcement.yaml", ("announcement", "source"), knowledge.announcement.source),
        ("departments.yaml", ("source",), documents["departments.yaml"].data["source"]),
        *(
            ("quotes.yaml", ("quotes", i, "source"), q.source)
            for i, q in enumerate(knowledge.quotes)
        ),
        *(
            ("contacts.yaml", ("organisations", i, "source"), o.source)
            for i, o in enumerate(knowledge.organisations)
        ),
        *(
            ("contacts.yaml", ("people", i, "source"), p.source)
            for i, p in enumerate(knowledge.people)
        ),
        *(
            ("territories.yaml", ("territories", i, "source"), t.source)
            for i, t in enumerate(knowledge.territories)
        ),
    ]
    for file, location, source_id in sourced:
        if source_id not in knowledge.sources:
            yield issue(file, location, f"unknown source « {source_id} » (see sources.yaml)")

    organisation_ids = {o.id for o in knowledge.organisations}
    members = [
        *(
            ("quotes.yaml", ("quotes", i, "organisation"), q.organisation)
            for i, q in enumerate(knowledge.quotes)
        ),
        *(
            ("contacts.yaml", ("people", i, "organisation"), p.organisation)
            for i, p in enumerate(knowledge.people)
        ),
    ]
    for file, location, organisation_id in members:
        if organisation_id not in organisation_ids:
            yield issue(file, location, f"unknown organisation « {organisation_id} »")

    for i, t in enumerate(knowledge.territories):
        where = ("territories", i)
        for j, code in enumerate(t.departments):
            if code not in knowledge.departments:
                yield issue(
                    "territories.yaml",
                    (*where, "departments", j),
                    f"department « {code} » is not in departments.yaml",
                )
        if t.named_after_department and (
            len(t.departments) != 1
            or fold(knowledge.department_name(t.departments[0])) != fold(t.name)
        ):
            yield issue(
                "territories.yaml",
                (*where, "named_after_department"),
                "a laureate named after its department bears the name of its one department",
            )
        for j, commune in enumerate(t.named_communes):
            if knowledge.places is not None and commune not in knowledge.places.communes_by_code:
                yield issue(
                    "territories.yaml",
                    (*where, "named_communes", j),
                    f"no commune has the INSEE code « {commune} »",
                )

    if knowledge.places is not None:
        for i, d in enumerate(knowledge.departments.values()):
            official = knowledge.places.departments.get(d.code)
            if official is None or official.name != d.name:
                expected = (
                    "no such department"
                    if official is None
                    else f"Etalab names it « {official.name} »"
                )
                yield issue("departments.yaml", ("departments", i, "name"), expected)

    yield from _perimeter_issues(knowledge=knowledge, issue=issue)
    yield from _alias_issues(aliases=aliases, issue=issue)
    yield from _topic_issues(knowledge=knowledge, issue=issue)


def _topic_issues(
    *, knowledge: Knowledge, issue: Callable[[str, Location, str], KnowledgeIssue]
) -> Iterator[KnowledgeIssue]:
    """Unknown facts, repeated ids, and an example question given to two topics."""
    file = "topics.yaml"
    seen_ids: set[str] = set()
    examples: dict[str, str] = {}
    for i, topic in enumerate(knowledge.topics):
        where: Location = ("topics", i)
        if topic.id in seen_ids:
            yield issue(file, (*where, "id"), f"duplicate « {topic.id} »")
        seen_ids.add(topic.id)
        for j, path in enumerate(topic.facts):
            try:
                knowledge.fact(path)
            except facts.UnknownFactError as error:
                yield issue(file, (*where, "facts", j), str(error))
        if topic.compose == "axis" and not any(
            isinstance(knowledge.fact(path), schema.Axis)
            for path in topic.facts
            if _resolves(knowledge, path)
        ):
            yield issue(file, (*where, "facts"), "an axis topic names its axis: axes.items.<id>")
        if topic.answer is not None:
            written = topic.answer
            if written.source not in knowledge.sources:
                yield issue(
                    file,
                    (*where, "answer", "source"),
                    f"unknown source « {written.source} » (see sources.yaml)",
                )
            for name in ("text", "text_en"):
                for path in facts.placeholders(getattr(written, name) or ""):
                    if not _resolves(knowledge, path):
                        yield issue(file, (*where, "answer", name), f"unknown fact « {path} »")
        for lang in ("fr", "en"):
            for j, example in enumerate(getattr(topic.examples, lang)):
                folded = fold(example)
                owner = examples.get(folded)
                if owner is not None:
                    yield issue(
                        file,
                        (*where, "examples", lang, j),
                        f"« {example} » is already an example of « {owner} »",
                    )
                examples.setdefault(folded, topic.id)


def _resolves(knowledge: Knowledge, path: str) -> bool:
    try:
        knowledge.fact(path)
    except facts.UnknownFactError:
        return False
    return True


def _perimeter_issues(
    *, knowledge: Knowledge, issue: Callable[[str, Location, str], KnowledgeIssue]
) -> Iterator[KnowledgeIssue]:
    """Each laureate tied to one ANCT territory, whose members Etalab knows."""
    perimeters, places, coverage = knowledge.perimeters, knowledge.places, knowledge.coverage
    if perimeters is None:
        # Communes are answered from the perimeters; the YAML alone needs none.
        if places is not None:
            yield KnowledgeIssue(
                PERIMETERS_FILE, None, "(file)", "is missing; run `make perimeters`"
            )
        return
    tied: dict[str, str] = {}
    for i, t in enumerate(knowledge.territories):
        where = ("territories", i, "anct_id")
        if t.anct_id not in perimeters.territories:
            yield issue("territories.yaml", where, f"no ANCT territory has the id « {t.anct_id} »")
        elif t.anct_id in tied:
            yield issue(
                "territories.yaml",
                where,
                f"« {t.anct_id} » is already the id of « {tied[t.anct_id]} »",
            )
        else:
            tied[t.anct_id] = t.id
            inside = set() if coverage is None else set(coverage.communes.get(t.anct_id, ()))
            for j, code in enumerate(t.named_communes):
                if coverage is not None and code not in inside:
                    yield issue(
                        "territories.yaml",
                        ("territories", i, "named_communes", j),
                        f"commune « {code} » is not in ANCT's perimeter of « {t.anct_id} »",
                    )
    if places is None:
        return
    for national in perimeters.territories.values():
        for member in national.members:
            known = (
                member.siren in places.epci_names
                if member.kind == "epci"
                else member.kind != "commune" or places.find(member.insee) is not None
            )
            if not known:
                yield KnowledgeIssue(
                    PERIMETERS_FILE,
                    national.line,
                    f"territories.{national.id}.members.{member.siren}",
                    f"Etalab's data knows no {member.kind} with the SIREN « {member.siren} » "
                    f"({member.name})",
                )


def _alias_issues(
    *, aliases: list[_Alias], issue: Callable[[str, Location, str], KnowledgeIssue]
) -> Iterator[KnowledgeIssue]:
    kept: dict[str, _Alias] = {}
    for alias in aliases:
        previous = kept.get(alias.folded)
        if previous is not None:
            if previous.owner != alias.owner:
                yield issue(
                    alias.file,
                    alias.location,
                    f"alias « {alias.folded} » also stands for {previous.owner.kind} "
                    f"« {previous.owner.id} » ({previous.file})",
                )
            continue
        for other in kept.values():
            if (
                other.owner != alias.owner
                and min(len(alias.folded), len(other.folded)) >= _SHORTEST_FUZZY_ALIAS
                and fuzz.ratio(alias.folded, other.folded) >= _TOO_CLOSE
            ):
                yield issue(
                    alias.file,
                    alias.location,
                    f"alias « {alias.folded} » is too close to « {other.folded} » of "
                    f"{other.owner.kind} « {other.owner.id} » ({other.file}): a typo could mean either",
                )
        kept[alias.folded] = alias
