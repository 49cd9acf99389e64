"""The Dockerfile and compose.yaml, checked without a Docker engine (none on CI): what the
image and a press office's deployment must hold. `docker compose config` (or docker-compose)
validates compose.yaml too where it is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) pairs, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", (ROOT / "Dockerfile").read_text())
    lines = [line.strip() for line in text.splitlines()]
    pairs = [line.split(maxsplit=1) for line in lines if line and not line.startswith("#")]
    return [(p[0].upper(), p[1] if len(p) > 1 else "") for p in pairs]


def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    return loaded


def test_the_base_image_is_pinned_to_a_python_minor_and_a_debian_release() -> None:
    base = next(args for op, args in dockerfile() if op == "ARG" and "PYTHON_IMAGE" in args)
    assert re.fullmatch(r"PYTHON_IMAGE=python:3\.\d+-slim-bookworm", base)


def test_dependencies_come_from_the_lock_in_a_layer_before_the_sources() -> None:
    steps = dockerfile()
    copies = [args for op, args in steps if op == "COPY"]
    lock = next(i for i, args in enumerate(copies) if "requirements.lock" in args)
    readme = next(i for i, args in enumerate(copies) if "README.md" in args)
    sources = next(i for i, args in enumerate(copies) if args.startswith("bot "))
    assert lock < readme and lock < sources
    installs = [args for op, args in steps if op == "RUN" and "pip install" in args]
    assert "--require-hashes" in installs[0] and "requirements.lock" in installs[0]
    assert all("--no-deps" in args for args in installs)


def test_the_package_is_built_with_the_locked_backend_which_then_leaves() -> None:
    runs = [args for op, args in dockerfile() if op == "RUN"]
    locked = next(args for args in runs if "requirements-build.lock" in args)
    assert "--require-hashes" in locked
    build = next(args for args in runs if "pip install --no-deps" in args and " ." in args)
    assert "--no-build-isolation" in build and "pip uninstall --yes pip setuptools" in build


def test_the_final_image_ships_no_installer_and_no_anonymous_volume() -> None:
    steps = dockerfile()
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]
    runs = " ".join(args for op, args in final if op == "RUN")
    assert "pip uninstall" in runs and "setuptools" in runs
    assert not [op for op, _ in steps if op == "VOLUME"]
    assert ("USER", "10001") in final


def test_tini_is_pid_1_and_the_health_check_reads_the_heartbeat() -> None:
    steps = dict(dockerfile())
    assert steps["ENTRYPOINT"].startswith('["/usr/bin/tini", "--"')
    assert "territoires-bot" in steps["HEALTHCHECK"] and '"health"' in steps["HEALTHCHECK"]
    assert steps["EXPOSE"] == "8443"
    assert steps["STOPSIGNAL"] == "SIGTERM"


def test_compose_runs_as_is_for_a_press_office() -> None:
    service = compose()["services"]["bot"]
    assert service["restart"] in {"unless-stopped", "always"}
    assert service["stop_grace_period"] == "10s"
    assert "health" in service["healthcheck"]["test"]
    assert service["logging"]["options"]["max-size"]
    assert "data:/data" in service["volumes"]
    assert "data" in compose()["volumes"]
    # The token comes from a secret file, never from the environment itself.
    environment = service["environment"]
    assert "TELEGRAM_BOT_TOKEN" not in environment
    secret = environment["TELEGRAM_BOT_TOKEN_FILE"].removeprefix("/run/secrets/")
    assert secret in service["secrets"]
    assert compose()["secrets"][secret]["file"].startswith("./secrets/")
    assert "/tmp" in service["tmpfs"]  # the heartbeat's place on a read-only root


def test_the_secrets_folder_never_reaches_git_or_the_image() -> None:
    assert "secrets/" in (ROOT / ".gitignore").read_text().split()
    assert "!secrets" not in (ROOT / ".dockerignore").read_text()


@pytest.mark.skipif(
    shutil.which("docker-compose") is None, reason="docker-compose is not installed"
)
def test_docker_compose_accepts_the_file(tmp_path: Path) -> None:
    shutil.copy(ROOT / "compose.yaml", tmp_path)
    result = subprocess.run(
        ["docker-compose", "-f", str(tmp_path / "compose.yaml"), "config", "-q"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
