"""Maps rendered on first use and kept, keyed by what they show: after a knowledge reload that
changes a laureate, its maps are drawn anew; the others are reused."""

from __future__ import annotations

import threading
from collections import OrderedDict

from bot.knowledge import Knowledge
from bot.maps.groupings import Groupings, groupings_of
from bot.maps.outlines import OUTLINES_FILE, Outlines, load_outlines
from bot.maps.render import MapSpec, Rendered, render
from bot.maps.specs import map_spec
from bot.maps.zoom import ZoomSpec, render_zoom

# Every map of the 15 laureates and 13 departments, with room for two knowledge versions.
CACHE_SIZE = 64


def outlines_of(knowledge: Knowledge) -> Outlines | None:
    path = knowledge.directory / OUTLINES_FILE
    return load_outlines(path=path) if path.is_file() else None


def draw(*, spec: MapSpec | ZoomSpec, outlines: Outlines, groupings: Groupings | None) -> Rendered:
    if isinstance(spec, ZoomSpec):
        assert groupings is not None  # a zoomed spec is only made from them
        return render_zoom(spec=spec, outlines=outlines, groupings=groupings)
    return render(spec=spec, outlines=outlines)


class MapCache:
    def __init__(self, *, size: int = CACHE_SIZE) -> None:
        self._size = size
        self._images: OrderedDict[MapSpec | ZoomSpec, bytes] = OrderedDict()
        self._lock = threading.Lock()
        # One map drawn at a time: each takes tens of MB while drawn at twice its size, and
        # users asking for the same map at once get it drawn once.
        self._rendering = threading.Lock()

    def png(self, *, knowledge: Knowledge, key: str) -> bytes | None:
        """The PNG a map key stands for; None when the knowledge has no outlines or the key
        names no map. Safe to call from several threads."""
        outlines = outlines_of(knowledge)
        if outlines is None:
            return None
        groupings = groupings_of(knowledge)
        spec = map_spec(knowledge=knowledge, outlines=outlines, key=key, groupings=groupings)
        if spec is None:
            return None
        cached = self._cached(spec)
        if cached is not None:
            return cached
        with self._rendering:
            # Asked again while another map was drawn: maybe this very one.
            cached = self._cached(spec)
            if cached is not None:
                return cached
            png = draw(spec=spec, outlines=outlines, groupings=groupings).png
            with self._lock:
                self._images[spec] = png
                while len(self._images) > self._size:
                    self._images.popitem(last=False)
        return png

    def _cached(self, spec: MapSpec | ZoomSpec) -> bytes | None:
        with self._lock:
            if spec in self._images:
                self._images.move_to_end(spec)
                return self._images[spec]
        return None
