"""The committed outlines: rebuilt identical from ANCT's files, read back as drawn."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.maps.outlines import OUTLINES_FILE, load_outlines

ROOT = Path(__file__).resolve().parents[2]
ANCT = ROOT.parent / "shared" / "data" / "anct"


@pytest.mark.skipif(not ANCT.is_dir(), reason="ANCT's open data is not beside the repository")
def test_make_outlines_rebuilds_the_committed_file_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / OUTLINES_FILE
    subprocess.run(
        [sys.executable, "-m", "scripts.build_outlines", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert out.read_bytes() == (DEFAULT_DIRECTORY / OUTLINES_FILE).read_bytes()


def test_outlines_read_back_with_labels_inside_them() -> None:
    outlines = load_outlines(path=DEFAULT_DIRECTORY / OUTLINES_FILE)
    assert outlines.date == "2024-07-04"
    assert outlines.departments["81"].name == "Tarn"
    assert outlines.departments["81"].region == "76"
    for outline in (*outlines.departments.values(), *outlines.territories.values()):
        assert outline.contains(outline.label), outline.id
    tarn = outlines.departments["81"]
    assert tarn.contains((2.15, 43.93))  # Albi
    assert not tarn.contains((1.44, 43.60))  # Toulouse
