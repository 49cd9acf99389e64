"""A department a laureate reaches: whether any of its communes is in one, and which when
they are few. Place facts: Etalab's division with ANCT's perimeters (the Ardèche: 1 of 335
communes, Saint-Sauveur-de-Cruzières, in Alès; the Lot-et-Garonne: 2 of 319,
Clermont-Soubiran and Grayssas, in Interdépartemental 32/82; the Aveyron: 127 of 285, in
Aurillac Figeac Rodez)."""

from __future__ import annotations

from bot.engine import Engine


def test_est_ce_qu_une_states_no_count(engine: Engine) -> None:
    # (« qu'une » is « only one » after a negation, not after « est-ce ».)
    answer = engine.ask(
        question="Est-ce qu'un village ardéchois fait partie d'un territoire lauréat d'Occitanie ?"
    ).text
    assert answer.startswith("Oui : 1 lauréat « Territoires d'industrie » 2023-2027 dans l'Ardèche")
    only = engine.ask(question="Le Gers n'a qu'un seul lauréat ?").text
    assert only.startswith("Non : 2 lauréats")


def test_the_few_communes_a_department_has_in_laureates_are_named(engine: Engine) -> None:
    ardeche = engine.ask(question="Quels lauréats débordent en Ardèche ?").text
    assert "Il couvre 1 de ses 335 communes : Saint-Sauveur-de-Cruzières." in ardeche
    lot = engine.ask(question="Which laureates reach into Lot-et-Garonne?").text
    assert "It covers 2 of its 319 communes: Clermont-Soubiran and Grayssas." in lot
    # (Many are asked for by name.)
    tarn = engine.ask(question="Quels lauréats dans le Tarn ?").text
    assert "demandez pour la vôtre" in tarn


def test_whether_a_department_has_communes_in_laureates_opens_yes_or_no(
    engine: Engine,
) -> None:
    aveyron = engine.ask(question="des communes aveyronnaises dans un lauréat ?").text
    assert aveyron.startswith("Oui : les lauréats d'Occitanie couvrent 127 des 285 communes")
