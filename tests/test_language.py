from bot.language import detect


def test_french_is_the_default() -> None:
    assert detect(words=[]) == "fr"
    assert detect(words=["figeac"]) == "fr"


def test_plain_english_is_recognised() -> None:
    assert detect(words=["is", "castres", "covered", "by", "the", "programme"]) == "en"
    assert detect(words=["peut", "on", "candidater", "encore"]) == "fr"
