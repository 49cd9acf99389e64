"""How a filter is said in an answer: « renouvelés », « hors Nouvelle-Aquitaine », « autre
que « Alès » »."""

from __future__ import annotations

from bot.answers.common import t
from bot.understanding.language import Language

_STATUS_FR = {
    ("new", True): "nouveaux",
    ("new", False): "nouveau",
    ("renewed", True): "renouvelés",
    ("renewed", False): "renouvelé",
}


def status_words(value: str, *, lang: Language, plural: bool) -> str:
    return t(lang, _STATUS_FR[value, plural], value)


def other_than(name: str, *, lang: Language, plural: bool) -> str:
    """A laureate set aside (« quels autres lauréats ? »): the only way one is filtered."""
    return t(lang, f"autre{'s' * plural} que « {name} »", f"other than « {name} »")


def negated_words(text: str, *, kind: str, value: str, lang: Language) -> str:
    """A filter's words, turned round: « hors Nouvelle-Aquitaine », « non interrégionaux »."""
    if kind == "region":
        return t(lang, f"hors {value}", f"outside {value}")
    if kind == "spanning":
        return t(lang, "sur un seul département", "within a single department")
    # (A laureate set aside says so in its own words.)
    return text if kind == "laureate" else t(lang, "non ", "not ") + text
