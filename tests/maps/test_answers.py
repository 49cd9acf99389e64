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
