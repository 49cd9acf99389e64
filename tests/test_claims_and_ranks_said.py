"""Claims checked against what the sources name, questions whose form says yes or no, and
towns ranked from the second place on. Place facts: Etalab's division with ANCT's
perimeters (Lacq Pau Tarbes has 11 groupings; Comminges-Nestes 144 850 inhabitants; the
Hautes-Pyrénées 231 349 inhabitants, 198 289 of them in a laureate; the Lozère 152
communes, 37 in Nord Lozère; second towns: Port-la-Nouvelle 5 852 in the Grand Narbonne,
Pavie 2 566 in Grand Auch/Astarac after Auch, Saint-Christol-lez-Alès 7 310 in Alès,
Castelnaudary 12 151 in Castres Revel Castelnaudary, Rodez 23 981 in Aurillac Figeac Rodez
after Aurillac 26 214)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_later_request_asks_of_the_territory_the_first_found(engine: Engine) -> None:
    said = engine.ask(
        question="Tarbes, Pau et Lourdes sont dans le même territoire ? Il regroupe combien d'intercos ?"
    ).text
    assert said.startswith("Oui : le même, « Lacq Pau Tarbes ».")
    assert "11 groupements" in said
    lived = engine.ask(
        question="saint gaudens c un territoire d industrie ? si oui combien d habitants dans le territoire"
    ).text
    assert lived.startswith("Oui : Saint-Gaudens") and "144 850 habitants" in lived


def test_a_body_is_named_by_its_president_and_alone_is_claimed_of_none(engine: Engine) -> None:
    role = engine.ask(question="La Région a-t-elle un rôle dans le pilotage du programme ?")
    assert role.text.startswith("Oui : en Occitanie, le programme est copiloté")
    alone = engine.ask(question="Ce sont les Régions toutes seules qui ont choisi les lauréats ?")
    assert alone.text.startswith("Non :") and "France Industrie" in alone.text


def test_what_a_question_sets_before_it_is_its_subject(engine: Engine) -> None:
    day = engine.ask(question="L'AG qui a dévoilé les lauréats, c'était un mardi ?").text
    assert day.startswith("Non :") and "jeudi 9 novembre 2023" in day
    assert "hors de mon domaine" not in day
    first = engine.ask(question="L'Ariège, c'est sa première participation au programme ?").text
    assert first.startswith("Non : « Ariège » n'est pas un nouveau lauréat")


def test_a_department_asked_to_be_covered_whole(engine: Engine) -> None:
    lozere = engine.ask(question="toute la lozere est dans nord lozere ?").text
    assert lozere.startswith("Non : « Nord Lozère » couvre 37 des 152 communes de la Lozère (48)")
    people = engine.ask(
        question="Tous les habitants des Hautes-Pyrénées vivent-ils dans un territoire lauréat ?"
    ).text
    assert people.startswith(
        "Non : les lauréats d'Occitanie couvrent 198 289 des 231 349 habitants"
    )


def test_towns_are_ranked_from_the_second_place_on(engine: Engine) -> None:
    *_, narbonne = talk(
        engine,
        "Le Grand Narbonne, c'est combien d'intercommunalités ?",
        "et de communes ?",
        "la deuxième commune la plus peuplée ?",
    )
    assert "la deuxième plus peuplée est Port-la-Nouvelle (11), 5 852 habitants" in narbonne
    *_, second = talk(
        engine,
        "Hi, which intercommunalities make up the Aurillac Figeac Rodez territory?",
        "And the biggest town of the whole territory?",
        "second biggest?",
    )
    assert second.startswith("Of the 506 communes of “Aurillac Figeac Rodez”, the second most")
    assert "Rodez (12), 23,981 inhabitants" in second
    besides = engine.ask(question="Dans Grand Auch/Astarac, la plus grande commune à part Auch ?")
    assert "la deuxième plus peuplée est Pavie (32), 2 566 habitants" in besides.text
    after = engine.ask(question="la plus peuplée après Alès ?").text
    assert "la deuxième plus peuplée est Saint-Christol-lez-Alès (30), 7 310 habitants" in after
    *_, whole = talk(
        engine,
        "Castres Revel Castelnaudary, combien de communes ?",
        "et dans le Tarn seulement, combien de communes ?",
        "la deuxième plus peuplée de tout le territoire ?",
    )
    assert "la deuxième plus peuplée est Castelnaudary (11), 12 151 habitants" in whole


def test_a_word_a_few_letters_from_an_inhabitants_adjective_names_no_place(
    engine: Engine,
) -> None:
    # (« landline » is two edits from « landaise », the Landes's adjective.)
    *_, landline = talk(engine, "What's Delphine Amilhau's mobile number?", "And her landline?")
    assert (
        landline == "Delphine Amilhau (Préfecture de la région Occitanie), landline: 05 34 45 38 31"
    )
    # (One typo from an adjective still names its department.)
    said = engine.ask(
        question="au total, combien de communes haut-pyrénéennes sont dans un lauréat ?"
    )
    assert "Hautes-Pyrénées" in said.text


def test_an_english_possessive_is_no_french_word(engine: Engine) -> None:
    mobile = engine.ask(question="What's Delphine Amilhau's mobile number?").text
    assert mobile == "Delphine Amilhau (Préfecture de la région Occitanie), mobile: 06 70 85 30 75"


def test_what_no_source_details_is_said_so(engine: Engine) -> None:
    # (The release names no steering committee, sub-prefect, contract signed or budget of the
    # first phase.)
    for question in (
        "Has the Aurillac Figeac Rodez territory already signed its contract with the State?",
        "Quel sous-préfet suit le territoire Nord Lozère ?",
        "Combien d'élus siègent au comité de pilotage régional du programme ?",
        "Quel était le budget total de la première phase du programme, celle lancée en 2018 ?",
    ):
        said = engine.ask(question=question).text
        assert said.startswith(
            ("Le communiqué du 14 novembre 2023 ne le dit pas", "The press release of 14 November")
        ), question
