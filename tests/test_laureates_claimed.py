"""Whether some laureates are so, or so many, is answered yes or no however unsure the
model is; « il y en a combien ? » asks how many, not whether; an opinion beside a claim
(« c'est peu ») asks nothing."""

from __future__ import annotations

from bot.engine import Engine


def test_whether_any_laureate_is_so(engine: Engine) -> None:
    renewed = engine.ask(
        question="Parmi les lauréats renouvelés, il y en a qui sont interrégionaux ?"
    )
    assert renewed.text.startswith("Oui : 2 lauréats")
    new = engine.ask(
        question="Chez les nouveaux lauréats, y en a qui débordent sur une autre région ?"
    )
    assert new.text.startswith("Non")


def test_so_many_stated_is_checked_and_an_opinion_asks_nothing(engine: Engine) -> None:
    answer = engine.ask(question="Seulement 9 territoires renouvelés ? c'est peu")
    assert answer.text.startswith("Non : 10 lauréats renouvelés")
    assert "Oui" not in answer.text


def test_how_many_is_not_whether(engine: Engine) -> None:
    assert not engine.ask(question="il y en a combien dans l'Aude ?").text.startswith("Oui")


def test_what_is_asked_is_answered_not_the_premise_it_rests_on(engine: Engine) -> None:
    answer = engine.ask(
        question="Lacq Pau Tarbes couvre deux départements, donc c'est un territoire "
        "interrégional ?"
    )
    assert answer.text.startswith(
        "Oui : « Lacq Pau Tarbes » est un territoire d'industrie interrégional"
    )
    chalon = engine.ask(
        question="Chalon-sur-Saône, où ont été dévoilés les 183, c'est aussi un territoire "
        "d'industrie ?"
    )
    assert chalon.text.startswith("Oui : Chalon-sur-Saône (Saône-et-Loire, 71)")
    # (A request named without a verb is none: « Les lauréats gersois, et qui … ? ».)
    both = engine.ask(question="Les lauréats gersois, et qui pilote le programme en région ?")
    assert both.text.startswith("2 lauréats")


def test_all_of_them_claimed(engine: Engine) -> None:
    # (The release: 5 new laureates and 10 renewed ones.)
    new = engine.ask(question="Les 15 lauréats sont tous des petits nouveaux, non ?").text
    assert new.startswith("Non : 5 lauréats nouveaux")
    assert engine.ask(question="Were all of them renewed?").text.startswith("No: 10")


def test_first_time_and_already_there_are_statuses(engine: Engine) -> None:
    # (The release: Nord Lozère new; 10 of the 15 renewed.)
    assert engine.ask(
        question="Le Nord Lozère est lauréat pour la première fois ?"
    ).text.startswith("Oui")
    already = engine.ask(question="Tous les lauréats étaient déjà des TI avant ?").text
    assert already.startswith("Non : 10 ")
