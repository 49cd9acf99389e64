"""A ranking narrowed, bounded, checked or set against something in the next turns. Place
facts: ANCT's perimeters with Etalab's division (the new laureates by inhabitants:
Pyrénées-Orientales 383 861 first; Nord Lozère the least populated, 15 347, Hautes Terres
d'Oc 25 418; member groupings: Aurillac Figeac Rodez 17, Lacq Pau Tarbes and
Interdépartemental 32/82 11, the Ariège 8, Comminges-Nestes 7, then at most 4; under 50
communes: Grand Narbonne (renewed), Nord Lozère and Hautes Terres d'Oc (new); Occitanie's
laureates hold 2 537 328 of its 6 124 653 inhabitants)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_among_a_status_narrows_the_ranking_before(engine: Engine) -> None:
    _, new = talk(
        engine,
        "Which of the 15 Occitanie laureates has the largest population?",
        "And among the new ones?",
    )
    assert new.startswith("« Pyrénées-Orientales » is the most populous: 383,861 inhabitants.")
    assert "Lacq Pau Tarbes" not in new


def test_the_first_ranked_is_set_against_the_one_named(engine: Engine) -> None:
    _, fewer = talk(
        engine,
        "Which laureate is the least populated?",
        "Does it have fewer people than Hautes Terres d'Oc?",
    )
    assert fewer.startswith("Yes: « Nord Lozère »: 15,347 inhabitants; « Hautes Terres d'Oc »")


def test_a_bound_of_no_measure_takes_the_one_ranked_by(engine: Engine) -> None:
    *_, counted = talk(
        engine,
        "Quel lauréat regroupe le plus d'intercommunalités ?",
        "et le moins ?",
        "combien en ont au moins 5 ?",
    )
    assert counted.startswith("5 lauréats d'au moins 5 intercommunalités ou groupements")
    assert "Grand Narbonne" not in counted and "Comminges-Nestes" in counted


def test_a_status_claimed_of_the_list_bounded_before(engine: Engine) -> None:
    *_, claimed = talk(
        engine,
        "quels lauréats dépassent les 400 communes ?",
        "et ceux qui en ont moins de 50 ?",
        "ils sont tous nouveaux, ces petits ?",
    )
    assert claimed.startswith("Non : 2 des 3 lauréats de moins de 50 communes le sont.")
    assert "Grand Narbonne" in claimed


def test_a_share_asked_after_a_count_is_of_it(engine: Engine) -> None:
    _, share = talk(
        engine,
        "combien d'habitants d'Occitanie vivent dans une commune d'un lauréat ?",
        "ça fait quel pourcentage de la région ?",
    )
    assert "2 537 328 des 6 124 653 habitants d'Occitanie, soit 41,4 %" in share


def test_a_status_asked_of_the_two_just_ranked(engine: Engine) -> None:
    # (The Gers's laureates: Interdépartemental 32/82, renewed; Grand Auch/Astarac, new.)
    *_, both = talk(
        engine,
        "Le Gers, combien de lauréats ?",
        "lequel des deux est le plus peuplé ?",
        "ces deux territoires sont nouveaux ?",
    )
    assert both.startswith("Non : 1 des 2 lauréats du Gers (32) l’est.")
    assert "Grand Auch/Astarac" in both
