"""Claims about the axes and the phase: what is claimed to be an axis must be one, in every
word; the years a claim states hold it only with what it says of them; two years are a
period, not two years within it."""

from __future__ import annotations

from bot.engine import Engine


def test_something_beside_an_axis_is_not_one(engine: Engine) -> None:
    housing = engine.ask(question="Le logement des salariés, c'est un des axes du programme ?").text
    assert housing.startswith("Non : pour 2023-2027, le programme vise")
    assert engine.ask(question="Is tourism one of the four axes?").text.startswith("No:")
    # (Guards: an axis named in its own words still is one; asked what it is, no « Oui ».)
    assert engine.ask(question="La formation, c'est un des axes ?").text.startswith(
        "Oui : le développement des compétences"
    )
    assert engine.ask(question="le foncier c'est un axe ?").text.startswith(
        "Oui : la disponibilité du foncier"
    )
    assert engine.ask(question="Que prévoit l'axe innovation ?").text.startswith(
        "La diffusion de l'innovation"
    )


def test_years_do_not_carry_a_claim_of_nothing_the_card_says(engine: Engine) -> None:
    tourism = engine.ask(
        question="L'attractivité touristique fait-elle partie des axes 2023-2027 ?"
    )
    assert tourism.text.startswith("Non : ")
    assert engine.ask(question="la phase actuelle va jusqu'en 2027 ?").text.startswith("Oui : ")


def test_two_years_are_a_period(engine: Engine) -> None:
    assert engine.ask(question="La deuxième phase court sur 2023-2026 ?").text.startswith("Non : ")
    assert engine.ask(question="la phase va de 2023 à 2027 ?").text.startswith("Oui : ")
    within = engine.ask(question="entre 2024 et 2025 on est dans la période ?").text
    assert within.startswith("Oui : ")
