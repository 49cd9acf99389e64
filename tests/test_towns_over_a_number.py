"""The towns of a place above or below a number of inhabitants are counted and named, of
a laureate, a department or the territory spoken of; a question naming its own place and
threshold is whole in itself, not a narrowing of the last."""

from __future__ import annotations

from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine


def test_a_laureate_s_towns_over_a_number(engine: Engine) -> None:
    answer = engine.ask(question="Combien de communes de Nord Lozère dépassent 1000 habitants ?")
    # (Computed: Saint-Chély-d'Apcher 3 955, Peyre en Aubrac 2 296, Saint-Alban 1 385.)
    assert answer.text.startswith("« Nord Lozère » compte 3 communes de plus de 1 000 habitants")
    assert "Saint-Chély-d'Apcher" in answer.text


def test_a_department_s_towns_under_a_number(engine: Engine) -> None:
    answer = engine.ask(question="Dans le Lot, combien de communes ont moins de 50 habitants ?")
    assert "1 commune de moins de 50 habitants" in answer.text
    assert "Labastide-du-Haut-Mont" in answer.text


def test_the_territory_spoken_of_and_then_another_place(engine: Engine) -> None:
    first = engine.reply(question="Parle-moi de l'Albigeois", context=NO_CONTEXT, now=0.0)
    over = engine.reply(
        question="Combien de communes du territoire ont plus de 5000 habitants ?",
        context=first.context,
        now=20.0,
    )
    assert over.answer.text.startswith("« Albigeois » compte 6 communes de plus de 5 000")
    gers = engine.reply(
        question="Combien de communes du Gers ont moins de 50 habitants ?",
        context=over.context,
        now=40.0,
    )
    assert gers.answer.text.startswith("Le Gers (32) compte 12 communes de moins de 50")


def test_a_town_asked_of_the_territory_spoken_of_is_its_own_namesake(engine: Engine) -> None:
    first = engine.reply(
        question="Nord Lozère, c'est quelles intercos ?", context=NO_CONTEXT, now=0.0
    )
    # (Computed: Saint-Juéry (48) is in Nord Lozère, Saint-Juéry (81) in the Albigeois.)
    asked = engine.reply(
        question="et Saint-Juéry, il en fait partie ?", context=first.context, now=20.0
    )
    assert asked.answer.text.startswith("Oui : Saint-Juéry (Lozère, 48)")
    assert asked.answer.territories == ("Nord Lozère",)
    # (A postcode or a department still says which one is meant.)
    placed = engine.ask(question="Caubous (65230), c'est dans Comminges-Nestes ?")
    assert placed.text.startswith("Non : Caubous (Hautes-Pyrénées, 65)")


def test_a_department_said_whole_covered_by_laureates(engine: Engine) -> None:
    # (Computed: the laureates cover 231 of the Gers's 458 communes, all 325 of the Ariège's.)
    gers = engine.ask(question="Le Gers est-il couvert en totalité par des lauréats ?")
    assert gers.text.startswith("Non : les lauréats d'Occitanie couvrent 231 des 458 communes")
    ariege = engine.ask(question="l'Ariège est-elle entièrement couverte par des lauréats ?")
    assert ariege.text.startswith("Oui")


def test_the_total_after_a_ranking_of_towns_is_the_whole_s(engine: Engine) -> None:
    first = engine.reply(
        question="La plus petite commune de l'Ariège lauréate ?", context=NO_CONTEXT, now=0.0
    )
    total = engine.reply(question="Population totale ?", context=first.context, now=20.0)
    assert total.answer.text.startswith("« Ariège » compte 155 722 habitants")


def test_a_department_said_whole_in_a_laureate(engine: Engine) -> None:
    # (Computed: Aurillac Figeac Rodez covers 127 of the Aveyron's 285 communes.)
    answer = engine.ask(question="l'Aveyron entier fait partie d'Aurillac Figeac Rodez ?")
    assert answer.text.startswith("Non : « Aurillac Figeac Rodez » couvre 127 des 285 communes")
