"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from bot.knowledge.load import DEFAULT_DIRECTORY


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_ask_prints_the_answer() -> None:
    result = cli("ask", "Alès est-il lauréat ?")
    assert result.returncode == 0
    assert result.stdout.startswith("Oui")


def test_ask_json_has_the_documented_fields() -> None:
    result = cli("ask", "--json", "le 81")
    data = json.loads(result.stdout)
    assert set(data) >= {
        "question",
        "answer",
        "intent",
        "territories",
        "suggestions",
        "confidence",
        "sources",
    }
    assert data["territories"] == ["Castres Revel Castelnaudary", "Albigeois", "Hautes Terres d'Oc"]


def test_ask_jsonl_answers_each_line_in_order() -> None:
    result = cli("ask", "--jsonl", stdin="Figeac\nBrest\n\ncontacts\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == ["Figeac", "Brest", "", "contacts"]
    assert lines[0]["territories"] == ["Aurillac Figeac Rodez"]
    assert lines[1]["territories"] == []


def test_chat_answers_piped_questions_and_stops_on_quit() -> None:
    result = cli("chat", stdin="Alès ?\nquit\nFigeac\n")
    assert result.returncode == 0
    assert "Alès" in result.stdout
    assert "Figeac" not in result.stdout


def test_check_accepts_the_shipped_knowledge() -> None:
    result = cli("check")
    assert result.returncode == 0
    assert "valid" in result.stdout


def test_invalid_knowledge_exits_2_with_located_errors_and_no_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "k"
    shutil.copytree(DEFAULT_DIRECTORY, broken)
    path = broken / "contacts.yaml"
    path.write_text(path.read_text("utf-8").replace('"05 34 45 34 77"', '"5 34"'), "utf-8")
    for args in (["check", str(broken)], ["--knowledge", str(broken), "ask", "Alès"]):
        result = cli(*args)
        assert result.returncode == 2
        assert "contacts.yaml:" in result.stderr
        assert "people.1.phones.0" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_reader_that_leaves_early_gets_no_traceback() -> None:
    # `territoires-bot ask --jsonl < questions | head -1`: the pipe closes under the writer.
    questions = "".join(f"Alès {n}\n" for n in range(300))
    writer = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write(questions)
    writer.stdin.close()
    writer.stdout.readline()
    writer.stdout.close()
    assert writer.wait(timeout=60) == 0
    assert writer.stderr is not None
    assert "Traceback" not in writer.stderr.read()
