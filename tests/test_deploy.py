"""The Dockerfile and compose.yaml, checked without a Docker engine (none on CI): what the
image and a press office's deployment must hold. `docker compose config` (or docker-compose)
validates compose.yaml too where it is installed. With an engine and an image built from this
tree (`TERRITOIRES_BOT_IMAGE=territoires-bot pytest tests/test_deploy.py`), the image also runs
against the fake Bot API on 127.0.0.1 (the container on the host's network)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI

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


def test_the_image_ships_the_knowledge_snapshot_built_as_root_before_the_user() -> None:
    steps = dockerfile()
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]
    environment = " ".join(args for op, args in final if op == "ENV")
    assert "SNAPSHOT_DIR=/app/snapshots" in environment
    assert "KNOWLEDGE_DIR=/app/knowledge" in environment
    knowledge = final.index(("COPY", "knowledge /app/knowledge"))
    build = next(i for i, (op, args) in enumerate(final) if "territoires-bot check" in args)
    assert knowledge < build < final.index(("USER", "10001"))
    # Created beforehand, so that the bot's user may enter it.
    assert "mkdir /app/snapshots" in final[build][1]


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


IMAGE = os.environ.get("TERRITOIRES_BOT_IMAGE", "")


def _engine_reachable() -> bool:
    try:
        info = subprocess.run(["docker", "info"], capture_output=True, check=False, timeout=30)
        return info.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


needs_image = pytest.mark.skipif(
    not IMAGE or not _engine_reachable(),
    reason="no Docker engine, or TERRITOIRES_BOT_IMAGE does not name a built image",
)


def docker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["docker", *args], capture_output=True, text=True, check=False, timeout=60
    )


@pytest.fixture
def names() -> Iterator[list[str]]:
    """Containers and volumes a test creates, removed after it whatever happened: the newest
    first, since a volume cannot go while a container still holds it."""
    created: list[str] = []
    yield created
    for name in reversed(created):
        docker("rm", "--force", "--volumes", name)
        docker("volume", "rm", "--force", name)


def start_container(api: FakeBotAPI, names: list[str], *args: str) -> str:
    name = f"territoires-test-{uuid.uuid4().hex[:8]}"
    names.append(name)
    result = docker(
        "run", "--detach", "--name", name, "--network", "host",
        "--env", f"TELEGRAM_API_BASE_URL={api.base_url}", *args, IMAGE,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return name


def stop_container(name: str) -> tuple[int, str]:
    """`docker stop` with Compose's grace period: the exit code (137 if it had to kill) and logs."""
    docker("stop", "--time", "10", name)
    code = docker("inspect", "--format", "{{.State.ExitCode}}", name).stdout.strip()
    logs = docker("logs", name)
    return int(code), logs.stdout + logs.stderr


@needs_image
def test_the_image_runs_as_10001_with_no_installer() -> None:
    probe = (
        'id -u; for m in pip setuptools ensurepip; do python -c "import $m" 2>&- && echo $m; done'
    )
    result = docker("run", "--rm", "--entrypoint", "sh", IMAGE, "-c", probe)
    assert result.stdout == "10001\n", result.stdout + result.stderr


@needs_image
def test_the_image_starts_from_its_snapshot_on_a_read_only_root() -> None:
    # Building the knowledge is made impossible: only the shipped snapshot can answer.
    probe = (
        "import bot.snapshot as s, pathlib; s.load_knowledge = None; "
        "print(s.load_engine(directory=pathlib.Path('/app/knowledge')).ask(question='Alès').text)"
    )
    result = docker("run", "--rm", "--read-only", "--entrypoint", "python", IMAGE, "-c", probe)
    assert result.returncode == 0 and result.stdout.startswith("Oui"), result.stderr


@needs_image
def test_the_container_answers_turns_healthy_and_stops_within_the_grace(
    tmp_path: Path, names: list[str]
) -> None:
    # As compose.yaml runs it: the token a read-only file of root's, /data a named volume,
    # a read-only root with /tmp in memory; health probed every second instead of 30.
    token = tmp_path / "token"
    token.write_text(TOKEN)
    token.chmod(0o644)
    volume = f"territoires-test-{uuid.uuid4().hex[:8]}"
    names.append(volume)
    with FakeBotAPI() as api:
        name = start_container(
            api, names,
            "--volume", f"{token}:/run/secrets/token:ro",
            "--env", "TELEGRAM_BOT_TOKEN_FILE=/run/secrets/token",
            "--volume", f"{volume}:/data", "--read-only", "--tmpfs", "/tmp",
            "--health-interval", "1s", "--health-start-period", "60s",
        )  # fmt: skip
        api.wait_for("setMyCommands", timeout=60)
        api.push(tg.private_text("contacts presse", chat_id=301))
        api.push(tg.private_text("quelle est la couleur du ciel à Tombouctou", chat_id=302))
        (sent,) = api.wait_for("sendMessage", where={"chat_id": 301}, timeout=30)
        assert "service-presse@occitanie.gouv.fr" in sent.params["text"]
        api.wait_for("sendMessage", where={"chat_id": 302}, timeout=30)
        status = ""
        for _ in range(60):
            status = docker("inspect", "--format", "{{.State.Health.Status}}", name).stdout
            if status.strip() != "starting":
                break
            time.sleep(1)
        assert status.strip() == "healthy"
        pid_1 = docker("exec", name, "cat", "/proc/1/cmdline").stdout
        assert pid_1.split("\0")[:2] == ["/usr/bin/tini", "--"]
        code, logs = stop_container(name)
    assert code == 0 and logs.rstrip().endswith("stopped"), logs[-2000:]
    assert TOKEN not in logs
    # The unanswered question went to the log in the volume, written by the bot's user.
    owner = docker(
        "run", "--rm", "--volume", f"{volume}:/data", "--entrypoint", "stat", IMAGE,
        "--format", "%u", "/data/questions.sqlite3",
    )  # fmt: skip
    assert owner.stdout.strip() == "10001", owner.stderr


@needs_image
def test_a_stop_with_a_backlog_loses_nothing(names: list[str]) -> None:
    chats = range(400, 600)
    with FakeBotAPI() as api:
        first = start_container(api, names, "--env", f"TELEGRAM_BOT_TOKEN={TOKEN}")
        api.wait_for("setMyCommands", timeout=60)
        for chat in chats:
            api.push(tg.private_text("Alès est-il un territoire d'industrie ?", chat_id=chat))
        api.wait_for("sendMessage", count=10, timeout=60)
        code, logs = stop_container(first)
        assert code == 0, logs[-2000:]
        # What the first run acknowledged it answered; the second answers the rest.
        second = start_container(api, names, "--env", f"TELEGRAM_BOT_TOKEN={TOKEN}")
        for chat in chats:
            api.wait_for("sendMessage", where={"chat_id": chat}, timeout=60)
        code, logs = stop_container(second)
        assert code == 0, logs[-2000:]
