"""What a conversation remembers between two turns: a small, frozen value the adapters hold."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answer import Answer
from bot.understanding.frame import Frame
from bot.understanding.language import Language

# Silence longer than this ends a conversation: the next question is read alone.
EXPIRY_SECONDS = 30 * 60


@dataclass(frozen=True)
class Context:
    """The subjects of the last answer, by id, and how the last question was asked.

    `shown` is the list the user just saw, in the order shown (answer keys such as
    « t_ales », or « axis_foncier »): « le troisième » and « lesquels sont nouveaux ? »
    refer to it."""

    territories: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    topic: str = ""
    shown: tuple[str, ...] = ()
    # The detail last asked about a laureate (« nouveau », « interrégional »…), carried
    # to « et Figeac ? ».
    aspect: str = ""
    # The laureates a narrowed list was taken from, for the next narrowing.
    pool: tuple[str, ...] = ()
    language: Language = "fr"
    at: float = 0.0
    # An empty context standing for one that expired: the bot can say why it forgot.
    lapsed: bool = False
    # The laureates the last answer affirmed (by id): a follow-up states facts of these only.
    affirmed: tuple[str, ...] = ()
    # Those the answer before it affirmed: « ils ont combien de communes chacun ? » after
    # one laureate, then another.
    earlier: tuple[str, ...] = ()
    # The frames the last answer computed (bot/understanding/frame.py): a follow-up that
    # leaves part of its frame unsaid takes it from them.
    frames: tuple[Frame, ...] = ()
    # The frames of the answers before it, the latest last (a few): « ils ont combien
    # d'habitants chacun ? » after one town, then another; « lequel des trois ? » after three.
    before: tuple[Frame, ...] = ()
    # The last answer itself: « t'es sûr ? » gets it again, confirmed.
    last: Answer | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.territories
            or self.departments
            or self.regions
            or self.communes
            or self.people
            or self.organisations
            or self.quotes
            or self.topic
            or self.shown
            # (One of ANCT's territories the last answer placed its town in.)
            or (self.last is not None and bool(self.last.national_territories))
        )

    def expired(self, *, now: float) -> bool:
        return now - self.at > EXPIRY_SECONDS


NO_CONTEXT = Context()
LAPSED = Context(lapsed=True)


@dataclass(frozen=True)
class Turn:
    answer: Answer
    context: Context = field(default=NO_CONTEXT)
