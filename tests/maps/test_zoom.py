"""Zoomed maps: a laureate fills its frame, a commune's marker lies in its intercommunality,
any of ANCT's 183 territories draws its outline, and a commune's answer offers its map."""

from __future__ import annotations

import io
import itertools

import pytest
from PIL import Image

from bot.engine import Engine
from bot.knowledge.load import Knowledge
from bot.maps.cache import MapCache, draw, outlines_of
from bot.maps.groupings import Groupings, groupings_of
from bot.maps.keys import (
    FRANCE_KEY,
    REGION_KEY,
    commune_key,
    national_key,
    region_key,
    territory_key,
)
from bot.maps.layout import overlaps
from bot.maps.outlines import Outline, Outlines
from bot.maps.render import LEADER, TOWN_DOT, MapSpec, Rendered, visible
from bot.maps.specs import map_spec
from bot.maps.style import COLOURS, INK, NATIONAL, NATIONAL_FILL, SOURCE_SIZE
from bot.maps.zoom import MARKER, OUTSIDE, ZoomSpec, tint


@pytest.fixture(scope="module")
def layers(knowledge: Knowledge) -> tuple[Outlines, Groupings]:
    outlines, groupings = outlines_of(knowledge), groupings_of(knowledge)
    assert outlines is not None and groupings is not None
    return outlines, groupings


def zoomed(knowledge: Knowledge, layers: tuple[Outlines, Groupings], key: str) -> Rendered:
    outlines, groupings = layers
    spec = map_spec(knowledge=knowledge, outlines=outlines, key=key, groupings=groupings)
    assert isinstance(spec, ZoomSpec), key
    return draw(spec=spec, outlines=outlines, groupings=groupings)


def image_of(rendered: Rendered) -> Image.Image:
    return Image.open(io.BytesIO(rendered.png)).convert("RGB")


def inside(outline: Outline, rendered: Rendered, *, step: float = 6) -> list[tuple[int, int]]:
    """Pixels of a grid well inside the outline (from the geometry), away from labels."""
    frame = rendered.frame
    west, south, east, north = outline.bounds
    found = []
    for i in range(1, 25):
        for j in range(1, 25):
            lon = west + (east - west) * i / 25
            lat = south + (north - south) * j / 25
            d = step / frame.scale
            around = [
                (lon + dx * d / frame.shrink, lat + dy * d)
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            ]
            if not all(outline.contains(p) for p in around):
                continue
            x, y = frame.project((lon, lat))
            if any(
                b[0] - step <= x <= b[2] + step and b[1] - step <= y <= b[3] + step
                for b in rendered.labels
            ):
                continue
            found.append((round(x), round(y)))
    return found


