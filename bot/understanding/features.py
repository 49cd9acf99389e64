"""What the model sees of a question: its words and word pairs, and the letters of each word
in runs of 3 to 4, so that « renouvelé », « renouvelés » and « renouvlé » share most of theirs.
Pure Python, the same at training and at answering."""

from __future__ import annotations

from collections import Counter

SHORTEST_RUN = 3
LONGEST_RUN = 4


def features(masked: str) -> Counter[str]:
    """Feature counts of a masked, folded text (bot.understanding.link)."""
    words = masked.split()
    found: Counter[str] = Counter()
    found.update(f"w:{word}" for word in words)
    found.update(
        f"b:{first} {second}" for first, second in zip(["^", *words], [*words, "$"], strict=True)
    )
    for word in words:
        if word.startswith("_"):
            continue
        padded = f" {word} "
        for size in range(SHORTEST_RUN, LONGEST_RUN + 1):
            found.update(f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1))
    return found
