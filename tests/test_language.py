from bot.knowledge.load import Knowledge
from bot.understanding.language import detect


def test_french_unless_plainly_english(knowledge: Knowledge) -> None:
    words = {"english": knowledge.lexicon.english_words, "french": knowledge.lexicon.french_words}
    assert detect(words=[], **words) == "fr"
    assert detect(words=["figeac"], **words) == "fr"
    assert detect(words=["is", "castres", "covered", "by", "the", "programme"], **words) == "en"
    assert detect(words=["peut", "on", "candidater", "encore"], **words) == "fr"
