"""The keys that name maps: in buttons, deep links and the answer's `image`."""

from __future__ import annotations

REGION_KEY = "map_occitanie"
# France as a whole: ANCT's 183 territories, the release's 15 in their colours.
FRANCE_KEY = "map_france"
TERRITORY_KIND = "mapt"
DEPARTMENT_KIND = "mapd"
# Any of ANCT's 183 territories, by its id (« ti-5304 »), and a commune, by its INSEE code.
NATIONAL_KIND = "mapn"
COMMUNE_KIND = "mapc"
# Another region, by its INSEE code: ANCT's territories in it.
REGIONS_KIND = "mapr"
MAP_KINDS = frozenset(
    {
        REGION_KEY.partition("_")[0],
        TERRITORY_KIND,
        DEPARTMENT_KIND,
        NATIONAL_KIND,
        COMMUNE_KIND,
        REGIONS_KIND,
    }
)


def territory_key(territory_id: str) -> str:
    return f"{TERRITORY_KIND}_{territory_id}"


def department_key(code: str) -> str:
    return f"{DEPARTMENT_KIND}_{code}"


def national_key(anct_id: str) -> str:
    return f"{NATIONAL_KIND}_{anct_id}"


def commune_key(code: str) -> str:
    return f"{COMMUNE_KIND}_{code}"


def region_key(code: str) -> str:
    return f"{REGIONS_KIND}_{code}"
