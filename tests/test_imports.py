"""Each command imports what it uses: drawing maps (Pillow), the Telegram library and the
question log (SQLite) load when used, not with every command; pydantic, which checks the
knowledge's files, only when they are checked."""

from __future__ import annotations

import json
import subprocess
import sys

# Runs the command line in-process, then lists the modules it imported on stderr.
_RUN = (
    "import json, sys\n"
    "from bot.cli import main\n"
    "status = main(sys.argv[1:])\n"
    "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    "raise SystemExit(status)\n"
)
LAZY = ("PIL", "telegram", "sqlite3", "bot.questions", "bot.maps.render", "bot.telegram")


def imported(*args: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", _RUN, *args],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return set(json.loads(result.stderr.splitlines()[-1]))


def loaded(modules: set[str], package: str) -> bool:
    return any(m == package or m.startswith(f"{package}.") for m in modules)


def test_ask_loads_neither_maps_nor_telegram_nor_the_question_log() -> None:
    modules = imported("ask", "Alès est-il lauréat ?")
    assert [p for p in LAZY if loaded(modules, p)] == []


def test_ask_answered_from_the_snapshot_does_not_load_pydantic() -> None:
    imported("ask", "Alès est-il lauréat ?")  # builds and keeps the snapshot if none is kept
    modules = imported("ask", "Alès est-il lauréat ?")
    assert not loaded(modules, "pydantic")
    assert not loaded(modules, "pydantic_core")


def test_check_loads_neither_maps_nor_telegram_nor_the_question_log() -> None:
    modules = imported("check")
    assert [p for p in LAZY if loaded(modules, p)] == []


def test_an_answer_with_a_map_loads_the_drawing() -> None:
    modules = imported("ask", "la carte des lauréats")
    assert loaded(modules, "PIL")
    assert not loaded(modules, "telegram")


def test_serve_loads_the_drawing_only_when_a_map_is_asked() -> None:
    code = "import sys\nimport bot.telegram.app\nassert 'PIL' not in sys.modules\n"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
