from bot.french import capitalise, the, within


def test_articles_follow_insee_liaison_types() -> None:
    assert the("Tarn", 2) == "le Tarn"
    assert the("Ariège", 5) == "l'Ariège"
    assert the("Pyrénées-Orientales", 4) == "les Pyrénées-Orientales"
    assert within("Haute-Garonne", 3) == "dans la Haute-Garonne"
    assert within("Paris", 0) == "à Paris"


def test_capitalise_touches_only_the_first_letter() -> None:
    assert capitalise("le Tarn (81)") == "Le Tarn (81)"
