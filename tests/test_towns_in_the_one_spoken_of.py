"""A town named like a laureate, asked to be « dedans » after another laureate, is the town
asked of the one spoken of; « combien de lauréats touchent ce département ? » after a preamble
naming it counts its laureates; « towns » are communes and a « newcomer » is new."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk


def test_a_town_named_like_a_laureate_is_asked_of_the_one_spoken_of(engine: Engine) -> None:
    castres = talk(engine, "Où se trouve Hautes Terres d'Oc ?", "et Castres, elle est dedans ?")
    assert castres[1].text.startswith("Non : Castres (Tarn, 81) ne fait pas partie")
    assert "Hautes Terres d'Oc" in castres[1].text
    auch = talk(
        engine,
        "Combien de communes dans l'Interdépartemental 32/82 ?",
        "Auch en fait partie aussi ?",
    )
    assert auch[1].text.startswith("Non : Auch (Gers, 32)")
    # (Guard: the town in the laureate bearing its name is still in it.)
    own = talk(engine, "Castres Revel Castelnaudary, quels départements ?", "Revel est dedans ?")
    assert own[1].text.startswith("Oui : Revel (Haute-Garonne, 31)")


def test_the_department_a_preamble_names_is_the_one_counted(engine: Engine) -> None:
    counted = engine.ask(
        question="J'écris sur l'Hérault. Combien de lauréats touchent ce département ?"
    )
    assert counted.text.startswith("2 lauréats")
    assert "Béziers-Sète" in counted.text


def test_towns_are_communes_and_a_newcomer_is_new(engine: Engine) -> None:
    answers = talk(
        engine,
        "Which territory is Gruissan in?",
        "How many towns are in it?",
        "Was it a newcomer in 2023?",
    )
    assert "37 communes" in answers[1].text
    assert answers[2].text.startswith("No")
    assert "renewed" in answers[2].text


def test_a_town_named_for_its_intercommunality_is_that_intercommunality(engine: Engine) -> None:
    agglo = engine.ask(question="la population de l'agglo de Castres, svp ?")
    assert "CA de Castres Mazamet" in agglo.text
    assert "78 775" in agglo.text
    english = engine.ask(question="How many communes are there in Rodez's intercommunality?")
    assert "CA Rodez Agglomération" in english.text
    assert "8 communes" in english.text
    # (Guard: a town named to place another is still no subject of its own.)
    placed = engine.ask(
        question="Castelnau-le-Lez, dans la métropole de Montpellier, c'est en TI ?"
    )
    assert placed.text.startswith("Non : Castelnau-le-Lez")


def test_an_intercommunality_spoken_of_stays_the_subject(engine: Engine) -> None:
    listed = talk(engine, "La CA Rodez Agglomération, combien de communes ?", "lesquelles ?")
    assert "Onet-le-Château" in listed[1].text
    grouping = talk(engine, "Lodève est en TI ?", "et combien d'habitants dans la cc ?")
    assert grouping[1].text.startswith("« CC Lodévois et Larzac »")


def test_a_town_not_in_the_laureate_asked_of_leaves_that_laureate_spoken_of(
    engine: Engine,
) -> None:
    answers = talk(
        engine,
        "Qu'est-ce que Grand Auch/Astarac ?",
        "Mirande est dedans ?",
        "bon pk ? c'est dans le Gers pourtant",
        "et sa commune la plus peuplée ?",
    )
    assert answers[1].text.startswith("Non : Mirande (Gers, 32) ne fait pas partie")
    assert "« Grand Auch/Astarac »" in answers[1].text
    assert "ne précise pas pourquoi" in answers[2].text
    assert "Auch (32)" in answers[3].text
    elsewhere = talk(
        engine,
        "Roquemaure fait partie de Pont du Gard/Gard Rhodanien ?",
        "elle est dans un autre territoire d'industrie alors ?",
    )
    assert "Vaucluse" in elsewhere[1].text
    assert not elsewhere[1].text.startswith("Non : Roquemaure (Gard, 30) ne fait pas partie du")
