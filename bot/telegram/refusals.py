"""What Telegram refuses, waited out rather than fatal.

A 429 waits its retry_after. A 409 means that another copy of the bot polls with this token
(or that a webhook is set): it is explained once, with the fix, then waited out with growing
waits. 5xx, timeouts and dropped connections are retried as they always were; anything else
is logged and retried with backoff. While refusals last, a reminder goes to the log at most
once a minute. Only a token Telegram rejects ends the process (a ConfigError, exit 2).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.warnings import PTBDeprecationWarning

from bot.errors import ConfigError

log = logging.getLogger(__name__)

T = TypeVar("T")

NETWORK_WAITS = (0.5, 1.0, 2.0, 4.0)
# Two copies polling take turns being refused: each wait lets the other one's long poll run.
CONFLICT_WAITS = (1.0, 2.0, 4.0, 8.0, 15.0)
OTHER_WAITS = (1.0, 2.0, 5.0, 10.0, 30.0)
REMIND_SECONDS = 60.0

CONFLICT_HELP = (
    "another copy of the bot is polling with this token, or a webhook is set for it. "
    "Only one copy may run per token: stop the other one (`docker ps`, `docker compose ps`, "
    "a second `serve` or a deployment overlapping the old one). `serve` deletes a webhook "
    "when it starts polling"
)
TOKEN_REJECTED = "the Bot API rejected TELEGRAM_BOT_TOKEN (revoked? check it with BotFather)"


class StoppedError(Exception):
    """A stop was asked for while a call was being retried."""


@dataclass(frozen=True)
class Refusal:
    at: dt.datetime
    reason: str


class Refusals:
    """The failures of one call to Telegram since the start: how long to wait after each,
    what to log, and what /stats tells the admins."""

    def __init__(self, *, call: str, clock: Callable[[], float] = time.monotonic) -> None:
        self.call = call
        self.count = 0
        self.last: Refusal | None = None
        self._clock = clock
        self._streak = 0
        self._streak_started = 0.0
        self._logged_at = 0.0

    def wait_after(self, error: BaseException) -> float:
        """Counts and logs a failure; the seconds to wait before trying again.

        Raises ConfigError when the token is rejected: nothing else will change that."""
        if isinstance(error, InvalidToken):
            raise ConfigError(TOKEN_REJECTED) from error
        now = self._clock()
        if self._streak == 0:
            self._streak_started = now
        self._streak += 1
        self.count += 1
        reason = _reason(error)
        self.last = Refusal(at=dt.datetime.now(dt.UTC), reason=reason)
        delay = _delay(error, streak=self._streak)
        if self._streak == 1:
            self._logged_at = now
            self._log_first(error, reason=reason, delay=delay)
        elif now - self._logged_at >= REMIND_SECONDS:
            self._logged_at = now
            log.warning(
                "%s still refused (%s): %d times in %.0f s, next try in %.1f s",
                self.call,
                reason,
                self._streak,
                now - self._streak_started,
                delay,
            )
        return delay

    def succeeded(self) -> None:
        if self._streak > 1:
            log.info(
                "%s works again after %d failures in %.0f s",
                self.call,
                self._streak,
                self._clock() - self._streak_started,
            )
        self._streak = 0

    def _log_first(self, error: BaseException, *, reason: str, delay: float) -> None:
        if isinstance(error, Conflict):
            log.warning(
                "%s refused (%s): %s; retrying in growing waits", self.call, reason, CONFLICT_HELP
            )
        elif isinstance(error, RetryAfter):
            log.warning("%s refused (%s): waiting %.0f s as asked", self.call, reason, delay)
        elif isinstance(error, TelegramError):
            log.warning("%s failed (%s), retrying in %.1f s", self.call, reason, delay)
        else:
            # Not foreseen: the traceback says where it comes from.
            log.error(
                "%s failed unexpectedly, retrying in %.1f s", self.call, delay, exc_info=error
            )


def _reason(error: BaseException) -> str:
    if isinstance(error, Conflict):
        return f"409 {error.message}"
    if isinstance(error, RetryAfter):
        return f"429 Too Many Requests, retry after {_retry_after(error):.0f} s"
    if isinstance(error, TelegramError):
        return error.message
    return f"{type(error).__name__}: {error}"


def _retry_after(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        # An int today, a timedelta in a later major version: both are read below.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def _delay(error: BaseException, *, streak: int) -> float:
    if isinstance(error, RetryAfter):
        return _retry_after(error)
    waits = (
        CONFLICT_WAITS
        if isinstance(error, Conflict)
        else NETWORK_WAITS
        if isinstance(error, NetworkError)
        else OTHER_WAITS
    )
    return waits[min(streak, len(waits)) - 1]


async def wait_or_stop(stop: asyncio.Event, seconds: float) -> None:
    """Sleeps `seconds`; StoppedError at once if a stop is asked for meanwhile."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
    if stop.is_set():
        raise StoppedError


async def keep_trying(
    call: Callable[[], Awaitable[T]], *, refusals: Refusals, stop: asyncio.Event
) -> T:
    """The call's result, however many refusals it takes; a rejected token is a ConfigError
    and a stop a StoppedError."""
    while True:
        try:
            result = await call()
        except Exception as error:  # every failure is waited out; wait_after says which not
            await wait_or_stop(stop, refusals.wait_after(error))
            continue
        refusals.succeeded()
        return result
