"""Counts, ranges and rankings over the laureates' data, asked in one question or as the
conversation goes on. Place facts: ANCT's perimeters with Etalab's division (communes:
Grand Narbonne and Nord Lozère 37, Hautes Terres d'Oc 45, Pont du Gard/Gard Rhodanien and
Béziers-Sète 59, Pyrénées-Orientales 68, Grand Auch/Astarac 71, Alès 94, Albigeois 103,
Castres Revel Castelnaudary 111, then 298 and more; the Lot: 201 of its 312 communes in
Aurillac Figeac Rodez; the Tarn: 54 + 103 + 39 = 196 of its 314 in three laureates; 568 of
the laureates' 2,803 communes outside Occitanie)."""

from __future__ import annotations

from bot.answers.quantities import percent
from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_range_of_communes(engine: Engine) -> None:
    said = engine.ask(question="Combien de lauréats ont entre 50 et 150 communes ?").text
    assert said.startswith("7 lauréats de 50 à 150 communes : Alès, Pont du Gard/Gard Rhodanien")
    assert "Grand Narbonne" not in said
    at_most = engine.ask(question="quels lauréats ont au plus 45 communes ?").text
    assert at_most.startswith("3 lauréats d'au plus 45 communes")
    assert "Hautes Terres d'Oc" in at_most
    assert "Pont du Gard" not in at_most


def test_the_communes_no_laureate_covers(engine: Engine) -> None:
    said = engine.ask(question="Combien de communes du Lot ne sont dans aucun lauréat ?").text
    assert said.startswith(
        "111 des 312 communes du Lot (46) ne sont dans aucun lauréat, soit 35,6 %."
    )


def test_a_ranking_by_a_measure_named(engine: Engine) -> None:
    said = engine.ask(question="classe les nouveaux lauréats en nombre de communes stp").text
    assert said.startswith("« Albigeois » en a le plus : 103 communes.")
    assert "Nord Lozère : 37" in said


def test_the_laureates_communes_outside_the_region(engine: Engine) -> None:
    said = engine.ask(
        question="Combien de communes hors d'Occitanie font partie de lauréats occitans ?"
    ).text
    assert "568 sont hors de la région Occitanie" in said


def test_several_laureates_in_a_department_then_the_department(engine: Engine) -> None:
    # (The Albigeois has 103 communes in the Tarn, Hautes Terres d'Oc 39.)
    *_, total, department = talk(
        engine,
        "L'Albigeois et Hautes Terres d'Oc, combien de communes dans le Tarn en tout ?",
        "sur combien de communes dans le département ?",
    )
    assert "Au total : 142 communes dans le Tarn (81)." in total
    assert "196 des 314 communes du Tarn (81)" in department


def test_the_interdepartemental_by_its_feminine_name(engine: Engine) -> None:
    said = engine.ask(question="La CA Grand Montauban fait partie de l'Interdépartementale ?")
    assert said.text.startswith("Non : ")
    assert not said.territories


def test_a_laureate_without_one_of_its_departments(engine: Engine) -> None:
    # (Lacq Pau Tarbes: 387 of its 561 communes in the Pyrénées-Atlantiques, 174 elsewhere.)
    said = engine.ask(
        question="Combien de communes compte Lacq Pau Tarbes hors des Pyrénées-Atlantiques ?"
    )
    assert said.text.startswith(
        "« Lacq Pau Tarbes » compte 174 communes hors des Pyrénées-Atlantiques (64), soit 31 %"
    )
    *_, outside = talk(
        engine, "Lacq Pau Tarbes compte combien de communes ?", "et sans la partie béarnaise (64) ?"
    )
    assert "174 communes hors des Pyrénées-Atlantiques (64)" in outside


def test_the_most_populous_of_a_department_claimed_of_a_laureate(engine: Engine) -> None:
    # (The Tarn's laureates: Albigeois 191 516 inhabitants, Castres Revel Castelnaudary
    # 151 733, Hautes Terres d'Oc 25 418.)
    *_, first = talk(
        engine, "Combien d'habitants dans l'Albigeois ?", "c'est le plus peuplé du Tarn ?"
    )
    assert first.startswith("Oui : « Albigeois » est le plus peuplé : 191 516 habitants.")
    *_, second = talk(
        engine, "Castres Revel Castelnaudary, combien d'habitants ?", "c'est le + peuplé du Tarn ?"
    )
    assert second.startswith("Non : « Albigeois » est le plus peuplé")


def test_the_answer_a_ranking_is_said_to_have(engine: Engine) -> None:
    # (Pau, 80 441 inhabitants, is Lacq Pau Tarbes's most populous commune; Lacq Pau Tarbes,
    # 542 931, the most populous laureate; Nord Lozère the least.)
    town = engine.ask(question="La ville la plus peuplée de Lacq Pau Tarbes, c'est bien Pau ?")
    assert town.text.startswith("Oui : des 561 communes de « Lacq Pau Tarbes », la plus peuplée")
    laureate = engine.ask(question="Le lauréat le moins peuplé, c'est Hautes Terres d'Oc ?")
    assert laureate.text.startswith("Non : « Nord Lozère » est le moins peuplé")


def test_the_few_communes_outside_a_laureate_s_department(engine: Engine) -> None:
    # (Alès: 94 communes, one in the Ardèche, Saint-Sauveur-de-Cruzières.)
    said = engine.ask(question="Alès a-t-il des communes hors du Gard ?").text
    assert said.startswith("Oui : « Alès » compte 1 commune hors du Gard (30)")
    assert "Saint-Sauveur-de-Cruzières (Ardèche, 07)" in said


def test_which_of_the_two_laureates_spoken_of(engine: Engine) -> None:
    # (Interdépartemental 32/82: 298 communes; Grand Auch/Astarac: 71.)
    *_, which = talk(
        engine,
        "Présente-moi Grand Auch/Astarac",
        "Et l'Interdépartemental 32/82 ?",
        "Lequel compte le plus de communes ?",
    )
    assert which.startswith("« Interdépartemental 32/82 » en a le plus : 298 communes.")


def test_how_many_each_of_a_department_s_laureates(engine: Engine) -> None:
    # (The Hautes-Pyrénées: 146 communes in Comminges-Nestes, 174 in Lacq Pau Tarbes.)
    *_, each = talk(
        engine,
        "Combien de communes des Hautes-Pyrénées sont dans un territoire lauréat ?",
        "lesquels ?",
        "et combien pour chacun ?",
    )
    assert "« Comminges-Nestes » compte 146 communes dans les Hautes-Pyrénées (65)" in each
    assert "« Lacq Pau Tarbes » compte 174 communes dans les Hautes-Pyrénées (65)" in each


def test_the_territories_of_france_ranked_without_occitanie(engine: Engine) -> None:
    # (ANCT: Lacq Pau Tarbes has the most communes, 561; outside Occitanie, Axe Seine, 481.)
    *_, without = talk(
        engine,
        "Quel territoire d'industrie compte le plus de communes en France ?",
        "et en mettant de côté l'Occitanie ?",
    )
    assert "hors Occitanie, « Axe Seine » en a le plus : 481 communes" in without
    assert "Lacq Pau Tarbes" not in without


def test_a_share_is_given_to_a_tenth() -> None:
    assert percent(5, 15, "fr") == "33,3 %"
    assert percent(3, 15, "fr") == "20 %"
    assert percent(1186, 1450, "en") == "81.8%"
    assert percent(0, 0, "fr") == "0 %"
