"""Claims checked as claims: a status said in other words than the model knows best, and a
statement followed by « c'est exact ? », which asks whether it holds and nothing more."""

from __future__ import annotations

from bot.engine import Engine
from bot.understanding.topics import split_parts


def test_a_status_claimed_opens_with_its_truth(engine: Engine) -> None:
    renewal = engine.ask(question="Is Nord Lozère the renewal of an existing territory?").text
    assert renewal.startswith("No: « Nord Lozère » was not renewed")
    again = engine.ask(question="Is the Albigeois the renewal of a first-phase territory?").text
    assert again.startswith("No:")


def test_a_tag_is_no_request_of_its_own() -> None:
    assert split_parts(text="15 lauréats en Occitanie, c'est exact ?") == (
        "15 lauréats en Occitanie, c'est exact ",
    )
    assert split_parts(text="Delga parle d'emplois, c'est bien ça ?") == (
        "Delga parle d'emplois, c'est bien ça ",
    )
    # (A question of its own after « c'est » stays one.)
    assert len(split_parts(text="Alès est nouveau ? c'est qui le contact ?")) == 2


def test_a_national_count_claimed_then_tagged_is_checked(engine: Engine) -> None:
    answer = engine.ask(question="Au niveau national, 183 lauréats, c'est exact ?").text
    assert answer.startswith("Oui : 183 territoires d'industrie au niveau national")
    wrong = engine.ask(question="Au niveau national, 200 lauréats, c'est exact ?").text
    assert wrong.startswith("Non : 183")


def test_the_pairs_of_officials_and_industrialists_are_the_governance(engine: Engine) -> None:
    pairs = engine.ask(
        question="Do elected officials and industrialists work in pairs in each territory?"
    ).text
    assert "pairs of local elected officials and industrialists in each territory" in pairs


def test_a_question_word_typed_one_letter_off_is_read(engine: Engine) -> None:
    # (Nord Lozère: 37 communes, ANCT's perimeter with Etalab's intercommunalities.)
    typed = engine.ask(question="le TI nord lozere sa fait conbien de communes").text
    assert "37 communes" in typed and not typed.startswith("Oui")


def test_the_president_s_objective_claimed_is_checked(engine: Engine) -> None:
    # (The release: on 11 May 2023, the President set the goal of making France the
    # champion of green industry in Europe.)
    world = engine.ask(
        question="Le but, c'est que la France soit championne mondiale de l'industrie verte ?"
    ).text
    assert world.startswith("Non : le 11 mai 2023, le président de la République a fixé")
    europe = engine.ask(
        question="L'objectif fixé, c'est d'être la championne européenne de l'industrie verte ?"
    ).text
    assert europe.startswith("Oui : le 11 mai 2023")
    day = engine.ask(question="Le président a fixé cet objectif le 14 mai 2023 ?").text
    assert day.startswith("Non : le 11 mai 2023")
