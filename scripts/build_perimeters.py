"""Writes knowledge/perimeters.json from ANCT's open data on the Territoires d'industrie.

Run through `make perimeters`. It reads the GeoJSON ANCT publishes (territory id,
name, member groupements « name (SIREN); … » and outline) and keeps what the bot
needs: id, ANCT name, region (the two digits ANCT files the id under) and the
members with their SIREN. Outlines are left out. The output is committed, so
running and testing need neither the source file nor the network; it rebuilds
byte for byte from the same input.

A missing, truncated or malformed input stops the script with one line on
stderr and exit status 2, and leaves the committed file untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.knowledge.perimeters import ATTRIBUTION, DATE, FORMAT, LICENCE, PERIMETERS_FILE

SOURCE = (
    Path(__file__).resolve().parent.parent
    / ".."
    / "shared"
    / "data"
    / "anct"
    / "ti_geom-2024-07-04.geojson"
)
OUTPUT = DEFAULT_DIRECTORY / PERIMETERS_FILE
_ID = re.compile(r"ti-(\d{2})\d{2}")
# « CA de l'Albigeois (C2A) (248100737) »: the SIREN is the last parenthesis.
_MEMBER = re.compile(r"(?P<name>\S.*?)\s*\((?P<siren>\d{9})\)")


class BadInputError(Exception):
    """The ANCT file is not what this script expects."""


def member_kind(*, siren: str, name: str) -> str:
    """ANCT lists intercommunalities, a few communes (SIREN 21 + INSEE code) and the
    établissements publics territoriaux of the Grand Paris, which Etalab does not publish."""
    if siren.startswith("21"):
        return "commune"
    if name.startswith("EPT "):
        return "ept"
    return "epci"


def _members(*, text: Any, where: str) -> list[list[str]]:
    if not isinstance(text, str) or not text.strip():
        raise BadInputError(f"{where}: liste_geo is missing or empty")
    members = []
    for part in text.split(";"):
        match = _MEMBER.fullmatch(part.strip())
        if match is None:
            raise BadInputError(f"{where}: member « {part.strip()} » is not « name (SIREN) »")
        name, siren = match["name"], match["siren"]
        members.append([siren, name, member_kind(siren=siren, name=name)])
    return sorted(members)


def compact(*, source: Path) -> dict[str, Any]:
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise BadInputError(f"cannot read {source}: {error.strerror or error}") from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BadInputError(f"{source} is not valid JSON (truncated?): {error}") from error
    features = raw.get("features") if isinstance(raw, dict) else None
    if not isinstance(features, list) or not features:
        raise BadInputError(f"{source} holds no GeoJSON features")
    territories: dict[str, list[Any]] = {}
    for index, feature in enumerate(features):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(properties, dict):
            raise BadInputError(f"{source}: feature {index} has no properties")
        ident = properties.get("id_territoire")
        name = properties.get("lib_territoire")
        where = f"{source}: feature {index} ({ident})"
        if not isinstance(ident, str) or (match := _ID.fullmatch(ident)) is None:
            raise BadInputError(f"{where}: id_territoire is not « ti-NNNN »")
        if not isinstance(name, str) or not name.strip():
            raise BadInputError(f"{where}: lib_territoire is missing")
        if ident in territories:
            raise BadInputError(f"{where}: id_territoire appears twice")
        members = _members(text=properties.get("liste_geo"), where=where)
        territories[ident] = [ident, name.strip(), match.group(1), members]
    return {
        "format": FORMAT,
        "source": ATTRIBUTION,
        "date": DATE,
        "licence": LICENCE,
        "territories": [territories[ident] for ident in sorted(territories)],
    }


def render(data: dict[str, Any]) -> str:
    """Compact JSON, one territory a line: small, and a change shows as one line in a diff."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    head = {key: value for key, value in data.items() if key != "territories"}
    lines = ",\n".join(dump(territory) for territory in data["territories"])
    return dump(head)[:-1] + ',"territories":[\n' + lines + "\n]}\n"


def write(*, text: str, output: Path) -> None:
    """Through a temporary file in the same folder: the old file stays whole until replaced."""
    handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source", nargs="?", type=Path, default=SOURCE, help="ANCT's ti_geom GeoJSON"
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    try:
        data = compact(source=args.source)
    except BadInputError as error:
        print(f"build_perimeters: {error}", file=sys.stderr)
        return 2
    write(text=render(data), output=args.output)
    members = sum(len(territory[3]) for territory in data["territories"])
    print(
        f"{args.output}: {len(data['territories'])} territories, {members} members, "
        f"{args.output.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