def test_each_laureates_map_is_framed_on_it(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    _, groupings = layers
    assert knowledge.perimeters is not None
    for territory in knowledge.territories:
        rendered = zoomed(knowledge, layers, territory_key(territory.id))
        assert rendered.size[0] >= 1000
        members = knowledge.perimeters.territories[territory.anct_id].members
        outlines = [groupings.outlines[m.siren] for m in members]
        frame, box = rendered.frame, rendered.box
        left, top = frame.project(
            (min(o.bounds[0] for o in outlines), max(o.bounds[3] for o in outlines))
        )
        right, bottom = frame.project(
            (max(o.bounds[2] for o in outlines), min(o.bounds[1] for o in outlines))
        )
        across = (right - left) / (box[2] - box[0])
        down = (bottom - top) / (box[3] - box[1])
        assert max(across, down) >= 0.85, territory.id
        assert min(across, down) >= 0.3, territory.id
        # A good part of the frame is the territory's own colours (a coastal strip, Grand
        # Narbonne, fills least).
        image = image_of(rendered).crop(box)
        colours = set(rendered.fills.values())
        counts = image.getcolors(maxcolors=1 << 20)
        assert counts is not None
        share = sum(n for n, colour in counts if colour in colours) / (image.width * image.height)
        assert share >= 0.15, (territory.id, share)
        # Inside each member, its fill (but where a department's border, drawn from another
        # generalisation, runs along its edge).
        picture = image_of(rendered)
        for member in members:
            pixels = inside(groupings.outlines[member.siren], rendered)
            filled = [picture.getpixel(p) == rendered.fills[member.siren] for p in pixels]
            assert sum(filled) >= 0.9 * len(filled), (territory.id, member.siren)


@pytest.mark.parametrize("code", ["30227", "29019", "31555", "81004", "66136"])
def test_a_communes_marker_lies_inside_its_intercommunality(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings], code: str
) -> None:
    """Saint-Ambroix, Brest, Toulouse (in no territory), Albi, Perpignan."""
    _, groupings = layers
    assert knowledge.places is not None
    commune = knowledge.places.communes_by_code[code]
    assert commune.epci is not None
    rendered = zoomed(knowledge, layers, commune_key(code))
    image = image_of(rendered)
    x, y = rendered.frame.project(groupings.points[code])
    assert image.getpixel((round(x), round(y))) == MARKER
    highlight = rendered.fills[commune.epci]
    assert highlight != tint(NATIONAL)
    # Around the marker, where no label lies, the map shows the highlighted intercommunality.
    ring = [
        (round(x + dx), round(y + dy))
        for dx, dy in (
            (-16, 0),
            (16, 0),
            (0, -16),
            (0, 16),
            (-12, -12),
            (12, 12),
            (-12, 12),
            (12, -12),
        )
        if not any(b[0] <= x + dx <= b[2] and b[1] <= y + dy <= b[3] for b in rendered.labels)
        and groupings.outlines[commune.epci].contains(
            (
                groupings.points[code][0] + dx / rendered.frame.scale / rendered.frame.shrink,
                groupings.points[code][1] - dy / rendered.frame.scale,
            )
        )
    ]
    assert ring
    assert sum(image.getpixel(p) == highlight for p in ring) >= len(ring) - 1


def test_a_commune_in_no_territory_is_shown_beside_the_nearest(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    outlines, groupings = layers
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=commune_key("31555"), groupings=groupings
    )
    assert isinstance(spec, ZoomSpec)
    assert (
        spec.subtitle
        == "hors des territoires d'industrie 2023-2027 : les plus proches sur la carte"
    )
    assert [g.label.split(" (")[0] for g in spec.groups] == [
        "Interdépartemental 32/82",
        "Comminges-Nestes",
    ]
    rendered = zoomed(knowledge, layers, commune_key("31555"))
    assert rendered.fills["243100518"] == OUTSIDE  # Toulouse Métropole


