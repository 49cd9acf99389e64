"""Writes tests/perimeter_questions.yaml: « is my town in it? » questions whose expected
answers come from the data alone (ANCT's perimeters joined to Etalab's communes).

The membership is computed here again, from the committed files and without the
bot's own lookup, so the question set checks the bot rather than repeating it.
Each case says why (`why`: INSEE code, intercommunality, territory) for the
hand spot-checks. Run: `python -m scripts.make_perimeter_questions`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.knowledge.places import PLACES_FILE, Commune, load_places
from bot.normalize import fold

OUTPUT = Path(__file__).resolve().parent.parent / "tests" / "perimeter_questions.yaml"
OCCITANIE = "76"
TEMPLATES = (
    "{name} est-elle dans un territoire d'industrie ?",
    "Est-ce que {name} fait partie d'un territoire d'industrie ?",
    "{name} ({department})",
    "La commune de {name} est-elle concernée ?",
    "{name} est couverte par le programme ?",
)


class Data:
    """The committed data, read directly."""

    def __init__(self) -> None:
        self.places = load_places(path=DEFAULT_DIRECTORY / PLACES_FILE)
        raw = json.loads((DEFAULT_DIRECTORY / "perimeters.json").read_text("utf-8"))
        laureates = yaml.safe_load((DEFAULT_DIRECTORY / "territories.yaml").read_text("utf-8"))
        departments = yaml.safe_load((DEFAULT_DIRECTORY / "departments.yaml").read_text("utf-8"))
        self.release_departments = {d["code"] for d in departments["departments"]}
        self.laureate_of = {t["anct_id"]: t["name"] for t in laureates["territories"]}
        self.after_department = {
            t["name"] for t in laureates["territories"] if t["named_after_department"]
        }
        self.names = {ident: name for ident, name, _, _ in raw["territories"]}
        self.members: dict[str, list[tuple[str, str, str]]] = {
            ident: [tuple(m) for m in members] for ident, _, _, members in raw["territories"]
        }
        self.by_siren: defaultdict[str, list[str]] = defaultdict(list)
        self.by_insee: defaultdict[str, list[str]] = defaultdict(list)
        self.unresolved_regions = set()
        for ident, _, region, members in raw["territories"]:
            for siren, _, kind in members:
                if kind == "epci":
                    self.by_siren[siren].append(ident)
                elif kind == "commune":
                    self.by_insee[siren[2:7]].append(ident)
                else:
                    self.unresolved_regions.add(region)
        self.communes = sorted(
            self.places.communes_by_code.values(), key=lambda c: (-c.population, c.code)
        )

    def territories(self, commune: Commune) -> list[str]:
        found = self.by_siren.get(commune.epci or "", []) + self.by_insee.get(commune.code, [])
        return list(dict.fromkeys(found))

    def expect(self, communes: list[Commune]) -> dict[str, Any]:
        ids = list(dict.fromkeys(i for c in communes for i in self.territories(c)))
        return {
            "territories": sorted({self.laureate_of[i] for i in ids if i in self.laureate_of}),
            "national": sorted({self.names[i] for i in ids}),
        }

    def why(self, commune: Commune) -> str:
        epci = self.places.epci_names.get(commune.epci or "", "no intercommunality")
        ids = self.territories(commune) or ["none"]
        return f"{commune.code} {commune.name}: {epci} ({commune.epci}) → {', '.join(ids)}"

    def unique_name(self, commune: Commune) -> bool:
        return len(self.places.communes_by_name.get(fold(commune.name), ())) == 1

    def plausible(self, name: str) -> Commune:
        """The homonym the bot is expected to take: Occitanie or a department of the
        release first, then a current commune, then the most populous."""

        def rank(commune: Commune) -> tuple[int, int, int]:
            current = self.places.current(commune)
            near = current.region == OCCITANIE or current.department in self.release_departments
            return (0 if near else 1, 0 if commune.part_of is None else 1, -current.population)

        return self.places.current(min(self.places.communes_by_name[fold(name)], key=rank))


def commune_case(data: Data, commune: Commune, index: int, group: str) -> dict[str, Any]:
    question = TEMPLATES[index % len(TEMPLATES)].format(
        name=commune.name, department=commune.department
    )
    return {
        "group": group,
        "question": question,
        "intent": "laureate",
        **data.expect([commune]),
        "why": data.why(commune),
    }


def cases(data: Data) -> list[dict[str, Any]]:  # noqa: PLR0915 — one section per kind of case
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    places = data.places

    def add(commune: Commune, group: str) -> None:
        if commune.code in seen or not data.unique_name(commune):
            return
        seen.add(commune.code)
        out.append(commune_case(data, commune, len(out), group))

    # Every laureate: its largest and smallest member communes, and the largest commune
    # of each of its groupements (the edges of its perimeter).
    for anct_id in data.laureate_of:
        inside = [c for c in data.communes if anct_id in data.territories(c)]
        named = [c for c in inside if data.unique_name(c)]
        add(named[0], "laureate, largest member")
        add(named[-1], "laureate, smallest member")
        for siren, _, kind in data.members[anct_id]:
            if kind == "epci":
                members = [c for c in named if c.epci == siren]
                if members:
                    add(members[0], "laureate, each groupement")

    # Non-members next to members: communes sharing a postal code with a member commune.
    # And the postal codes themselves where the answers differ (11200).
    mixed_codes = []
    for code, communes in sorted(places.communes_by_postal_code.items()):
        if not any(c.region == OCCITANIE for c in communes):
            continue
        answers = {tuple(data.territories(c)) for c in communes}
        if len(answers) > 1:
            mixed_codes.append(code)
            for commune in communes:
                if not data.territories(commune):
                    add(commune, "non-member sharing a postal code with members")
                    break
    for code in mixed_codes[::4]:
        sharing = list(places.communes_by_postal_code[code])
        out.append(
            {
                "group": "postal code serving members and non-members",
                "question": f"Le code postal {code} est-il couvert ?",
                "intent": "laureate",
                **data.expect(sharing),
                "why": "; ".join(data.why(c) for c in sharing),
            }
        )
    if "11200" not in mixed_codes[::4]:
        raise SystemExit("11200 should be a mixed postal code")

    # Every Occitanie department: its largest communes outside every territory.
    for department in sorted({c.department for c in data.communes if c.region == OCCITANIE}):
        outside = [
            c
            for c in data.communes
            if c.department == department and not data.territories(c) and data.unique_name(c)
        ]
        for commune in outside[:3]:
            add(commune, "Occitanie, in no territory")

    # Other regions: the largest commune of every department outside Occitanie.
    for department in sorted(places.departments):
        if places.departments[department].region == OCCITANIE:
            continue
        biggest = [c for c in data.communes if c.department == department and data.unique_name(c)]
        if biggest:
            add(biggest[0], "elsewhere in France")

    # Homonyms: a bare name is the most plausible commune; with its department, that one.
    for name in ("Lavaur", "Prades", "Mirepoix", "Villeneuve", "Saint-Paul", "Castelnau"):
        folded = fold(name)
        if folded not in places.communes_by_name:
            continue
        best = data.plausible(name)
        out.append(
            {
                "group": "homonym, most plausible",
                "question": f"{name} est-elle dans un territoire d'industrie ?",
                "intent": "laureate",
                **data.expect([best]),
                "why": data.why(best),
            }
        )
        others = [
            c for c in places.communes_by_name[folded] if c.part_of is None and c.code != best.code
        ]
        for other in others[:2]:
            same = [c for c in places.communes_by_name[folded] if c.department == other.department]
            if len(same) == 1:
                out.append(
                    {
                        "group": "homonym, with its department",
                        "question": f"{name} ({other.department})",
                        "intent": "laureate",
                        **data.expect([other]),
                        "why": data.why(other),
                    }
                )

    # Intercommunalities by name: every groupement of the 15, and Occitanie's others.
    laureate_epcis = [
        siren
        for anct_id in data.laureate_of
        for siren, _, k in data.members[anct_id]
        if k == "epci"
    ]
    occitanie_epcis = sorted(
        {c.epci for c in data.communes if c.region == OCCITANIE and c.epci is not None}
    )
    outside_epcis = [s for s in occitanie_epcis if not data.by_siren.get(s)][::3]
    for index, siren in enumerate([*laureate_epcis, *outside_epcis]):
        name = places.epci_names[siren]
        ids = data.by_siren.get(siren, [])
        question = (
            f"La {name} est-elle lauréate ?"
            if index % 2
            else f"{name} fait partie d'un territoire d'industrie ?"
        )
        out.append(
            {
                "group": "intercommunality by name",
                "question": question,
                "intent": "laureate",
                "territories": sorted({data.laureate_of[i] for i in ids if i in data.laureate_of}),
                "national": sorted({data.names[i] for i in ids}),
                "why": f"{siren} {name} → {', '.join(ids) or 'none'}",
            }
        )

    # « Is X in Y? »: a member and a non-member of each laureate, asked about it.
    for anct_id, laureate in data.laureate_of.items():
        inside = [
            c for c in data.communes if anct_id in data.territories(c) and data.unique_name(c)
        ]
        departments = {c.department for c in inside}
        # Its departments' communes outside it (or Occitanie's, for the Ariège, all inside).
        outside = [
            c for c in data.communes if anct_id not in data.territories(c) and data.unique_name(c)
        ]
        outside = [c for c in outside if c.department in departments] or [
            c for c in outside if c.region == OCCITANIE
        ]
        # A laureate named after its department is asked about as a territory, not the department.
        asked = (
            f"Territoire d'industrie {laureate}" if laureate in data.after_department else laureate
        )
        for commune, verb in ((inside[1], "fait-elle partie de"), (outside[0], "est dans")):
            # One answer about that relation; what else the commune is in is said too.
            out.append(
                {
                    "group": "is X in Y",
                    "question": f"{commune.name} {verb} {asked} ?",
                    "intent": "laureate",
                    **data.expect([commune]),
                    "why": data.why(commune) + f"; asked about {anct_id}",
                }
            )

    # Perimeter questions about each laureate.
    for anct_id, laureate in data.laureate_of.items():
        for question in (
            f"Quelles intercommunalités composent {laureate} ?",
            f"Combien de communes dans {laureate} ?",
        ):
            out.append(
                {
                    "group": "perimeter of a laureate",
                    "question": question,
                    "intent": "laureate",
                    "territories": [laureate],
                    "national": [data.names[anct_id]],
                    "why": f"{anct_id}: {len(data.members[anct_id])} groupements",
                }
            )
    return out


HEADER = """\
# Generated by scripts/make_perimeter_questions.py from knowledge/perimeters.json
# (ANCT – Programme Territoires d'industrie, données du 4 juillet 2024) and
# knowledge/places.json.gz (Etalab 2026); do not edit by hand, run the script.
# Each case: the question, the expected intent, the laureates the answer must
# affirm (`territories`, the release's 15), the ANCT territories it must place
# the commune in (`national`), and why, for spot checks.
"""


def main() -> None:
    data = Data()
    found = cases(data)
    text = yaml.safe_dump(found, allow_unicode=True, sort_keys=False, width=100)
    OUTPUT.write_text(HEADER + text, encoding="utf-8")
    communes = sum(1 for case in found if case["group"] not in {"perimeter of a laureate"})
    print(f"{OUTPUT}: {len(found)} questions ({communes} about communes, codes or groupements)")


if __name__ == "__main__":
    main()
