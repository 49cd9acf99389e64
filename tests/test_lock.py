"""The hash-pinned locks hold every dependency pyproject.toml declares, at an allowed version."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)


def pins(lock: Path) -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in _PIN.findall(lock.read_text())}


def declared(*groups: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"])
    for group in groups:
        requirements += project["optional-dependencies"][group]
    return [Requirement(r) for r in requirements]


@pytest.mark.parametrize(
    ("lock", "groups"), [("requirements.lock", ()), ("requirements-test.lock", ("test",))]
)
def test_every_declared_dependency_is_locked_at_an_allowed_version(
    lock: str, groups: tuple[str, ...]
) -> None:
    locked = pins(ROOT / lock)
    problems = []
    for requirement in declared(*groups):
        version = locked.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement.name} is missing")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}=={version} does not satisfy {requirement}")
    assert not problems, f"{lock} is out of date with pyproject.toml, run `make lock`: {problems}"


def test_the_build_backend_is_locked_at_an_allowed_version() -> None:
    """The image builds the package without build isolation, from this lock alone."""
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    locked = pins(ROOT / "requirements-build.lock")
    for requirement in map(Requirement, requires):
        version = locked.get(canonicalize_name(requirement.name))
        assert version is not None, f"{requirement.name} is not locked, run `make lock`"
        assert requirement.specifier.contains(version), f"{requirement} is not met, run `make lock`"


def test_every_pin_carries_a_hash() -> None:
    for lock in ("requirements.lock", "requirements-test.lock", "requirements-build.lock"):
        entries = re.split(r"\n(?=[A-Za-z0-9])", (ROOT / lock).read_text())
        unhashed = [e.split()[0] for e in entries if "==" in e and "--hash=sha256:" not in e]
        assert not unhashed, f"{lock}: pins without a hash: {unhashed} (run `make lock`)"


def test_the_test_lock_agrees_with_the_runtime_lock() -> None:
    runtime, test = pins(ROOT / "requirements.lock"), pins(ROOT / "requirements-test.lock")
    assert {name: test.get(name) for name in runtime} == runtime, "run `make lock`"


def test_the_licence_is_an_spdx_expression_so_setuptools_stays_quiet() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
