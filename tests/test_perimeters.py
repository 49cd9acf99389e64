"""ANCT's perimeters: the build script, the committed file, and what `check` says of them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.knowledge.load import DEFAULT_DIRECTORY, AliasOwner, Knowledge, load_knowledge
from bot.knowledge.perimeters import PERIMETERS_FILE
from scripts import build_perimeters

SCRIPT = Path(build_perimeters.__file__)
COMMITTED = DEFAULT_DIRECTORY / PERIMETERS_FILE


def build(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )


def feature(ident: str, name: str, members: str) -> dict[str, object]:
    return {
        "type": "Feature",
        "properties": {"id_territoire": ident, "lib_territoire": name, "liste_geo": members},
        "geometry": None,
    }


def geojson(path: Path, *features: dict[str, object]) -> Path:
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}), "utf-8")
    return path


@pytest.mark.skipif(not build_perimeters.SOURCE.is_file(), reason="ANCT's file is not here")
def test_the_committed_file_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    output = tmp_path / "perimeters.json"
    result = build(str(build_perimeters.SOURCE), "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert output.read_bytes() == COMMITTED.read_bytes()


def test_members_keep_name_siren_and_kind(tmp_path: Path) -> None:
    source = geojson(
        tmp_path / "ti.geojson",
        feature("ti-7614", "Tarn Nord", "CA de l'Albigeois (C2A) (248100737); Beissat (212301907)"),
        feature("ti-1101", "Boucle Nord", "EPT Boucle Nord de Seine (200057990)"),
    )
    data = build_perimeters.compact(source=source)
    assert data["territories"] == [
        ["ti-1101", "Boucle Nord", "11", [["200057990", "EPT Boucle Nord de Seine", "ept"]]],
        [
            "ti-7614",
            "Tarn Nord",
            "76",
            [
                ["212301907", "Beissat", "commune"],
                ["248100737", "CA de l'Albigeois (C2A)", "epci"],
            ],
        ],
    ]


@pytest.mark.parametrize(
    "content",
    [
        None,  # missing
        '{"type": "FeatureCollection", "features": [{"type": "Fea',  # truncated
        '{"type": "FeatureCollection", "features": []}',
        json.dumps({"features": [feature("ti-7614", "Tarn Nord", "CA de l'Albigeois")]}),
        json.dumps({"features": [feature("7614", "Tarn Nord", "CA de l'Albigeois (248100737)")]}),
        json.dumps({"features": [feature("ti-7614", "", "CA de l'Albigeois (248100737)")]}),
        json.dumps({"features": [{"properties": None}]}),
    ],
)
def test_bad_input_stops_with_one_line_and_leaves_the_output(
    tmp_path: Path, content: str | None
) -> None:
    source = tmp_path / "ti.geojson"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    output = tmp_path / "perimeters.json"
    output.write_text("committed", encoding="utf-8")
    result = build(str(source), "--output", str(output))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("build_perimeters: ")
    assert output.read_text(encoding="utf-8") == "committed"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_every_laureate_is_tied_to_its_anct_territory(knowledge: Knowledge) -> None:
    ids = {t.id: t.anct_id for t in knowledge.territories}
    assert ids["albigeois"] == "ti-7614"
    assert ids["lacq"] == "ti-7510"
    assert ids["gers82"] == "ti-7611"
    assert len(set(ids.values())) == 15
    national = knowledge.national("ti-7614")
    assert national is not None
    assert national.name == "Tarn Nord"
    assert national.region == "76"
    assert knowledge.laureate("ti-7614") == knowledge.territory("albigeois")
    assert knowledge.laureate("ti-0101") is None


def test_anct_names_are_aliases(knowledge: Knowledge) -> None:
    assert knowledge.aliases["tarn nord"].id == "albigeois"
    assert knowledge.aliases["gard rhodanien pont du gard"].id == "pontdugard"
    # Named after its department: reached through the department, as before.
    assert knowledge.aliases["pyrenees orientales"] == AliasOwner("department", "66")


def test_perimeters_cover_the_communes_of_each_laureate(knowledge: Knowledge) -> None:
    coverage = knowledge.coverage
    assert coverage is not None
    # Pyrénées-Orientales is four groupements around Perpignan, not the department.
    assert len(coverage.communes["ti-7613"]) == 68
    assert "66136" in coverage.communes["ti-7613"]  # Perpignan
    assert "66149" not in coverage.communes["ti-7613"]  # Prades
    assert len(coverage.communes["ti-7602"]) == 325  # every commune of the Ariège


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, target)
    return target


def edit(directory: Path, name: str, old: str, new: str) -> None:
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def errors(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory=directory)
    return [str(issue) for issue in caught.value.issues]


def test_a_laureate_without_anct_id_is_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", "    anct_id: ti-7612\n", "")
    assert any(
        e.startswith("territories.yaml:") and "anct_id: missing field" in e for e in errors(copy)
    )


def test_an_anct_id_that_does_not_exist_is_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", "anct_id: ti-7612", "anct_id: ti-7699")
    found = errors(copy)
    assert any(
        e.startswith("territories.yaml:")
        and "territories.11.anct_id: no ANCT territory has the id « ti-7699 »" in e
        for e in found
    ), found


def test_two_laureates_on_one_anct_id_are_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", "anct_id: ti-7612", "anct_id: ti-7613")
    assert any("is already the id of « lozere »" in e for e in errors(copy))


def test_a_member_siren_etalab_does_not_know_is_refused(copy: Path) -> None:
    edit(
        copy,
        PERIMETERS_FILE,
        '"241100593","CA Le Grand Narbonne"',
        '"241199999","CA Le Grand Narbonne"',
    )
    lines = (copy / PERIMETERS_FILE).read_text("utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if "241199999" in text)
    assert (
        f"{PERIMETERS_FILE}:{line}: territories.ti-7609.members.241199999: "
        "Etalab's data knows no epci with the SIREN « 241199999 » (CA Le Grand Narbonne)"
    ) in errors(copy)


def test_a_named_commune_outside_the_perimeter_is_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", 'named_communes: ["30007"]', 'named_communes: ["30189"]')
    assert any("« 30189 » is not in ANCT's perimeter of « ti-7601 »" in e for e in errors(copy))


def test_a_malformed_perimeters_file_is_refused(copy: Path) -> None:
    (copy / PERIMETERS_FILE).write_text('{"format": 1, "territories": [', encoding="utf-8")
    assert any(e.startswith(f"{PERIMETERS_FILE}: (file): cannot be read") for e in errors(copy))


def test_check_reports_the_communes_of_each_laureate() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Albigeois = ti-7614 « Tarn Nord »: 3 groupement(s), 103 communes (103 in 81)" in (
        result.stdout
    )
    assert "Pyrénées-Orientales = ti-7613" in result.stdout
    assert "données du 4 juillet 2024" in result.stdout


def test_places_without_perimeters_are_refused_and_yaml_alone_loads(copy: Path) -> None:
    (copy / PERIMETERS_FILE).unlink()
    assert f"{PERIMETERS_FILE}: (file): is missing; run `make perimeters`" in errors(copy)
    (copy / "places.json.gz").unlink()
    assert load_knowledge(directory=copy).perimeters is None
