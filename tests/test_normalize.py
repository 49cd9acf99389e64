from bot.normalize import MAX_QUESTION_CHARS, clean, fold, fold_many


def test_fold_drops_accents_case_and_punctuation() -> None:
    assert fold("L'Isle-sur-Tarn") == "l isle sur tarn"
    assert fold("ALÈS") == "ales"
    assert fold("Hautes Terres d’Oc") == "hautes terres d oc"


def test_fold_spells_out_ligatures() -> None:
    assert fold("Cœur de Gascogne") == "coeur de gascogne"


def test_fold_expands_saint_and_department_abbreviations() -> None:
    assert fold("St-Girons") == "saint girons"
    assert fold("Ste Croix") == "sainte croix"
    assert fold("dept 81") == "departement 81"


def test_fold_many_equals_fold_one_by_one() -> None:
    names = ["Saint-Étienne", "L'Haÿ-les-Roses", "Œuilly", "st jean", "a\nb"]
    assert fold_many(names) == [fold(name) for name in names]


def test_clean_removes_control_characters_and_bounds_length() -> None:
    assert clean("Alès\x00\x07 ?") == "Alès ?"
    assert len(clean("a" * 100_000)) == MAX_QUESTION_CHARS
