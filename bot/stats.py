"""/stats: what the question log holds, computed in a process of its own.

Grouping a month of questions takes seconds of CPU; in the bot's process it would hold the
interpreter lock and delay every other chat's answer, so a short-lived process does it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.questionlog import QuestionLog
from bot.report import group_questions

TOP_GROUPS = 5
NICENESS = 19


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
    """`stats_text` in a spawned process: the event loop and its lock stay free."""
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        # Below the bot in the scheduler's eyes: answers first, statistics with what is left.
        initializer=os.nice,
        initargs=(NICENESS,),
    )
    try:
        return await asyncio.get_running_loop().run_in_executor(
            pool, functools.partial(stats_text, path=path)
        )
    finally:
        pool.shutdown(wait=False)
