"""What the model sees of a question: its words and word pairs, and the letters of each word
in runs of 3 to 4, so that « renouvelé », « renouvelés » and « renouvlé » share most of theirs.
Pure Python, the same at training and at answering. Each feature is counted as often as it
occurs, and each but a word pair belongs to one word: a question's scores are its words'
scores added up (bot.understanding.model keeps each word's)."""

from __future__ import annotations

SHORTEST_RUN = 3
LONGEST_RUN = 4


def features(masked: str) -> list[str]:
    """Every feature of a masked, folded text (bot.understanding.link), once per occurrence."""
    words = masked.split()
    found = [name for word in words for name in word_features(word)]
    found.extend(pair_features(words))
    return found


def word_features(word: str) -> list[str]:
    """A word, and its runs of letters (a masked name, « _commune », has none of its own)."""
    found = [f"w:{word}"]
    if not word.startswith("_"):
        padded = f" {word} "
        for size in range(SHORTEST_RUN, LONGEST_RUN + 1):
            found.extend(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    return found


def pair_features(words: list[str]) -> list[str]:
    """Each word with the next, the text's ends included."""
    return [
        f"b:{first} {second}" for first, second in zip(["^", *words], [*words, "$"], strict=True)
    ]
