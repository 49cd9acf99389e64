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
from collections.abc import Callable

from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from bot.telegram.inhand import InHand
from bot.telegram.refusals import Refusals, StoppedError, wait_or_stop

log = logging.getLogger(__name__)

# Updates held (being answered, or answered above one still being answered) at most.
WINDOW = 32
# Telegram returns at most 100 updates a call, the held ones first: past HELD_LIMIT held,
# room is made for new ones (see Poller._advance).
TELEGRAM_LIMIT = 100
HELD_LIMIT = 64
POLL_TIMEOUT_SECONDS = 10
# While updates are being answered, a poll returns them again at once: wait for one to
# finish, or this long, before asking again.
BUSY_WAIT_SECONDS = 0.05
# A stop waits this long for the updates in hand, well within Docker's 10 s.
DRAIN_SECONDS = 6.0
FINAL_ACK_ATTEMPTS = 3


class Poller:
    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        *,
        window: int = WINDOW,
        poll_timeout: float = POLL_TIMEOUT_SECONDS,
        drain_seconds: float = DRAIN_SECONDS,
        on_poll: Callable[[], None] = lambda: None,
        refusals: Refusals | None = None,
    ) -> None:
        self.application = application
        self.refusals = refusals or Refusals(call="getUpdates")
        self.window = window
        self.poll_timeout = poll_timeout
        self.drain_seconds = drain_seconds
        self.on_poll = on_poll
        self.in_hand = InHand(application)
        self._offset: int | None = None  # every update below it is answered

    async def run(self, stop: asyncio.Event) -> None:
        """Polls until `stop` is set, then settles what it holds.

        Whatever Telegram answers is waited out (bot.telegram.refusals); only a rejected
        token ends the loop early, as a ConfigError, after the same settling."""
        try:
            while not stop.is_set():
                busy = self.in_hand.busy()
                if busy:
                    # What is in hand would come back at once: give it a moment to finish.
                    full = len(busy) >= self.window
                    await _first_of(stop, busy, timeout=None if full else BUSY_WAIT_SECONDS)
                    busy = self.in_hand.busy()
                    if stop.is_set() or len(busy) >= self.window:
                        continue
                try:
                    updates = await self._poll(stop, free=self.window - len(busy))
                except Exception as error:  # every failure is waited out but a rejected token
                    try:
                        await wait_or_stop(stop, self.refusals.wait_after(error))
                    except StoppedError:
                        break
                    continue
                if updates is None:
                    break  # stopped while waiting
                self.refusals.succeeded()
                self.on_poll()
                for update in updates:
                    self.in_hand.start(update)
        finally:
            await self._settle()

    async def _poll(self, stop: asyncio.Event, *, free: int) -> list[Update] | None:
        """The new updates of one getUpdates call; None once stopped."""
        self._advance()
        updates = await self._fetch(stop, free=free)
        if updates is None:
            return None
        return [
            u
            for u in updates
            if u.update_id not in self.in_hand.tasks
            and (self._offset is None or u.update_id >= self._offset)
        ]

    async def _settle(self) -> None:
        """Waits a bounded time for the updates in hand, then acknowledges what was answered."""
        await self.in_hand.settle(seconds=self.drain_seconds)
        self._advance(make_room=False)  # never past one the stop left unanswered
        if self._offset is None:
            return
        for attempt in range(1, FINAL_ACK_ATTEMPTS + 1):
            try:
                # A last call for its offset alone: Telegram forgets what was answered.
                await self.application.bot.get_updates(offset=self._offset, limit=1, timeout=0)
            except InvalidToken:
                return  # the token was revoked: nothing can be acknowledged, the exit says why
            except TelegramError as error:
                log.warning(
                    "stopping: acknowledging the answered updates failed (attempt %d): %s",
                    attempt,
                    error,
                )
                continue
            log.info("stopping: every update below %d is answered and acknowledged", self._offset)
            return

    async def _fetch(self, stop: asyncio.Event, *, free: int) -> list[Update] | None:
        held = len(self.in_hand.tasks)
        offset = self._offset
        request = asyncio.ensure_future(
            self.application.bot.get_updates(
                offset=offset,
                limit=min(TELEGRAM_LIMIT, held + free),
                # Updates in hand come back at once: no long poll while there are some.
                timeout=0 if held else self.poll_timeout,
                allowed_updates=Update.ALL_TYPES,
            )
        )
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({request, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        if not request.done():
            request.cancel()
            with contextlib.suppress(asyncio.CancelledError, TelegramError):
                await request
            return None
        updates = request.result()
        return list(updates)

    def _advance(self, *, make_room: bool = True) -> None:
        """Moves the offset past the answered updates at the front.

        One slow update (a group's reply waiting out its 20-a-minute limit) would otherwise
        hold back every later one: past HELD_LIMIT held, the oldest are acknowledged while
        still being answered, at the price of losing them to a crash (a stop still waits)."""
        tasks = self.in_hand.tasks
        for update_id in sorted(tasks):
            room_needed = make_room and len(tasks) > HELD_LIMIT
            if not self.in_hand.answered(update_id) and not room_needed:
                break
            self.in_hand.detach(update_id)
            self._offset = update_id + 1


async def _first_of(
    stop: asyncio.Event, tasks: list[asyncio.Task[None]], *, timeout: float | None
) -> None:
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait([*tasks, stopping], timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
