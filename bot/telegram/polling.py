"""Long polling that acknowledges an update to Telegram only once it has been answered.

getUpdates acknowledges every update below the offset it is given. The library's poller moves
the offset as soon as updates are fetched, so whatever sat in its queue at a stop was lost for
good. Here the offset only moves past updates whose handling has finished, at most WINDOW
updates are held at once, and a stop waits a bounded time for them: what is left unanswered
stays with Telegram, which hands it out again at the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import Application

log = logging.getLogger(__name__)

# Updates held (being answered, or answered above one still being answered) at most.
WINDOW = 32
# Telegram returns at most 100 updates a call.
TELEGRAM_LIMIT = 100
POLL_TIMEOUT_SECONDS = 10
# While updates are being answered, a poll returns them again at once: wait this long, or
# for one to finish, before asking again.
BUSY_WAIT_SECONDS = 0.25
RETRY_SECONDS = (0.5, 1.0, 2.0, 4.0)
# A stop waits this long for the updates in hand, well within Docker's 10 s.
DRAIN_SECONDS = 6.0


class Poller:
    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        *,
        window: int = WINDOW,
        poll_timeout: float = POLL_TIMEOUT_SECONDS,
        drain_seconds: float = DRAIN_SECONDS,
        on_poll: Callable[[], None] = lambda: None,
    ) -> None:
        self.application = application
        self.window = window
        self.poll_timeout = poll_timeout
        self.drain_seconds = drain_seconds
        self.on_poll = on_poll
        self._offset: int | None = None  # every update below it is answered
        self._acknowledged: int | None = None  # the offset Telegram was last given
        self._held: dict[int, asyncio.Task[None]] = {}  # update id → its handling
        self._last_of_chat: dict[int, asyncio.Task[None]] = {}

    async def run(self, stop: asyncio.Event) -> None:
        """Polls until `stop` is set, then settles what it holds."""
        failures = 0
        while not stop.is_set():
            self._advance()
            busy = [task for task in self._held.values() if not task.done()]
            if len(busy) >= self.window:
                await _first_of(stop, busy, timeout=None)
                continue
            try:
                updates = await self._fetch(stop, free=self.window - len(busy))
            except NetworkError as error:
                delay = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
                log.warning("polling: %s; polling resumes in %.1f s", error, delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), delay)
                continue
            if updates is None:
                break  # stopped while waiting
            failures = 0
            self.on_poll()
            new = [u for u in updates if u.update_id not in self._held and self._is_new(u)]
            for update in new:
                self._held[update.update_id] = self._handle(update)
            if not new and busy:
                await _first_of(stop, busy, timeout=BUSY_WAIT_SECONDS)
        await self._settle()

    def _is_new(self, update: Update) -> bool:
        return self._offset is None or update.update_id >= self._offset

    async def _fetch(self, stop: asyncio.Event, *, free: int) -> list[Update] | None:
        held = len(self._held)
        request = asyncio.ensure_future(
            self.application.bot.get_updates(
                offset=self._offset,
                limit=min(TELEGRAM_LIMIT, held + free),
                # Updates in hand come back at once: no long poll while there are some.
                timeout=0 if held else self.poll_timeout,
                allowed_updates=Update.ALL_TYPES,
            )
        )
        offset = self._offset
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({request, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not request.done():
            request.cancel()
            with contextlib.suppress(asyncio.CancelledError, TelegramError):
                await request
            return None
        stopping.cancel()
        updates = request.result()
        self._acknowledged = offset
        return list(updates)

    def _handle(self, update: Update) -> asyncio.Task[None]:
        """One chat's updates are answered in order, different chats' side by side."""
        chat = update.effective_chat
        before = self._last_of_chat.get(chat.id) if chat is not None else None

        async def handle() -> None:
            if before is not None:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.shield(before)
            await self.application.process_update(update)

        task = asyncio.create_task(handle())
        if chat is not None:
            self._last_of_chat[chat.id] = task
            task.add_done_callback(lambda done: _forget(self._last_of_chat, chat.id, done))
        return task

    def _advance(self) -> None:
        """Moves the offset past the answered updates at the front."""
        for update_id in sorted(self._held):
            if not self._held[update_id].done():
                break
            del self._held[update_id]
            self._offset = update_id + 1

    async def _settle(self) -> None:
        busy = [task for task in self._held.values() if not task.done()]
        if busy:
            log.info("stopping: answering the %d updates in hand", len(busy))
            _, late = await asyncio.wait(busy, timeout=self.drain_seconds)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late)
                log.warning(
                    "stopping: %d updates left unanswered, Telegram sends them again", len(late)
                )
        self._advance()
        self._held = {
            uid: task for uid, task in self._held.items() if not task.cancelled()
        }  # answered above an unanswered one: acknowledged with it at the next start
        if self._offset is not None and self._offset != self._acknowledged:
            try:
                # A last call whose only purpose is its offset: Telegram forgets what is answered.
                await self.application.bot.get_updates(offset=self._offset, limit=1, timeout=0)
            except TelegramError as error:
                log.warning("stopping: could not acknowledge the last updates: %s", error)


async def _first_of(
    stop: asyncio.Event, tasks: list[asyncio.Task[None]], *, timeout: float | None
) -> None:
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait([*tasks, stopping], timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()


def _forget(chains: dict[int, asyncio.Task[None]], chat_id: int, task: asyncio.Task[None]) -> None:
    if chains.get(chat_id) is task:
        del chains[chat_id]


Coro = Coroutine[Any, Any, None]
