"""The model for a knowledge directory: trained from its examples, kept beside its snapshot
and trained again only when the examples (or the names they use, or the code) change."""

from __future__ import annotations

import hashlib
import pickle
import subprocess
import sys
from collections.abc import Sequence

from bot.knowledge.examples import EXAMPLES_DIRECTORY, Example, examples_key, load_examples
from bot.knowledge.keep import kept
from bot.knowledge.load import Knowledge
from bot.understanding.link import Linker
from bot.understanding.model import Model, Sample
from bot.understanding.settled import COLLECTIVES
from bot.understanding.topics import split_parts
from bot.understanding.whom import NAMED, NOTHING

MODEL_SUFFIX = ".model"
# Models trained in this process, by key: an engine built again for the same examples (a
# reload after another file's edit, a copy of the knowledge) does not train again.
_TRAINED: dict[str, Model] = {}


def model_for(*, knowledge: Knowledge, linker: Linker) -> Model | None:
    """None when the examples are too few to learn from (none, or a single kind of
    request): the topic answers then read every question."""
    if not any((knowledge.directory / EXAMPLES_DIRECTORY).glob("*.yaml")):
        return None
    key = model_key(knowledge=knowledge)
    if key not in _TRAINED:
        try:
            _TRAINED[key] = kept(
                directory=knowledge.directory,
                suffix=MODEL_SUFFIX,
                key=key,
                kind=Model,
                build=lambda: _train(knowledge=knowledge, linker=linker, key=key),
                shared=True,
            )
        except _TooFewError:
            return None
    return _TRAINED[key]


class _TooFewError(Exception):
    """Examples of one kind only: nothing to tell apart."""


def model_key(*, knowledge: Knowledge) -> str:
    """The examples, the names the linker replaces by their kind (with places' other names
    and the words never read as one) and the synonyms it applies: what is learned."""
    summed = hashlib.sha256(examples_key(knowledge=knowledge).encode())
    summed.update("\n".join(sorted(knowledge.aliases)).encode())
    lexicon = knowledge.lexicon
    summed.update(repr(lexicon.synonyms).encode())
    # (Other names of places, and the words never read as one, change what is masked too.)
    summed.update(repr(sorted(lexicon.place_adjectives.items())).encode())
    summed.update(repr(sorted(lexicon.region_names.items())).encode())
    summed.update(repr(sorted(lexicon.stopwords | knowledge.common_words)).encode())
    return summed.hexdigest()


def _train(*, knowledge: Knowledge, linker: Linker, key: str) -> Model:
    examples = load_examples(knowledge=knowledge)
    samples = [sample for example in examples for sample in samples_of(example, linker=linker)]
    if any(len({getattr(sample, label) for sample in samples}) < 2 for label in ("ask", "op")):
        raise _TooFewError
    return train_apart(samples=samples, key=key)


def samples_of(example: Example, *, linker: Linker) -> list[Sample]:
    """A question asking several things is learned part by part when its parts and its
    frames pair up; otherwise whole, as its first frame."""
    if not example.states_ask:
        # « et Rodez ? » labelled with the last turn's request would teach the model to guess.
        return []
    parts = split_parts(text=example.question)
    if len(example.frames) > 1 and len(parts) == len(example.frames):
        pairs = list(zip(parts, example.frames, strict=True))
    else:
        pairs = [(example.question, example.frames[0])]
    return [
        Sample(
            masked=linker.link(question=text).masked,
            ask=frame.ask,
            op=frame.op,
            scope=_scope(frame.about),
        )
        for text, frame in pairs
    ]


def _scope(about: tuple[str, ...]) -> str:
    if not about:
        return NOTHING
    return about[0] if about[0] in COLLECTIVES else NAMED


def train_apart(*, samples: Sequence[Sample], key: str) -> Model:
    """Trained by bot.understanding.train in a child process: the learning library's hundred
    megabytes leave with it."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.understanding.train"],
        input=pickle.dumps((list(samples), key)),
        capture_output=True,
        check=True,
    )
    model = pickle.loads(done.stdout)  # our own child's output
    if not isinstance(model, Model):
        raise TypeError("training returned no model")
    return model
