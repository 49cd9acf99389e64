"""A fake Telegram Bot API on 127.0.0.1: serves updates, records and validates what the bot sends,
and injects the faults the real API produces (429 with retry_after, 409 while another copy polls,
5xx, dropped connections, slow answers, 403): queued one by one, for a while, or at random."""

from __future__ import annotations

import email.policy
import html
import itertools
import json
import random
import socket
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from email.parser import BytesParser
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn"
BOT_ID = 123456789
USERNAME = "territoires_test_bot"
# Telegram's HTML parse mode accepts only these tags.
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
_JSON_FIELDS = {
    "reply_markup",
    "results",
    "commands",
    "allowed_updates",
    "entities",
    "link_preview_options",
    "reply_parameters",
    "button",
}


@dataclass(frozen=True)
class Call:
    method: str
    params: dict[str, Any]
    at: float  # when the request arrived, before any validation
    status: int


@dataclass
class Fault:
    kind: str  # "429", "409", "500", "502", "403", "400", "drop" or "slow"
    retry_after: int = 1
    seconds: float = 1.0  # how long a "slow" answer takes


@dataclass(frozen=True)
class Chaos:
    """Faults drawn at random: each call of a method in `faults` fails with `rate` probability,
    with one of that method's faults."""

    faults: dict[str, tuple[Fault, ...]]
    rate: float
    seed: int = 0


class _TelegramHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.visible = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        self.visible += len(data)


def html_problems(text: str, limit: int = 4096) -> list[str]:
    """What Telegram would refuse in a text sent with parse_mode HTML."""
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    problems = list(parser.problems)
    if parser.stack:
        problems.append(f"unclosed tags {parser.stack}")
    if parser.visible == 0:
        problems.append("message text is empty")
    if parser.visible > limit:
        problems.append(f"message is too long ({parser.visible} characters)")
    return problems


class _Server(ThreadingHTTPServer):
    # The bot opens a connection per reply sent at once (20 chats answered together): with
    # socketserver's backlog of 5 the kernel dropped the others' SYN, which TCP sent again
    # only a second later, and those replies came a second late.
    request_queue_size = 128


