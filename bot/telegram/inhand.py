"""The updates being answered: one chat's in order, different chats' side by side."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)


class InHand:
    def __init__(self, application: Application) -> None:  # type: ignore[type-arg]
        self.application = application
        self.tasks: dict[int, asyncio.Task[None]] = {}  # update id → its handling
        # Handlings already acknowledged to Telegram but still running: a stop waits for them.
        self.detached: set[asyncio.Task[None]] = set()
        self._last_of_chat: dict[int, asyncio.Task[None]] = {}

    def start(self, update: Update) -> asyncio.Task[None]:
        chat = update.effective_chat
        before = self._last_of_chat.get(chat.id) if chat is not None else None

        async def handle() -> None:
            if before is not None:
                await asyncio.wait([before])  # never raises: its failure was its own
            await self.application.process_update(update)

        task = asyncio.create_task(handle())
        self.tasks[update.update_id] = task
        if chat is not None:
            self._last_of_chat[chat.id] = task
            task.add_done_callback(lambda done: self._forget(chat.id, done))
        return task

    def busy(self) -> list[asyncio.Task[None]]:
        return [task for task in self.tasks.values() if not task.done()]

    def detach(self, update_id: int) -> None:
        """Forgets an update's id, keeping its handling, if still running, for the stop."""
        task = self.tasks.pop(update_id)
        if not task.done():
            self.detached.add(task)
            task.add_done_callback(self.detached.discard)

    def answered(self, update_id: int) -> bool:
        task = self.tasks[update_id]
        return task.done() and not task.cancelled()

    async def settle(self, *, seconds: float) -> int:
        """Waits `seconds` at most for what is in hand; what is not answered then is dropped."""
        busy = [*self.busy(), *self.detached]
        if not busy:
            return 0
        log.info("stopping: answering the %d updates in hand", len(busy))
        _, late = await asyncio.wait(busy, timeout=seconds)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late)
            log.warning("stopping: %d updates left unanswered", len(late))
        return len(late)

    def _forget(self, chat_id: int, task: asyncio.Task[None]) -> None:
        if self._last_of_chat.get(chat_id) is task:
            del self._last_of_chat[chat_id]
