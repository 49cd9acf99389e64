"""Follow-ups that rank, compare or narrow what was just said: a ranking claimed of the
laureate spoken of, a total of the territory a town was asked in, a threshold alone, the
other laureates of a department, the laureates of the department a ranking put first, a
comparison without « que », the towns of a territory after a town in none. Place facts
(ANCT's perimeters with Etalab's division): inhabitants Nord Lozère 15 347, Hautes Terres
d'Oc 25 418, Grand Auch/Astarac 46 349, Aurillac Figeac Rodez 400 764, Lacq Pau Tarbes
542 931; Saint-Chély-d'Apcher is in Nord Lozère; the Gard's laureates are Alès and Pont du
Gard/Gard Rhodanien; the Tarn has three (Castres Revel Castelnaudary, Albigeois, Hautes
Terres d'Oc), more than any other department; Castelsarrasin (14 343) is the largest town of
Interdépartemental 32/82; Montbeton (82) is in no territory."""

from __future__ import annotations

from bot.engine import Engine
from tests.conversing import talk


def test_a_ranking_claimed_of_the_laureate_spoken_of(engine: Engine) -> None:
    *_, least = talk(
        engine, "Hautes Terres d'Oc, combien d'habitants ?", "c'est le moins peuplé des quinze ?"
    )
    assert least.text.startswith("Non : « Nord Lozère » est le moins peuplé")


def test_a_total_after_a_town_asked_in_a_laureate(engine: Engine) -> None:
    *_, total = talk(
        engine,
        "Saint-Chély-d'Apcher fait partie de Nord Lozère ?",
        "ça fait combien d'habitants en tout ?",
    )
    assert total.text.startswith("« Nord Lozère » compte 15 347 habitants")


def test_a_threshold_alone_keeps_the_last_request(engine: Engine) -> None:
    *_, under = talk(
        engine, "quels lauréats comptent plus de 400 000 habitants ?", "et ceux sous les 30 000 ?"
    )
    assert under.text.startswith("2 lauréats de moins de 30 000 habitants")
    assert set(under.territories) == {"Nord Lozère", "Hautes Terres d'Oc"}


def test_the_other_laureates_of_a_department(engine: Engine) -> None:
    *_, others = talk(
        engine, "combien de communes dans Alès ?", "et dans le Gard, quels autres lauréats ?"
    )
    assert others.text.startswith("1 lauréat dans le Gard (30) autre que « Alès »")
    assert others.territories == ("Pont du Gard/Gard Rhodanien",)


def test_the_laureates_of_the_department_ranked_first(engine: Engine) -> None:
    *_, which = talk(engine, "Quel département compte le plus de lauréats ?", "lesquels ?")
    assert which.text.startswith("3 lauréats « Territoires d'industrie » 2023-2027 dans le Tarn")


def test_a_comparison_without_que(engine: Engine) -> None:
    *_, auch = talk(
        engine, "Nord Lozère, combien d'habitants ?", "et Grand Auch/Astarac, c'est plus peuplé ?"
    )
    assert auch.text.startswith("Oui : « Grand Auch/Astarac » : 46 349 habitants")
    *_, lacq = talk(
        engine, "What is the population of Aurillac Figeac Rodez?", "is Lacq Pau Tarbes bigger?"
    )
    assert lacq.text.startswith("Yes: « Lacq Pau Tarbes »: 542,931 inhabitants")


def test_the_towns_of_the_territory_after_a_town_in_none(engine: Engine) -> None:
    *_, largest = talk(
        engine,
        "Castelsarrasin est dans l'Interdépartemental 32/82 ?",
        "et Montbeton, à côté ?",
        "la plus grande ville alors ?",
    )
    assert "la plus peuplée est Castelsarrasin (82), 14 343 habitants" in largest.text


def test_a_list_named_by_its_count(engine: Engine) -> None:
    # (Renewed laureates outside the Aude: 8; the interregional ones among them: 2.)
    *_, largest = talk(
        engine,
        "les lauréats renouvelés hors de l'Aude ?",
        "et parmi eux les interrégionaux ?",
        "le moins peuplé de ces 8 ?",
    )
    assert largest.text.startswith("« Pont du Gard/Gard Rhodanien » est le moins peuplé")


def test_a_doubt_voiced_confirms_the_last_answer(engine: Engine) -> None:
    *_, doubted = talk(engine, "Albigeois est lauréat ?", "t'es sûr ? on m'a dit le contraire")
    assert doubted.text.startswith("Oui : « Albigeois »")


def test_a_grouping_titled_gets_what_was_asked(engine: Engine) -> None:
    # (CA Alès Agglomération: 71 communes, 137 470 inhabitants per Etalab.)
    *_, grouping = talk(
        engine, "combien de communes dans Alès ?", "et dans son interco Alès Agglomération ?"
    )
    assert grouping.text.startswith("« CA Alès Agglomération » (SIREN")