class FakeBotAPI:
    def __init__(self, *, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.violations: list[str] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        # Every photo uploaded, by the file_id it was given.
        self.file_ids: dict[str, bytes] = {}
        self._faults: defaultdict[str, deque[Fault]] = defaultdict(deque)
        self._lasting: dict[str, tuple[Fault, float]] = {}
        self._chaos: Chaos | None = None
        self._random = random.Random(0)
        self._chat_types: dict[int, str] = {}
        self._changed = threading.Condition()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeBotAPI:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what tests do -----------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        with self._changed:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **update})
            for key in ("message", "edited_message"):
                if key in update:
                    chat = update[key]["chat"]
                    self._chat_types[chat["id"]] = chat["type"]
            self._changed.notify_all()
        return update_id

    def inject(self, method: str, *faults: Fault) -> None:
        with self._changed:
            self._faults[method].extend(faults)

    def fail_for(self, method: str, fault: Fault, *, seconds: float) -> None:
        """Every call of `method` fails with `fault` for the next `seconds`."""
        with self._changed:
            self._lasting[method] = (fault, time.monotonic() + seconds)

    def set_chaos(self, chaos: Chaos | None) -> None:
        with self._changed:
            self._chaos = chaos
            self._random = random.Random(chaos.seed if chaos else 0)

    def wait_for(
        self,
        method: str,
        *,
        count: int = 1,
        timeout: float = 15.0,
        where: dict[str, Any] | None = None,
    ) -> list[Call]:
        """The successful calls of `method` (matching `where`), once there are `count` of them."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = [
                    c
                    for c in self.calls
                    if c.method == method
                    and c.status == 200
                    and all(str(c.params.get(k)) == str(v) for k, v in (where or {}).items())
                ]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(
                        f"{count} × {method} {where or ''} not seen; calls: {[c.method for c in self.calls]}"
                    )
                self._changed.wait(remaining)

    def wait_faults_served(self, method: str, *, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._faults[method]:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"faults on {method} not served")
                self._changed.wait(remaining)

    def sent_to(self, chat_id: int) -> list[Call]:
        with self._changed:
            return [
                c
                for c in self.calls
                if c.status == 200 and str(c.params.get("chat_id")) == str(chat_id)
            ]

    # -- the server side -----------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in separate writes: without this, Nagle's
                # algorithm and delayed ACKs add 40 ms to every call.
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                arrived = time.monotonic()
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length)
                token, _, method = self.path.removeprefix("/bot").partition("/")
                params = _parse(body, self.headers.get("Content-Type", ""))
                if token != api.token:
                    self._reply(
                        401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
                    )
                    return
                status, payload = api._answer(method, params, arrived)
                if status == 0:
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                self._reply(status, payload)

            do_GET = do_POST  # noqa: N815 - the base class names it

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up (it is shutting down)

        return Handler

    def _answer(
        self, method: str, params: dict[str, Any], arrived: float
    ) -> tuple[int, dict[str, Any]]:
        fault = self._fault_for(method)
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.seconds)
            fault = None
        if fault is not None:
            status, payload = _fault(fault)
            self._record(method, params, status, arrived)
            return status, payload
        if method == "getUpdates":
            result: Any = self._get_updates(params)
        elif method == "getMe":
            result = {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Territoires d'industrie",
                "username": USERNAME,
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        elif method in {
            "deleteWebhook",
            "setWebhook",
            "setMyCommands",
            "answerCallbackQuery",
            "close",
        }:
            self._validate_commands(method, params)
            result = True
        elif method == "answerInlineQuery":
            self._validate_inline(params)
            result = True
        elif method == "sendPhoto":
            problems = self._validate_photo(params)
            if problems:
                self.violations.extend(problems)
                self._record(method, params, 400, arrived)
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: " + "; ".join(problems),
                }
            result = self._photo(params)
        elif method in {"sendMessage", "sendContact"}:
            problems = self._validate_message(method, params)
            if problems:
                self.violations.extend(problems)
                self._record(method, params, 400, arrived)
                return 400, {
                    "ok": False,
                    "error_code": 400,
                    "description": "Bad Request: " + "; ".join(problems),
                }
            result = self._message(params)
        else:
            self._record(method, params, 404, arrived)
            return 404, {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        self._record(method, params, 200, arrived)
        return 200, {"ok": True, "result": result}

    def _fault_for(self, method: str) -> Fault | None:
        with self._changed:
            if self._faults[method]:
                return self._faults[method].popleft()
            lasting = self._lasting.get(method)
            if lasting is not None and time.monotonic() < lasting[1]:
                return lasting[0]
            choices = self._chaos.faults.get(method) if self._chaos else None
            if choices and self._random.random() < self._chaos.rate:  # type: ignore[union-attr]
                return self._random.choice(choices)
        return None

    def _record(self, method: str, params: dict[str, Any], status: int, arrived: float) -> None:
        with self._changed:
            self.calls.append(Call(method=method, params=params, at=arrived, status=status))
            self._changed.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset", 0) or 0)
        deadline = time.monotonic() + min(float(params.get("timeout", 0) or 0), 2.0)
        with self._changed:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and time.monotonic() < deadline:
                self._changed.wait(deadline - time.monotonic())
            lasting = self._lasting.get("getUpdates")
            if lasting is not None and time.monotonic() < lasting[1]:
                # A conflict that began while this poll waited ends it empty, as Telegram
                # ends the other copy's poll: the update waits for the conflict to pass.
                return []
            return self._updates[: int(params.get("limit", 100) or 100)]

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": self._chat_types.get(chat_id, "private")},
            "from": {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Territoires d'industrie",
                "username": USERNAME,
            },
        }
        if "text" in params:
            message["text"] = html.unescape(params["text"])
        if "phone_number" in params:
            message["contact"] = {
                "phone_number": params["phone_number"],
                "first_name": params["first_name"],
            }
        return message

    def _photo(self, params: dict[str, Any]) -> dict[str, Any]:
        """A sent photo: an upload gets a new file_id, a file_id is sent as it is."""
        photo = params["photo"]
        if isinstance(photo, Upload):
            with self._changed:
                file_id = f"AgACAgQAAxkDAAI{next(self._file_ids)}"
                self.file_ids[file_id] = photo.data
        else:
            file_id = photo
        message = self._message(params)
        message["photo"] = [
            {"file_id": file_id, "file_unique_id": "u" + file_id[-8:], "width": 1280, "height": 860}
        ]
        if "caption" in params:
            message["caption"] = html.unescape(params["caption"])
        return message

    def _validate_photo(self, params: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        photo = params.get("photo")
        if isinstance(photo, Upload):
            if not photo.data.startswith(b"\x89PNG"):
                problems.append("the uploaded photo is not a PNG")
        elif photo not in self.file_ids:
            problems.append("wrong file identifier/HTTP URL specified")
        caption = params.get("caption")
        if caption is not None:
            if params.get("parse_mode") == "HTML":
                problems += [p.replace("message", "caption") for p in html_problems(caption, 1024)]
            elif len(caption) > 1024:
                problems.append("caption is too long")
        problems += _keyboard_problems(params.get("reply_markup"))
        return problems

    def _validate_message(self, method: str, params: dict[str, Any]) -> list[str]:
        problems: list[str] = []
        if method == "sendMessage":
            text = params.get("text", "")
            if params.get("parse_mode") == "HTML":
                problems += html_problems(text)
            elif not text or len(text) > 4096:
                problems.append("text must be 1-4096 characters")
        else:
            if not params.get("phone_number") or not params.get("first_name"):
                problems.append("a contact needs phone_number and first_name")
            if len(params.get("vcard", "").encode()) > 2048:
                problems.append("vcard over 2048 bytes")
        problems += _keyboard_problems(params.get("reply_markup"))
        return problems

    def _validate_inline(self, params: dict[str, Any]) -> None:
        results = params.get("results", [])
        if len(results) > 50:
            self.violations.append("more than 50 inline results")
        ids = [r.get("id", "") for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            self.violations.append(f"inline result ids must be unique and 1-64 bytes: {ids}")
        for result in results:
            content = result.get("input_message_content", {})
            if content.get("parse_mode") == "HTML":
                self.violations.extend(html_problems(content.get("message_text", "")))
            self.violations.extend(_keyboard_problems(result.get("reply_markup")))

    def _validate_commands(self, method: str, params: dict[str, Any]) -> None:
        if method != "setMyCommands":
            return
        for command in params.get("commands", []):
            name, description = command.get("command", ""), command.get("description", "")
            if not (1 <= len(name) <= 32 and name.islower() and 1 <= len(description) <= 256):
                self.violations.append(f"bad command {command}")


def _keyboard_problems(markup: Any) -> list[str]:
    problems = []
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                problems.append(f"callback_data must be 1-64 bytes: {data!r}")
            if not button.get("text"):
                problems.append("a button needs a text")
    return problems


def _fault(fault: Fault) -> tuple[int, dict[str, Any]]:
    if fault.kind == "drop":
        return 0, {}
    if fault.kind == "429":
        return 429, {
            "ok": False,
            "error_code": 429,
            "description": f"Too Many Requests: retry after {fault.retry_after}",
            "parameters": {"retry_after": fault.retry_after},
        }
    if fault.kind == "409":
        return 409, {
            "ok": False,
            "error_code": 409,
            "description": "Conflict: terminated by other getUpdates request; "
            "make sure that only one bot instance is running",
        }
    if fault.kind == "400":
        return 400, {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: IMAGE_PROCESS_FAILED",
        }
    if fault.kind == "403":
        return 403, {
            "ok": False,
            "error_code": 403,
            "description": "Forbidden: bot was blocked by the user",
        }
    if fault.kind == "500":
        return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
    return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}


@dataclass(frozen=True)
class Upload:
    """A file sent in a multipart request."""

    filename: str
    data: bytes


def _parse(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "multipart/form-data" in content_type:
        return _multipart(raw, content_type)
    body = raw.decode("utf-8")
    if "json" in content_type:
        parsed: dict[str, Any] = json.loads(body)
        return parsed
    params: dict[str, Any] = dict(parse_qsl(body, keep_blank_values=True))
    for key in _JSON_FIELDS & params.keys():
        params[key] = json.loads(params[key])
    return params


def _multipart(raw: bytes, content_type: str) -> dict[str, Any]:
    message = BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw
    )
    params: dict[str, Any] = {}
    files: dict[str, Upload] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)  # a form part, never a nested message
        filename = part.get_filename()
        if filename is not None:
            files[name] = Upload(filename=filename, data=data)
        else:
            params[name] = data.decode("utf-8")
    for key in _JSON_FIELDS & params.keys():
        params[key] = json.loads(params[key])
    for key, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            params[key] = files[value.removeprefix("attach://")]
    params.update({k: v for k, v in files.items() if k not in params})
    return params


# -- updates as Telegram sends them ---------------------------------------------

_USER = {"id": 42, "is_bot": False, "first_name": "Camille", "language_code": "fr"}


def private_text(text: str, *, chat_id: int = 42) -> dict[str, Any]:
    return {
        "message": _message(text, chat={"id": chat_id, "type": "private", "first_name": "Camille"})
    }


def group_text(text: str, *, chat_id: int = -100, reply_to_bot: bool = False) -> dict[str, Any]:
    message = _message(text, chat={"id": chat_id, "type": "group", "title": "Presse"})
    if reply_to_bot:
        message["reply_to_message"] = {
            "message_id": 1,
            "date": int(time.time()),
            "chat": message["chat"],
            "from": {
                "id": BOT_ID,
                "is_bot": True,
                "first_name": "Territoires",
                "username": USERNAME,
            },
            "text": "…",
        }
    return {"message": message}


def command(
    text: str, *, chat_id: int = 42, chat_type: str = "private", user_id: int = 42
) -> dict[str, Any]:
    name = text.split(maxsplit=1)[0]
    message = _message(
        text,
        chat={"id": chat_id, "type": chat_type, "title": "x"}
        if chat_type != "private"
        else {"id": chat_id, "type": "private", "first_name": "Camille"},
    )
    message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(name)}]
    message["from"] = {**_USER, "id": user_id}
    return {"message": message}


def sticker(*, chat_id: int = 42, chat_type: str = "private") -> dict[str, Any]:
    message = _message(
        None, chat={"id": chat_id, "type": chat_type, "title": "x", "first_name": "C"}
    )
    message["sticker"] = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    return {"message": message}


def edited(text: str, *, chat_id: int = 42) -> dict[str, Any]:
    message = _message(text, chat={"id": chat_id, "type": "private", "first_name": "Camille"})
    message["edit_date"] = int(time.time())
    return {"edited_message": message}


def button_press(data: str, *, chat_id: int = 42, query_id: str = "cb1") -> dict[str, Any]:
    return {
        "callback_query": {
            "id": query_id,
            "from": _USER,
            "chat_instance": "ci",
            "data": data,
            "message": _message(
                "…", chat={"id": chat_id, "type": "private", "first_name": "Camille"}, from_bot=True
            ),
        }
    }


def inline_query(query: str, *, query_id: str = "iq1") -> dict[str, Any]:
    return {"inline_query": {"id": query_id, "from": _USER, "query": query, "offset": ""}}


_ids = itertools.count(1)


def _message(text: str | None, *, chat: dict[str, Any], from_bot: bool = False) -> dict[str, Any]:
    sender = (
        {"id": BOT_ID, "is_bot": True, "first_name": "Territoires", "username": USERNAME}
        if from_bot
        else _USER
    )
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": sender,
    }
    if text is not None:
        message["text"] = text
    return message
