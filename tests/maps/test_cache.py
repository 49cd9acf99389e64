"""The map cache: bounded by the bytes it holds, and a map asked again costs no search."""

from __future__ import annotations

import pytest

import bot.maps.cache
from bot.knowledge.load import Knowledge
from bot.maps.cache import MapCache
from bot.maps.keys import REGION_KEY, commune_key, territory_key
from bot.maps.specs import map_spec


def test_a_cached_map_is_served_without_making_its_spec_again(
    knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []

    def counting_spec(**kwargs: object) -> object:
        made.append(str(kwargs["key"]))
        return map_spec(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bot.maps.cache, "map_spec", counting_spec)
    cache = MapCache()
    # Toulouse is in no territory: its spec searches for the nearest.
    first = cache.png(knowledge=knowledge, key=commune_key("31555"))
    assert first is not None
    assert cache.png(knowledge=knowledge, key=commune_key("31555")) is first
    assert made == [commune_key("31555")]


def test_the_cache_holds_no_more_bytes_than_its_bound(knowledge: Knowledge) -> None:
    cache = MapCache(size=300_000)
    keys = [REGION_KEY, territory_key("ales"), territory_key("lacq")]
    pngs = [cache.png(knowledge=knowledge, key=key) for key in keys]
    assert all(png is not None for png in pngs)
    held = list(cache._images.values())
    assert sum(len(png) for png in held) <= 300_000 or len(held) == 1
    assert held[-1] is pngs[-1]
    assert pngs[0] not in held
