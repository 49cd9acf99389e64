"""The YAML boundary: plain data checked against a frozen dataclass of the schema.

pydantic does the checking, and only here, imported when something is checked: the
knowledge's objects are plain dataclasses, so a command whose engine comes from its snapshot
starts without pydantic (a tenth of a second, some MB).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

Checked = TypeVar("Checked")

# How the schema's dataclasses are checked: no field the schema does not name.
CONFIG = {"extra": "forbid"}


class InvalidDataError(ValueError):
    """What pydantic found wrong, as its list of errors (each with `loc`, `type`, `msg`)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} validation errors")
        self.errors = errors


class Check:
    """A condition on a field, in its annotation: `Annotated[str, Check(test, message)]`."""

    def __init__(self, test: Callable[[Any], object], message: str) -> None:
        self.test = test
        self.message = message

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema  # noqa: PLC0415 - only when checking

        def check(value: Any) -> Any:
            if not self.test(value):
                raise ValueError(self.message)
            return value

        return core_schema.no_info_after_validator_function(check, handler(source))


def validate(kind: type[Checked], data: object) -> Checked:
    """`data` as a `kind`; raises InvalidDataError."""
    from pydantic import ValidationError  # noqa: PLC0415 - only when checking

    try:
        checked: Checked = _adapter(kind).validate_python(data)
    except ValidationError as error:
        raise InvalidDataError([dict(detail) for detail in error.errors()]) from None
    return checked


_ADAPTERS: dict[type[Any], Any] = {}


def _adapter(kind: type[Any]) -> Any:
    """pydantic's validator of `kind`, built once: building takes longer than validating."""
    if kind not in _ADAPTERS:
        from pydantic import TypeAdapter  # noqa: PLC0415 - only when checking

        _ADAPTERS[kind] = TypeAdapter(kind)
    return _ADAPTERS[kind]
