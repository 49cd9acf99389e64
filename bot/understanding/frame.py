"""A frame: one request of a question, as tests/sealed/FRAMES.md defines it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.understanding.language import Language
from bot.understanding.mentions import Candidate

# The subjects that are places (the rest are people, organisations and wholes).
PLACE_KINDS = frozenset(["laureate", "territory", "department", "region", "commune", "epci"])


# The parts of a frame a question may leave to the conversation.
FILLED = frozenset(["ask", "op", "about"])
# What a place has a number of: its communes, inhabitants and member intercommunalities.
MEASURES = frozenset(["communes", "population", "members"])


@dataclass(frozen=True)
class Frame:
    """`about` holds subjects as `kind:id` (« laureate:Alès », « department:34 ») or a whole
    (« laureates », « programme »); `filters` as « status:new », « not:department:34 »."""

    ask: str
    op: str
    about: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()
    # For a contact: any, phone, mobile, landline or email.
    kind: str = ""
    # For a ranking, the place asked (« et la deuxième ? » after the most populous: 2).
    rank: int = 1
    lang: Language = "fr"
    # How far the model's best reading stood from its second (for a whole frame, the
    # smaller of what is asked and the operation).
    confidence: float = field(default=1.0, compare=False)
    # What the question itself says of the frame (« ask », « op », « about », « filters »):
    # a follow-up leaves the rest to the conversation (bot/dialogue/frames.py).
    stated: frozenset[str] = field(default=frozenset(), compare=False)
    # A subject named could be another: a postal code several communes share, a name
    # several bear, a typo. Computing would choose for the user; the place answers ask.
    ambiguous: bool = field(default=False, compare=False)
    # Telephone numbers the question writes (« est-ce bien le portable de … ? »).
    numbers: tuple[str, ...] = field(default=(), compare=False)
    # The words of the question this frame was read from (a part of it, when it asks
    # several things).
    text: str = field(default="", compare=False)
    # Every subject the words name, whether the frame is about them or not.
    named: tuple[str, ...] = field(default=(), compare=False)
    # Names a typo away from the words, never claimed: the place answers ask which is meant.
    candidates: tuple[Candidate, ...] = field(default=(), compare=False)
    # The laureates named by a town's name (« Rodez »), each with that town: in a
    # conversation about towns, « et Rodez ? » is the town.
    towns: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # A statement before the request, naming a place, was set aside as a preamble (« Je
    # dirige une PME près de Rodez. »): the request's own words say what is asked.
    preambled: bool = field(default=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"ask": self.ask, "op": self.op, "about": list(self.about)}
        if self.filters:
            found["filters"] = list(self.filters)
        if self.kind:
            found["kind"] = self.kind
        if self.rank != 1:
            found["rank"] = self.rank
        found["lang"] = self.lang
        return found


def subject_kind(subject: str) -> str:
    """« laureate:Alès » → « laureate »; « laureates » → « laureates »."""
    return subject.split(":", 1)[0]


def subject_id(subject: str) -> str:
    return subject.split(":", 1)[1] if ":" in subject else ""


def placed_town(frames: tuple[Frame, ...]) -> str | None:
    """The one town a question names, with its department and nothing asked."""
    if len(frames) != 1 or "ask" in frames[0].stated or frames[0].confidence > 0:
        return None
    frame = frames[0]
    placed = any(subject_kind(s) == "department" for s in frame.named)
    if placed and len(frame.about) == 1 and subject_kind(frame.about[0]) == "commune":
        return subject_id(frame.about[0])
    return None


# Subjects other than places whose naming sets a question apart from the conversation
# (« le communiqué … il date de quand ? » after a laureate is the release's date).
_NAMED_KINDS = frozenset(["release", "assembly", "org", "person", "quote"])


def names_a_place(frames: list[Frame]) -> bool:
    """Whether the frames name a place, even one the model left out of what they are about."""
    return any(subject_kind(s) in PLACE_KINDS for f in frames for s in (*f.about, *f.named))


def on_its_own(frame: Frame) -> bool:
    """An aggregate (a ranking, a count, a share…), or a question about a place it names."""
    named = any(subject_kind(s) in PLACE_KINDS | _NAMED_KINDS for s in frame.about)
    return named or frame.op in {"most", "least", "share", "each", "count"} or bool(frame.filters)
