"""End-to-end latency against the fake Bot API: the bot and, in the same run, a bare echo bot.

Time measured: from an update being available to getUpdates until the reply reaches the API.
The echo bot is bare (no rate limiter, the library's poller); this bot runs as `serve` builds
it, with its own poller.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from collections.abc import Callable

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.engine import Engine
from bot.holder import EngineHolder
from bot.knowledge.load import DEFAULT_DIRECTORY, load_knowledge
from bot.telegram.app import build_application
from bot.telegram.config import read_config
from bot.telegram.polling import Poller
from tests.evaluate import load_cases
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, private_text

MESSAGES = 100
ROUNDS = 3
# Updates arrive at 20 a second, under the 30 a second Telegram allows: the figure is the
# latency of one answer, not the flood limiter's pacing of a burst.
PACE_SECONDS = 0.05


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def echo_application(base_url: str) -> Application:  # type: ignore[type-arg]
    application = Application.builder().token(TOKEN).base_url(f"{base_url}/bot").build()
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    return application


async def measure(
    api: FakeBotAPI,
    application: Application,  # type: ignore[type-arg]
    questions: list[str],
    first_chat: int,
) -> list[float]:
    await application.initialize()
    await application.start()
    stop = asyncio.Event()
    if application.updater is not None:
        await application.updater.start_polling(poll_interval=0, timeout=10)
    else:
        polling = asyncio.create_task(Poller(application).run(stop))
    latencies = []
    try:
        for index, question in enumerate(questions):
            chat = first_chat + index
            pushed = time.monotonic()
            api.push(private_text(question, chat_id=chat))
            (reply,) = await asyncio.to_thread(api.wait_for, "sendMessage", where={"chat_id": chat})
            latencies.append(reply.at - pushed)
            await asyncio.sleep(max(0.0, PACE_SECONDS - (time.monotonic() - pushed)))
    finally:
        if application.updater is not None:
            await application.updater.stop()
        else:
            stop.set()
            await polling
        await application.stop()
        await application.shutdown()
    return latencies


def summary(name: str, latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    median, p99 = statistics.median(ordered), ordered[max(int(len(ordered) * 0.99) - 1, 0)]
    print(
        f"{name:<10} median {median * 1000:6.2f} ms   p99 {p99 * 1000:6.2f} ms   ({len(ordered)} messages)"
    )
    return median, p99


def main() -> None:
    questions = [c.question for c in load_cases() if c.question.strip()][:MESSAGES]
    holder = EngineHolder(engine=Engine(knowledge=load_knowledge()), directory=DEFAULT_DIRECTORY)

    data = tempfile.mkdtemp(prefix="bench-")

    def this_bot(base_url: str) -> Application:  # type: ignore[type-arg]
        env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": base_url, "DATA_DIR": data}
        config = read_config(env)
        return build_application(config=config, holder=holder)

    runs: list[tuple[str, Callable[[str], Application]]] = [  # type: ignore[type-arg]
        ("echo bot", echo_application),
        ("this bot", this_bot),
    ]
    results: dict[str, list[float]] = {name: [] for name, _ in runs}
    # Alternate the two bots so that drift in the machine's load hits both alike.
    for _ in range(ROUNDS):
        for name, make in runs:
            # A fresh fake API for each run: nothing left over from the other bot.
            with FakeBotAPI() as api:
                results[name] += asyncio.run(measure(api, make(api.base_url), questions, 1000))
    echo_median, _ = summary("echo bot", results["echo bot"])
    bot_median, _ = summary("this bot", results["this bot"])
    print(f"ratio of medians (this bot / echo bot): {bot_median / echo_median:.2f}")


if __name__ == "__main__":
    main()
