"""Follow-ups on the other of two, on a ranking claimed of the territory spoken of, on a
part of a territory in a department, and on the same measure of another place. Place
facts: ANCT's perimeters with Etalab's division (the Gard's laureates: Alès 156 691
inhabitants, Pont du Gard/Gard Rhodanien 100 185; Nord Lozère is the least populous
laureate, 15 347, then Hautes Terres d'Oc, 25 418; 6 of Hautes Terres d'Oc's communes are
in the Hérault, La Salvetat-sur-Agout the largest; 2 of the 32/82's in the
Lot-et-Garonne, Clermont-Soubiran and Grayssas; the laureates hold 125 384 of the Lot's
176 473 inhabitants, 71 %; in the Gers, 160 communes of the 32/82 and 71 of Grand
Auch/Astarac)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_the_other_of_two_ranked_is_asked_the_same(engine: Engine) -> None:
    *_, other = talk(
        engine,
        "combien de lauréats dans le Gard ?",
        "lequel est le plus peuplé ?",
        "et l'autre, combien d'habitants ?",
    )
    assert "Pont du Gard/Gard Rhodanien" in other
    assert "100 185 habitants" in other


def test_the_other_is_asked_what_was_asked_of_the_first(engine: Engine) -> None:
    *_, other = talk(
        engine,
        "Quels sont les lauréats interrégionaux ?",
        "Aurillac Figeac Rodez touche quelles régions ?",
        "et l'autre ?",
    )
    assert "Lacq Pau Tarbes" in other
    assert "Nouvelle-Aquitaine" in other


def test_a_ranking_claimed_of_the_territory_spoken_of(engine: Engine) -> None:
    *_, smallest, english = talk(
        engine,
        "Hautes Terres d'Oc, il compte combien d'habitants ?",
        "c'est le lauréat le plus petit ?",
        "Is it the least populous laureate?",
    )
    assert smallest.startswith("Non : « Nord Lozère » est le moins peuplé : 15 347 habitants.")
    assert english.startswith("No: « Nord Lozère » is the least populous")
    _, least = talk(engine, "Nord Lozère a combien d'habitants ?", "c'est le moins peuplé des TI ?")
    assert least.startswith("Oui : « Nord Lozère » est le moins peuplé")


def test_the_smallest_is_the_least(engine: Engine) -> None:
    said = engine.ask(question="Hautes Terres d'Oc, c'est le plus petit lauréat ?").text
    assert said.startswith("Non : « Nord Lozère » est le moins peuplé")


def test_which_of_its_communes_lie_in_the_department_asked_of(engine: Engine) -> None:
    *_, which = talk(
        engine,
        "Hautes Terres d'Oc a-t-il des communes dans l'Hérault ?",
        "lesquelles ?",
    )
    assert which.startswith("6 communes de « Hautes Terres d'Oc » dans l'Hérault (34)")
    assert "La Salvetat-sur-Agout" in which
    *_, towns = talk(
        engine,
        "l'interdépartemental, il touche le Lot-et-Garonne ?",
        "quelles communes ?",
    )
    assert "Clermont-Soubiran" in towns
    assert "Grayssas" in towns
    assert "Tarn-et-Garonne (82)" not in towns


def test_the_same_share_of_another_place(engine: Engine) -> None:
    *_, lot = talk(
        engine,
        "quelle part des habitants de la région vit dans un lauréat ?",
        "et pour le Lot ?",
    )
    assert "125 384 des 176 473 habitants du Lot (46), soit 71 %" in lot


def test_the_region_as_a_place(engine: Engine) -> None:
    said = engine.ask(question="Combien de communes de la région sont dans un lauréat ?").text
    assert "des 4 446 communes d'Occitanie" in said
    # (Asked for its contacts, the Région is still the office.)
    assert "service.presse@laregion.fr" in engine.ask(question="qui contacter à la région ?").text


def test_a_measure_split_between_the_laureates(engine: Engine) -> None:
    *_, split = talk(
        engine,
        "combien de communes gersoises sont dans un lauréat ?",
        "et c'est réparti comment entre les lauréats ?",
    )
    assert "Interdépartemental 32/82 : 160" in split
    assert "Grand Auch/Astarac : 71" in split


def test_the_only_laureate_of_a_department_is_counted(engine: Engine) -> None:
    alone = engine.ask(question="Nord Lozère est le seul lauréat en Lozère ?").text
    assert alone.startswith("Oui : 1 lauréat dans la Lozère (48) : Nord Lozère.")
    three = engine.ask(question="L'Albigeois est le seul lauréat du Tarn ?").text
    assert three.startswith("Non : 3 lauréats dans le Tarn (81)")


def test_a_stressed_yes_no_question_opens_with_yes(engine: Engine) -> None:
    said = engine.ask(question="Le Cantal a vraiment un lauréat ?").text
    assert said.startswith("Oui : 1 lauréat")


def test_a_town_placed_by_a_landmark_then_asked_of_by_a_pronoun(engine: Engine) -> None:
    # (Néfiach's CC Roussillon-Conflent is no member of Pyrénées-Orientales; Perpignan is.)
    said = engine.ask(
        question="Néfiach, pas très loin de Perpignan : ça rentre dans le lauréat "
        "Pyrénées-Orientales ?"
    )
    assert said.text.startswith("Non : Néfiach (Pyrénées-Orientales, 66) ne fait pas partie")
    assert "Perpignan (" not in said.text
    assert not said.territories


def test_a_national_territory_s_communes_in_a_department(engine: Engine) -> None:
    # (ANCT's « Vaucluse » holds 7 communes of the Gard, Villeneuve-lès-Avignon the largest.)
    *_, there = talk(
        engine,
        "Le territoire d'industrie Vaucluse, il a combien de communes ?",
        "et dans le Gard, combien ?",
    )
    assert there.startswith("« Vaucluse » compte 7 communes dans le Gard (30)")
    assert "Villeneuve-lès-Avignon (13 148)" in there


def test_another_grouping_asked_of_the_same_laureate(engine: Engine) -> None:
    # (The CA du Pays Basque is ANCT's « Pays Basque », no member of Lacq Pau Tarbes.)
    *_, basque = talk(
        engine,
        "La CC du Haut Béarn est membre de Lacq Pau Tarbes ?",
        "Et la CA du Pays Basque ?",
    )
    assert basque.startswith("Non : l'intercommunalité « CA du Pays Basque »")
    assert "n'est pas membre de « Lacq Pau Tarbes »" in basque
    *_, town = talk(
        engine, "Orthez est dans Lacq Pau Tarbes ?", "Et Bayonne, elle en fait partie ?"
    )
    assert town.startswith("Non : Bayonne (Pyrénées-Atlantiques, 64) ne fait pas partie")


def test_each_grouping_of_a_laureate(engine: Engine) -> None:
    # (Pont du Gard/Gard Rhodanien: CA du Gard Rhodanien 44 communes, CC du Pont du Gard 15.)
    *_, each = talk(
        engine, "Pont du Gard/Gard Rhodanien, combien de communes ?", "et par interco ?"
    )
    assert "CA du Gard Rhodanien" in each
    assert "44 communes" in each
    assert "CC du Pont du Gard" in each


def test_that_grouping_s_own_communes(engine: Engine) -> None:
    # (Mirepoix (09) is in the CC du Pays de Mirepoix: 33 communes, 10 638 inhabitants; Foix
    # in the CA L'Agglo Foix-Varilhes.)
    *_, grouping = talk(
        engine,
        "Mirepoix en Ariège, c'est dans un territoire d'industrie ?",
        "et cette interco, elle compte combien de communes ?",
    )
    assert grouping.startswith("« CC du Pays de Mirepoix » (SIREN 200044469) compte 33 communes")
    *_, which = talk(engine, "Foix est dans le TI Ariège ?", "c koi son interco")
    assert "CA L'Agglo Foix-Varilhes" in which


def test_a_town_compared_with_another_is_no_subject(engine: Engine) -> None:
    # (Bout-du-Pont-de-Larn's CC Thoré Montagne Noire is in Hautes Terres d'Oc, not in
    # Castres Revel Castelnaudary as Mazamet is; Montbeton, in the CA Grand Montauban, is in
    # none.)
    compared = engine.ask(
        question="Bout-du-Pont-de-Larn, c'est dans Castres Revel Castelnaudary comme Mazamet ?"
    )
    assert compared.text.startswith("Non : Bout-du-Pont-de-Larn (Tarn, 81) ne fait pas partie")
    assert "Castres Revel Castelnaudary" not in compared.territories
    coded = engine.ask(
        question="Montbeton a le même code postal (82290) que La Ville-Dieu-du-Temple : il est "
        "dans un territoire d'industrie ?"
    )
    assert coded.text.startswith("Non : Montbeton (Tarn-et-Garonne, 82)")
    assert not coded.territories
