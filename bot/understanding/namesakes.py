"""A town's namesake said anywhere in a message: « Saint-Nazaire c'est un TI ? je pense au
port des chantiers en Loire-Atlantique » asks of the Loire-Atlantique's Saint-Nazaire,
though the part naming the town does not say which it is."""

from __future__ import annotations

from dataclasses import replace

from bot.knowledge.places import Places
from bot.normalize import fold
from bot.understanding.frame import subject_id, subject_kind
from bot.understanding.link import Linked, Linker


def placed_across(
    parts: list[Linked], *, linker: Linker, text: str, places: Places | None
) -> list[Linked]:
    """Each part's towns as the whole message, `text`, places them."""
    # (Only a name several towns bear may be placed by another part: the whole message is
    # linked again for that alone.)
    unplaced = any(
        part.ambiguous and any(subject_kind(s) == "commune" for s in part.subjects)
        for part in parts
    )
    if places is None or len(parts) < 2 or not unplaced:
        return parts
    whole = linker.link(question=text)
    towns = [
        (fold(town.name), subject)
        for subject in whole.subjects
        if subject_kind(subject) == "commune"
        and (town := places.find(subject_id(subject))) is not None
    ]
    names = [name for name, _ in towns]
    # (Of a name the message gives two towns, each part keeps its own: « Belcastel dans
    # l'Aveyron et Belcastel dans le Tarn ».)
    chosen = {name: subject for name, subject in towns if names.count(name) == 1}

    def placed(subject: str) -> str:
        town = places.find(subject_id(subject)) if subject_kind(subject) == "commune" else None
        return subject if town is None else chosen.get(fold(town.name), subject)

    def department(subject: str) -> tuple[str, ...]:
        # (The department that says which namesake it is, named with it: the answers tell
        # a town placed so from one picked as the likeliest.)
        moved = placed(subject)
        town = places.find(subject_id(moved)) if moved != subject else None
        return () if town is None else (f"department:{town.department}",)

    used = {d for part in parts for s in part.subjects for d in department(s)}
    # (« … ? je pense à celle de Loire-Atlantique »: a part that only says which town it is
    # asks nothing more.)
    kept = [p for p in parts if not (p.subjects and set(p.subjects) <= used)] or parts
    return [
        replace(
            part,
            subjects=tuple(placed(s) for s in part.subjects),
            named=tuple(x for s in part.named for x in (placed(s), *department(s))),
            # (Placed by the whole message, it is as sure as the whole's reading of it.)
            ambiguous=part.ambiguous
            and (whole.ambiguous or all(placed(s) == s for s in part.subjects)),
        )
        for part in kept
    ]
