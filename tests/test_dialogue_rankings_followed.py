"""Follow-ups of rankings of the laureates. Place facts: ANCT's perimeters with Etalab's
division (the Ariège laureate has 325 communes; of the new laureates, the Pyrénées-
Orientales has the most inhabitants, 383 861, and the Albigeois the most communes, 103;
of the renewed ones, Pont du Gard/Gard Rhodanien the fewest inhabitants, 100 185)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_department_named_like_a_laureate_after_a_ranking_is_the_laureate(
    engine: Engine,
) -> None:
    _, ariege = talk(
        engine,
        "Classe-moi les lauréats qui ont le plus de communes",
        "et l'Ariège, il en a combien ?",
    )
    assert "325 communes" in ariege
    assert not ariege.startswith("Cela fait 1 lauréat")


def test_a_ranking_among_a_status_after_one_laureate_ranks_the_laureates(engine: Engine) -> None:
    *_, new, renewed = talk(
        engine,
        "combien de communes dans le lauréat Ariège ?",
        "le plus peuplé parmi les nouveaux ?",
        "et le moins peuplé parmi les renouvelés ?",
    )
    assert new.startswith("« Pyrénées-Orientales »") and "383 861 habitants" in new
    assert renewed.startswith("« Pont du Gard/Gard Rhodanien »") and "100 185" in renewed


def test_the_other_end_of_a_ranking_of_a_list_stays_in_the_list(engine: Engine) -> None:
    *_, most = talk(
        engine,
        "What are the new laureates in Occitanie?",
        "Which of them has the fewest communes?",
        "And the most?",
    )
    assert most.startswith("« Albigeois »") and "103 communes" in most
    assert "183" not in most


def test_a_threshold_of_no_measure_bounds_the_last_one_s(engine: Engine) -> None:
    # (Grand Auch/Astarac, Nord Lozère and Hautes Terres d'Oc have under 50 000
    # inhabitants, 87 114 together; Grand Narbonne and Nord Lozère 37 communes, Hautes
    # Terres d'Oc 45.)
    *_, under, together = talk(
        engine,
        "Which laureates have more than 300,000 inhabitants?",
        "And under 50,000?",
        "What's their combined population?",
    )
    assert under.startswith("3 laureates with fewer than 50,000 inhabitants")
    assert "87,114 inhabitants" in together
    _, fewer = talk(engine, "quels lauréats ont plus de 400 communes ?", "et moins de 50 ?")
    assert fewer.startswith("3 lauréats de moins de 50 communes")
    # (Asked first, it bounds nothing known: never an error.)
    assert engine.ask(question="And under 50,000?").text


def test_whether_all_or_one_of_a_list_shown_has_a_status(engine: Engine) -> None:
    # (The release: the two interregional laureates are renewed.)
    *_, both = talk(
        engine,
        "How many of the Occitanie laureates are interregional?",
        "Which ones?",
        "Are they both new?",
    )
    assert both.startswith("No: none of these 2 laureates is new; both are renewed.")


def test_a_count_of_a_department_s_laureates_asked_again_of_another(engine: Engine) -> None:
    # (The release: the Aude has Grand Narbonne and Castres Revel Castelnaudary.)
    _, aude = talk(engine, "cb de laureats ds le tarn", "et ds l aude")
    assert aude.startswith("2 lauréats « Territoires d'industrie » 2023-2027 dans l'Aude (11)")


def test_the_fifteen_in_all_after_a_ranking_are_summed(engine: Engine) -> None:
    # (ANCT with Etalab: the 15 laureates hold 81 groupings, 2 803 communes, 3 029 788
    # inhabitants.)
    for asked in (
        "combien d'habitants au total dans les 15 lauréats ?",
        "combien d'habitants au total dans les quinze ?",
        "au total ça fait combien d'intercos pour les quinze ?",
    ):
        _, total = talk(engine, "le lauréat le moins peuplé ?", asked)
        assert total.startswith("Les 15 lauréats réunissent ensemble 81 intercommunalités"), asked
        assert "3 029 788 habitants" in total


def test_each_one_s_communes_in_the_department_asked_of(engine: Engine) -> None:
    # (ANCT with Etalab: of the Hautes-Pyrénées's communes, Comminges-Nestes holds 146 and
    # Lacq Pau Tarbes 174.)
    *_, each = talk(
        engine, "ds le 65 y a cb de laureats", "lesquels", "et cb de communes du 65 dans chacun"
    )
    assert "Comminges-Nestes : 146" in each and "Lacq Pau Tarbes : 174" in each
