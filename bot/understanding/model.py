"""The trained readings of a question (what is asked, the operation, whom about), as plain
data: feature weights per class, applied without the library that learned them."""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass

from bot.understanding.features import features


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


@dataclass(frozen=True)
class Classifier:
    """A linear model over tf-idf features (sublinear counts, l2-normalised)."""

    classes: tuple[str, ...]
    intercepts: array  # type: ignore[type-arg]
    # Per feature: its idf and its weight in each class, in `classes` order.
    idf: dict[str, float]
    weights: dict[str, array]  # type: ignore[type-arg]

    def predict(self, counts: dict[str, int]) -> Prediction:
        known = [
            (name, (1 + math.log(n)) * self.idf[name])
            for name, n in counts.items()
            if name in self.idf
        ]
        norm = math.sqrt(sum(value * value for _, value in known)) or 1.0
        scores = list(self.intercepts)
        for name, value in known:
            x = value / norm
            for index, weight in enumerate(self.weights[name]):
                scores[index] += x * weight
        ranked = sorted(range(len(scores)), key=lambda i: -scores[i])
        second = scores[ranked[1]] if len(ranked) > 1 else scores[ranked[0]] - 1.0
        return Prediction(label=self.classes[ranked[0]], margin=scores[ranked[0]] - second)


@dataclass(frozen=True)
class Model:
    """One classifier per part of a frame that is learned."""

    ask: Classifier
    op: Classifier
    scope: Classifier
    # Which examples trained it (bot.examples.examples_key): a cached model is reused only
    # for the same examples.
    key: str

    def read(self, masked: str) -> tuple[Prediction, Prediction, Prediction]:
        counts = features(masked)
        return self.ask.predict(counts), self.op.predict(counts), self.scope.predict(counts)
