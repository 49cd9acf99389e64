"""A periodic INFO line instead of one per answer (260 MB a day at full rate): answers,
latency, intents and errors since the last one. Per-answer lines are at DEBUG."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging

log = logging.getLogger(__name__)


class Summary:
    def __init__(self) -> None:
        self._started = 0.0
        self._reset()

    def _reset(self) -> None:
        self.latencies_ms: list[float] = []
        self.intents: collections.Counter[str] = collections.Counter()
        self.errors = 0

    def answered(self, *, intent: str, latency_ms: float) -> None:
        self.latencies_ms.append(latency_ms)
        self.intents[intent] += 1

    def failed(self) -> None:
        self.errors += 1

    def flush(self, *, seconds: float) -> None:
        """Logs the period's line (nothing when nothing happened) and starts a new period."""
        if not self.latencies_ms and not self.errors:
            return
        ordered = sorted(self.latencies_ms) or [0.0]

        def at(share: float) -> float:
            return ordered[min(len(ordered) - 1, int(len(ordered) * share))]

        intents = ", ".join(f"{name} {count}" for name, count in self.intents.most_common())
        log.info(
            "summary of the last %.0f s: %d answers, latency p50 %.1f ms p95 %.1f ms max "
            "%.1f ms, %d errors; intents: %s",
            seconds,
            len(self.latencies_ms),
            at(0.5),
            at(0.95),
            ordered[-1],
            self.errors,
            intents or "none",
            extra={"answers": len(self.latencies_ms), "errors": self.errors},
        )
        self._reset()

    async def run(self, stop: asyncio.Event, *, every: float) -> None:
        """A line every `every` seconds until `stop`; the last one is `finish`'s, written once
        the answers in hand at the stop are sent."""
        loop = asyncio.get_running_loop()
        self._started = loop.time()
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every)
            if stop.is_set():
                return
            now = loop.time()
            self.flush(seconds=now - self._started)
            self._started = now

    def finish(self) -> None:
        self.flush(seconds=asyncio.get_running_loop().time() - self._started)
