"""The programme-wide asks a topic card answers, and which cards answer each: when the words
of a question lead the topic answers to a card of another subject than the one the model
reads with confidence (« d'où tu sors ça ? » read as « thanks »), the model's card is given."""

from __future__ import annotations

from bot.understanding.frame import Frame, subject_kind
from bot.understanding.read import SURE

# Ask → (the topic cards that answer it, the card given when another was chosen).
_CARDS: dict[str, tuple[frozenset[str], str]] = {
    "axes": (
        frozenset(["axes", "axis_skills", "axis_innovation", "axis_land", "axis_decarbonisation"]),
        "axes",
    ),
    "services": (frozenset(["benefits", "engineering", "axes", "funding"]), "benefits"),
    "funding": (frozenset(["funding", "benefits"]), "funding"),
    # (« qui appeler à la préfecture pour une réaction ? » is no quotation.)
    "contact": (frozenset(["contacts"]), "contacts"),
    "partners": (frozenset(["partners", "funding", "benefits"]), "partners"),
    "selection": (frozenset(["selection", "announcement"]), "selection"),
    "governance": (frozenset(["governance"]), "governance"),
    "objective": (frozenset(["announcement", "dates", "programme"]), "announcement"),
    "history": (frozenset(["programme", "dates"]), "dates"),
    "period": (frozenset(["programme", "dates"]), "programme"),
    "definition": (frozenset(["programme", "benefits", "axes"]), "programme"),
    "quote": (frozenset(["quotes"]), "quotes"),
    "date": (frozenset(["dates", "announcement"]), "dates"),
    "place": (frozenset(["announcement", "dates"]), "announcement"),
    # The press kit is one of the documents the bot's sources point to.
    "sources": (frozenset(["press_kit"]), "sources"),
    "greeting": (frozenset(["greeting", "help"]), "greeting"),
    "thanks": (frozenset(["thanks"]), "thanks"),
    # Out of its domain, the bot says what it does answer: help enough.
    "help": (frozenset(["help", "greeting", "out_of_scope"]), "help"),
}
# Cards that say what the sources give of a thing and that they do not give the rest (the
# offer goes to territories, not to companies; no amount per territory…): one
# of them answers a question the model reads as « not in the sources » (« quel budget ? »).
# Out of the domain altogether, saying so is as honest.
UNKNOWN_CARDS = frozenset(
    ["funding", "benefits", "application", "press_kit", "not_in_release", "out_of_scope"]
)
# Subjects a programme-wide card speaks of; a card never answers for a place.
_PROGRAMME_KINDS = frozenset(
    ["programme", "bot", "release", "assembly", "org", "quote", "person", "laureates"]
)


# The laureates' list, whole or narrowed to a status, by the topic key that gives it.
_LISTS = {
    frozenset(): "list",
    frozenset(["status:new"]): "list-new",
    frozenset(["status:renewed"]): "list-renewed",
    frozenset(["interregional"]): "list-interregional",
}
# Asks whose card gives how many there are (« combien d'axes ? », « combien de
# partenaires cités ? », « combien de phases ? »).
_COUNTED = frozenset(["axes", "partners", "history", "selection"])
# A card the words did not lead to is given only for a reading this sure: a guess on words
# the model hardly knows (« '; DROP TABLE users; -- ») is no reason to give one.
CARD_SURE = 0.5


def has_card(ask: str) -> bool:
    """Whether a topic card answers what is asked."""
    return ask in _CARDS


def is_card(topic: str) -> bool:
    """Whether a topic is one of the programme-wide cards."""
    return topic in UNKNOWN_CARDS or any(topic in cards for cards, _ in _CARDS.values())


def default_card(ask: str) -> str | None:
    """The topic card that answers what is asked, if one does."""
    cards = _CARDS.get(ask)
    return None if cards is None else cards[1]


def answering(ask: str, *, chosen: tuple[str, ...]) -> str | None:
    """The first of the cards `chosen` that answers what is asked, if any does."""
    cards = _CARDS.get(ask)
    return next((card for card in chosen if cards and card in cards[0]), None)


def card_for(frame: Frame, *, chosen: tuple[str, ...]) -> str | None:
    """The topic card to give for `frame` instead of the cards `chosen`, those the question's
    words led to; None when one of them answers it, or when no card does."""
    counted = frame.op == "count" and frame.ask in _COUNTED
    # (What is asked said outright, « where did you get these numbers? », is sure enough.)
    sure = frame.confidence >= CARD_SURE or ("ask" in frame.stated and frame.confidence >= SURE)
    if (frame.op not in {"lookup", "list"} and not counted) or not sure:
        return None
    return _other_card(frame, chosen=chosen)


def read_otherwise(frame: Frame, *, topic: str) -> bool:
    """Whether the card the words lead to is of another subject than what `frame` asks,
    however sure the reading and whatever its operation."""
    return _other_card(frame, chosen=(topic,)) is not None


def _other_card(frame: Frame, *, chosen: tuple[str, ...]) -> str | None:
    listed = _LISTS.get(frozenset(frame.filters) - {"region:Occitanie"})
    if frame.ask == "laureate" and frame.about == ("laureates",) and listed is not None:
        # « quels sont les nouveaux lauréats de cette deuxième phase ? » is the list's, not
        # the dates' the words « deuxième phase » lead to.
        return None if "list" in chosen else listed
    cards = _CARDS.get(frame.ask)
    if cards is None:
        return None
    if any(subject_kind(s) not in _PROGRAMME_KINDS for s in (*frame.about, *frame.named)):
        # A programme card never stands for a place the words name (« Bonjour, Castres … est
        # bien lauréat ? » is not a greeting).
        return None
    if frame.ask in {"date", "place", "contact"} and not frame.about:
        # « C'est quand ? », « son portable ? » of nothing named: when of what, whose, the
        # clarification asks.
        return None
    answering, card = cards
    return None if answering.intersection(chosen) else card
