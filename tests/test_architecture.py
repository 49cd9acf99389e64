"""The core never imports telegram: adapters sit on top of it, never inside."""

import subprocess
import sys

CORE = [
    "bot.normalize",
    "bot.knowledge.load",
    "bot.understanding.matching",
    "bot.understanding.intents",
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
