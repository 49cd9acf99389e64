"""What the words of a question are, beside what they ask: pointing words, question words
alone, ranks of a list, too few words to say anything."""

from __future__ import annotations

from bot.knowledge.lexicon import Lexicon

_FILLERS = frozenset(
    ["et", "and", "bon", "ben", "bah", "euh", "so", "well", "alors", "donc", "plus", "largement"]
)
# What a pointing word points at: « ce territoire », « cette commune ».
REFERRED = frozenset(
    ["territoire", "laureat", "commune", "ville", "territory", "laureate", "town", "ti"]
)
# Ranks of a list shown, and the words around them: « le second », « the first one ».
RANKED = frozenset(["premier", "premiere", "deuxieme", "second", "seconde", "troisieme"]) | (
    frozenset(["dernier", "derniere", "first", "third", "last", "one", "liste", "list"])
)
# Words that lead into a follow-up and say nothing of what is asked.
_LEAD_WORDS = frozenset(["et", "and", "le", "la", "l", "the", "alors", "puis", "then", "so"])
# Words of its own an out-of-scope question needs (« pleut », « matin »).
_SAID = 2


def only_reference(masked: str, lexicon: Lexicon) -> bool:
    """Words that point at something said (« ce territoire », « et lui »), nothing else."""
    words = masked.split()
    if words and all(w in lexicon.follow_up_words or w in _FILLERS for w in words):
        # « ok et y a combien … ? »: the « ok » only leads in.
        return True
    # (« le second, combien d'intercos ? »: a rank of the list shown points at it too.)
    pointing = REFERRED | RANKED
    return bool(pointing.intersection(words)) and all(
        w in lexicon.follow_up_words or w in lexicon.function_words or w in pointing for w in words
    )


def only_asking(masked: str, lexicon: Lexicon) -> bool:
    """Words that ask, and nothing they ask of: « combien ? », « lesquels ? »."""
    words = masked.split()
    return any(w in lexicon.question_words for w in words) and all(
        w in lexicon.question_words or w in lexicon.function_words for w in words
    )


def unsaid(ask: str, masked: str, lexicon: Lexicon) -> bool:
    """« what about Albi? » is out of the domain by no word of its own: out of scope only
    when the question says what it is about (« il pleut à Perpignan ? »)."""
    if ask != "out_of_scope":
        return False
    content = [
        word
        for word in masked.split()
        if not word.startswith("_") and len(word) > 2 and word not in lexicon.stopwords
    ]
    return len(content) < _SAID


def only_ranked(folded: str) -> bool:
    """« et le troisième ? »: a pick from what was just listed, which says nothing itself
    of what is asked."""
    return set(folded.split()) <= RANKED | _LEAD_WORDS
