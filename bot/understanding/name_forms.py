"""Other ways people write official names: an intercommunality without its legal form
(« Grand Cahors »), a commune by the first words of its name (« Font-Romeu »)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from bot.knowledge.places import Commune
from bot.normalize import fold

# Legal forms ANCT and Etalab abbreviate, with what people write out.
_LEGAL_FORMS = {
    "cc": ("communaute de communes",),
    "ca": ("communaute d agglomeration", "agglomeration", "agglo"),
    "cu": ("communaute urbaine",),
}
_ARTICLES = ("de la ", "de l ", "du ", "des ", "de ", "d ", "le ", "la ", "les ", "l ")
_SHORTEST_FORM = 5
# An acronym or gloss in brackets closing a name.
_ACRONYM = re.compile(r"\s*\([^)]*\)\s*$")


def epci_forms(*, names: dict[str, str], taken: Callable[[str], bool]) -> dict[str, str]:
    """Folded forms → SIREN. The full name, its legal form written out, and the name
    alone (« grand figeac ») when no other place or intercommunality is called so;
    `taken` says which forms already mean something else."""
    forms: defaultdict[str, set[str]] = defaultdict(set)
    for siren, full in names.items():
        forms[fold(full)].add(siren)
        # (« CA du Grand Avignon (COGA) » is written without its acronym.)
        folded = fold(_ACRONYM.sub("", full))
        forms[folded].add(siren)
        head, _, rest = folded.partition(" ")
        written = _LEGAL_FORMS.get(head)
        if written is None or not rest:
            continue
        for form in written:
            forms[f"{form} {rest}"].add(siren)
        core = rest
        for article in _ARTICLES:
            if core.startswith(article):
                core = core[len(article) :]
                break
        if len(core) >= _SHORTEST_FORM and not taken(core):
            forms[core].add(siren)
        town = core.removesuffix(" agglomeration")
        if town != core:
            # « Alès Agglo », « l'agglo d'Alès »: the town's agglomeration, as people say it.
            of = "d" if town[:1] in "aeiouyh" else "de"
            for form in (f"{town} agglo", f"agglo {of} {town}", f"agglomeration {of} {town}"):
                forms[form].add(siren)
    return {form: next(iter(sirens)) for form, sirens in forms.items() if len(sirens) == 1}


def short_forms(
    *, names: Iterable[str], taken: Callable[[str], bool], function_words: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    """Folded first words of commune names → the full folded names they begin
    (« font romeu » → « font romeu odeillo via »), where those words are no name already."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    for name in names:
        words = name.split()
        for size in range(1, len(words)):
            prefix = " ".join(words[:size])
            if words[size - 1] in function_words or len(prefix) < _SHORTEST_FORM:
                continue
            if not taken(prefix):
                found[prefix].append(name)
    return {prefix: tuple(sorted(set(full))) for prefix, full in found.items()}


# A longer name eclipses a commune's whole name when its town is this much more populous.
_ECLIPSING = 10
# … and at least this populous: a town people name by its first words.
_WELL_KNOWN = 5000


def eclipsed_forms(
    *,
    communes: dict[str, tuple[Commune, ...]],
    near: Callable[[Commune], bool],
    function_words: frozenset[str],
) -> dict[str, tuple[Commune, ...]]:
    """Folded names of small communes that are also the first words of a much better known
    town's name nearby (« lezignan » → Lézignan-Corbières, not Lézignan (65)): those towns,
    which the name is first read as."""
    found: defaultdict[str, list[Commune]] = defaultdict(list)
    for name, towns in communes.items():
        words = name.split()
        big = max(towns, key=lambda c: c.population)
        if big.part_of is not None or big.population < _WELL_KNOWN or not near(big):
            continue
        for size in range(1, len(words)):
            prefix = " ".join(words[:size])
            if words[size - 1] in function_words or len(prefix) < _SHORTEST_FORM:
                continue
            small = max((c.population for c in communes.get(prefix, ())), default=None)
            if small is not None and big.population >= _ECLIPSING * small:
                found[prefix].append(big)
    return {prefix: tuple(towns) for prefix, towns in found.items()}
