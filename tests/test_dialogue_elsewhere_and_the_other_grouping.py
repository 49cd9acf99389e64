"""A laureate's communes elsewhere than the departments just asked of; the other of a
laureate's two groupings; a measure named in so many words is what is asked; an answer
naming nothing leaves the conversation about what it was. Facts from ANCT's perimeters
with Etalab's division (Interdépartemental 32/82: 160 communes in the Gers, 136 in the
Tarn-et-Garonne, 2 in the Lot-et-Garonne, Clermont-Soubiran and Grayssas; Castelsarrasin
its largest town, 14 343; Alès: CA Alès Agglomération, 71 communes, and CC de Cèze
Cévennes, 23; one of its 94 communes, Saint-Sauveur-de-Cruzières, in the Ardèche)."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk_texts


def test_communes_elsewhere_than_the_departments_asked_of(engine: Engine) -> None:
    *_, elsewhere, largest = talk_texts(
        engine,
        "le 32/82 a combien de communes dans le Gers ?",
        "et dans le Tarn-et-Garonne ?",
        "y en a-t-il ailleurs ?",
        "c'est quoi la plus grande ville de ce territoire",
    )
    assert elsewhere.startswith("Oui")
    assert "Clermont-Soubiran" in elsewhere and "Grayssas" in elsewhere
    assert "Castelsarrasin" in largest


def test_the_other_grouping_and_a_measure_named(engine: Engine) -> None:
    *_, other, outside = talk_texts(
        engine,
        "Alès Agglomération regroupe combien de communes ?",
        "et l'autre interco ?",
        "il y a des communes de ce territoire hors du Gard ?",
    )
    assert "Cèze Cévennes" in other and "23 communes" in other
    assert outside.startswith("Oui")
    assert "Saint-Sauveur-de-Cruzières" in outside


def test_an_answer_naming_nothing_keeps_what_the_conversation_is_about(engine: Engine) -> None:
    *_, largest = talk_texts(
        engine,
        "le 32/82 a combien de communes dans le Gers ?",
        "le total c'est pas ça",
        "et la ville la plus peuplée du territoire",
    )
    assert "Castelsarrasin" in largest


def test_towns_over_an_amount_in_signs_then_in_one_department(engine: Engine) -> None:
    # (Lacq Pau Tarbes: 7 communes over 10 000 inhabitants, 2 of them in the
    # Hautes-Pyrénées, Tarbes and Lourdes; 10000 is also Troyes's postcode.)
    over, there = talk_texts(
        engine, "dans lacq pau tarbes cb de communes > 10000 hab", "et dans les hautes pyrénées ?"
    )
    assert "7 communes de plus de 10 000 habitants" in over
    assert "Troyes" not in over
    assert "2 communes" in there and "Lourdes" in there and "Pau (" not in there
