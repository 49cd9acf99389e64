"""How an amount is written: its unit agreeing with it, its digits grouped, a share, a
threshold or a range (« de plus de 400 communes », « de 50 à 150 communes »), what leads a
ranking; and an amount of communes."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers import french
from bot.answers.common import t
from bot.knowledge.places import Commune
from bot.understanding.language import Language

_UNITS = {
    "members": ("intercommunalité ou groupement", "member grouping"),
    "communes": ("commune", "commune"),
    "population": ("habitant", "inhabitant"),
    "departments": ("département", "department"),
}


def units(ask: str, count: int) -> tuple[str, str]:
    """A measure's unit, in French and in English, agreeing with the count (« 1 département »,
    « 2 intercommunalités ou groupements »)."""
    fr, en = _UNITS[ask]
    if count > 1:
        fr = " ou ".join(f"{word}s" for word in fr.split(" ou "))
    return fr, en if count == 1 else f"{en}s"


def number(value: int, lang: Language) -> str:
    return f"{value:,}".replace(",", "," if lang == "en" else " ")


def percent(part: int, whole: int, lang: Language) -> str:
    """« 81,8 % », « 81.8% »: to a tenth, as a press article gives it; « 20 % » when whole."""
    share = round(100 * part / whole, 1) if whole else 0.0
    said = f"{share:.0f}" if share == int(share) else f"{share:.1f}"
    return f"{said}%" if lang == "en" else f"{said.replace('.', ',')} %"


_THRESHOLD_WORDS = {
    "over": ("plus de", "more than"),
    "under": ("moins de", "fewer than"),
    "atleast": ("au moins", "at least"),
    "atmost": ("au plus", "at most"),
}


def threshold_text(kind: str, value: str, lang: Language) -> str:
    """« de plus de 400 communes », « with at least 5 intercommunalities »."""
    metric, _, amount = value.partition(":")
    how_fr, how_en = _THRESHOLD_WORDS[kind]
    unit_fr, unit_en = units(metric, int(amount))
    count = number(int(amount), lang)
    return t(
        lang,
        f"{french.elided_of(how_fr)}{how_fr} {count} {unit_fr}",
        f"with {how_en} {count} {unit_en}",
    )


def range_text(metric: str, low: str, high: str, lang: Language) -> str:
    """« de 50 à 150 communes », « with 50 to 150 communes »; « d'exactement 37 communes »."""
    unit_fr, unit_en = units(metric, int(high))
    low_said, high_said = number(int(low), lang), number(int(high), lang)
    if low == high:
        return t(lang, f"d'exactement {low_said} {unit_fr}", f"with exactly {low_said} {unit_en}")
    fr = f"{french.elided_of(low_said)}{low_said} à {high_said} {unit_fr}"
    return t(lang, fr, f"with {low_said} to {high_said} {unit_en}")


def leads(ask: str, *, most: bool, lang: Language, several: bool = False) -> str:
    """What the first of a ranking is: « est le plus peuplé », « en a le moins »."""
    if ask == "population":
        return t(
            lang,
            f"{'sont les' if several else 'est le'} {'plus' if most else 'moins'} "
            f"peuplé{'s' if several else ''}",
            f"{'are' if several else 'is'} the {'most' if most else 'least'} populous",
        )
    return t(
        lang,
        f"{'en ont' if several else 'en a'} le {'plus' if most else 'moins'}",
        f"{'have' if several else 'has'} the {'most' if most else 'fewest'}",
    )


def amount_of(ask: str, communes: Sequence[Commune]) -> int:
    """Communes counted, or their inhabitants summed."""
    return len(communes) if ask == "communes" else sum(c.population for c in communes)
