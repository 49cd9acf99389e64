"""YAML is read by libyaml's C parser where PyYAML has it, with what the pure-Python parser
gives: the same values, the same line of every value, the same messages for a broken file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.errors import KnowledgeIssue
from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.knowledge.yamlfile import YamlDocument, YamlIssueError, read_yaml

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")

BROKEN = [
    "quotes: [\n  - a\n",
    "a: 1\n b: 2\n",
    "a: b: c\n",
    "a:\n  - x\n  y: 2\n",
    "a: 'unclosed\n",
    'a: "bad \\q escape"\n',
    "- a\nb: 1\n",
    "a: &x 1\nb: *y\n",
    "a: !!python/name:os.system ''\n",
    "\t- tab\n",
    "a: 1\n---\nb: 2\n",
    "",
    "# only a comment\n",
    "a: 1\nb: 2\na: 3\n",
    "a:\n  b: 1\n  c: [1, 2\n",
    "a: {b: 1, c\n",
    "a: |\n  text\n b: 1\n",
    "? [a, b]\n: 1\n",
]


def pure(path: Path, monkeypatch: pytest.MonkeyPatch) -> YamlDocument | KnowledgeIssue:
    with monkeypatch.context() as patched:
        patched.setattr(yaml, "__with_libyaml__", False)
        return outcome(path)


def outcome(path: Path) -> YamlDocument | KnowledgeIssue:
    try:
        return read_yaml(path=path)
    except YamlIssueError as error:
        return error.issue


@pytest.mark.parametrize("name", sorted(p.name for p in DEFAULT_DIRECTORY.glob("*.yaml")))
def test_every_knowledge_file_reads_the_same_values_at_the_same_lines(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = DEFAULT_DIRECTORY / name
    fast = outcome(path)
    assert isinstance(fast, YamlDocument)
    assert fast == pure(path, monkeypatch)


@pytest.mark.parametrize("text", BROKEN)
def test_a_broken_file_gets_the_same_message_at_the_same_line(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "quotes.yaml"
    path.write_text(text, encoding="utf-8")
    assert outcome(path) == pure(path, monkeypatch)
