"""Follow-ups that point back at what was just said: the territory's part in a department
(« y en a dans l'Hérault ? », « … dans ce TI ? ») and its whole again, the namesake town a
department picks out, ANCT's territory bearing a department's name. Place facts (ANCT's
perimeters with Etalab's division): Hautes Terres d'Oc has 45 communes, 6 in the Hérault;
Castres Revel Castelnaudary 111, 13 in the Haute-Garonne; Les Cabannes (09070) is in the CC de
la Haute Ariège (51 communes); ANCT's « Finistère » territory (ti-5304) has 11 groupings and
161 communes."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk


def test_some_of_what_was_counted_in_a_department(engine: Engine) -> None:
    *_, some = talk(
        engine, "Hautes Terres d'Oc compte combien de communes ?", "il y en a dans l'Hérault ?"
    )
    assert some.text.startswith("Oui : selon l'ANCT, 6 communes de « Hautes Terres d'Oc »")


def test_the_territory_pointed_at_and_its_whole(engine: Engine) -> None:
    *_, part, whole = talk(
        engine,
        "Revel fait partie de Castres Revel Castelnaudary ?",
        "combien de communes haut-garonnaises dans ce territoire ?",
        "et au total, tous départements confondus ?",
    )
    assert part.text.startswith("« Castres Revel Castelnaudary » compte 13 communes")
    assert "111 communes" in whole.text


def test_the_namesake_a_department_picks_out_asked_its_own_question(engine: Engine) -> None:
    *_, grouping = talk(
        engine,
        "Les Cabannes, c'est un territoire d'industrie ?",
        "celle de l'Ariège, quelle interco ?",
    )
    assert "« CC de la Haute Ariège »" in grouping.text


def test_anct_s_territory_bearing_a_department_s_name(engine: Engine) -> None:
    *_, finistere, groupings = talk(
        engine,
        "Combien de territoires d'industrie en Bretagne ?",
        "le Finistère en fait partie ?",
        "il a combien d'intercos ?",
    )
    assert finistere.text.startswith("Oui : « Finistère »")
    assert groupings.text.startswith("« Finistère » réunit 11 ")


def test_the_town_a_ranking_named_though_others_bear_its_name(engine: Engine) -> None:
    # (Caubous (31127), 3 inhabitants, the laureates' least populous commune, is in
    # Comminges-Nestes; another Caubous is in the Hautes-Pyrénées.)
    *_, which = talk(
        engine, "la commune la moins peuplée de tous les lauréats ?", "elle est dans quel TI ?"
    )
    assert which.text.startswith("Oui : Caubous (Haute-Garonne, 31) fait partie")


def test_a_town_after_a_laureate_s_communes(engine: Engine) -> None:
    # (Saint-Flour (15187) is in Aurillac Figeac Rodez; Mauriac (15120) is not.)
    *_, flour, mauriac = talk(
        engine,
        "combien de communes du Cantal dans Aurillac Figeac Rodez ?",
        "et Saint-Flour ?",
        "Mauriac ?",
    )
    assert flour.text.startswith("Oui : Saint-Flour (Cantal, 15) fait partie")
    assert mauriac.text.startswith("Non : Mauriac (Cantal, 15) ne fait partie")
