"""A laureate's status claimed in other words: entering the programme now, absent from its
first phase, joining it this year; straddling two regions is being interregional."""

from __future__ import annotations

from bot.engine import Engine


def test_entering_the_programme_now_is_being_new(engine: Engine) -> None:
    entry = engine.ask(question="Le Grand Narbonne fait son entrée dans le programme cette année ?")
    assert entry.text.startswith("Non : « Grand Narbonne » n'est pas un nouveau lauréat")
    absent = engine.ask(question="Lacq Pau Tarbes était absent de la première phase du programme ?")
    assert absent.text.startswith("Non : « Lacq Pau Tarbes » n'est pas un nouveau lauréat")
    joined = engine.ask(question="Did Nord Lozère join this year?")
    assert joined.text.startswith("Yes: « Nord Lozère » is a new laureate")
    # (Guard: joining said of no time may ask whether it is in the programme at all.)
    assert "n'est pas un nouveau" not in engine.ask(question="Alès a rejoint le programme ?").text


def test_straddling_two_regions_is_being_interregional(engine: Engine) -> None:
    regions = engine.ask(question="Lacq Pau Tarbes est à cheval sur deux régions ?").text
    assert regions.startswith(
        "Oui : « Lacq Pau Tarbes » est un territoire d'industrie interrégional"
    )
    assert "Nouvelle-Aquitaine" in regions
    departments = engine.ask(
        question="Castres Revel Castelnaudary est à cheval sur plusieurs départements ?"
    ).text
    assert departments.startswith(
        "Oui : « Castres Revel Castelnaudary » s'étend sur 3 départements"
    )
