"""The answer the core gives: plain text plus the structured fields adapters render."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.understanding.language import Language


@dataclass(frozen=True)
class Button:
    """A follow-up the user can open; `key` is short, stable and safe in callback data
    and deep links ([A-Za-z0-9_-], under 64 bytes)."""

    label: str
    key: str


@dataclass(frozen=True)
class Answer:
    question: str
    text: str
    # A topic id: one of Intent, or of a topic a press officer added to knowledge/topics.yaml.
    intent: str
    language: Language = "fr"
    title: str = ""
    territories: tuple[str, ...] = ()
    # ANCT's names of the territories (any of the 183) the answer places its subject in.
    national_territories: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    confidence: float = 1.0
    sources: tuple[str, ...] = ()
    buttons: tuple[Button, ...] = ()
    # Parts of `text` worth showing in bold where the channel can.
    emphasis: tuple[str, ...] = field(default=())
    # What the answer is about, as answer keys (« t_ales », « c_30007 », « p_amilhau »):
    # a conversation's context is built from them.
    about: tuple[str, ...] = ()
    # The key of the map to show with the text (bot.maps), empty when there is none.
    image: str = ""
    # Every topic answered, in order, when the question asked several things.
    intents: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "answer": self.text,
            "intent": str(self.intent),
            "intents": [str(i) for i in self.intents or (self.intent,)],
            "language": self.language,
            "territories": list(self.territories),
            "national_territories": list(self.national_territories),
            "suggestions": list(self.suggestions),
            "confidence": round(self.confidence, 3),
            "sources": list(self.sources),
            "buttons": [{"label": b.label, "key": b.key} for b in self.buttons],
            "image": self.image or None,
        }
