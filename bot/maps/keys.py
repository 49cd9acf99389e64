"""The keys that name maps: in buttons, deep links and the answer's `image`."""

from __future__ import annotations

REGION_KEY = "map_occitanie"
TERRITORY_KIND = "mapt"
DEPARTMENT_KIND = "mapd"


def territory_key(territory_id: str) -> str:
    return f"{TERRITORY_KIND}_{territory_id}"


def department_key(code: str) -> str:
    return f"{DEPARTMENT_KIND}_{code}"
