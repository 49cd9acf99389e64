"""The trained readings of a question (what is asked, the operation, whom about), as plain
data: per feature, its idf and the few classes it weighs on, applied without the library
that learned them."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from dataclasses import dataclass, field

from bot.understanding.features import pair_features, word_features

# The three things the model reads, in the order of its heads.
HEADS = ("ask", "op", "scope")
# How many of a head's best labels a prediction keeps.
_RANKED = 4
# How many words' scores a model keeps: the words people use most, at a few hundred bytes
# each, well under a megabyte and a half.
_WORDS_KEPT = 4096


@dataclass(frozen=True)
class Sample:
    """A question's masked text (bot.understanding.link) and the labels of its frame: what the
    model learns from."""

    masked: str
    ask: str
    op: str
    scope: str


@dataclass(frozen=True)
class Prediction:
    label: str
    # The best score's lead over the second: small when the model hesitates.
    margin: float
    # The best few labels with their scores, the best first.
    ranked: tuple[tuple[str, float], ...] = ()

    def lead(self, *, alike: frozenset[str]) -> float:
        """The best score's lead over the best label not `alike` it: how sure the model is
        of a choice between labels that answer differently."""
        if self.label not in alike or not self.ranked:
            # (A label set by an exact rule, a telephone number's « contact », ranks nothing.)
            return self.margin
        best = self.ranked[0][1]
        return next((best - score for label, score in self.ranked if label not in alike), 1.0)


@dataclass(frozen=True)
class Model:
    """A linear model per head over tf-idf features (raw counts, l2-normalised). The classes
    of all heads are numbered in one run (`classes`, `heads` their slices); a feature keeps
    only the classes its weight counts for, so a question touches few of them."""

    classes: tuple[str, ...]
    heads: tuple[tuple[int, int], ...]
    intercepts: array  # type: ignore[type-arg]
    # Per feature: its idf, and where its classes and weights lie in the two runs below
    # (one run each, rather than an array per feature: the model loads several times faster).
    vocabulary: dict[str, tuple[float, int, int]]
    indices: bytes
    weights: array  # type: ignore[type-arg]
    # Which examples trained it (bot.understanding.learn.model_key): a kept model is reused
    # only for the same examples.
    key: str
    # Each word's scores (its features' weights times their idf, added up), as they are
    # first needed: a question's scores are then a sum of a few arrays, not of every weight.
    _words: dict[str, array] = field(  # type: ignore[type-arg]
        default_factory=dict, init=False, repr=False, compare=False
    )
    _known: dict[str, list[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def read(self, masked: str) -> tuple[Prediction, Prediction, Prediction]:
        """What is asked, the operation and the scope of a masked, folded text."""
        vocabulary = self.vocabulary
        words = masked.split()
        # The norm of the question's features (as many times as each occurs, by its idf):
        # each word's known features are kept with its scores.
        pairs = [name for name in pair_features(words) if name in vocabulary]
        counted = Counter(pairs)
        for word in words:
            counted.update(self._known_of_word(word))
        squares = sum((count * vocabulary[name][0]) ** 2 for name, count in counted.items())
        norm = math.sqrt(squares) or 1.0
        totals = [0.0] * len(self.classes)
        self._add(totals, pairs)
        scored = [scores for scores in map(self._of_word, words) if scores is not None]
        if scored:
            totals = [sum(column) for column in zip(totals, *scored, strict=True)]
        scores = [b + total / norm for b, total in zip(self.intercepts, totals, strict=True)]
        ask, op, scope = (self._best(scores, first, last) for first, last in self.heads)
        return ask, op, scope

    def _known_of_word(self, word: str) -> list[str]:
        """A word's features the model knows, as often as each occurs; kept."""
        known = self._known.get(word)
        if known is None:
            vocabulary = self.vocabulary
            known = [name for name in word_features(word) if name in vocabulary]
            if len(self._known) < _WORDS_KEPT:
                self._known[word] = known
        return known

    def _of_word(self, word: str) -> array | None:  # type: ignore[type-arg]
        """A word's scores; None when none of its features is known."""
        scores = self._words.get(word)
        if scores is None:
            totals = [0.0] * len(self.classes)
            if not self._add(totals, self._known_of_word(word)):
                return None
            scores = array("d", totals)
            if len(self._words) < _WORDS_KEPT:
                self._words[word] = scores
        return scores

    def _add(self, totals: list[float], names: list[str]) -> bool:
        """Adds the weights of features `names` times their idf; whether any is known."""
        vocabulary, indices, weights = self.vocabulary, self.indices, self.weights
        known = False
        for name in names:
            entry = vocabulary.get(name)
            if entry is not None:
                known = True
                idf, start, end = entry
                for index, weight in zip(indices[start:end], weights[start:end], strict=True):
                    totals[index] += idf * weight
        return known

    def _best(self, scores: list[float], first: int, last: int) -> Prediction:
        ranked = sorted(range(first, last), key=lambda i: -scores[i])
        second = scores[ranked[1]] if len(ranked) > 1 else scores[ranked[0]] - 1.0
        return Prediction(
            label=self.classes[ranked[0]],
            margin=scores[ranked[0]] - second,
            ranked=tuple((self.classes[i], scores[i]) for i in ranked[:_RANKED]),
        )
