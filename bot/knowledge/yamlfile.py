"""Reads a YAML file and remembers the line of every value, so errors can point at it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import KnowledgeIssue

if TYPE_CHECKING:
    import yaml

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class YamlDocument:
    path: Path
    data: Any
    lines: dict[Location, int]

    def line_of(self, location: Location) -> int | None:
        """The line of the value at `location`, or of its closest parent that has one."""
        for end in range(len(location), -1, -1):
            line = self.lines.get(location[:end])
            if line is not None:
                return line
        return None


def read_yaml(*, path: Path) -> YamlDocument:
    """Parses one file; a syntax error or a repeated key becomes a KnowledgeIssue."""
    # Imported here: a command whose knowledge comes from its snapshot reads no YAML.
    import yaml  # noqa: PLC0415

    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _issue(name, None, "(file)", f"cannot be read: {error}") from error
    # libyaml's parser, in C, where PyYAML has it: several times faster, with the same line
    # numbers. It words syntax errors its own way, so a file it refuses is read again by the
    # pure-Python parser, whose messages are the ones `check` has always printed.
    if yaml.__with_libyaml__:
        try:
            return _parse(path=path, loader=yaml.CSafeLoader(text))
        except yaml.YAMLError:
            pass
    try:
        return _parse(path=path, loader=yaml.SafeLoader(text))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(error, "problem", None) or str(error)
        raise _issue(name, line, "(syntax)", str(problem)) from error


def load_yaml(*, path: Path) -> Any:
    """The file's data alone, without the lines: some twice as fast, for a file that is
    usually valid (a problem found in it then asks read_yaml for its lines)."""
    import yaml  # noqa: PLC0415

    if yaml.__with_libyaml__:
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            pass  # read_yaml says what is wrong, in its own words
    return read_yaml(path=path).data


def _parse(*, path: Path, loader: yaml.SafeLoader | yaml.CSafeLoader) -> YamlDocument:
    try:
        node = loader.get_single_node()
        if node is None:
            raise _issue(path.name, None, "(file)", "is empty")
        lines: dict[Location, int] = {}
        _record_lines(node=node, location=(), lines=lines, file=path.name)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    return YamlDocument(path=path, data=data, lines=lines)


def _record_lines(
    *, node: yaml.Node, location: Location, lines: dict[Location, int], file: str
) -> None:
    lines[location] = node.start_mark.line + 1
    # A node's kind by its `id` ("scalar", "sequence", "mapping"), which PyYAML's stubs omit:
    # no need to import yaml for its node classes.
    kind = getattr(node, "id", None)
    if kind == "mapping":
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                raise _issue(file, key_node.start_mark.line + 1, key, "appears twice")
            seen.add(key)
            _record_lines(node=value_node, location=(*location, key), lines=lines, file=file)
            lines[(*location, key)] = key_node.start_mark.line + 1
    elif kind == "sequence":
        for index, item in enumerate(node.value):
            _record_lines(node=item, location=(*location, index), lines=lines, file=file)


class YamlIssueError(Exception):
    def __init__(self, issue: KnowledgeIssue) -> None:
        self.issue = issue
        super().__init__(str(issue))


def _issue(file: str, line: int | None, field: str, message: str) -> YamlIssueError:
    return YamlIssueError(KnowledgeIssue(file=file, line=line, field=field, message=message))
