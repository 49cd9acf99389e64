"""`make soak`: `serve` as a process against the fake Bot API, MESSAGES questions at RATE a
second from USERS users, then: messages lost, latency (update available → its answer at the
API), and the bot's resident memory over the run.

An answer is counted by its last message, text or map, the one carrying the 👍/👎 buttons;
one chat's answers come in order, so the k-th such message answers the chat's k-th question.

With --chaos, getUpdates and the send methods fail at random meanwhile (429, 409 on getUpdates,
5xx, dropped connections, slow answers): the bot must lose nothing, answer nothing twice, and
still be running at the end.

Usage: python -m scripts.bench_soak [--chaos] [MESSAGES [RATE [USERS]]] (default 20000 25 2000).
"""

from __future__ import annotations

import collections
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.evaluate import load_cases
from tests.telegram.fake_bot_api import TOKEN, Chaos, FakeBotAPI, Fault, private_text

FIRST_CHAT = 100_000
# A map answer is a photo: leaving it out counted every map as lost, and shifted the latency
# of that chat's later questions by the time between two of its questions.
ANSWER_METHODS = frozenset({"sendMessage", "sendPhoto"})
# Each call fails with this probability; a slow answer stays under the client's 5 s timeout,
# past which a send that Telegram did deliver is sent again.
CHAOS_RATE = 0.05
POLL_FAULTS = (
    Fault("429", retry_after=1),
    Fault("409"),
    Fault("500"),
    Fault("502"),
    Fault("drop"),
    Fault("slow", seconds=1.5),
)
SEND_FAULTS = tuple(f for f in POLL_FAULTS if f.kind != "409")


def rss_mb(pid: int) -> float:
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> None:
    arguments = sys.argv[1:]
    chaos = "--chaos" in arguments
    arguments = [a for a in arguments if a != "--chaos"]
    messages, rate, users = (int(a) for a in [*arguments, "20000", "25", "2000"][:3])
    questions = [c.question for c in load_cases() if c.question.strip()]
    work = Path(tempfile.mkdtemp(prefix="soak-"))
    with FakeBotAPI() as api:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            env={
                **os.environ,
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": api.base_url,
                "DATA_DIR": str(work / "data"),
                "HEARTBEAT_FILE": str(work / "alive"),
                "LOG_LEVEL": "INFO",
                "LOG_SUMMARY_SECONDS": "60",
            },
            stdout=(work / "bot.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        api.wait_for("setMyCommands", timeout=60)
        if chaos:
            drawn = {"getUpdates": POLL_FAULTS} | dict.fromkeys(ANSWER_METHODS, SEND_FAULTS)
            api.set_chaos(Chaos(faults=drawn, rate=CHAOS_RATE))
        memory: list[float] = []
        done = threading.Event()

        def sample() -> None:
            while not done.wait(1.0):
                memory.append(rss_mb(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        pushed: dict[int, list[float]] = collections.defaultdict(list)
        started = time.monotonic()
        for index in range(messages):
            due = started + index / rate
            time.sleep(max(0.0, due - time.monotonic()))
            chat = FIRST_CHAT + index % users
            pushed[chat].append(time.monotonic())
            api.push(private_text(questions[index % len(questions)], chat_id=chat))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and answered(api) < messages:
            time.sleep(0.5)
        done.set()
        alive = process.poll() is None
        process.send_signal(signal.SIGTERM)
        stop_started = time.monotonic()
        status = process.wait(timeout=30)
        stop_seconds = time.monotonic() - stop_started
        faults = collections.Counter(
            f"{c.method} {c.status or 'drop'}" for c in api.calls if c.status != 200
        )
        latencies, lost, twice = compare(pushed, answers_by_chat(api))
    print(
        f"soak: {messages} messages at {rate}/s from {users} users in "
        f"{time.monotonic() - started:.0f} s: {lost} lost, {twice} answered twice, "
        f"{'alive' if alive else 'DEAD'} at the end"
    )
    if chaos:
        print("faults met: " + ", ".join(f"{k} ×{n}" for k, n in sorted(faults.items())))
    print_figures(latencies=latencies, memory=memory)
    print(f"stop: exit status {status} after {stop_seconds:.1f} s")
    if lost or twice or not alive:
        print(f"the bot's log, to see why: {work / 'bot.log'}")
    else:
        shutil.rmtree(work, ignore_errors=True)


def compare(
    pushed: dict[int, list[float]], replies: dict[int, list[float]]
) -> tuple[list[float], int, int]:
    """Each question's latency, the questions left unanswered, and the answers sent twice."""
    latencies, lost, twice = [], 0, 0
    for chat, times in pushed.items():
        got = replies.get(chat, [])
        lost += max(0, len(times) - len(got))
        twice += max(0, len(got) - len(times))
        latencies += [reply - asked for asked, reply in zip(times, got, strict=False)]
    return latencies, lost, twice


def print_figures(*, latencies: list[float], memory: list[float]) -> None:
    latencies = sorted(latencies)
    print(
        f"latency: median {statistics.median(latencies) * 1000:.1f} ms, "
        f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms, "
        f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.1f} ms, "
        f"max {latencies[-1] * 1000:.1f} ms"
    )
    print(
        f"memory (RSS): {memory[0]:.0f} MB at the start, {max(memory):.0f} MB at most, "
        f"{memory[-1]:.0f} MB at the end"
    )
    print("memory (RSS) minute by minute, MB: " + " ".join(f"{m:.0f}" for m in memory[::60]))


def answers_by_chat(api: FakeBotAPI) -> dict[int, list[float]]:
    found: dict[int, list[float]] = collections.defaultdict(list)
    for call in list(api.calls):
        markup = call.params.get("reply_markup") or {}
        buttons = [
            b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row
        ]
        if (
            call.method in ANSWER_METHODS
            and call.status == 200
            and any(data.startswith("fb_") for data in buttons)
        ):
            found[int(call.params["chat_id"])].append(call.at)
    return found


def answered(api: FakeBotAPI) -> int:
    return sum(len(times) for times in answers_by_chat(api).values())


if __name__ == "__main__":
    main()
