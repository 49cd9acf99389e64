"""`make bench`: how long each command takes to start, as whole processes, beside `python -c pass`.

Timed: `ask` (one question, its answer printed), `check` (and `check` after an edit, which
builds the knowledge and writes its snapshot), `serve` until its first getUpdates
reaches the fake Bot API, and `/reload` in a running `serve` (from the command being
available to its reply reaching the API) of an unchanged knowledge directory and of an
edited one. Each is run once to warm up, then RUNS times; the figure is the median wall
time, with the CPU time and the peak memory of the process. The knowledge's snapshot lives
in a directory of this run's own, so the figures do not depend on what ran before, and
Python writes its bytecode caches as it does by default (PYTHONDONTWRITEBYTECODE unset): an
installed package, as in the image, has them from its installation.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.load import DEFAULT_DIRECTORY
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI

RUNS = 5
ADMIN = 4242
QUESTION = "Alès est-il lauréat ?"


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user and system
    peak_mb: float  # the process's peak resident memory


# Runs the command and reports its wall time, exit status, CPU time and peak memory. A small
# process of its own starts it: a child's peak memory counts what it held before exec, which
# from this process (the fake API, the test helpers) would be some 40 MB not its own.
_TIMER = """
import json, os, subprocess, sys, time
start = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(process.pid, 0)
wall = time.perf_counter() - start
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps([wall, os.waitstatus_to_exitcode(status), cpu, usage.ru_maxrss]))
"""


def run(command: list[str], env: dict[str, str]) -> Run:
    """One process to its end, timed by the clock and by its own resource usage."""
    timer = subprocess.run(
        [sys.executable, "-c", _TIMER, *command], env=env, capture_output=True, check=True
    )
    wall, status, cpu, peak_kb = json.loads(timer.stdout)
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited {status}")
    return Run(wall, cpu, peak_kb / 1024)


def repeat(measure: Callable[[], Run], runs: int = RUNS) -> list[Run]:
    measure()
    return [measure() for _ in range(runs)]


def serve_env(base: dict[str, str], work: Path, api: FakeBotAPI, knowledge: Path) -> dict[str, str]:
    return {
        **base,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_ADMIN_IDS": str(ADMIN),
        "KNOWLEDGE_DIR": str(knowledge),
        "DATA_DIR": str(work / "data"),
        "HEARTBEAT_FILE": str(work / "alive"),
        "LOG_LEVEL": "WARNING",
    }


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def first_poll(base: dict[str, str], work: Path) -> Run:
    """`serve` from its start until its first getUpdates arrives at the API."""
    with FakeBotAPI() as api:
        start = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            env=serve_env(base, work, api, DEFAULT_DIRECTORY),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            (poll, *_) = api.wait_for("getUpdates", timeout=60)
        finally:
            stop(process)
    return Run(poll.at - start, 0.0, 0.0)


def reloads(base: dict[str, str], work: Path) -> tuple[list[Run], list[Run]]:
    """`/reload` in one running `serve`: the knowledge unchanged, then edited (a line added
    to a file) before each reload."""
    knowledge = work / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, knowledge)
    edited = knowledge / "sources.yaml"
    chat = iter(range(1000, 2000))
    with FakeBotAPI() as api:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            env=serve_env(base, work, api, knowledge),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            api.wait_for("getUpdates", timeout=60)

            def reload(*, edit: bool) -> Run:
                if edit:
                    with edited.open("a", encoding="utf-8") as stream:
                        stream.write(f"# edited at {time.time()}\n")
                chat_id = next(chat)
                pushed = time.monotonic()
                api.push(tg.command("/reload", chat_id=chat_id, user_id=ADMIN))
                (reply,) = api.wait_for("sendMessage", where={"chat_id": chat_id}, timeout=60)
                if "rechargées" not in reply.params["text"]:
                    raise SystemExit(f"/reload failed: {reply.params['text']}")
                return Run(reply.at - pushed, 0.0, 0.0)

            unchanged = repeat(lambda: reload(edit=False))
            changed = repeat(lambda: reload(edit=True))
        finally:
            stop(process)
    return unchanged, changed


def line(label: str, runs: list[Run], baseline: float) -> str:
    wall = statistics.median(r.wall for r in runs)
    text = f"{label:<28} median {wall * 1000:7.0f} ms  ({wall / baseline:5.1f} × python -c pass)"
    if any(r.cpu for r in runs):
        cpu = statistics.median(r.cpu for r in runs)
        peak = max(r.peak_mb for r in runs)
        text += f"  CPU {cpu * 1000:5.0f} ms  peak {peak:4.0f} MB"
    return text


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-start-"))
    base = {**os.environ, "SNAPSHOT_DIR": str(work / "snapshots")}
    base.pop("PYTHONDONTWRITEBYTECODE", None)
    bot = [sys.executable, "-m", "bot"]
    try:
        python = repeat(lambda: run([sys.executable, "-c", "pass"], base))
        baseline = statistics.median(r.wall for r in python)
        print(f"start-up, median of {RUNS} runs after one warm-up:")
        print(line("python -c pass", python, baseline))
        print(line("ask", repeat(lambda: run([*bot, "ask", QUESTION], base)), baseline))

        def cold() -> Run:
            shutil.rmtree(work / "snapshots", ignore_errors=True)
            return run([*bot, "ask", QUESTION], base)

        print(line("ask, no snapshot yet", repeat(cold), baseline))
        print(line("check", repeat(lambda: run([*bot, "check"], base)), baseline))
        edited = work / "edited"
        shutil.copytree(DEFAULT_DIRECTORY, edited)

        def check_after_an_edit() -> Run:
            with (edited / "sources.yaml").open("a", encoding="utf-8") as stream:
                stream.write(f"# edited at {time.time()}\n")
            return run([*bot, "--knowledge", str(edited), "check"], base)

        print(line("check, after an edit", repeat(check_after_an_edit), baseline))
        print(line("serve, to its first poll", repeat(lambda: first_poll(base, work)), baseline))
        unchanged, changed = reloads(base, work)
        print(line("/reload, unchanged", unchanged, baseline))
        print(line("/reload, a file edited", changed, baseline))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
