"""A request of « ce territoire » after one that finds a town's territory, and whether a
department is left without a laureate. Place facts: ANCT's perimeters with Etalab's division
(Lavardens (32) is in Grand Auch/Astarac, whose largest town is Auch, 22 428 inhabitants;
Aubiet (32) in Interdépartemental 32/82, whose largest is Castelsarrasin, 14 343;
Saint-Marcel-sur-Aude (11) in Grand Narbonne, 134 606 inhabitants; each of Occitanie's 13
departments has a laureate)."""

from __future__ import annotations

from bot.engine import Engine


def test_a_later_request_of_this_territory_asks_of_the_one_found(engine: Engine) -> None:
    lavardens = engine.ask(
        question="Lavardens (Gers), c'est dans un TI ? Et la ville principale de ce territoire ?"
    ).text
    assert lavardens.startswith("Oui : Lavardens (Gers, 32) fait partie")
    assert "la plus peuplée est Auch (32), 22 428 habitants" in lavardens
    aubiet = engine.ask(
        question="Aubiet (32) est lauréat ? et quelle est la plus grosse commune de son territoire ?"
    ).text
    assert "la plus peuplée est Castelsarrasin (82), 14 343 habitants" in aubiet
    people = engine.ask(
        question="Saint-Marcel-sur-Aude est concerné ? Combien d'habitants dans ce territoire ?"
    ).text
    assert "« Grand Narbonne » compte 134 606 habitants" in people


def test_whether_a_department_is_left_without_a_laureate(engine: Engine) -> None:
    left = engine.ask(question="Reste-t-il un département occitan sans lauréat ?").text
    assert left.startswith("Non : chacun des 13 départements d'Occitanie")
    english = engine.ask(question="Is any Occitanie department without a laureate?")
    assert english.text.startswith("No: each of Occitanie's 13 departments")
    every = engine.ask(question="Chaque département d'Occitanie a-t-il son lauréat ?").text
    assert every.startswith("Oui : chacun des 13 départements")


def test_an_amount_said_of_one_place_is_checked(engine: Engine) -> None:
    # (Alès 94 communes, Nord Lozère 15 347 inhabitants, Ariège 8 groupings.)
    assert engine.ask(question="Alès a plus de 100 communes ?").text.startswith(
        "Non : « Alès » couvre 94 communes."
    )
    low = engine.ask(question="Nord Lozère a moins de 50 000 habitants ?").text
    assert low.startswith("Oui : « Nord Lozère » compte 15 347 habitants")
    assert engine.ask(question="Ariège a au moins 8 intercos ?").text.startswith("Oui : ")
    assert engine.ask(question="Ariège a plus de 8 intercos ?").text.startswith("Non : ")
