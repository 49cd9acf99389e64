"""Live conversations: one context per conversation key, least recently used dropped first."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from bot.dialogue.context import EXPIRY_SECONDS, LAPSED, NO_CONTEXT, Context

# Enough for a busy press office's audience; each context is a few hundred bytes.
DEFAULT_CAPACITY = 10_000


class ContextStore:
    """Bounded and expiring: a context unused for `expiry` seconds is forgotten, and beyond
    `capacity` conversations the one silent the longest is dropped."""

    def __init__(self, *, capacity: int = DEFAULT_CAPACITY, expiry: float = EXPIRY_SECONDS) -> None:
        self.capacity = capacity
        self.expiry = expiry
        self._contexts: OrderedDict[Hashable, Context] = OrderedDict()

    def __len__(self) -> int:
        return len(self._contexts)

    def get(self, key: Hashable, *, now: float) -> Context:
        """The conversation's context; LAPSED when it expired, NO_CONTEXT when there is none."""
        context = self._contexts.get(key)
        if context is None:
            return NO_CONTEXT
        if now - context.at > self.expiry:
            del self._contexts[key]
            return LAPSED
        return context

    def put(self, key: Hashable, context: Context, *, now: float) -> None:
        self._contexts[key] = context
        self._contexts.move_to_end(key)
        # Oldest first: the expired ones are at the front.
        while self._contexts:
            oldest_key, oldest = next(iter(self._contexts.items()))
            if len(self._contexts) <= self.capacity and now - oldest.at <= self.expiry:
                break
            del self._contexts[oldest_key]

    def reset(self, key: Hashable) -> None:
        self._contexts.pop(key, None)
