"""Facts named by path (« offer.envelope.amount », « axes.items.foncier »), so that topic
entries say what they draw on and written answers can quote it without copying it."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

# Parts of the knowledge a path may start from.
ROOTS = (
    "programme",
    "axes",
    "benefits",
    "offer",
    "announcement",
    "selection",
    "governance",
    "quotes",
    "organisations",
    "people",
    "territories",
    "departments",
    "sources",
)
PLACEHOLDER = re.compile(r"\{([a-z0-9_.-]+)\}")


class UnknownFactError(LookupError):
    """A path that leads to nothing in the knowledge."""


def resolve(root: object, path: str) -> object:
    """The value at `path`, starting from the knowledge `root`; raises UnknownFactError."""
    parts = path.split(".")
    if parts[0] not in ROOTS:
        raise UnknownFactError(
            f"unknown fact « {path} » (it starts with one of {', '.join(ROOTS)})"
        )
    value: Any = root
    for part in parts:
        value = _step(value, part, path)
    return value


def _step(value: Any, part: str, path: str) -> Any:
    if dataclasses.is_dataclass(value):
        if part in {f.name for f in dataclasses.fields(value)}:
            return getattr(value, part)
    elif isinstance(value, dict):
        if part in value:
            return value[part]
    elif isinstance(value, tuple):
        for item in value:
            if getattr(item, "id", None) == part:
                return item
    raise UnknownFactError(f"unknown fact « {path} »: nothing is called « {part} » there")


def placeholders(text: str) -> list[str]:
    return PLACEHOLDER.findall(text)


def fill(text: str, root: object, *, render: Callable[[object], str]) -> str:
    """`text` with each {path} replaced by its fact, as `render` writes it."""
    return PLACEHOLDER.sub(lambda m: render(resolve(root, m.group(1))), text)
