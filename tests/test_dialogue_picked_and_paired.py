"""Follow-ups that pick from what was just shown or pair it with what came before, and
filters said as a threshold or over several departments. Place facts: Etalab's division
with ANCT's perimeters (Rodez 23 981 inhabitants, in Aurillac Figeac Rodez; Millau 22 044,
in none; Lacq Pau Tarbes's groupings listed first: CC de Lacq-Orthez 60 communes, CC des
Luys en Béarn 66, CA Pau Béarn Pyrénées 31 communes and 169 255 inhabitants; the largest
towns: Albi 51 290 in the Albigeois, Alès 46 125 in Alès, Pamiers 16 473 in the Ariège;
the Gers's laureates: Interdépartemental 32/82 298 communes, Grand Auch/Astarac 71; over
300 communes: Lacq Pau Tarbes 542 931 inhabitants, Aurillac Figeac Rodez 400 764, the Ariège
155 722, Comminges-Nestes 144 850; renewed in the Tarn or the Aude: Grand Narbonne and
Castres Revel Castelnaudary)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_two_towns_asked_in_turn_are_both_meant_by_each_and_which(engine: Engine) -> None:
    *_, each = talk(
        engine,
        "Combien d'habitants à Rodez ?",
        "et à Millau ?",
        "ils ont combien d'habitants chacun ?",
    )
    assert "Rodez (12) : 23 981 habitants" in each and "Millau (12) : 22 044 habitants" in each
    *_, which = talk(
        engine, "Rodez est dans un TI ?", "et Millau ?", "laquelle est la plus peuplée ?"
    )
    assert which.startswith("Rodez est la plus peuplée")
    assert "Millau (12) : 22 044 habitants" in which and "Lacq Pau Tarbes" not in which


def test_a_rank_picks_from_the_groupings_just_listed(engine: Engine) -> None:
    listed = "Quelles intercos dans le TI Lacq Pau Tarbes ?"
    _, first = talk(engine, listed, "combien de communes dans la première ?")
    assert first.startswith("« CC de Lacq-Orthez » (SIREN 200039204) compte 60 communes")
    *_, second = talk(engine, listed, "combien de communes dans la première ?", "et la deuxième ?")
    assert second.startswith("« CC des Luys en Béarn » (SIREN 200067239) compte 66 communes")
    _, third = talk(engine, listed, "combien d'habitants dans la troisième ?")
    assert third.startswith("« CA Pau Béarn Pyrénées »") and "169 255 habitants" in third


def test_a_town_ranking_goes_on_to_another_laureate(engine: Engine) -> None:
    *_, ales = talk(
        engine,
        "Quelle est la plus petite commune du TI Albigeois ?",
        "et la plus grande ?",
        "et dans le TI Alès ?",
    )
    assert ales.startswith("Des 94 communes d'« Alès », la plus peuplée est Alès (30), 46 125")
    # (A department named like a laureate the last one does not reach is that laureate.)
    _, ariege = talk(engine, "Quelle est la plus grande commune du TI Alès ?", "et l'Ariège ?")
    assert ariege.startswith("Des 325 communes d'« Ariège », la plus peuplée est Pamiers (09)")


def test_a_threshold_keeps_laureates_and_ranks_none(engine: Engine) -> None:
    gers = engine.ask(question="lauréats du Gers de plus de 100 communes ?").text
    assert gers.startswith("1 lauréat dans le Gers (32) de plus de 100 communes")
    assert "Interdépartemental 32/82" in gers and "Grand Auch" not in gers
    # (« communes » counted by the threshold ranks no town.)
    most = engine.ask(question="le plus peuplé des lauréats de plus de 300 communes ?").text
    assert most.startswith("« Lacq Pau Tarbes » est le plus peuplé : 542 931 habitants.")
    assert "Comminges-Nestes : 144 850" in most and "Pau (64)" not in most


def test_laureates_in_any_of_several_departments_say_so(engine: Engine) -> None:
    renewed = engine.ask(question="lauréats renouvelés du Tarn ou de l'Aude ?").text
    assert renewed.startswith("2 lauréats renouvelés dans le Tarn (81) ou dans l'Aude (11) :")
    assert "Grand Narbonne" in renewed and "Castres Revel Castelnaudary" in renewed
    english = engine.ask(question="renewed laureates in the Tarn or the Aude?").text
    assert english.startswith("2 renewed laureates in Tarn (81) or in Aude (11):")


def test_groupings_ranked_go_on_from_the_second_place(engine: Engine) -> None:
    # (Castres Revel Castelnaudary's groupings by inhabitants: CA de Castres Mazamet 78 775,
    # CC Castelnaudary Lauragais Audois 27 821, CC du Sor et de l'Agout 23 298.)
    *_, second = talk(
        engine,
        "quelles intercommunalités composent le territoire Castres Revel Castelnaudary ?",
        "la plus grande ?",
        "la deuxième plus peuplée ?",
    )
    assert second.startswith(
        "Des 4 groupements de « Castres Revel Castelnaudary », le deuxième plus peuplé est "
        "« CC Castelnaudary Lauragais Audois »"
    )
