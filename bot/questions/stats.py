"""/stats: what the question log holds, computed in a process of its own.

Grouping a month of questions takes seconds of CPU; in the bot's process it would hold the
interpreter lock and delay every other chat's answer, so a short-lived process does it. A
plain child rather than multiprocessing's spawn, which would import the bot's main module
(the whole bot) again, at full priority, before its initializer could lower it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

from bot.errors import StatsError
from bot.questions.log import QuestionLog
from bot.questions.report import group_questions

TOP_GROUPS = 5
# The child lowers its priority before anything else, its imports included: the bot's answers
# come first, the statistics get what is left. It imports only what the figures need.
_CHILD = (
    "import os, sys; os.nice(19); "
    "from pathlib import Path; from bot.questions.stats import stats_text; "
    "sys.stdout.buffer.write(stats_text(path=Path(sys.argv[1])).encode())"
)


def stats_text(*, path: Path, now: dt.datetime | None = None) -> str:
    moment = now or dt.datetime.now(dt.UTC)
    month = QuestionLog(path=path).questions(since=moment - dt.timedelta(days=30))
    week = [q for q in month if q.asked_at >= moment - dt.timedelta(days=7)]
    lines = [
        "Questions sans réponse sûre :",
        f"• 7 derniers jours : {len(week)} (dont {sum(q.kind == 'disliked' for q in week)} 👎)",
        f"• 30 derniers jours : {len(month)} (dont {sum(q.kind == 'disliked' for q in month)} 👎)",
    ]
    groups = group_questions(questions=month)[:TOP_GROUPS]
    if groups:
        lines.append("\nLes plus fréquentes (30 jours) :")
        lines.extend(f"• {g.count} × {g.example[:80]}" for g in groups)
    return "\n".join(lines)


async def stats_elsewhere(*, path: Path) -> str:
    """`stats_text` in a child process: the event loop and its lock stay free."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _CHILD,
        str(path),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await process.communicate()
    except asyncio.CancelledError:
        process.kill()  # the bot is stopping: the figures are not worth waiting for
        await process.wait()
        raise
    if process.returncode != 0:
        last = err.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise StatsError(f"the /stats process exited with {process.returncode}: {last[0]}")
    return out.decode()
