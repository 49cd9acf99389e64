"""Domain errors: raised in the core, turned into clear messages at the edge."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KnowledgeIssue:
    """One thing wrong in the knowledge, located for the person who edits it."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.field}: {self.message}"


class KnowledgeError(Exception):
    """The knowledge directory cannot be used as it is."""

    def __init__(self, issues: list[KnowledgeIssue]) -> None:
        self.issues = tuple(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


class ConfigError(Exception):
    """The environment does not describe a runnable bot."""


class StatsError(Exception):
    """The /stats figures could not be computed."""
