"""Every call to the Bot API goes through Telegram's flood limits, and a failed one is tried again.

A 429 waits its retry_after (the library's limiter does that). A 5xx, a timeout or a dropped
connection is tried again a few times with growing waits: the user's answer is worth the rare
duplicate when Telegram had in fact delivered before failing to say so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

# A 429 is retried after its retry_after this many times before the message is given up.
FLOOD_RETRIES = 3
# A failed call is made this many times in all, waiting BACKOFF_SECONDS, then twice as long…
DELIVERY_ATTEMPTS = 4
BACKOFF_SECONDS = 0.25

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]


class RetryingRateLimiter(AIORateLimiter):
    def __init__(
        self, *, attempts: int = DELIVERY_ATTEMPTS, backoff_seconds: float = BACKOFF_SECONDS
    ) -> None:
        super().__init__(max_retries=FLOOD_RETRIES)
        self.attempts = attempts
        self.backoff = backoff_seconds

    async def process_request(  # noqa: PLR0917 - the library's signature
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        delay = self.backoff
        for attempt in range(1, self.attempts + 1):
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:
                raise  # the request itself is wrong: sending it again changes nothing
            except NetworkError as error:  # 5xx, timeouts, dropped connections
                if attempt == self.attempts:
                    log.error(
                        "%s to chat %s failed %d times, given up: %s",
                        endpoint,
                        data.get("chat_id"),
                        attempt,
                        error,
                    )
                    raise
                log.warning(
                    "%s to chat %s failed (%s), attempt %d of %d, retrying in %.2f s",
                    endpoint,
                    data.get("chat_id"),
                    error,
                    attempt,
                    self.attempts,
                    delay,
                )
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")
