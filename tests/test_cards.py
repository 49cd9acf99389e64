from bot.answers.cards import press_cards
from bot.knowledge.load import Knowledge


def test_one_card_per_officer_then_per_press_service(knowledge: Knowledge) -> None:
    cards = press_cards(knowledge=knowledge)
    assert [(c.first_name, c.last_name) for c in cards[:2]] == [
        ("Delphine", "Amilhau"),
        ("Margot", "Scherer"),
    ]
    assert cards[1].phones == ("05 34 45 34 77", "06 08 46 28 31")
    services = cards[2:]
    assert {c.email for c in services} == {
        "service-presse@occitanie.gouv.fr",
        "service.presse@laregion.fr",
    }
