"""Writes knowledge/places.json.gz from Etalab's administrative division (npm package).

Run through `make places`. It needs npm and the network; the file it writes is
committed, so running and testing the bot need neither.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.knowledge.places import FORMAT, PLACES_FILE
from bot.normalize import fold_many

PACKAGE = "@etalab/decoupage-administratif"
OUTPUT = DEFAULT_DIRECTORY / PLACES_FILE
# Thresholds on pyspellchecker's counts: about 35 000 words in all.
FRENCH_MIN = 300
ENGLISH_MIN = 900


def fetch(*, version: str, into: Path) -> Path:
    """Downloads the pinned package tarball with `npm pack` and unpacks its data folder."""
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{version}", "--silent", "--pack-destination", str(into)],
        check=True,
        capture_output=True,
    )
    (tarball,) = into.glob("*.tgz")
    with tarfile.open(tarball) as archive:
        archive.extractall(into, filter="data")
    return into / "package" / "data"


def compact(*, data: Path, version: str) -> dict[str, Any]:
    def read(name: str) -> list[dict[str, Any]]:
        loaded: list[dict[str, Any]] = json.loads((data / f"{name}.json").read_text("utf-8"))
        return loaded

    epci_of: dict[str, str] = {}
    epci = []
    for group in read("epci"):
        epci.append([group["code"], group["nom"]])
        for member in group["membres"]:
            epci_of[member["code"]] = group["code"]
    communes = []
    for commune in read("communes"):
        kind = commune["type"]
        if kind == "commune-actuelle":
            part_of = None
        elif kind in {"commune-deleguee", "commune-associee"}:
            part_of = commune["chefLieu"]
            if part_of == commune["code"]:
                # Shares its code and usually its name with the commune it joined.
                continue
        else:
            continue  # Paris, Lyon and Marseille districts are reached by their city.
        communes.append(
            [
                commune["code"],
                commune["nom"],
                commune["departement"],
                commune.get("population", 0),
                commune.get("codesPostaux", []),
                epci_of.get(commune["code"]),
                part_of,
            ]
        )
    return {
        "format": FORMAT,
        "version": version,
        "licence": "Licence Ouverte 2.0 (Etalab)",
        "regions": [[r["code"], r["nom"], r["typeLiaison"]] for r in read("regions")],
        "departments": [
            [d["code"], d["nom"], d["region"], d["typeLiaison"]] for d in read("departements")
        ],
        "epci": epci,
        "communes": communes,
    }


def common_words() -> list[str]:
    """Folded words frequent in French or English: a place named like one needs a cue
    (« le Lot », « à Orange »), and a word of the question that is one is never read as a
    misspelt place. Frequencies from pyspellchecker's dictionaries."""
    # Imported here: `fetch` serves other builds, which do not install pyspellchecker.
    from spellchecker import SpellChecker  # noqa: PLC0415

    french = SpellChecker(language="fr").word_frequency
    english = SpellChecker(language="en").word_frequency
    frequent = [w for w, count in french.items() if count >= FRENCH_MIN and w.isalpha()]
    frequent += [w for w, count in english.items() if count >= ENGLISH_MIN and w.isalpha()]
    return sorted({word for word in fold_many(frequent) if word and " " not in word})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--version", required=True, help="the package version to pin")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        data = fetch(version=args.version, into=Path(workdir))
        places = compact(data=data, version=args.version)
    places["common_words"] = common_words()
    text = json.dumps(places, ensure_ascii=False, separators=(",", ":"))
    # mtime=0 keeps the file byte-for-byte reproducible from the same inputs.
    with gzip.GzipFile(args.output, "wb", compresslevel=9, mtime=0) as stream:
        stream.write(text.encode("utf-8"))
    size = args.output.stat().st_size
    print(
        f"{args.output}: {len(places['communes'])} communes, {len(places['common_words'])} words, {size} bytes"
    )


if __name__ == "__main__":
    main()
