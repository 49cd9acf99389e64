"""The maps: each laureate in its colour where its outline lies, nothing where it does not,
a legend that matches, the size a phone needs, the same bytes every time."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

import bot.maps.cache
from bot.knowledge.load import DEFAULT_DIRECTORY, Knowledge, load_knowledge
from bot.maps.cache import MapCache, outlines_of
from bot.maps.groupings import Groupings
from bot.maps.keys import REGION_KEY, department_key, territory_key
from bot.maps.outlines import Outline, Outlines, Point
from bot.maps.render import HEIGHT, MapSpec, Rendered, render
from bot.maps.specs import map_spec
from bot.maps.style import COLOURS, OTHER, REGION_FILL, WIDTH
from bot.maps.zoom import ZoomSpec

# Toulouse's Capitole: Toulouse Métropole is in no laureate.
TOULOUSE: Point = (1.4442, 43.6045)
# Pixels kept clear of an edge: anti-aliasing and borders change colours there.
EDGE = 4


@pytest.fixture(scope="module")
def outlines(knowledge: Knowledge) -> Outlines:
    found = outlines_of(knowledge)
    assert found is not None
    return found


def draw(knowledge: Knowledge, outlines: Outlines, key: str) -> Rendered:
    spec = map_spec(knowledge=knowledge, outlines=outlines, key=key)
    assert isinstance(spec, MapSpec), key
    return render(spec=spec, outlines=outlines)


def pixels(rendered: Rendered) -> Image.Image:
    return Image.open(io.BytesIO(rendered.png)).convert("RGB")


def inner_pixels(
    outline: Outline, rendered: Rendered, *, borders: tuple[Outline, ...] = ()
) -> list[tuple[int, int]]:
    """Pixels of a grid over the outline that lie well inside it (from the geometry, not the
    image), away from labels and from the borders drawn over the fills."""
    west, south, east, north = outline.bounds
    frame = rendered.frame
    step = EDGE / frame.scale  # degrees of latitude for EDGE pixels
    found = []
    for i in range(1, 30):
        for j in range(1, 30):
            lon = west + (east - west) * i / 30
            lat = south + (north - south) * j / 30
            around = [
                (lon + dx * step / frame.shrink, lat + dy * step)
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            ]
            if not all(outline.contains(p) for p in around):
                continue
            if any(len({b.contains(p) for p in around}) > 1 for b in borders):
                continue
            x, y = frame.project((lon, lat))
            if any(
                b[0] - EDGE <= x <= b[2] + EDGE and b[1] - EDGE <= y <= b[3] + EDGE
                for b in rendered.labels
            ):
                continue
            found.append((round(x), round(y)))
    return found


def test_the_outlines_hold_every_laureate_of_france_in_under_a_megabyte(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    assert (knowledge.directory / "outlines.json").stat().st_size < 1_000_000
    assert len(outlines.territories) == 183
    assert {"76", "75", "84"} <= outlines.regions.keys()
    for territory in knowledge.territories:
        assert territory.anct_id in outlines.territories, territory.id


def test_every_laureate_has_its_status_colour_inside_its_outline(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    rendered = draw(knowledge, outlines, REGION_KEY)
    image = pixels(rendered)
    region = (outlines.regions["76"],)
    for territory in knowledge.territories:
        outline = outlines.territories[territory.anct_id]
        inside = inner_pixels(outline, rendered, borders=region)
        assert len(inside) >= 3, territory.id
        colours = {image.getpixel(p) for p in inside}
        assert colours == {COLOURS[territory.status]}, territory.id


def test_a_commune_in_no_laureate_keeps_the_department_colour(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    assert not any(o.contains(TOULOUSE) for o in outlines.territories.values())
    for key in (REGION_KEY, department_key("31")):
        rendered = draw(knowledge, outlines, key)
        image = pixels(rendered)
        x, y = rendered.frame.project(TOULOUSE)
        near = [
            image.getpixel((round(x) + dx, round(y) + dy))
            for dx in (-6, 0, 6)
            for dy in (-6, 0, 6)
            if not any(b[0] <= x + dx <= b[2] and b[1] <= y + dy <= b[3] for b in rendered.labels)
        ]
        assert near, key
        assert all(colour not in (*COLOURS.values(), OTHER) for colour in near), key
        if key == REGION_KEY:
            assert all(colour == REGION_FILL for colour in near)


def test_the_legend_shows_the_colours_the_map_uses(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    rendered = draw(knowledge, outlines, REGION_KEY)
    image = pixels(rendered)
    assert [label for _, _, label in rendered.legend] == [
        "Territoire renouvelé",
        "Nouveau territoire",
    ]
    statuses = {t.anct_id: t.status for t in knowledge.territories}
    for box, colour, label in rendered.legend:
        centre = (round((box[0] + box[2]) / 2), round((box[1] + box[3]) / 2))
        assert image.getpixel(centre) == colour, label
    used = {statuses[ident]: colour for ident, colour in rendered.fills.items()}
    assert [colour for _, colour, _ in rendered.legend] == [used["renewed"], used["new"]]
    assert used["renewed"] != used["new"]


def test_a_laureates_map_highlights_it_and_greys_the_others(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    ales = knowledge.territory("ales")
    rendered = draw(knowledge, outlines, territory_key("ales"))
    image = pixels(rendered)
    region = (outlines.regions["76"],)
    inside = inner_pixels(outlines.territories[ales.anct_id], rendered, borders=region)
    assert inside
    assert {image.getpixel(p) for p in inside} == {COLOURS[ales.status]}
    castres = outlines.territories[knowledge.territory("castres").anct_id]
    assert {image.getpixel(p) for p in inner_pixels(castres, rendered, borders=region)} == {OTHER}
    assert [label for _, _, label in rendered.legend] == ["Territoire renouvelé", "Autres lauréats"]


def test_a_departments_map_shows_its_laureates_in_colour(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    rendered = draw(knowledge, outlines, department_key("81"))
    image = pixels(rendered)
    borders = (outlines.regions["76"], outlines.departments["81"])
    for territory in knowledge.territories_in("81"):
        outline = outlines.territories[territory.anct_id]
        inside = inner_pixels(outline, rendered, borders=borders)
        assert inside, territory.id
        assert {image.getpixel(p) for p in inside} == {COLOURS[territory.status]}, territory.id


def test_maps_exist_for_laureates_and_departments_with_laureates_only(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    assert map_spec(knowledge=knowledge, outlines=outlines, key=department_key("75")) is None
    assert map_spec(knowledge=knowledge, outlines=outlines, key=department_key("99")) is None
    assert map_spec(knowledge=knowledge, outlines=outlines, key=territory_key("nulle")) is None
    assert map_spec(knowledge=knowledge, outlines=outlines, key="map_nulle") is None
    assert map_spec(knowledge=knowledge, outlines=outlines, key="mapr_99") is None
    for code in knowledge.departments:
        assert map_spec(knowledge=knowledge, outlines=outlines, key=department_key(code))


def test_a_map_is_a_1280_px_png_small_enough_to_send(
    knowledge: Knowledge, outlines: Outlines
) -> None:
    rendered = draw(knowledge, outlines, REGION_KEY)
    image = Image.open(io.BytesIO(rendered.png))
    assert image.format == "PNG"
    assert image.size == rendered.size == (WIDTH, HEIGHT) == (1280, 860)
    assert len(rendered.png) < 500_000


def test_a_map_is_the_same_bytes_in_every_process(knowledge: Knowledge, outlines: Outlines) -> None:
    first = MapCache().png(knowledge=knowledge, key=REGION_KEY)
    assert first is not None
    assert MapCache().png(knowledge=knowledge, key=REGION_KEY) == first
    code = (
        "import hashlib, sys\n"
        "from bot.knowledge.load import load_knowledge\n"
        "from bot.maps.cache import MapCache\n"
        "png = MapCache().png(knowledge=load_knowledge(), key='map_occitanie')\n"
        "sys.stdout.write(hashlib.sha256(png).hexdigest())\n"
    )
    other = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert other.stdout == hashlib.sha256(first).hexdigest()


def test_the_map_follows_the_knowledge_after_an_edit(
    tmp_path: Path, knowledge: Knowledge, outlines: Outlines
) -> None:
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, copy)
    path = copy / "territories.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: hautesterres")
    end = text.find("\n  - id:", start + 1)
    path.write_text(text[:start] + (text[end + 1 :] if end > 0 else ""), encoding="utf-8")
    edited = load_knowledge(directory=copy)
    cache = MapCache()
    before = cache.png(knowledge=knowledge, key=REGION_KEY)
    after = cache.png(knowledge=edited, key=REGION_KEY)
    assert before is not None and after is not None and before != after
    assert cache.png(knowledge=knowledge, key=REGION_KEY) is before  # kept, not redrawn
    rendered = draw(edited, outlines, REGION_KEY)
    gone = outlines.territories["ti-7610"]
    image = pixels(rendered)
    inside = inner_pixels(gone, rendered, borders=(outlines.regions["76"],))
    assert inside
    assert all(image.getpixel(p) not in COLOURS.values() for p in inside)
    assert cache.png(knowledge=edited, key=territory_key("hautesterres")) is None


def test_maps_asked_at_once_are_drawn_one_at_a_time_and_each_once(
    knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawing, most, drawn = 0, 0, []
    lock = threading.Lock()

    def counting_draw(
        *, spec: MapSpec | ZoomSpec, outlines: Outlines, groupings: Groupings | None
    ) -> Rendered:
        nonlocal drawing, most
        with lock:
            drawing += 1
            most = max(most, drawing)
            drawn.append(spec)
        time.sleep(0.05)  # long enough for every other thread to be waiting
        with lock:
            drawing -= 1
        return Rendered(png=b"png", size=(1, 1), frame=None)  # type: ignore[arg-type]

    monkeypatch.setattr(bot.maps.cache, "draw", counting_draw)
    cache = MapCache()
    keys = [REGION_KEY, territory_key("ales"), department_key("30")] * 4
    with ThreadPoolExecutor(max_workers=len(keys)) as pool:
        pngs = list(pool.map(lambda k: cache.png(knowledge=knowledge, key=k), keys))
    assert pngs == [b"png"] * len(keys)
    assert most == 1
    assert len(drawn) == len(set(drawn)) == 3
