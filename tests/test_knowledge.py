"""`load_knowledge` accepts the shipped knowledge and names file, line and field of every fault."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.errors import KnowledgeError
from bot.knowledge.load import DEFAULT_DIRECTORY, Knowledge, load_knowledge


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


def test_shipped_knowledge_has_the_fifteen_laureates(knowledge: Knowledge) -> None:
    assert len(knowledge.territories) == 15
    assert sum(t.status == "renewed" for t in knowledge.territories) == 10
    assert [t.name for t in knowledge.territories if t.interregional] == [
        "Lacq Pau Tarbes",
        "Aurillac Figeac Rodez",
    ]


def test_extraction_defects_are_corrected(knowledge: Knowledge) -> None:
    amilhau = knowledge.person("amilhau")
    assert "06 70 85 30 75" in amilhau.phones
    region = knowledge.organisation("region-occitanie")
    assert region.phones == ("05 61 33 53 49", "05 61 33 52 75", "04 67 22 81 31")
    assert "Occitania" not in knowledge.announcement.press_release.title
    assert "revalorisation de notre industrie" in knowledge.quote("presidente").text


def test_every_entry_cites_a_known_source(knowledge: Knowledge) -> None:
    for territory in knowledge.territories:
        assert territory.source in knowledge.sources


def test_unknown_field_is_located(copy: Path) -> None:
    edit(copy, "contacts.yaml", "  - id: scherer\n", "  - id: scherer\n    fax: 1\n")
    assert any(
        e.startswith("contacts.yaml:") and "people.1.fax: unknown field" in e for e in errors(copy)
    )


def test_missing_field_is_located(copy: Path) -> None:
    edit(copy, "territories.yaml", "    status: new\n", "")
    assert any("territories.yaml:" in e and "status: missing field" in e for e in errors(copy))


def test_malformed_phone_and_email_are_refused(copy: Path) -> None:
    edit(copy, "contacts.yaml", '"05 34 45 34 77"', '"05 34 45 34"')
    edit(copy, "contacts.yaml", "service.presse@laregion.fr", "service.presse.laregion.fr")
    found = errors(copy)
    assert any("people.1.phones.0" in e and "French number" in e for e in found)
    assert any("organisations.1.email" in e for e in found)


def test_duplicate_id_is_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", "  - id: albigeois\n", "  - id: lozere\n")
    assert any("territories.yaml:" in e and "duplicate « lozere »" in e for e in errors(copy))


def test_alias_shared_by_two_entities_is_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", "aliases: [Albigeois]", "aliases: [Albigeois, Figeac]")
    assert any("alias « figeac » also stands for territory « aurillac »" in e for e in errors(copy))


def test_alias_too_close_to_another_is_refused(copy: Path) -> None:
    edit(copy, "territories.yaml", "aliases: [Albigeois]", "aliases: [Albigeois, Figeacq]")
    assert any("too close to « figeac »" in e for e in errors(copy))


def test_department_code_must_be_in_the_table(copy: Path) -> None:
    edit(copy, "territories.yaml", 'departments: ["48"]', 'departments: ["47"]')
    assert any("department « 47 » is not in departments.yaml" in e for e in errors(copy))


def test_department_name_must_match_open_data(copy: Path) -> None:
    edit(copy, "departments.yaml", "name: Lozère", "name: Lozere")
    assert any("Etalab names it « Lozère »" in e for e in errors(copy))


def test_named_commune_must_exist(copy: Path) -> None:
    edit(copy, "territories.yaml", '["30007"]', '["30999"]')
    assert any("no commune has the INSEE code « 30999 »" in e for e in errors(copy))


def test_unknown_source_is_refused(copy: Path) -> None:
    edit(copy, "governance.yaml", "source: cp-2023-11-14", "source: cp-2099")
    assert any("governance.yaml:" in e and "unknown source « cp-2099 »" in e for e in errors(copy))


def test_yaml_syntax_error_and_repeated_key_are_located(copy: Path) -> None:
    edit(copy, "governance.yaml", "  level: national\n", "  level: national\n  level: regional\n")
    edit(copy, "quotes.yaml", "quotes:\n", "quotes: [\n")
    found = errors(copy)
    assert any(e.startswith("governance.yaml:") and "level: appears twice" in e for e in found)
    assert any(e.startswith("quotes.yaml:") and "(syntax)" in e for e in found)


def test_missing_file_is_reported(copy: Path) -> None:
    (copy / "axes.yaml").unlink(missing_ok=True)
    (copy / "programme.yaml").unlink()
    assert "programme.yaml: (file): is missing" in errors(copy)
