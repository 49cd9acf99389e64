"""Learns the model from the labelled examples of knowledge/examples/ with scikit-learn.

One tf-idf over the features of bot.understanding.features, then a linear support vector
machine per head: what is asked, the operation and whom about. liblinear's solver is seeded,
so the same examples give the same weights. This module runs only as a child process
(bot.understanding.learn starts it): scikit-learn, numpy and scipy never load in the
serving process.
"""

from __future__ import annotations

import pickle
import sys
from array import array
from collections.abc import Sequence
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from bot.understanding.features import features
from bot.understanding.model import HEADS, Model, Sample

# The solver's regularisation and seed: fixed, so that training is repeatable.
_C = 1.0
_SEED = 0
# A weight smaller than this is dropped: a twentieth of the weights stay, the readings of
# held-out examples do not get worse, and a long question is read within its time.
_SMALLEST_WEIGHT = 0.15


def train(*, samples: Sequence[Sample], key: str) -> Model:
    vectoriser = TfidfVectorizer(analyzer=features, lowercase=False)
    matrix = vectoriser.fit_transform([sample.masked for sample in samples])
    names = [str(name) for name in vectoriser.get_feature_names_out()]
    classes: list[str] = []
    heads: list[tuple[int, int]] = []
    intercepts: list[float] = []
    columns: list[list[float]] = [[] for _ in names]
    for head in HEADS:
        labels, coefficients, biases = _fit(matrix, [getattr(s, head) for s in samples])
        heads.append((len(classes), len(classes) + len(labels)))
        classes.extend(labels)
        intercepts.extend(biases)
        for column, row in zip(columns, zip(*coefficients, strict=True), strict=True):
            column.extend(row)
    vocabulary = {}
    indices = bytearray()
    weights = array("f")
    for name, idf, column in zip(names, vectoriser.idf_, columns, strict=True):
        kept = [(i, w) for i, w in enumerate(column) if abs(w) >= _SMALLEST_WEIGHT]
        if kept:
            vocabulary[name] = (float(idf), len(indices), len(indices) + len(kept))
            indices.extend(i for i, _ in kept)
            weights.extend(w for _, w in kept)
    return Model(
        classes=tuple(classes),
        heads=tuple(heads),
        intercepts=array("d", intercepts),
        vocabulary=vocabulary,
        indices=bytes(indices),
        weights=weights,
        key=key,
    )


def _fit(matrix: Any, labels: list[str]) -> tuple[list[str], list[list[float]], list[float]]:
    """Each class's weights and intercept; one class only is always the reading."""
    classes = sorted(set(labels))
    if len(classes) == 1:
        return classes, [[0.0] * matrix.shape[1]], [0.0]
    svm = LinearSVC(C=_C, random_state=_SEED).fit(matrix, labels)
    if len(svm.classes_) == 2:
        # One weight vector for two classes: the first class's is its opposite.
        coefficients = [list(-svm.coef_[0]), list(svm.coef_[0])]
        return [str(c) for c in svm.classes_], coefficients, [-svm.intercept_[0], svm.intercept_[0]]
    return (
        [str(c) for c in svm.classes_],
        [list(row) for row in svm.coef_],
        [float(b) for b in svm.intercept_],
    )


def main() -> None:
    samples, key = pickle.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps(train(samples=samples, key=key)))


if __name__ == "__main__":
    main()
