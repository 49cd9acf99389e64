"""The core never imports telegram: adapters sit on top of it, never inside. And the layout
shows the pipeline: few modules at bot/'s root, none too long, no import circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bot"
MAX_ROOT_MODULES = 12
MAX_LINES = 600

CORE = [
    "bot.normalize",
    "bot.knowledge.load",
    "bot.understanding.matching",
    "bot.understanding.intents",
    "bot.understanding.read",
    "bot.answers.execute",
    "bot.answers",
    "bot.engine",
    "bot.dialogue.context",
    "bot.dialogue.followup",
    "bot.dialogue.conversations",
    "bot.console",
    "bot.maps.cache",
    "bot.cli",
]


def test_core_modules_do_not_import_telegram() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {module}\n" for module in CORE)
        + "assert not any(m == 'telegram' or m.startswith('telegram.') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def modules(package: Path) -> dict[str, Path]:
    """Every module of the package by its dotted name; a package by its __init__."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: Mapping[str, Path]) -> Iterator[str]:
    """The package's modules that importing `name` runs: every import, at the top, under
    `if TYPE_CHECKING:` or in a function, with the packages on the way (their __init__
    runs first), except the module's own packages, already running when it is imported."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # « from bot.answers import french » imports a module; « import Composer », a name.
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        for target in targets:
            parts = target.split(".")
            for end in range(1, len(parts) + 1):
                module = ".".join(parts[:end])
                if module in known and module != name and not name.startswith(f"{module}."):
                    yield module


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    known = modules(package)
    return {name: set(imports(name, path, known)) for name, path in known.items()}


def test_few_modules_at_the_root_of_bot() -> None:
    root = sorted(path.name for path in PACKAGE.glob("*.py"))
    assert len(root) <= MAX_ROOT_MODULES, root


def test_no_module_is_too_long() -> None:
    lengths = {
        str(path.relative_to(PACKAGE.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert {path: n for path, n in lengths.items() if n > MAX_LINES} == {}


def test_no_import_circle_in_bot() -> None:
    assert cycles(import_graph(PACKAGE)) == []


@pytest.mark.parametrize(
    ("files", "circle"),
    [
        # Under `if TYPE_CHECKING:` and inside a function count as much as at the top.
        (
            {
                "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from p.b import B\n",
                "b.py": "def f() -> None:\n    import p.a\n",
            },
            ["p.a", "p.b"],
        ),
        # Importing p.q.c runs p/q/__init__.py first, which imports p.a.
        (
            {"a.py": "from p.q.c import C\n", "q/__init__.py": "from p import a\n", "q/c.py": ""},
            ["p.a", "p.q"],
        ),
        # Relative imports.
        ({"a.py": "from . import b\n", "b.py": "from .a import A\n"}, ["p.a", "p.b"]),
    ],
)
def test_the_circle_check_finds_circles(
    tmp_path: Path, files: dict[str, str], circle: list[str]
) -> None:
    package = tmp_path / "p"
    for name, text in {"__init__.py": "", **files}.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    assert cycles(import_graph(package)) == [circle]


def test_a_package_importing_its_own_modules_is_no_circle(tmp_path: Path) -> None:
    package = tmp_path / "p"
    (package / "q").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "q" / "__init__.py").write_text("from p.q.c import C\n")
    (package / "q" / "c.py").write_text("from p.q import d\nC = 1\n")
    (package / "q" / "d.py").write_text("")
    assert cycles(import_graph(package)) == []
