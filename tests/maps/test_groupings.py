"""The committed outlines of the intercommunalities: rebuilt identical, complete, read back."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge.load import DEFAULT_DIRECTORY, load_knowledge
from bot.maps.groupings import GROUPINGS_FILE, load_groupings, outline_issues

ROOT = Path(__file__).resolve().parents[2]
EPCI = ROOT.parent / "shared" / "data" / "epci"


@pytest.mark.skipif(not EPCI.is_dir(), reason="the EPCI open data is not beside the repository")
def test_make_groupings_rebuilds_the_committed_file_byte_for_byte(tmp_path: Path) -> None:
    """The chefs-lieux come from Etalab's npm package, which a test cannot fetch: they are
    fed back from the committed file, and everything else is rebuilt from ../shared."""
    committed = DEFAULT_DIRECTORY / GROUPINGS_FILE
    with gzip.open(committed, "rt", encoding="utf-8") as stream:
        prefectures = json.load(stream)["prefectures"]
    etalab = tmp_path / "etalab"
    etalab.mkdir()
    (etalab / "departements.json").write_text(
        json.dumps([{"code": code, "chefLieu": insee} for code, insee in prefectures.items()]),
        encoding="utf-8",
    )
    out = tmp_path / GROUPINGS_FILE
    subprocess.run(
        [
            sys.executable,
            "-m",
            "scripts.build_groupings",
            "--etalab",
            str(etalab),
            "--out",
            str(out),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    assert out.read_bytes() == committed.read_bytes()


def test_every_member_of_the_183_territories_has_an_outline() -> None:
    knowledge = load_knowledge()
    assert knowledge.perimeters is not None
    groupings = load_groupings(path=DEFAULT_DIRECTORY / GROUPINGS_FILE)
    sirens = {m.siren for t in knowledge.perimeters.territories.values() for m in t.members}
    assert len(sirens) == 641
    assert sirens <= set(groupings.outlines)
    assert list(outline_issues(knowledge=knowledge)) == []


def test_check_names_a_member_without_an_outline(tmp_path: Path) -> None:
    directory = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, directory)
    path = directory / GROUPINGS_FILE
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        data = json.load(stream)
    del data["groupings"]["200035129"]  # CC de Cèze Cévennes, a member of Alès
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        json.dump(data, stream)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(directory)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "no outline of « 200035129 »" in result.stderr + result.stdout
    assert "ti-7601" in result.stderr + result.stdout


def test_points_and_labels_lie_inside_their_groupings() -> None:
    groupings = load_groupings(path=DEFAULT_DIRECTORY / GROUPINGS_FILE)
    knowledge = load_knowledge()
    places = knowledge.places
    assert places is not None
    ceze = groupings.outlines["200035129"]
    assert ceze.name == "CC de Cèze Cévennes"
    assert ceze.contains(ceze.label)
    assert ceze.contains(groupings.points["30227"])  # Saint-Ambroix
    assert groupings.prefectures["30"] == "30189"  # Nîmes
    assert len(groupings.points) == 34935
    inside = sum(
        groupings.outlines[c.epci].contains(groupings.points[c.code])
        for c in places.communes_by_code.values()
        if c.department == "30" and c.epci in groupings.outlines and c.code in groupings.points
    )
    assert inside >= 340
