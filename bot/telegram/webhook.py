"""The webhook: an update gets its 200 only once it is answered, so a 200 is never a lie.

Telegram resends an update that got no 200. A stop refuses new requests (503, sent again
later), answers those in hand within a bounded time, and leaves the rest to be resent.
The secret Telegram echoes in a header is compared in constant time, and a body that is not
an update is refused without being written to the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot.telegram.inhand import InHand
from bot.telegram.polling import DRAIN_SECONDS, WINDOW
from bot.telegram.refusals import Refusals, keep_trying

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
BEAT_SECONDS = 15.0


class Webhook:
    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        *,
        listen: str,
        port: int,
        path: str,
        url: str,
        secret: str,
        drain_seconds: float = DRAIN_SECONDS,
        on_beat: Callable[[], None] = lambda: None,
        refusals: Refusals | None = None,
    ) -> None:
        self.application = application
        self.refusals = refusals or Refusals(call="setWebhook")
        self.listen, self.port, self.path, self.url = listen, port, path, url
        self._secret = secret.encode()
        self.drain_seconds = drain_seconds
        self.on_beat = on_beat
        self.in_hand = InHand(application)
        self.stopping = False

    async def run(self, stop: asyncio.Event) -> None:
        routes = [(f"/{self.path}", _Receiver, {"webhook": self})]
        # Tornado's access log would be one INFO line per update: DEBUG, like the answers.
        application = tornado.web.Application(routes, log_function=_log_request)
        server = tornado.httpserver.HTTPServer(application)
        server.listen(self.port, address=self.listen)
        try:
            # Refused or rate-limited, it is tried again: only a rejected token is fatal.
            await keep_trying(
                lambda: self.application.bot.set_webhook(
                    url=self.url,
                    secret_token=self._secret.decode(),
                    allowed_updates=Update.ALL_TYPES,
                    max_connections=WINDOW,
                ),
                refusals=self.refusals,
                stop=stop,
            )
            while not stop.is_set():
                self.on_beat()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), BEAT_SECONDS)
        finally:
            self.stopping = True
            server.stop()
            await self.in_hand.settle(seconds=self.drain_seconds)
            await asyncio.sleep(0.1)  # lets the last 200s leave before the sockets close
            await server.close_all_connections()

    async def receive(self, *, secret: str, body: bytes) -> int:
        if not hmac.compare_digest(secret.encode(), self._secret):
            log.warning("webhook: a request without the right secret was refused")
            return HTTPStatus.FORBIDDEN
        if self.stopping:
            return HTTPStatus.SERVICE_UNAVAILABLE  # Telegram sends it again after the restart
        update = _update(body, self.application)
        if update is None:
            log.warning(
                "webhook: a %d-byte body that is not a Telegram update was refused", len(body)
            )
            return HTTPStatus.BAD_REQUEST
        task = self.in_hand.tasks.get(update.update_id) or self.in_hand.start(update)
        await asyncio.wait([task])
        self.in_hand.tasks.pop(update.update_id, None)
        return HTTPStatus.OK if not task.cancelled() else HTTPStatus.SERVICE_UNAVAILABLE


def _update(body: bytes, application: Application) -> Update | None:  # type: ignore[type-arg]
    try:
        data: Any = json.loads(body)
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            return None
        return Update.de_json(data, application.bot)
    except Exception:  # whatever the library makes of a malformed body: not an update
        return None


def _log_request(handler: tornado.web.RequestHandler) -> None:
    log.debug(
        "webhook: %d in %.1f ms",
        handler.get_status(),
        1000 * handler.request.request_time(),
    )


class _Receiver(tornado.web.RequestHandler):
    def initialize(self, webhook: Webhook) -> None:
        self.webhook = webhook

    async def post(self) -> None:
        status = await self.webhook.receive(
            secret=self.request.headers.get(SECRET_HEADER, ""), body=self.request.body
        )
        self.set_status(status)
        await self.finish()
