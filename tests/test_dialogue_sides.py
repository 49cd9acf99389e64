"""A measure set before the request that asks it, and a territory's other side. Place facts:
ANCT's perimeters with Etalab's division (Lacq Pau Tarbes: 11 groupings, 561 communes, 174
of them in the Hautes-Pyrénées and 387 in the Pyrénées-Atlantiques)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_measure_set_before_its_request_is_what_it_asks(engine: Engine) -> None:
    *_, part = talk(
        engine,
        "Lacq Pau Tarbes, ça fait combien d'intercommunalités ?",
        "et en communes, combien côté Hautes-Pyrénées ?",
    )
    assert part.startswith("« Lacq Pau Tarbes » compte 174 communes dans les Hautes-Pyrénées")
    assert "Cela fait" not in part


def test_the_other_side_is_the_territory_beyond_the_department_asked(engine: Engine) -> None:
    *_, other = talk(
        engine,
        "Combien de communes du TI Lacq Pau Tarbes dans les Hautes-Pyrénées ?",
        "et de l'autre côté ?",
    )
    assert other.startswith("« Lacq Pau Tarbes » compte 387 communes hors des Hautes-Pyrénées")


def test_a_measure_or_an_attribute_named_in_so_many_words_is_what_is_asked(
    engine: Engine,
) -> None:
    # (The Pyrénées-Orientales laureate covers 383 861 of the department's 496 855
    # inhabitants; the interregional laureates reach Nouvelle-Aquitaine and
    # Auvergne-Rhône-Alpes.)
    *_, people = talk(
        engine,
        "Le TI Pyrénées-Orientales couvre-t-il tout le département ?",
        "et quelle part des habitants du département ?",
    )
    assert "383 861 des 496 855 habitants des Pyrénées-Orientales (66)" in people
    *_, regions = talk(
        engine, "Lesquels des lauréats sont interrégionaux ?", "ils touchent quelles régions ?"
    )
    assert "Auvergne-Rhône-Alpes (Aurillac Figeac Rodez)" in regions
    assert "Nouvelle-Aquitaine (Lacq Pau Tarbes)" in regions


def test_a_share_in_a_region_after_the_territories_counted_is_of_them(engine: Engine) -> None:
    # (The release: 15 of the 183 laureates nationwide are Occitanie's.)
    *_, share = talk(
        engine,
        "combien de territoires lauréats au niveau national ?",
        "et quelle part en Occitanie ?",
    )
    assert share.startswith("8,2 % : les 15 lauréats d'Occitanie du communiqué sur les 183")
