"""Learns the model from the labelled examples of knowledge/examples/ with scikit-learn.

A linear support vector machine over tf-idf features (bot.understanding.features) per label: what is
asked, the operation and whom about. liblinear's solver is seeded, so the same examples give
the same weights. This module runs only as a child process (bot.understanding.learn starts it):
scikit-learn, numpy and scipy never load in the serving process.
"""

from __future__ import annotations

import pickle
import sys
from array import array
from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from bot.understanding.features import features
from bot.understanding.model import Classifier, Model, Sample

# The solver's regularisation and seed: fixed, so that training is repeatable.
_C = 1.0
_SEED = 0


def train(*, samples: Sequence[Sample], key: str) -> Model:
    return Model(
        ask=_fit([s.masked for s in samples], [s.ask for s in samples]),
        op=_fit([s.masked for s in samples], [s.op for s in samples]),
        scope=_fit([s.masked for s in samples], [s.scope for s in samples]),
        key=key,
    )


def _fit(texts: list[str], labels: list[str]) -> Classifier:
    vectoriser = TfidfVectorizer(analyzer=features, sublinear_tf=True, lowercase=False)
    matrix = vectoriser.fit_transform(texts)
    classes = sorted(set(labels))
    if len(classes) == 1:
        # One class only: it is always the reading.
        return Classifier(classes=tuple(classes), intercepts=array("d", [0.0]), idf={}, weights={})
    svm = LinearSVC(C=_C, random_state=_SEED).fit(matrix, labels)
    coefficients = svm.coef_ if len(svm.classes_) > 2 else [-svm.coef_[0], svm.coef_[0]]
    intercepts = (
        list(svm.intercept_) if len(svm.classes_) > 2 else [-svm.intercept_[0], svm.intercept_[0]]
    )
    columns = list(zip(*coefficients, strict=True))
    names = vectoriser.get_feature_names_out()
    return Classifier(
        classes=tuple(str(c) for c in svm.classes_),
        intercepts=array("d", intercepts),
        idf={str(name): float(idf) for name, idf in zip(names, vectoriser.idf_, strict=True)},
        weights={
            str(name): array("f", column) for name, column in zip(names, columns, strict=True)
        },
    )


def main() -> None:
    samples, key = pickle.loads(sys.stdin.buffer.read())
    sys.stdout.buffer.write(pickle.dumps(train(samples=samples, key=key)))


if __name__ == "__main__":
    main()
