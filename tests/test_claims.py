"""A yes/no claim about the programme, checked against the card that answers it."""

from __future__ import annotations

from bot.answers.claims import actors, holds
from bot.knowledge.load import Knowledge

CARD = (
    "Au niveau national, les lauréats ont été retenus par l'État, Régions de France, "
    "Intercommunalités de France et France Industrie, après avis des préfets de région."
)


def check(knowledge: Knowledge, claim: str, card: str = CARD) -> bool | None:
    return holds(claim=claim, card=card, lexicon=knowledge.lexicon, cast=actors(knowledge))


def test_an_actor_the_card_names_holds_and_one_it_does_not_fails(knowledge: Knowledge) -> None:
    assert check(knowledge, "Régions de France a retenu les lauréats ?") is True
    assert check(knowledge, "Bpifrance a retenu les lauréats ?") is False


def test_a_body_the_release_never_names_fails(knowledge: Knowledge) -> None:
    # (`other_actors` in knowledge/language.yaml.)
    assert check(knowledge, "Le CNI a sélectionné les lauréats ?") is False
    assert check(knowledge, "C'est France Travail qui a retenu les lauréats ?") is False


def test_alone_fails_against_a_card_naming_several(knowledge: Knowledge) -> None:
    assert check(knowledge, "L'État a retenu les lauréats tout seul ?") is False


def test_a_number_the_card_does_not_give_fails(knowledge: Knowledge) -> None:
    card = "Le programme a été initié en 2018 ; sa deuxième phase couvre 2023-2027."
    assert check(knowledge, "initié en 2018 ?", card) is True
    assert check(knowledge, "initié en 2019 ?", card) is False


def test_a_group_in_the_plural_is_found_under_its_longer_name(knowledge: Knowledge) -> None:
    assert check(knowledge, "Les préfets ont donné leur avis ?") is True
    # The prefect of the quotations, in the singular, is not « les préfets de région ».
    assert check(knowledge, "C'est le préfet Durand qui a retenu les lauréats ?") is False


def test_a_claim_that_says_nothing_to_check_gets_no_verdict(knowledge: Knowledge) -> None:
    assert check(knowledge, "c'est vrai ?") is None


def test_the_numbers_a_claim_states_are_what_it_rests_on(knowledge: Knowledge) -> None:
    card = "Sa deuxième phase couvre la période 2023-2027."
    assert check(knowledge, "La phase actuelle va jusqu'en 2027 ?", card) is True
    assert check(knowledge, "La phase actuelle va jusqu'en 2030 ?", card) is False


def test_an_opinion_gets_no_verdict(knowledge: Knowledge) -> None:
    card = "Le programme a été initié en 2018 ; sa première phase a précédé celle de 2023-2027."
    assert check(knowledge, "La première phase a été un succès ?", card) is None
    assert check(knowledge, "La première phase a été initiée en 2018 ?", card) is True


def test_a_number_naming_the_topic_is_not_what_the_claim_rests_on(knowledge: Knowledge) -> None:
    card = "Le programme vise 4 axes : les compétences, l'innovation, le foncier, la décarbonation."
    terms = frozenset(["axes", "axe"])

    def axes(claim: str) -> bool | None:
        return holds(
            claim=claim, card=card, lexicon=knowledge.lexicon, cast=actors(knowledge), terms=terms
        )

    assert axes("le tourisme c un des 4 axes ?") is False
    assert axes("l'innovation fait partie des 4 axes ?") is True
    assert axes("y a 5 axes ?") is False


def test_done_jointly_bears_out_done(knowledge: Knowledge) -> None:
    card = "Les lauréats peuvent bénéficier du cofinancement d'un chef de projet."
    assert check(knowledge, "le projet est financé ?", card) is True
