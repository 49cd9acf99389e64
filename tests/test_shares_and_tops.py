"""Shares of a place named with its region, the few first of a ranking, and a name asked.
Place facts: Etalab's division with ANCT's perimeters (the Gard: 256 304 of its 770 940
inhabitants in a laureate; Occitanie: 2 537 328 of 6 124 653; the most populous laureates:
Lacq Pau Tarbes 542 931, Aurillac Figeac Rodez 400 764, Pyrénées-Orientales 383 861, then
Béziers-Sète 376 880)."""

from __future__ import annotations

from bot.engine import Engine


def test_a_department_s_share_is_its_own_though_the_region_is_named(engine: Engine) -> None:
    gard = engine.ask(
        question="Quelle part des habitants du Gard vit dans l'un des 15 lauréats occitans ?"
    ).text
    assert gard.startswith(
        "Les lauréats d'Occitanie couvrent 256 304 des 770 940 habitants du Gard"
    )
    region = engine.ask(
        question="Quelle part de la population de la région Occitanie vit dans un des quinze lauréats ?"
    ).text
    assert "2 537 328 des 6 124 653 habitants d'Occitanie, soit 41,4 %" in region


def test_the_few_first_of_a_ranking_are_shown_and_named(engine: Engine) -> None:
    top = engine.ask(question="Le top 3 des lauréats les plus peuplés ?")
    assert top.text.startswith("« Lacq Pau Tarbes » est le plus peuplé : 542 931 habitants.")
    assert "Pyrénées-Orientales : 383 861" in top.text and "Béziers-Sète" not in top.text
    assert top.territories == ("Lacq Pau Tarbes", "Aurillac Figeac Rodez", "Pyrénées-Orientales")
    # (« les 3 lauréats du Tarn, lequel … ? » picks one of the three.)
    one = engine.ask(question="les 3 lauréats du Tarn, lequel est le plus peuplé ?")
    assert one.territories == ("Albigeois",)


def test_a_name_asked_is_no_call(engine: Engine) -> None:
    said = engine.ask(question="Comment s'appelle la présidente de la Région Occitanie ?").text
    assert said.startswith("Carole Delga, présidente de la Région Occitanie")
    assert "Service presse" not in said


def test_an_english_verb_names_its_axis(engine: Engine) -> None:
    said = engine.ask(question="Does the programme address decarbonising industry?").text
    assert said.startswith("Yes: decarbonising industry is one of the programme's 4 axes")


def test_laureates_in_each_of_several_departments_at_once(engine: Engine) -> None:
    # (Castres Revel Castelnaudary lies in the Aude, the Haute-Garonne and the Tarn.)
    both = engine.ask(question="Quels lauréats sont à la fois dans le Tarn et dans l'Aude ?")
    assert both.text.startswith("1 lauréat dans le Tarn (81) et dans l'Aude (11) :")
    assert both.territories == ("Castres Revel Castelnaudary",)


def test_who_the_release_quotes_gets_its_quotations(engine: Engine) -> None:
    quoted = engine.ask(question="Who are the two people quoted in the press release?").text
    assert "Carole Delga" in quoted and "Pierre-André Durand" in quoted
    # (Words quoted ask who said them.)
    said = engine.ask(question="Qui parle de « forte mobilisation des acteurs locaux » ?").text
    assert said.startswith("Pierre-André Durand")
