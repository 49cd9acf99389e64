"""The poller against a stub Bot API: acknowledgement after answering, and no stall behind a
slow update."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update

from bot.telegram.polling import HELD_LIMIT, Poller


class StubBot:
    """getUpdates as Telegram does it: what is at or above the offset, `limit` at most."""

    def __init__(self, count: int) -> None:
        self.pending = [Update(update_id=i) for i in range(1, count + 1)]
        self.offsets: list[int | None] = []

    async def get_updates(
        self, *, offset: int | None, limit: int, timeout: float, **_: Any
    ) -> list[Update]:
        self.offsets.append(offset)
        if offset is not None:
            self.pending = [u for u in self.pending if u.update_id >= offset]
        if not self.pending:
            await asyncio.sleep(min(timeout, 0.05))
        return self.pending[:limit]


class StubApplication:
    def __init__(self, count: int, *, slow: int) -> None:
        self.bot = StubBot(count)
        self.slow = slow
        self.release = asyncio.Event()
        self.answered: list[int] = []

    async def process_update(self, update: Update) -> None:
        if update.update_id == self.slow:
            await self.release.wait()
        self.answered.append(update.update_id)


def test_a_slow_update_does_not_stall_the_others_and_the_stop_waits_for_it() -> None:
    async def scenario() -> tuple[StubApplication, list[int]]:
        application = StubApplication(300, slow=2)
        stop = asyncio.Event()
        poller = Poller(application, poll_timeout=0.05)  # type: ignore[arg-type]
        running = asyncio.create_task(poller.run(stop))
        for _ in range(400):
            if len(application.answered) == 299:
                break
            await asyncio.sleep(0.01)
        answered_meanwhile = list(application.answered)
        stop.set()
        await asyncio.sleep(0.05)
        application.release.set()  # the stop is still waiting for it
        await running
        return application, answered_meanwhile

    application, meanwhile = asyncio.run(scenario())
    assert 2 not in meanwhile and len(meanwhile) == 299  # everything else went through
    assert sorted(application.answered) == list(range(1, 301))  # the slow one, at the stop
    # The offset never passed update 2 while fewer than HELD_LIMIT were held behind it.
    offsets = [o for o in application.bot.offsets if o is not None]
    first_past = next(i for i, o in enumerate(offsets) if o > 2)
    assert all(o <= 2 for o in offsets[:first_past])
    assert application.bot.offsets[-1] == 301  # all acknowledged at the end
    assert HELD_LIMIT < 100
