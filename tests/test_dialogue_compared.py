"""Places set against each other, in a conversation or in one question, laureates weighed
in a department, exact counts, and names read whole. Place facts: ANCT's perimeters with
Etalab's division (Béziers 81 545 inhabitants, Narbonne 57 587, Lanuéjouls 779, Figeac
9 793; the Ariège laureate 155 722, the Gers 192 645, the Tarn 397 352, the Albigeois
191 516 and 103 communes, Hautes Terres d'Oc 45 communes, 39 of them in the Tarn; in the
Hautes-Pyrénées Lacq Pau Tarbes has 174 communes, Comminges-Nestes 146; Gourdon (46) is in
no territory; Salles-la-Source (12) is in Aurillac Figeac Rodez, Flavin and Espalion in
none; Bagnols-sur-Cèze (30) is in Pont du Gard/Gard Rhodanien; the Grand Narbonne is the one
laureate of one grouping)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_place_named_against_the_one_spoken_of_is_compared_with_it(engine: Engine) -> None:
    *_, narbonne = talk(
        engine,
        "Béziers-Sète, combien d'habitants ?",
        "et la ville de Béziers ?",
        "c'est plus que Narbonne ?",
    )
    assert narbonne.startswith("Oui :") and "81 545" in narbonne and "57 587" in narbonne
    _, figeac = talk(engine, "Lanuéjouls, combien d'habitants ?", "et par rapport à Figeac ?")
    assert figeac.startswith("Figeac est la plus peuplée :")
    assert "Lanuéjouls (12) : 779 habitants" in figeac
    _, gers = talk(
        engine, "combien d'habitants dans le TI Ariège ?", "il est plus peuplé que le Gers ?"
    )
    assert gers.startswith("Non : « Ariège » : 155 722 habitants ; Gers (32) : 192 645 habitants")


def test_a_department_and_a_laureate_are_compared_in_one_question(engine: Engine) -> None:
    said = engine.ask(question="Le Tarn a plus d'habitants que le TI Albigeois ?").text
    assert said.startswith("Oui : Tarn (81) : 397 352 habitants ; « Albigeois » : 191 516")
    which = engine.ask(question="Which has more inhabitants, the Gers or the Ariège laureate?")
    assert which.text.startswith("Of the two, Gers (32) has more inhabitants.")
    # (Whether a laureate has communes in a department compares nothing.)
    *_, reach = talk(
        engine,
        "Hautes Terres d'Oc est sur quels départements ?",
        "il y a des communes de l'Hérault dedans ?",
    )
    assert "Des deux" not in reach


def test_laureates_are_weighed_in_the_department_the_question_names(engine: Engine) -> None:
    _, within = talk(
        engine,
        "Quels lauréats touchent les Hautes-Pyrénées ?",
        "Lequel a le plus de communes dans le 65 ?",
    )
    assert within.startswith(
        "« Lacq Pau Tarbes » en a le plus : 174 communes dans les Hautes-Pyrénées (65)."
    )
    assert "• Comminges-Nestes : 146" in within
    # (The Tarn only picked the list: each laureate is weighed whole.)
    *_, whole = talk(
        engine,
        "Which new Occitanie laureates are in the Tarn?",
        "Which of the two has more communes?",
    )
    assert "103" in whole and "45" in whole


def test_a_town_placed_by_its_department_asks_of_the_territory_spoken_of(engine: Engine) -> None:
    *_, gourdon = talk(
        engine,
        "Cahors est dans un territoire d'industrie ?",
        "Et Gourdon, dans le Lot, en fait partie ?",
    )
    assert gourdon.startswith("Non : Gourdon (Lot, 46)")


def test_names_are_read_whole_even_misspelt(engine: Engine) -> None:
    (listed,) = engine.frames(
        question="Salles-la-Source, Flavin et Espalion : lesquelles sont dans un TI ?"
    )
    assert listed.about == ("commune:12254", "commune:12102", "commune:12096")
    typed = engine.ask(question="Bagnols sur Seze c'est dans un TI ?").text
    assert typed == "Vouliez-vous dire : Bagnols-sur-Cèze (30) ?"


def test_an_exact_count_keeps_the_laureates_with_that_many(engine: Engine) -> None:
    said = engine.ask(question="Quel lauréat ne compte qu'une seule intercommunalité ?").text
    assert said.startswith("1 lauréat d'exactement 1 intercommunalité ou groupement")
    assert "Grand Narbonne" in said and "Ariège" not in said


def test_which_of_the_department_s_laureates_ranks_them(engine: Engine) -> None:
    # (Alès 94 communes, Pont du Gard/Gard Rhodanien 59; in the Aude, Grand Narbonne 134 606
    # inhabitants, Castres Revel Castelnaudary 28 089 there.)
    *_, gard = talk(
        engine,
        "Combien de lauréats dans le Gard ?",
        "Les deux gardois, lequel a le plus de communes ?",
    )
    assert gard.startswith("« Alès » en a le plus : 94 communes.")
    *_, aude = talk(
        engine,
        "Quels lauréats dans l'Aude ?",
        "Lequel des deux a le plus d'habitants dans l'Aude ?",
    )
    assert aude.startswith("« Grand Narbonne » est le plus peuplé : 134 606 habitants dans l'Aude")
    assert "Castres Revel Castelnaudary : 28 089" in aude


def test_a_ranking_among_a_status_stands_in_a_conversation(engine: Engine) -> None:
    # (Of the new laureates, the Albigeois has the most communes, 103, Grand Auch/Astarac 71.)
    *_, ranked, second = talk(
        engine,
        "Quelle part des lauréats est nouvelle ?",
        "et quelle part est interrégionale ?",
        "Parmi les nouveaux, lequel compte le plus de communes ?",
        "et le deuxième ?",
    )
    assert ranked.startswith("« Albigeois » en a le plus : 103 communes.")
    assert second.startswith("« Grand Auch/Astarac » vient en deuxième position : 71 communes.")


def test_a_status_asked_of_all_the_laureates_just_listed_opens_with_yes_or_no(
    engine: Engine,
) -> None:
    # (Alès and Pont du Gard/Gard Rhodanien are renewed, as are Béziers-Sète and Grand Narbonne.)
    *_, listed, both = talk(
        engine,
        "Montpellier fait partie des nouveaux lauréats ?",
        "Et les lauréats du Gard, alors ?",
        "ils sont nouveaux, tous les deux ?",
    )
    assert listed.startswith("2 lauréats « Territoires d'industrie » 2023-2027 dans le Gard")
    assert both.startswith(
        "Non : aucun de ces 2 lauréats n'est nouveau ; les deux sont renouvelés."
    )
    *_, renewals = talk(
        engine,
        "Which has more communes, Béziers-Sète or Grand Narbonne?",
        "Are they both renewals?",
    )
    assert renewals.startswith("Yes: “Béziers-Sète” (Hérault 34) is a renewed territory")


def test_two_places_of_different_kinds_ranked_are_compared(engine: Engine) -> None:
    said = engine.ask(question="Le Gers ou le TI Ariège, lequel est le plus peuplé ?").text
    assert said.startswith("Des deux, le Gers (32) compte le plus d'habitants.")
    # (Castelsarrasin 14 343 inhabitants, Moissac 13 419: both in Interdépartemental 32/82.)
    _, towns = talk(
        engine,
        "Moissac et Castelsarrasin sont dans le même territoire ?",
        "Laquelle des deux est la plus peuplée ?",
    )
    assert towns.startswith("Castelsarrasin est la plus peuplée :")


def test_a_department_set_against_a_laureate_is_no_filter(engine: Engine) -> None:
    # (The Tarn 397 352 inhabitants, the Albigeois 191 516.)
    said = engine.ask(question="Le Tarn ou le TI Albigeois : lequel a le moins d'habitants ?").text
    assert said.startswith("Des deux, « Albigeois » compte le moins d'habitants.")
    assert "Tarn (81) : 397 352 habitants" in said