def test_a_national_territorys_map_draws_its_outline(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    _, groupings = layers
    assert knowledge.perimeters is not None
    finistere = knowledge.perimeters.territories["ti-5304"]
    rendered = zoomed(knowledge, layers, national_key("ti-5304"))
    image = image_of(rendered)
    for member in finistere.members:
        pixels = inside(groupings.outlines[member.siren], rendered)
        assert pixels, member.siren
        filled = [image.getpixel(p) == tint(NATIONAL) for p in pixels]
        assert sum(filled) >= 0.9 * len(filled), member.siren
    brest = groupings.points["29019"]
    x, y = rendered.frame.project(brest)
    assert rendered.box[0] < x < rendered.box[2] and rendered.box[1] < y < rendered.box[3]


def test_zoomed_maps_are_the_same_bytes_each_time(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    for key in (territory_key("lacq"), commune_key("30227"), national_key("ti-5304")):
        assert zoomed(knowledge, layers, key).png == zoomed(knowledge, layers, key).png


def test_a_communes_answer_offers_its_map(engine: Engine) -> None:
    answer = engine.ask(question="je suis à Saint-Ambroix")
    assert ("Voir sur la carte", "mapc_30227") in [(b.label, b.key) for b in answer.buttons]
    assert not any(b.key == "mapt_ales" for b in answer.buttons)
    shown = engine.answer_key(key="mapc_30227")
    assert shown is not None and shown.image == "mapc_30227"
    assert shown.territories == ("Alès",)
    asked = engine.ask(question="Saint-Ambroix sur la carte")
    assert asked.to_json()["image"] == "mapc_30227"
    outside = engine.ask(question="Toulouse sur la carte")
    assert outside.image == "mapc_31555"
    assert outside.territories == ()
    assert engine.ask(question="carte de Brest").image == "mapc_29019"


def test_a_laureates_map_lists_its_intercommunalities_with_their_communes(
    engine: Engine,
) -> None:
    answer = engine.answer_key(key="mapt_ales")
    assert answer is not None
    assert "1. CC de Cèze Cévennes, 23 communes" in answer.text
    assert "2. CA Alès Agglomération, 71 communes" in answer.text


def test_a_national_territorys_map_says_only_what_anct_gives(engine: Engine) -> None:
    answer = engine.answer_key(key="mapn_ti-5304")
    assert answer is not None and answer.image == "mapn_ti-5304"
    assert answer.territories == ()
    assert "ne fait pas partie des 15 lauréats" in answer.text
    assert "11. CA Morlaix Communauté, 26 communes" in answer.text
    laureate = engine.answer_key(key="mapn_ti-7601")
    assert laureate is not None and laureate.image == "mapt_ales"


def test_the_regional_map_names_the_prefectures_beside_their_dots(knowledge: Knowledge) -> None:
    cache = MapCache()
    png = cache.png(knowledge=knowledge, key=REGION_KEY)
    assert png is not None
    outlines, groupings = outlines_of(knowledge), groupings_of(knowledge)
    assert outlines is not None and groupings is not None
    spec = map_spec(knowledge=knowledge, outlines=outlines, key=REGION_KEY, groupings=groupings)
    assert isinstance(spec, MapSpec)
    assert {"Toulouse", "Montpellier", "Nîmes", "Mende", "Rodez"} <= {n for n, _ in spec.towns}
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    assert rendered.png == png
    # Every chef-lieu is named, even where its dot lies under a territory's disc.
    assert {name for name, _, _ in rendered.towns} == {n for n, _ in spec.towns}
    assert len(rendered.towns) == 13
    image = image_of(rendered)
    for name, (x, y), (left, top, right, bottom) in rendered.towns:
        # The dot is dark, and its name starts or ends a few pixels from it, or farther
        # out with a dark leader line between them.
        assert image.getpixel((round(x), round(y))) == INK, name
        gap = max(left - x, x - right, top - y, y - bottom)
        if gap > 12:
            assert gap <= TOWN_DOT + 4 + 3 * LEADER, name
            near = (min(max(x, left), right), min(max(y, top), bottom))
            middle = ((x + near[0]) / 2, (y + near[1]) / 2)
            around = [
                image.getpixel((round(middle[0]) + dx, round(middle[1]) + dy))
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            ]
            assert min(sum(p) for p in around if isinstance(p, tuple)) < 300, name
        # The name is drawn there: dark text on a light halo.
        area = image.crop((round(left), round(top), round(right), round(bottom)))
        counts = area.getcolors(maxcolors=1 << 16)
        assert counts is not None
        dark = sum(n for n, colour in counts if isinstance(colour, tuple) and sum(colour) < 200)
        assert dark >= 0.04 * area.width * area.height, name
        # No two labels or discs share a pixel.
    boxes = rendered.labels
    assert not any(overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def test_a_long_list_goes_under_the_map_and_the_image_stays_phone_shaped(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    rendered = zoomed(knowledge, layers, territory_key("aurillac"))
    width, height = rendered.size
    assert width >= 1000
    assert height <= 1.0 * width
    assert not any(
        overlaps(a, b) for i, a in enumerate(rendered.labels) for b in rendered.labels[i + 1 :]
    )


def test_a_regions_map_draws_anct_territories_and_frances_shows_occitanie_in_colour(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    outlines, groupings = layers
    assert knowledge.perimeters is not None
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=region_key("53"), groupings=groupings
    )
    assert isinstance(spec, MapSpec)
    bretagne = {n.id for n in knowledge.perimeters.territories.values() if n.region == "53"}
    assert {x.outline for x in spec.laureates} == bretagne
    assert spec.title == "Bretagne"
    assert "le communiqué n'en dit pas plus" in spec.notes[0]
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    assert rendered.size[0] >= 1000 and rendered.size[1] <= rendered.size[0]
    assert set(rendered.fills) == bretagne
    assert set(rendered.fills.values()) == {NATIONAL}
    assert "Brest" in {name for name, _, _ in rendered.towns} or "Rennes" in {
        name for name, _, _ in rendered.towns
    }
    france = map_spec(knowledge=knowledge, outlines=outlines, key=FRANCE_KEY, groupings=groupings)
    assert isinstance(france, MapSpec)
    shown = draw(spec=france, outlines=outlines, groupings=groupings)
    # What is drawn, and only that: the overseas territories are named in a note instead.
    overseas = {n.id for n in knowledge.perimeters.overseas()}
    assert len(overseas) == 10
    assert set(shown.fills) == set(knowledge.perimeters.territories) - overseas
    west, south, east, north = visible(shown.frame)
    for ident in shown.fills:
        box = outlines.territories[ident].bounds
        assert box[0] <= east and west <= box[2] and box[1] <= north and south <= box[3]
    assert shown.fills["ti-5304"] == NATIONAL_FILL
    for territory in knowledge.territories:
        assert shown.fills[territory.anct_id] == COLOURS[territory.status]
    assert any("outre-mer" in note for note in france.notes)
    assert map_spec(
        knowledge=knowledge, outlines=outlines, key=region_key("76"), groupings=groupings
    ) == map_spec(knowledge=knowledge, outlines=outlines, key=REGION_KEY, groupings=groupings)


def test_each_territorys_heading_is_followed_by_its_own_members_in_its_own_shade(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    """Toulouse, between two renewed laureates: no column ends on a heading, the second
    territory is filled deeper than the first, and each legend swatch is its fill."""
    outlines, groupings = layers
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=commune_key("31555"), groupings=groupings
    )
    assert isinstance(spec, ZoomSpec)
    first, second = spec.groups
    assert first.colour == second.colour and first.fill != second.fill
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    picture = image_of(rendered)
    assert [colour for _, colour, _ in rendered.legend] == [first.fill, second.fill, OUTSIDE]
    for box, colour, text in rendered.legend:
        centre = (round((box[0] + box[2]) / 2), round((box[1] + box[3]) / 2))
        assert picture.getpixel(centre) == colour, text
    for group in spec.groups:
        for member in group.members:
            assert rendered.fills[member.siren] == group.fill
    # Reading the columns in order, each numbered member comes after its territory's heading.
    owner = [g.label for g in spec.groups for _ in g.members]
    heading = ""
    for text, _, number in rendered.panel:
        heading = next((g.label for g in spec.groups if g.label.startswith(text)), heading)
        if number:
            assert owner[number - 1] == heading, (text, heading)
    # A heading never ends a column: the line under it is in the same column.
    for (text, (x, y), _), (_, (nx, ny), _) in itertools.pairwise(rendered.panel):
        if any(g.label.startswith(text) for g in spec.groups):
            assert nx == x and ny > y, text


@pytest.mark.parametrize("code", ["48095", "31555", "34172"])
def test_a_commune_outside_every_territory_says_its_intercommunality_is_in_none(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings], code: str
) -> None:
    outlines, groupings = layers
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=commune_key(code), groupings=groupings
    )
    assert isinstance(spec, ZoomSpec)
    assert spec.highlight_label.endswith(", qui n'est membre d'aucun territoire"), spec
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    assert rendered.legend[-1][1] == OUTSIDE


def test_a_laureates_swatch_is_its_members_fill_and_a_communes_says_what_stands_out(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    for key in (territory_key("lacq"), national_key("ti-5304")):
        rendered = zoomed(knowledge, layers, key)
        assert len(rendered.legend) == 1
        assert set(rendered.fills.values()) == {rendered.legend[0][1]}, key
    # Albi: its intercommunality in the full colour, the legend says so.
    rendered = zoomed(knowledge, layers, commune_key("81004"))
    (_, tinted, _), (_, full, text) = rendered.legend
    assert text.startswith("En couleur pleine, ")
    assert full == COLOURS["renewed"] or full == COLOURS["new"]
    assert sorted(set(rendered.fills.values())) == sorted({tinted, full})


def test_a_laureates_map_names_the_communes_of_its_name_then_towns_over_all_of_it(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    assert knowledge.places is not None
    for territory in knowledge.territories:
        rendered = zoomed(knowledge, layers, territory_key(territory.id))
        named = {name for name, _, _ in rendered.towns}
        for code in territory.named_communes:
            assert knowledge.places.communes_by_code[code].name in named, territory.id
    # Grand Auch/Astarac: a town on the Astarac half too, not only around Auch.
    rendered = zoomed(knowledge, layers, territory_key("auch"))
    epcis = {
        knowledge.places.communes_by_code[c].epci
        for name, _, _ in rendered.towns
        for c, x in knowledge.places.communes_by_code.items()
        if x.name == name and x.department == "32"
    }
    assert len(epcis) == 2


def test_a_towns_name_is_beside_its_dot_and_clear_of_the_others(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    """Never centred over or under its dot, where the dot reads as a letter of a name."""
    for territory in knowledge.territories:
        rendered = zoomed(knowledge, layers, territory_key(territory.id))
        for name, (x, _y), box in rendered.towns:
            middle = (box[0] + box[2]) / 2
            assert abs(middle - x) > (box[2] - box[0]) / 2 - 4, (territory.id, name)
            for other, (ox, oy), _ in rendered.towns:
                if other != name:
                    assert not (box[0] - 8 < ox < box[2] + 8 and box[1] - 8 < oy < box[3] + 8)


@pytest.mark.parametrize("code", ["29019"])
def test_each_members_disc_lies_inside_it(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings], code: str
) -> None:
    """Brest Métropole, half sea, pushed aside by Brest's marker: its disc stays on it."""
    outlines, groupings = layers
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=commune_key(code), groupings=groupings
    )
    assert isinstance(spec, ZoomSpec)
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    picture = image_of(rendered)
    members = [m for g in spec.groups for m in g.members]
    discs = [b for b in rendered.labels if round(b[2] - b[0]) == 38]
    assert len(discs) == len(members)
    for member, box in zip(members, discs, strict=True):
        centre = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        ring = [
            (round(centre[0] + dx), round(centre[1] + dy))
            for dx, dy in ((-21, 0), (21, 0), (0, -21), (0, 21))
        ]
        assert sum(picture.getpixel(p) == rendered.fills[member.siren] for p in ring) >= 3, (
            member.name
        )


def test_a_commune_of_a_territory_outside_the_15_says_so_and_cc_starts_its_line(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    outlines, groupings = layers
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=commune_key("29019"), groupings=groupings
    )
    assert isinstance(spec, ZoomSpec)
    assert any("hors des 15 lauréats d'Occitanie" in note for note in spec.notes)
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    texts = [text for text, _, _ in rendered.panel]
    assert all(text.split()[-1] not in {"CC", "CA", "CU"} for text in texts), texts
    assert any(text.startswith("CC Pleyben") for text in texts)


def test_a_laureates_map_says_what_the_release_and_anct_say_of_where_it_lies(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    outlines, groupings = layers

    def spec_of(ident: str) -> ZoomSpec:
        spec = map_spec(
            knowledge=knowledge, outlines=outlines, key=territory_key(ident), groupings=groupings
        )
        assert isinstance(spec, ZoomSpec)
        return spec

    for ident in ("lacq", "aurillac"):
        assert spec_of(ident).subtitle.endswith("territoire renouvelé et interrégional")
    assert "interrégional" not in spec_of("castres").subtitle
    assert "Nom dans les données de l'ANCT : « Tarn Nord »." in spec_of("albigeois").notes
    assert spec_of("ales").notes == (
        "Départements selon le communiqué : Gard (30).",
        "Selon l'ANCT, le périmètre s'étend aussi sur : Ardèche (07), 1 commune.",
    )
    assert spec_of("hautesterres").notes[1].endswith(": Hérault (34), 6 communes.")
    assert spec_of("castres").notes == (
        "Départements selon le communiqué : Aude (11), Haute-Garonne (31), Tarn (81).",
    )


@pytest.mark.parametrize(
    ("region", "laureate", "said"),
    [
        ("84", "aurillac", " (interrégional ; région ANCT : Occitanie)"),
        ("75", "lacq", " (interrégional)"),
    ],
)
def test_a_regions_map_draws_the_interregional_laureate_touching_it(
    knowledge: Knowledge,
    layers: tuple[Outlines, Groupings],
    region: str,
    laureate: str,
    said: str,
) -> None:
    """Aurillac Figeac Rodez reaches Auvergne-Rhône-Alpes through the Cantal though ANCT files
    it under Occitanie; Lacq Pau Tarbes, filed under Nouvelle-Aquitaine, reaches Occitanie."""
    outlines, groupings = layers
    territory = knowledge.territory(laureate)
    spec = map_spec(
        knowledge=knowledge, outlines=outlines, key=region_key(region), groupings=groupings
    )
    assert isinstance(spec, MapSpec)
    (listed,) = [x for x in spec.laureates if x.outline == territory.anct_id]
    assert listed.name == f"{territory.name}{said}"
    assert any(note.startswith("Interrégional : ") for note in spec.notes)
    rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
    assert rendered.fills[territory.anct_id] == COLOURS[territory.status]
    image = image_of(rendered)
    pixels = inside(outlines.territories[territory.anct_id], rendered)
    assert sum(image.getpixel(p) == COLOURS[territory.status] for p in pixels) >= 0.8 * len(pixels)


def test_every_map_credits_its_data_with_dates_in_a_size_a_phone_shows(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    outlines, groupings = layers
    # 12 px still when a phone shows the image at half its size.
    assert SOURCE_SIZE >= 24
    for key in (REGION_KEY, region_key("53"), region_key("84"), FRANCE_KEY):
        spec = map_spec(knowledge=knowledge, outlines=outlines, key=key, groupings=groupings)
        assert isinstance(spec, MapSpec)
        assert "données du 4 juillet 2024" in spec.source, key
        if spec.towns:
            (credit,) = spec.credits
            assert credit.startswith("Chefs-lieux : noms Etalab, points IGN – ADMIN EXPRESS"), key
        else:
            assert not spec.credits
    regional = map_spec(knowledge=knowledge, outlines=outlines, key=REGION_KEY, groupings=groupings)
    assert isinstance(regional, MapSpec) and regional.towns and regional.credits


def test_no_name_or_code_touches_a_disc_a_dot_or_another_word(
    knowledge: Knowledge, layers: tuple[Outlines, Groupings]
) -> None:
    """On each laureate's map and the region's, every town name and department code keeps
    clear of the numbered discs, the towns' dots and the other words, by a margin."""
    outlines, groupings = layers
    keys = [territory_key(t.id) for t in knowledge.territories]
    assert len(keys) == 15
    for key in [*keys, REGION_KEY]:
        spec = map_spec(knowledge=knowledge, outlines=outlines, key=key, groupings=groupings)
        assert spec is not None, key
        rendered = draw(spec=spec, outlines=outlines, groupings=groupings)
        assert len(rendered.words) > len(rendered.towns), key
        dots = [
            (x - TOWN_DOT, y - TOWN_DOT, x + TOWN_DOT, y + TOWN_DOT)
            for _, (x, y), _ in rendered.towns
        ]
        words = rendered.words
        for index, word in enumerate(words):
            grown = (word[0] - 2, word[1] - 2, word[2] + 2, word[3] + 2)
            others = [*rendered.discs, *dots, *words[:index], *words[index + 1 :]]
            assert not any(overlaps(grown, other) for other in others), (key, word)
