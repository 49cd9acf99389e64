"""`make bench`, maps: the time to draw each map, its size, the memory the maps take, and
the latency of /carte on Telegram (against the fake Bot API) before and after the upload."""

from __future__ import annotations

import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bot.knowledge.load import DEFAULT_DIRECTORY, load_knowledge
from bot.maps.cache import MapCache, draw, outlines_of
from bot.maps.groupings import groupings_of
from bot.maps.keys import (
    FRANCE_KEY,
    REGION_KEY,
    commune_key,
    department_key,
    national_key,
    region_key,
    territory_key,
)
from bot.maps.specs import map_spec
from scripts.bench import rss_mb
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.test_serve import start

RUNS = 3
REQUESTS = 20
# Communes in and out of the territories (Saint-Ambroix, Albi, Toulouse, Brest, Montpellier,
# Rennes), and national territories (Finistère, Toulon, Cap Excellence in Guadeloupe).
COMMUNES = ("30227", "81004", "31555", "29019", "34172", "35238")
NATIONAL = ("ti-5304", "ti-9306", "ti-0102")
# Brittany, Auvergne-Rhône-Alpes (the most territories), Guadeloupe.
REGIONS = ("53", "84", "01")


def main() -> None:
    knowledge = load_knowledge()
    before = rss_mb()
    start_load = time.perf_counter()
    outlines = outlines_of(knowledge)
    groupings = groupings_of(knowledge)
    assert outlines is not None and groupings is not None
    load_ms = (time.perf_counter() - start_load) * 1000
    print(
        f"maps: outlines and intercommunalities loaded in {load_ms:.0f} ms, "
        f"{rss_mb() - before:.0f} MB; bot process now {rss_mb():.0f} MB"
    )
    for name in ("outlines.json", "groupings.json.gz"):
        print(f"  {name}: {(knowledge.directory / name).stat().st_size / 1000:.0f} kB")
    keys = [
        REGION_KEY,
        *(territory_key(t.id) for t in knowledge.territories),
        *(department_key(code) for code in knowledge.departments),
        *(commune_key(code) for code in COMMUNES),
        *(national_key(ident) for ident in NATIONAL),
        *(region_key(code) for code in REGIONS),
        FRANCE_KEY,
    ]
    timings: dict[str, float] = {}
    sizes: dict[str, int] = {}
    for key in keys:
        spec = map_spec(knowledge=knowledge, outlines=outlines, key=key, groupings=groupings)
        if spec is None:
            continue
        runs = []
        for _ in range(RUNS):
            started = time.perf_counter()
            png = draw(spec=spec, outlines=outlines, groupings=groupings).png
            runs.append(time.perf_counter() - started)
        timings[key] = statistics.median(runs) * 1000
        sizes[key] = len(png)
    for key, ms in timings.items():
        print(f"  {key:<22} drawn in {ms:4.0f} ms (median of {RUNS}), {sizes[key] / 1000:.0f} kB")
    values = sorted(timings.values())
    print(
        f"maps: {len(values)} maps, drawing median {statistics.median(values):.0f} ms, "
        f"slowest {values[-1]:.0f} ms"
    )
    for kind in ("map", "mapt", "mapd", "mapc", "mapn", "mapr"):
        of_kind = sorted(ms for key, ms in timings.items() if key.partition("_")[0] == kind)
        if of_kind:
            p95 = of_kind[min(len(of_kind) - 1, round(0.95 * (len(of_kind) - 1)))]
            print(f"  {kind:<5} {len(of_kind):3} maps, p95 {p95:.0f} ms (target 400 ms)")
    cache = MapCache()
    before = rss_mb()
    for key in keys:
        cache.png(knowledge=knowledge, key=key)
    started = time.perf_counter()
    cache.png(knowledge=knowledge, key=REGION_KEY)
    cached_us = (time.perf_counter() - started) * 1e6
    print(
        f"maps: all {len(keys)} cached: {rss_mb() - before:+.0f} MB resident, bot process "
        f"now {rss_mb():.0f} MB (target 180 MB); a cached map is served in {cached_us:.0f} µs"
    )
    print(
        f"maps: peak memory of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    telegram()


def telegram() -> None:
    """From /carte being available to the photo reaching the API: the first time draws and
    uploads, afterwards the stored file_id is sent."""
    with tempfile.TemporaryDirectory() as root, FakeBotAPI() as api:
        knowledge = Path(root) / "knowledge"
        shutil.copytree(DEFAULT_DIRECTORY, knowledge)
        process = start(
            api,
            Path(root) / "bot.log",
            KNOWLEDGE_DIR=str(knowledge),
            DATA_DIR=str(Path(root) / "data"),
            LOG_LEVEL="WARNING",
        )
        try:
            api.wait_for("setMyCommands", timeout=60)
            latencies = []
            for chat in range(1, REQUESTS + 2):
                pushed = time.monotonic()
                api.push(tg.command("/carte", chat_id=1000 + chat))
                (sent,) = api.wait_for("sendPhoto", where={"chat_id": 1000 + chat}, timeout=60)
                latencies.append((sent.at - pushed) * 1000)
        finally:
            process.terminate()
            process.wait(timeout=30)
    first, rest = latencies[0], sorted(latencies[1:])
    print(
        f"telegram /carte: first (draw + upload) {first:.0f} ms; then by file_id over "
        f"{len(rest)} requests median {statistics.median(rest):.1f} ms, max {rest[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
