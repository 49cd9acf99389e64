"""A town's territory asked of a name several towns bear answers for each of them; the
place a speaker said is theirs is what « sommes-nous … ? » asks of; « pourquoi X n'y est
pas ? » gets whether it is in and the release's silence on why; a claim about the axes is
checked on what it names, not on a wish said before it."""

from __future__ import annotations

from bot.engine import Engine


def test_a_name_several_towns_bear_is_answered_for_each(engine: Engine) -> None:
    asked = engine.ask(question="mirepoix ca tombe dans quel TI ?")
    assert set(asked.territories) == {"Ariège", "Grand Auch/Astarac"}
    # (Whether it is in one is answered of the likeliest town only.)
    whether = engine.ask(question="Mirepoix fait partie d'un territoire d'industrie ?")
    assert whether.territories == ("Ariège",)
    # (Nor when the laureate asked of is named.)
    named = engine.ask(question="Mirepoix, c'est dans quel territoire, l'Ariège ?")
    assert named.territories == ("Ariège",)


def test_our_place_is_the_one_said_before(engine: Engine) -> None:
    answer = engine.ask(
        question="Je suis à la mairie de Prades, dans le 66. Sommes-nous dans le TI "
        "Pyrénées-Orientales ?"
    )
    assert answer.text.startswith("Non")
    assert answer.territories == ()
    english = engine.ask(question="I run a plant in Figeac. Are we in Aurillac Figeac Rodez?")
    assert english.text.startswith("Yes")


def test_why_a_town_is_out_says_whether_and_that_the_release_is_silent(
    engine: Engine,
) -> None:
    answer = engine.ask(question="pourquoi Mende n'a pas été retenue ?")
    assert "ne précise pas pourquoi" in answer.text
    assert "Non : Mende" in answer.text
    assert "Coeur de Lozère" in answer.text
    assert answer.territories == ()


def test_a_claim_about_the_axes_rests_on_what_it_names(engine: Engine) -> None:
    assert engine.ask(question="Le tourisme industriel est-il l'un des 4 axes ?").text.startswith(
        "Non"
    )
    wished = engine.ask(
        question="Je cherche des locaux pour mon atelier : la disponibilité du foncier "
        "est-elle une priorité du programme ?"
    )
    assert wished.text.startswith("Oui")


def test_a_laureate_said_to_lie_wholly_in_a_department_is_checked_on_its_communes(
    engine: Engine,
) -> None:
    # (The release puts Hautes Terres d'Oc in the Tarn; ANCT's perimeter reaches the Hérault.)
    wholly = engine.ask(question="Hautes Terres d'Oc est-il totalement dans le Tarn ?")
    assert wholly.text.startswith("Non")
    assert "Hérault, 34" in wholly.text
    assert engine.ask(
        question="Castres Revel Castelnaudary, c'est 100 % tarnais ?"
    ).text.startswith("Non")
    assert engine.ask(question="Le Grand Narbonne est-il entièrement audois ?").text.startswith(
        "Oui"
    )
    outside = engine.ask(
        question="Hautes Terres d'Oc est-il 100 % tarnais, sans commune hors du Tarn ?"
    )
    assert outside.text.startswith("Non : « Hautes Terres d'Oc » compte 6 communes hors du Tarn")


def test_the_few_communes_a_laureate_has_in_a_department_are_named(engine: Engine) -> None:
    answer = engine.ask(question="Le territoire d'Alès touche-t-il l'Ardèche ?")
    assert answer.text.startswith("Oui")
    assert "Saint-Sauveur-de-Cruzières" in answer.text
