"""Map answers: what asks for a map gets one, cards offer it, the command line draws it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from bot.engine import Engine

ALL = 15


@pytest.mark.parametrize(
    "question", ["carte", "où sont les lauréats ?", "map", "Where are the laureates?"]
)
def test_asking_for_the_map_gets_the_regional_map(engine: Engine, question: str) -> None:
    answer = engine.ask(question=question)
    assert answer.image == "map_occitanie"
    assert str(answer.intent) == "map"
    assert len(answer.territories) == ALL
    assert answer.to_json()["image"] == "map_occitanie"


def test_the_map_caption_lists_the_laureates_numbered_as_on_the_map(engine: Engine) -> None:
    answer = engine.answer_key(key="map_occitanie")
    assert answer is not None
    assert "1. Ariège (09)" in answer.text
    assert "15. Hautes Terres d'Oc (81)" in answer.text
    assert "en bleu les 10 territoires renouvelés, en orange les 5 nouveaux" in answer.text
    assert len(answer.text) <= 1024  # a Telegram caption


def test_a_place_on_the_map_gets_its_own_map(engine: Engine) -> None:
    assert engine.ask(question="carte du Tarn").image == "mapd_81"
    ales = engine.ask(question="Alès sur la carte")
    assert ales.image == "mapt_ales"
    assert ales.territories == ("Alès",)
    assert engine.ask(question="Alès est-il lauréat ?").image == ""


def test_cards_and_department_lists_offer_see_on_the_map(engine: Engine) -> None:
    card = engine.ask(question="Alès est-il lauréat ?")
    assert card.buttons[0].label == "Voir sur la carte"
    assert card.buttons[0].key == "mapt_ales"
    tarn = engine.ask(question="le 81")
    assert ("Voir sur la carte", "mapd_81") in [(b.label, b.key) for b in tarn.buttons]
    english = engine.ask(question="Is Ales covered?")
    assert (english.buttons[0].label, english.buttons[0].key) == ("See on the map", "mapt_ales_en")
    assert engine.answer_key(key="mapt_ales_en") is not None
    # The map's own answer does not offer itself again.
    shown = engine.answer_key(key="mapt_ales")
    assert shown is not None and shown.image == "mapt_ales"
    assert "mapt_ales" not in [b.key for b in shown.buttons]


def test_a_department_without_laureates_has_no_map(engine: Engine) -> None:
    answer = engine.answer_key(key="mapd_75")
    assert answer is None or answer.image == ""
    assert engine.answer_key(key="mapt_disparu") is None


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("--territory", "ales"),
        ("--department", "81"),
        ("--territory", "ti-5304"),
        ("--commune", "30227"),
        ("--region", "Bretagne"),
        ("--region", "auvergne-rhone-alpes"),
        ("--france",),
    ],
    ids=["region", "t", "d", "national", "commune", "bretagne", "ara", "france"],
)
def test_the_map_command_writes_a_png(tmp_path: Path, args: tuple[str, ...]) -> None:
    out = tmp_path / "carte.png"
    result = cli("map", *args, "--out", str(out))
    assert result.returncode == 0, result.stderr
    width, height = Image.open(out).size
    assert width == 1280
    assert height >= 860


def test_the_map_command_refuses_what_has_no_map(tmp_path: Path) -> None:
    result = cli("map", "--territory", "atlantide", "--out", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "atlantide" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_chat_and_ask_say_where_the_map_was_written() -> None:
    result = cli("chat", stdin="carte\nquit\n")
    line = next(x for x in result.stdout.splitlines() if x.startswith("(Carte : "))
    path = Path(line.removeprefix("(Carte : ").removesuffix(")"))
    width, height = Image.open(path).size
    assert width == 1280 and height >= 860
    data = json.loads(cli("ask", "--json", "carte").stdout)
    assert data["image"] == "map_occitanie"


def test_a_region_s_caption_numbers_what_its_map_draws(engine: Engine) -> None:
    # Aurillac Figeac Rodez reaches the Cantal: the map of Auvergne-Rhône-Alpes draws it, and
    # the caption must number it too, or every number after it points at the wrong territory.
    answer = engine.ask(question="carte de l'Auvergne-Rhône-Alpes")
    assert answer.image == "mapr_84"
    reaching = engine.knowledge.region_territories("84").territories
    assert "ti-7603" in {n.id for n in reaching}
    assert f"les {len(reaching)} territoires d'industrie" in answer.text
    assert f"\n{len(reaching)}. " in answer.text and f"\n{len(reaching) + 1}. " not in answer.text
    assert "Aurillac Figeac Rodez" in answer.text


def test_a_region_on_the_map_gets_its_own_map(engine: Engine) -> None:
    answer = engine.ask(question="carte de la Bretagne")
    assert answer.image == "mapr_53"
    assert str(answer.intent) == "map"
    # Numbered as the map numbers them, and nothing the release does not give.
    assert "1. Baie d'Armor Industrie" in answer.text
    assert "10. Sud Vilaine" in answer.text
    assert "périmètres que publie l'ANCT" in answer.text
    assert any("ANCT" in source for source in answer.sources)
    assert "le communiqué n'en dit pas plus" in answer.text
    assert "contact" not in answer.text.lower()
    assert engine.ask(question="carte de l'Occitanie").image == "map_occitanie"


@pytest.mark.parametrize(
    "question",
    ["carte de France", "la carte des territoires d'industrie en France", "map of France"],
)
def test_france_on_the_map_gets_the_map_of_france(engine: Engine, question: str) -> None:
    answer = engine.ask(question=question)
    assert answer.image == "map_france"
    assert "183" in answer.text
    assert "ANCT" in answer.text
    assert "Guadeloupe" in answer.text  # the overseas territories the map leaves out


def test_a_territory_named_on_the_map_gets_its_map(engine: Engine) -> None:
    finistere = engine.ask(question="carte du territoire Finistère")
    assert finistere.image == "mapn_ti-5304"
    assert "périmètre publié par l'ANCT" in finistere.text
    assert engine.ask(question="carte de Pays de Vannes").image == "mapn_ti-5308"
    # A laureate's ANCT name still gets the laureate's map; a department, its own.
    assert engine.ask(question="carte d'Alès").image == "mapt_ales"
    assert engine.ask(question="carte de l'Ariège").image == "mapd_09"


def test_a_department_elsewhere_shows_its_region_and_its_territories(engine: Engine) -> None:
    """« carte du Finistère »: the department's region, where every territory with communes
    in it is numbered, and a tap to each of them (the territory « Finistère » first)."""
    answer = engine.ask(question="carte du Finistère")
    assert answer.image == "mapr_53"
    assert "« Finistère » (157 communes)" in answer.text
    keys = [b.key for b in answer.buttons]
    assert keys[:2] == ["mapn_ti-5304", "mapn_ti-5307"]
    assert all(engine.answer_key(key=k) is not None for k in keys[:2])


def test_a_commune_elsewhere_on_the_map(engine: Engine) -> None:
    answer = engine.ask(question="Brest sur la carte")
    assert answer.image == "mapc_29019"
    assert "« Finistère »" in answer.text
    assert "ANCT" in answer.text


@pytest.mark.parametrize("key", ["mapr_53", "mapr_53_en", "map_france", "map_france_en"])
def test_region_and_france_keys_are_answered(engine: Engine, key: str) -> None:
    answer = engine.answer_key(key=key)
    assert answer is not None
    assert answer.image == key.removesuffix("_en")
    assert answer.language == ("en" if key.endswith("_en") else "fr")
    assert key.removesuffix("_en") not in [b.key.removesuffix("_en") for b in answer.buttons]


def test_unknown_region_keys_are_not_answered(engine: Engine) -> None:
    assert engine.answer_key(key="mapr_99") is None
    occitanie = engine.answer_key(key="mapr_76")
    assert occitanie is not None and occitanie.image == "map_occitanie"


def test_a_region_answer_offers_its_map(engine: Engine) -> None:
    answer = engine.ask(question="combien de territoires d'industrie en Bretagne ?")
    assert "10 territoires d'industrie" in answer.text
    assert (answer.buttons[0].label, answer.buttons[0].key) == ("Voir sur la carte", "mapr_53")
    english = engine.ask(question="How many industrial territories in Bretagne?")
    assert english.buttons[0].key == "mapr_53_en"


@pytest.mark.parametrize(
    ("question", "image"),
    [
        ("carte de la Bretagne", "mapr_53"),
        ("carte de France", "map_france"),
        ("carte du territoire Finistère", "mapn_ti-5304"),
        ("Brest sur la carte", "mapc_29019"),
    ],
)
def test_ask_json_gives_the_image_of_a_map_elsewhere(question: str, image: str) -> None:
    data = json.loads(cli("ask", "--json", question).stdout)
    assert data["image"] == image
