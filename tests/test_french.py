from bot.answers.french import capitalise, counted, of, the, within


def test_articles_follow_insee_liaison_types() -> None:
    assert the("Tarn", 2) == "le Tarn"
    assert the("Ariège", 5) == "l'Ariège"
    assert the("Pyrénées-Orientales", 4) == "les Pyrénées-Orientales"
    assert within("Haute-Garonne", 3) == "dans la Haute-Garonne"
    assert within("Paris", 0) == "à Paris"


def test_capitalise_touches_only_the_first_letter() -> None:
    assert capitalise("le Tarn (81)") == "Le Tarn (81)"


def test_de_elides_and_contracts_before_a_commune_name() -> None:
    assert of("Mende") == "de Mende"
    assert of("Alès") == "d'Alès"
    assert of("Entre-Vignes") == "d'Entre-Vignes"
    assert of("Le Vignon-en-Quercy") == "du Vignon-en-Quercy"
    assert of("Les Angles") == "des Angles"
    assert of("La Canourgue") == "de La Canourgue"


def test_one_is_singular() -> None:
    assert counted(1, "commune") == "1 commune"
    assert counted(37, "commune") == "37 communes"
