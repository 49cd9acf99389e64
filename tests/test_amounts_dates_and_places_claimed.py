"""Claims checked as people word them: an amount beside a name holding a number, thresholds
in words, months and days said alone, where the Assembly was held, whose the envelope is, a
share of the laureates, two laureates set against each other, a town placed in a department.
Place facts (ANCT's perimeters with Etalab's division): Interdépartemental 32/82 has 11
groupings and 202 935 inhabitants, Alès 156 691, Aurillac Figeac Rodez 400 764, Béziers-Sète
376 880, Nord Lozère 15 347, Grand Narbonne 134 606; Alès 94 communes, Albigeois 103; the Gers has 2 of the 15 laureates;
Figeac is in the Lot (46), Castelnaudary in the Aude (11), Orthez in the Pyrénées-Atlantiques
(64, Nouvelle-Aquitaine); Chalon-sur-Saône is in the Saône-et-Loire (71)."""

from __future__ import annotations

from bot.engine import Engine
from bot.understanding.intents import Intent
from tests.conversing import talk


def said(engine: Engine, question: str) -> str:
    return engine.ask(question=question).text


def test_the_amount_is_the_number_before_what_it_counts(engine: Engine) -> None:
    assert said(engine, "Le 32/82 regroupe bien 11 intercos ?").startswith("Oui")
    assert said(engine, "L'Interdépartemental 32/82 compte 12 intercommunalités ?").startswith(
        "Non"
    )


def test_thresholds_in_words(engine: Engine) -> None:
    assert said(engine, "Alès passe la barre des 150 000 habitants ?").startswith("Oui")
    assert said(engine, "Nord Lozère franchit le cap des 20 000 habitants ?").startswith("Non")
    assert said(engine, "Aurillac Figeac Rodez dépasse le demi-million d'habitants ?").startswith(
        "Non : « Aurillac Figeac Rodez » compte 400 764 habitants"
    )
    assert said(engine, "Is Béziers-Sète home to more than 300,000 people?").startswith("Yes")


def test_months_and_days_said_alone(engine: Engine) -> None:
    assert said(engine, "l'assemblée générale a eu lieu en décembre ?").startswith("Non")
    assert said(engine, "l'assemblée générale c'était bien en novembre ?").startswith("Oui")
    announced = said(engine, "Le chef de l'État a annoncé l'objectif le 8 mai ?")
    assert announced.startswith("Non : le 11 mai 2023")
    assert said(engine, "l'assemblée générale, le 9, c'était bien un jeudi ?").startswith("Oui")


def test_the_assembly_s_department(engine: Engine) -> None:
    assert said(engine, "L'AG s'est tenue en Saône-et-Loire ?").startswith("Oui")
    assert said(engine, "l'AG c'était dans le 69 ?").startswith("Non")
    assert said(engine, "l'AG a eu lieu le 9 novembre à Lyon ?").startswith("Non")


def test_the_envelope_is_no_region_s(engine: Engine) -> None:
    assert said(engine, "Les 100 millions, c'est pour la région Occitanie ?").startswith("Non")
    assert said(engine, "So Occitanie received 100 million?").startswith("No:")
    assert said(engine, "l'enveloppe de 100 M€ est prévue pour 2024 ?").startswith("Oui")


def test_a_share_of_the_laureates_in_a_department(engine: Engine) -> None:
    assert said(engine, "Quel pourcentage des lauréats se trouve dans le Gers ?").startswith(
        "13,3 % : 2 des 15 lauréats"
    )


def test_two_laureates_set_against_each_other(engine: Engine) -> None:
    answer = said(engine, "Alès vs Albigeois : qui compte le plus de communes ?")
    assert answer.startswith("« Albigeois » en a le plus")
    assert "94 communes" in answer


def test_a_laureate_by_its_initials(engine: Engine) -> None:
    assert "3 départements" in said(engine, "AFR touche combien de départements ?")


def test_each_of_those_a_filter_keeps(engine: Engine) -> None:
    answer = said(engine, "Les départements de chacun des deux interrégionaux, svp ?")
    assert "Cantal (15)" in answer and "Pyrénées-Atlantiques (64)" in answer


def test_a_department_without_a_laureate(engine: Engine) -> None:
    assert said(engine, "Y a-t-il un département en Occitanie sans lauréat ?").startswith(
        "Non : chacun des 13 départements"
    )
    assert said(engine, "Is any department of Occitanie without a laureate?").startswith("No")


def test_a_town_named_like_a_laureate_placed_in_a_department(engine: Engine) -> None:
    assert said(engine, "Figeac est dans l'Aveyron ?").startswith(
        "Non : Figeac est une commune du Lot (46)"
    )
    assert said(engine, "Is Castelnaudary in the Tarn?").startswith(
        "No: Castelnaudary is a commune in Aude (11)"
    )


def test_a_region_denied(engine: Engine) -> None:
    assert said(engine, "Orthez, ce n'est pas en Occitanie ?").startswith(
        "Non : Orthez est une commune des Pyrénées-Atlantiques (64), en région Nouvelle-Aquitaine"
    )


def test_co_piloted_in_english(engine: Engine) -> None:
    assert said(engine, "Is the programme co-piloted by the regional prefect?").startswith("Yes")


def test_being_one_of_the_laureates_asks_membership(engine: Engine) -> None:
    *_, chalon = talk(
        engine,
        "Chalon-sur-Saône est dans un territoire d'industrie ?",
        "c'est dans quelle région ?",
        "et le Grand Chalon, il fait partie des lauréats 2023-2027 ?",
    )
    assert chalon.text.startswith("Oui : « Grand Chalon »")
    other = engine.ask(question="Et Petites villes de demain, Figeac en fait partie ?")
    assert other.intent is Intent.OUT_OF_SCOPE


def test_those_named_by_their_count_claimed_all_alike(engine: Engine) -> None:
    assert said(engine, "les 10 renouvelés étaient tous déjà territoires d'industrie ?").startswith(
        "Oui : 10 lauréats renouvelés"
    )


def test_several_requests_listed(engine: Engine) -> None:
    answer = said(engine, "Je voudrais le nombre de lauréats interrégionaux, la date de l'AG")
    assert "2 " in answer.split("\n")[0] and "9 novembre 2023" in answer


def test_the_inhabitants_of_several_towns(engine: Engine) -> None:
    # (Etalab: Castres 42 505, Albi 51 290, Rodez 23 981 inhabitants; each names a laureate.)
    answer = said(engine, "Population de Castres, Albi et Rodez ?")
    assert answer.startswith("Castres (81) : 42 505 habitants\nAlbi (81) : 51 290 habitants")


def test_a_statement_of_a_person_or_body_asked(engine: Engine) -> None:
    assert said(engine, "Delga salue l'implication des territoires lauréats ?").startswith("Oui")


def test_what_no_source_holds_named_outright(engine: Engine) -> None:
    for question in (
        "Quelle est la population active de Hautes Terres d'Oc ?",
        "ça fait combien d'euros par habitant pour Nord Lozère ?",
        "Did the Albigeois territory create new jobs in 2024?",
    ):
        answer = engine.ask(question=question)
        assert answer.territories == (), question
        assert "ne le dit pas" in answer.text or "does not say" in answer.text, question


def test_the_co_pilots_claimed_together(engine: Engine) -> None:
    for question in (
        "la Région et le préfet copilotent ensemble le programme ?",
        "ils copilotent le programme ensemble en Occitanie ?",
    ):
        assert said(engine, question).startswith("Oui : en Occitanie, le programme est copiloté")
