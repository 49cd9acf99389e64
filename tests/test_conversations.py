"""The store of live conversations: bounded, least recently used dropped, expiring."""

from __future__ import annotations

from bot.dialogue.context import LAPSED, NO_CONTEXT, Context
from bot.dialogue.conversations import ContextStore


def test_a_context_is_kept_per_key() -> None:
    store = ContextStore(capacity=10, expiry=60)
    store.put("a", Context(topic="axes", at=0), now=0)
    store.put("b", Context(topic="funding", at=0), now=0)
    assert store.get("a", now=1).topic == "axes"
    assert store.get("b", now=1).topic == "funding"
    assert store.get("c", now=1) is NO_CONTEXT


def test_silence_beyond_the_expiry_lapses_the_context() -> None:
    store = ContextStore(capacity=10, expiry=60)
    store.put("a", Context(topic="axes", at=0), now=0)
    assert store.get("a", now=61) is LAPSED
    assert store.get("a", now=62) is NO_CONTEXT
    assert len(store) == 0


def test_the_least_recently_used_is_dropped_beyond_capacity() -> None:
    store = ContextStore(capacity=2, expiry=60)
    store.put("a", Context(topic="axes", at=0), now=0)
    store.put("b", Context(topic="axes", at=1), now=1)
    store.get("a", now=2)
    store.put("a", Context(topic="funding", at=2), now=2)
    store.put("c", Context(topic="axes", at=3), now=3)
    assert len(store) == 2
    assert store.get("b", now=4) is NO_CONTEXT
    assert store.get("a", now=4).topic == "funding"


def test_expired_contexts_are_purged_as_others_arrive() -> None:
    store = ContextStore(capacity=100, expiry=60)
    for index in range(50):
        store.put(index, Context(topic="axes", at=0), now=0)
    store.put("late", Context(topic="axes", at=100), now=100)
    assert len(store) == 1


def test_reset_forgets() -> None:
    store = ContextStore()
    store.put("a", Context(topic="axes", at=0), now=0)
    store.reset("a")
    store.reset("never")
    assert store.get("a", now=0) is NO_CONTEXT
