"""`make bench`: /stats and `report` on a large question log, and how long other chats wait
for their answers while /stats is computed.

The log holds ROWS questions of the last 30 days on a few hundred topics, asked in many forms
with typos. During /stats, other chats send a question every PACE_SECONDS; their latency is
from the update being available to the reply reaching the fake Bot API.
"""

from __future__ import annotations

import datetime as dt
import random
import signal
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bot.questions.log import QUESTION_LOG_FILE, QuestionLog
from bot.questions.report import group_questions
from tests.evaluate import load_cases
from tests.telegram.fake_bot_api import FakeBotAPI, command, private_text
from tests.telegram.test_serve import start
from tests.test_report import fill_log

ROWS = 100_000
# 20 questions a second: under Telegram's 30 messages a second, or the bot's flood limiter,
# not /stats, would set the pace (at 50 a second every answer waited about 30 ms for it).
PACE_SECONDS = 0.05
ADMIN = 4242


def realistic(rows: int) -> list[str]:
    """Questions of the question set, the most asked far more often, half with a typo."""
    rng = random.Random(7)
    texts = [c.question for c in load_cases() if len(c.question.split()) >= 2]
    weights = [1 / (rank + 1) for rank in range(len(texts))]
    out = []
    for chosen in rng.choices(texts, weights=weights, k=rows):
        cut = rng.randrange(len(chosen))
        out.append(chosen[:cut] + chosen[cut + 1 :] if rng.random() < 0.5 else chosen)
    return out


def stats_while_chatting(api: FakeBotAPI, data: str) -> tuple[float, list[float]]:
    """`serve` as a process of its own, as in production: the fake Bot API, here, stands for
    Telegram's servers, which do not share the bot's cores."""
    process = start(
        api,
        Path(data) / "bot.log",
        DATA_DIR=data,
        TELEGRAM_ADMIN_IDS=str(ADMIN),
        LOG_LEVEL="INFO",
    )
    latencies = []
    try:
        api.wait_for("setMyCommands", timeout=60)
        baseline = [answer_time(api, chat) for chat in range(10_000, 10_100)]
        print(
            f"without /stats, 100 answers: median {statistics.median(baseline) * 1000:.1f} ms,"
            f" max {max(baseline) * 1000:.1f} ms"
        )
        asked = time.monotonic()
        api.push(command("/stats", chat_id=1, user_id=ADMIN))
        chat = 100
        while not [c for c in api.sent_to(1) if c.method == "sendMessage"]:
            chat += 1
            latencies.append(answer_time(api, chat))
        stats_seconds = api.sent_to(1)[0].at - asked
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    return stats_seconds, latencies


def answer_time(api: FakeBotAPI, chat: int) -> float:
    """From a question being available to its answer reaching the API; then a pause, so
    that questions come every PACE_SECONDS."""
    pushed = time.monotonic()
    api.push(private_text("Alès", chat_id=chat))
    (reply,) = api.wait_for("sendMessage", where={"chat_id": chat}, timeout=30)
    time.sleep(max(0.0, PACE_SECONDS - (time.monotonic() - pushed)))
    return reply.at - pushed


def main() -> None:
    with tempfile.TemporaryDirectory() as data:
        path = Path(data) / QUESTION_LOG_FILE
        now = dt.datetime.now(dt.UTC)
        fill_log(path, rows=1, now=now)
        connection = sqlite3.connect(path)
        connection.executemany(
            "INSERT INTO questions (asked_at, kind, chat_type, question, intent, confidence,"
            " understood) VALUES (?, 'unanswered', 'private', ?, 'out_of_scope', 0.0, '{}')",
            [
                ((now - dt.timedelta(seconds=index * 25)).isoformat(), text)
                for index, text in enumerate(realistic(ROWS - 1))
            ],
        )
        connection.commit()
        connection.close()
        started = time.perf_counter()
        questions = QuestionLog(path=path).questions()
        read = time.perf_counter() - started
        groups = group_questions(questions=questions)
        grouped = time.perf_counter() - started - read
        print(
            f"report on {len(questions)} rows: read {read:.2f} s, grouped {grouped:.2f} s "
            f"into {len(groups)} groups"
        )
        with FakeBotAPI() as api:
            seconds, latencies = stats_while_chatting(api, data)
        ordered = sorted(latencies)
        print(
            f"/stats on {ROWS} rows answered in {seconds:.2f} s; meanwhile {len(ordered)} other "
            f"answers: median {statistics.median(ordered) * 1000:.1f} ms, "
            f"max {ordered[-1] * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
