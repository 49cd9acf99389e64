"""« Bonjour, je suis étudiante, je fais un mémoire… pouvez-vous me dire combien… »: what
comes before a question's opener is a preamble; the model reads what follows it, with the
places the preamble names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.understanding.link import Linked, Linker

# Words a preamble must have, and the question after its opener, for the cut to be made:
# « dites-moi, Alès ? » has no preamble to leave out.
_PREAMBLE = 3
_QUESTION = 2


def after_opener(linked: Linked, *, linker: Linker, openers: re.Pattern[str]) -> Linked:
    """The part with the model's words cut to what follows its last opener, the places
    named before kept; the part as it was when it has no long preamble."""
    found = list(openers.finditer(linked.folded))
    if not found:
        return linked
    last = found[-1]
    before, after = linked.folded[: last.start()], linked.folded[last.end() :]
    if len(before.split()) < _PREAMBLE or len(after.split()) < _QUESTION:
        return linked
    own = linker.link(question=after).masked.split()
    # (Names the preamble gives: those of the whole part the question itself lacks.)
    names = Counter(w for w in linked.masked.split() if w.startswith("_"))
    names.subtract(w for w in own if w.startswith("_"))
    return replace(linked, masked=" ".join([*names.elements(), *own]))
