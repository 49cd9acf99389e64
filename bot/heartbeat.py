"""A file whose age says whether the bot's loop is alive: touched by it, read by `health`."""

from __future__ import annotations

import contextlib
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

# Long polls last 10 s and a failing API is retried within 8 s: older than this means stuck.
MAX_AGE_SECONDS = 60.0
# Touching the file more often than this would only cost system calls.
_EVERY_SECONDS = 1.0


def heartbeat_path(env: Mapping[str, str]) -> Path:
    """HEARTBEAT_FILE, else a file in the temporary directory (writable in the image)."""
    return Path(env.get("HEARTBEAT_FILE") or Path(tempfile.gettempdir(), "territoires-bot.alive"))


class Heartbeat:
    def __init__(self, *, path: Path) -> None:
        self.path = path
        self._last = 0.0

    def beat(self) -> None:
        now = time.monotonic()
        if now - self._last < _EVERY_SECONDS:
            return
        self._last = now
        # A heartbeat that cannot be written reads as unhealthy, which is right.
        with contextlib.suppress(OSError):
            self.path.touch()

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def age_seconds(*, path: Path) -> float | None:
    """Seconds since the last beat; None when there was none."""
    try:
        return max(0.0, time.time() - path.stat().st_mtime)
    except OSError:
        return None
