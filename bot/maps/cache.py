"""Maps rendered on first use and kept, keyed by what they show: after a knowledge reload that
changes a laureate, its maps are drawn anew; the others are reused."""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable

from bot.knowledge.load import Knowledge
from bot.maps.groupings import Groupings, groupings_of
from bot.maps.outlines import OUTLINES_FILE, Outlines, load_outlines
from bot.maps.render import MapSpec, Rendered, render
from bot.maps.specs import map_spec
from bot.maps.zoom import ZoomSpec, render_zoom

# The images kept, in bytes of PNG: some fifty maps of 100-450 kB. Beyond, the least recently
# asked is dropped (Telegram has its file_id by then; drawing it again takes a fraction of a
# second).
CACHE_BYTES = 16_000_000
# The specs remembered per knowledge: a commune's spec costs a search for the nearest territory.
SPECS = 4096


def outlines_of(knowledge: Knowledge) -> Outlines | None:
    path = knowledge.directory / OUTLINES_FILE
    return load_outlines(path=path) if path.is_file() else None


def draw(*, spec: MapSpec | ZoomSpec, outlines: Outlines, groupings: Groupings | None) -> Rendered:
    if isinstance(spec, ZoomSpec):
        assert groupings is not None  # a zoomed spec is only made from them
        return render_zoom(spec=spec, outlines=outlines, groupings=groupings)
    return render(spec=spec, outlines=outlines)


def _trimmer() -> Callable[[], object]:
    """glibc keeps the tens of MB a drawing took in its heap, scattered among what lives on,
    so that the process grows with every map drawn: malloc_trim gives them back."""
    name = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    if trim is None:
        return lambda: None
    return lambda: trim(0)


_release_memory = _trimmer()


class MapCache:
    def __init__(self, *, size: int = CACHE_BYTES) -> None:
        self._size = size
        self._images: OrderedDict[MapSpec | ZoomSpec, bytes] = OrderedDict()
        self._bytes = 0
        # The knowledge the specs were made from: a reload starts them afresh.
        self._specs_of: weakref.ref[Knowledge] | None = None
        self._specs: OrderedDict[str, MapSpec | ZoomSpec | None] = OrderedDict()
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
        spec = self._spec(knowledge=knowledge, outlines=outlines, groupings=groupings, key=key)
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
            _release_memory()
            with self._lock:
                self._images[spec] = png
                self._bytes += len(png)
                while self._bytes > self._size and len(self._images) > 1:
                    _, dropped = self._images.popitem(last=False)
                    self._bytes -= len(dropped)
        return png

    def _spec(
        self, *, knowledge: Knowledge, outlines: Outlines, groupings: Groupings | None, key: str
    ) -> MapSpec | ZoomSpec | None:
        with self._lock:
            if self._specs_of is None or self._specs_of() is not knowledge:
                self._specs_of = weakref.ref(knowledge)
                self._specs.clear()
            if key in self._specs:
                self._specs.move_to_end(key)
                return self._specs[key]
        spec = map_spec(knowledge=knowledge, outlines=outlines, key=key, groupings=groupings)
        with self._lock:
            if self._specs_of() is knowledge:
                self._specs[key] = spec
                while len(self._specs) > SPECS:
                    self._specs.popitem(last=False)
        return spec

    def _cached(self, spec: MapSpec | ZoomSpec) -> bytes | None:
        with self._lock:
            if spec in self._images:
                self._images.move_to_end(spec)
                return self._images[spec]
        return None
