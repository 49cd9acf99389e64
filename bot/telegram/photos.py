"""Maps sent as photos: each image uploaded once, then sent again by Telegram's file_id.

The file_ids are kept by the image's SHA-256 in DATA_DIR/map_photos.json, so a restart does
not upload again, and a map redrawn after a knowledge edit (other bytes) is uploaded anew.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from telegram import Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.answer import Answer, Button
from bot.knowledge.load import Knowledge
from bot.telegram.render import keyboard, to_html

if TYPE_CHECKING:
    from bot.maps.cache import MapCache

log = logging.getLogger(__name__)

PHOTOS_FILE = "map_photos.json"
# Telegram's limit on a caption, in characters; a longer answer follows the photo as text.
CAPTION_LIMIT = 1024


class MapPhotos:
    def __init__(self, *, path: Path | None) -> None:
        self._path = path
        self._maps: MapCache | None = None
        # One thread draws every map: drawn on whichever thread of the default pool was free,
        # each map left its buffers in that thread's malloc arena, and a soak of 2,000
        # messages took the process from 103 to 314 MB.
        self._drawer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="maps")
        self._lock = threading.Lock()
        self._ids: dict[str, str] = self._read()

    def _read(self) -> dict[str, str]:
        if self._path is None or not self._path.is_file():
            return {}
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            log.warning(
                "map photos: %s unreadable (%s), maps will be uploaded again", self._path, error
            )
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    async def png(self, *, knowledge: Knowledge, key: str) -> bytes | None:
        """Drawn off the event loop: a first drawing takes a few hundred milliseconds."""
        if self._maps is None:
            # Pillow and the outlines load with the first map asked, not at start.
            from bot.maps.cache import MapCache  # noqa: PLC0415

            self._maps = MapCache()
        maps = self._maps
        return await asyncio.get_running_loop().run_in_executor(
            self._drawer, lambda: maps.png(knowledge=knowledge, key=key)
        )

    def file_id(self, digest: str) -> str | None:
        with self._lock:
            return self._ids.get(digest)

    def remember(self, digest: str, file_id: str) -> None:
        with self._lock:
            if self._ids.get(digest) == file_id:
                return
            self._ids[digest] = file_id
            snapshot = dict(self._ids)
        self._write(snapshot)

    def forget(self, digest: str) -> None:
        with self._lock:
            self._ids.pop(digest, None)
            snapshot = dict(self._ids)
        self._write(snapshot)

    def _write(self, ids: dict[str, str]) -> None:
        """Atomically, and never at the cost of a reply: a full disk means one more upload."""
        if self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._path.with_suffix(".tmp")
            temporary.write_text(json.dumps(ids, sort_keys=True, indent=1), encoding="utf-8")
            temporary.replace(self._path)
        except OSError as error:
            log.warning("map photos: cannot write %s (%s)", self._path, error)


async def send_map(
    message: Message,
    answer: Answer,
    *,
    photos: MapPhotos,
    knowledge: Knowledge,
    feedback: tuple[Button, ...] = (),
) -> bool:
    """The answer's map with the answer as its caption; False when there is no map to send or
    Telegram refused it, so that the caller sends the text instead."""
    png = await photos.png(knowledge=knowledge, key=answer.image)
    if png is None:
        return False
    digest = hashlib.sha256(png).hexdigest()
    fits = len(answer.text) <= CAPTION_LIMIT
    caption = to_html(answer) if fits else None
    markup = keyboard(answer.buttons, feedback=feedback) if fits else None
    known = photos.file_id(digest)
    for photo in ([known] if known else []) + [png]:
        try:
            sent = await message.reply_photo(
                photo=photo,
                caption=caption,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                do_quote=False,
            )
        except Forbidden:
            raise  # the user blocked the bot: no text will reach them either
        except BadRequest as error:
            if photo is known:
                log.warning("map %s: stored file_id refused (%s), uploading", answer.image, error)
                photos.forget(digest)
                continue
            log.warning("map %s: upload refused (%s), sending the text", answer.image, error)
            return False
        except TelegramError as error:
            log.warning("map %s: not sent (%s), sending the text", answer.image, error)
            return False
        if sent.photo:
            photos.remember(digest, sent.photo[-1].file_id)
        return fits
    return False
