"""Each grouping's communes, wherever a territory's groupings are given, so that « et
combien de communes chacune ? » is answered. Place facts: ANCT's perimeters with Etalab's
division (Colmar Centre Haut-Rhin: CC du Centre du Haut-Rhin 9 communes, CA Colmar
Agglomération 20; Albigeois: CA de l'Albigeois 84 938 inhabitants in 16 communes, CA
Gaillac-Graulhet 76 473 in 56, CC Carmausin-Ségala 30 105 in 31)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_national_territory_s_groupings_with_their_communes(engine: Engine) -> None:
    *_, listed, each = talk(
        engine,
        "Colmar fait partie d'un TI ?",
        "quelles intercos ?",
        "combien de communes chacune ?",
    )
    for said in (listed, each):
        assert "réunit 2 intercommunalités ou groupements selon l'ANCT" in said
        assert "• CC du Centre du Haut-Rhin : 9 communes" in said
        assert "• CA Colmar Agglomération : 20 communes" in said


def test_groupings_ranked_give_both_measures(engine: Engine) -> None:
    _, ranked = talk(engine, "quelles intercos dans le TI Albigeois ?", "la plus peuplée ?")
    assert "1. CA de l'Albigeois (C2A) : 84 938 habitants, 16 communes" in ranked
    assert "3. CC Carmausin-Ségala : 30 105 habitants, 31 communes" in ranked
    _, by_communes = talk(
        engine, "quelles intercos dans le TI Albigeois ?", "celle qui a le plus de communes ?"
    )
    assert "1. CA Gaillac-Graulhet : 56 communes, 76 473 habitants" in by_communes


def test_a_unit_agrees_with_its_count(engine: Engine) -> None:
    said = engine.ask(
        question="Le territoire d'industrie Colmar Centre Haut-Rhin, combien d'intercos ?"
    ).text
    assert "2 intercommunalités ou groupements" in said
    assert "(s)" not in said


def test_after_whether_one_is_of_the_fifteen_the_territory_is_asked_of(engine: Engine) -> None:
    # (ANCT's perimeters with Etalab's division: the Pays Basque territory has 158 communes.)
    *_, communes = talk(
        engine,
        "le Pays Basque est-il un territoire d'industrie ?",
        "il fait partie des lauréats d'Occitanie ?",
        "combien de communes ?",
    )
    assert communes.startswith("« Pays Basque » couvre 158 communes.")


def test_an_agglomeration_as_people_name_it_and_its_territory_s_others(engine: Engine) -> None:
    # (ANCT: the Alès territory is the CA Alès Agglomération, 71 communes, and the CC de
    # Cèze Cévennes.)
    for asked in ("Alès Agglo fait partie du TI ?", "l'agglo d'Alès c'est dans le TI ?"):
        said = engine.ask(question=asked).text
        assert said.startswith("Oui : l'intercommunalité « CA Alès Agglomération »"), asked
    _, others = talk(
        engine,
        "Alès Agglo c'est vraiment dans le territoire d'Alès ou pas ?",
        "Il y a une autre interco avec ?",
    )
    assert "CC de Cèze Cévennes" in others


def test_a_territory_s_groupings_after_a_town_in_none(engine: Engine) -> None:
    *_, groupings = talk(
        engine,
        "How many people live in the Béziers-Sète territory?",
        "Is Montpellier in it?",
        "Which intercommunalities is it made of, then?",
    )
    assert groupings.startswith("« Béziers-Sète » (Hérault 34)")
    assert "CA Sète Agglopôle Méditerranée" in groupings


def test_a_correction_to_the_town_then_its_agglomeration(engine: Engine) -> None:
    # (Etalab: Alès, the town, 46 125 inhabitants; the CA Alès Agglomération 137 470.)
    *_, town, agglomeration = talk(
        engine,
        "Combien de communes dans le territoire d'Alès ?",
        "non, je voulais dire la ville d'Alès : combien d'habitants ?",
        "et l'agglo ?",
    )
    assert town.startswith("Alès (30) : 46 125 habitants.")
    assert agglomeration.startswith("« CA Alès Agglomération » (SIREN 200066918)")
    assert "137 470 habitants" in agglomeration
