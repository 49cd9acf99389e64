"""The open-data places file, as the bot reads it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from bot.knowledge.load import DEFAULT_DIRECTORY, Knowledge
from bot.knowledge.places import PLACES_FILE, Places, load_places


def places_of(knowledge: Knowledge) -> Places:
    assert knowledge.places is not None
    return knowledge.places


def test_every_commune_department_and_region_is_there(knowledge: Knowledge) -> None:
    places = places_of(knowledge)
    assert places.version == "6.0.0"
    assert len(places.communes_by_code) > 34_000
    assert len(places.departments) >= 101  # and the overseas collectivities
    assert places.regions["76"].name == "Occitanie"


def test_communes_by_name_postal_code_and_insee_code(knowledge: Knowledge) -> None:
    places = places_of(knowledge)
    assert [c.department for c in places.communes_by_name["castres"]] == ["02", "81"]
    assert [c.name for c in places.communes_by_postal_code["30100"]] == ["Alès"]
    assert places.communes_by_code["30007"].region == "76"


def test_former_communes_lead_to_the_current_one(knowledge: Knowledge) -> None:
    places = places_of(knowledge)
    (vers,) = [c for c in places.communes_by_name["vers"] if c.department == "46"]
    assert vers.part_of is not None
    assert places.current(vers).name == "Saint Géry-Vers"
    assert places.find(vers.code) == vers


def test_intercommunalities_and_common_words(knowledge: Knowledge) -> None:
    places = places_of(knowledge)
    gruissan = places.communes_by_name["gruissan"][0]
    assert gruissan.epci is not None
    assert "Grand Narbonne" in places.epci_names[gruissan.epci]
    assert {"lot", "orange", "riviere"} <= places.common_words
    assert "figeac" not in places.common_words


def test_an_unchanged_places_file_is_read_once_and_a_changed_one_again(tmp_path: Path) -> None:
    copy = tmp_path / PLACES_FILE
    shutil.copy(DEFAULT_DIRECTORY / PLACES_FILE, copy)
    first = load_places(path=copy)
    assert load_places(path=copy) is first  # a reload reuses it: memory stays flat
    os.utime(copy, ns=(0, 0))
    assert load_places(path=copy) is not first
