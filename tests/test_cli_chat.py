"""`territoires-bot chat`: a conversation keeps its context; `ask` stays stateless."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time


def run(*args: str, stdin: str, columns: int = 80) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": str(columns)},
    )


def test_chat_keeps_the_context_between_turns() -> None:
    result = run("chat", stdin="Alès\nest-il nouveau ?\n")
    assert "Non : « Alès » n'est pas un nouveau lauréat" in result.stdout


def test_chat_wraps_to_the_terminal_width_and_numbers_the_buttons() -> None:
    result = run("chat", stdin="les lauréats du Tarn\n2\nest-il nouveau ?\n", columns=40)
    assert all(len(line) <= 40 for line in result.stdout.splitlines())
    assert "  2. Albigeois" in result.stdout
    # « 2 » opened the Albigeois card, which became the context.
    assert "Oui : « Albigeois » est un nouveau" in " ".join(result.stdout.split())


def test_chat_jsonl_one_object_per_turn_and_an_empty_line_starts_over() -> None:
    result = run("chat", "--jsonl", stdin="Alès\nest-il nouveau ?\n\nest-il nouveau ?\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["Alès", "est-il nouveau ?"] * 1 + [
        "est-il nouveau ?"
    ]
    assert set(lines[0]) >= {"question", "answer", "intent", "territories", "buttons"}
    assert lines[1]["territories"] == ["Alès"]
    assert lines[2]["intent"] == "clarify"


def test_ask_jsonl_stays_stateless() -> None:
    result = run("ask", "--jsonl", stdin="Alès\nest-il nouveau ?\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[1]["territories"] != ["Alès"]


def test_in_a_terminal_the_welcome_numbers_its_topics_and_a_digit_opens_one() -> None:
    main, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "COLUMNS": "60"},
    )
    os.close(follower)
    try:
        welcome = _read_until(main, b"> ")
        os.write(main, b"2\n")
        axes = _read_until(main, b"> ")
        os.write(main, b"quit\n")
        process.wait(timeout=30)
    finally:
        os.close(main)
        if process.poll() is None:
            process.kill()
    assert "  2. Les 4 axes" in welcome
    assert all(len(line) <= 60 for line in welcome.splitlines())
    assert "décarbonation" in axes


def _read_until(fd: int, marker: bytes, timeout: float = 30.0) -> str:
    seen = b""
    deadline = time.monotonic() + timeout
    while not seen.endswith(marker) and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            seen += os.read(fd, 65536)
    return seen.decode().replace("\r\n", "\n")
