"""Follow-ups on where a territory reaches, on its groupings ranked, and on whether the
last answer comes from the release. Place facts: ANCT's perimeters with Etalab's division
(Lacq Pau Tarbes in 64 and 65, Comminges-Nestes in 31 and 65; of the Ariège laureate's
groupings, the CC des Portes d'Ariège Pyrénées has the most inhabitants, 40 590, and the
CC Couserans-Pyrénées the most communes, 94; Carmaux is in the Albigeois)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_whether_the_territory_spoken_of_reaches_a_department(engine: Engine) -> None:
    *_, gers = talk(
        engine,
        "Lacq Pau Tarbes, combien de communes dans les Pyrénées-Atlantiques ?",
        "et il touche le Gers ?",
    )
    assert gers.startswith("Non : « Lacq Pau Tarbes » s'étend sur 2 départements")
    *_, other = talk(engine, "Comminges-Nestes, ça touche le Gers ?", "et les Hautes-Pyrénées ?")
    assert other.startswith("Oui : « Comminges-Nestes » s'étend sur 2 départements")


def test_a_ranking_after_a_territory_s_groupings_ranks_them(engine: Engine) -> None:
    *_, populous, most_communes, town = talk(
        engine,
        "cb de communes ds le ti ariege",
        "et cb d intercos",
        "la + peuplee c laquelle",
        "et celle qui a le plus de communes ?",
        "et la plus grande ville ?",
    )
    assert "le plus peuplé est « CC des Portes d'Ariège Pyrénées »" in populous
    assert "40 590 habitants" in populous
    assert "le plus de communes est « CC Couserans-Pyrénées »" in most_communes
    # (« ville » asks of its towns again.)
    assert "la plus peuplée est Pamiers" in town


def test_a_national_territory_is_no_laureate_of_occitanie(engine: Engine) -> None:
    _, laureate = talk(
        engine,
        "Le TI Vaucluse, il a combien d'intercos ?",
        "Il fait partie des lauréats d'Occitanie ?",
    )
    assert laureate.startswith("Non")


def test_whether_an_answer_from_the_data_is_in_the_release(engine: Engine) -> None:
    town = "Carmaux est dans un territoire d'industrie ?"
    for asked in (
        "C'est écrit dans le communiqué, que Carmaux en fait partie ?",
        "ça, c'est écrit dans le communiqué ?",
        "Cette info, elle vient du communiqué ?",
    ):
        _, said = talk(engine, town, asked)
        assert said.startswith("Non, pas entièrement : le communiqué nomme les lauréats"), asked
        assert "ANCT" in said
    _, figures = talk(
        engine,
        "Combien de communes dans le TI Albigeois ?",
        "ces chiffres, ils sont dans le communiqué ?",
    )
    assert figures.startswith("Non, pas entièrement")
    _, card = talk(engine, "Alès est-il lauréat ?", "c'est dans le communiqué ?")
    assert card.startswith("Oui.")


def test_whether_the_territory_of_a_town_reaches_a_department(engine: Engine) -> None:
    # (ANCT: Villefranche-de-Rouergue is in Aurillac Figeac Rodez, which spans 12, 15, 46.)
    *_, lozere = talk(
        engine, "Villefranche-de-Rouergue, c'est dans un TI ?", "et ça touche la Lozère ?"
    )
    assert lozere.startswith("Non : « Aurillac Figeac Rodez » s'étend sur 3 départements")


def test_a_ranking_after_one_intercommunality_ranks_its_territory_s(engine: Engine) -> None:
    # (ANCT with Etalab: of Lacq Pau Tarbes's 11 groupings, the CA Pau Béarn Pyrénées has
    # the most inhabitants; of its communes, Pau.)
    *_, groupings, town = talk(
        engine,
        "Combien d'intercommunalités dans Lacq Pau Tarbes ?",
        "La CA Tarbes-Lourdes-Pyrénées, elle regroupe combien de communes ?",
        "Et laquelle des 11 est la plus peuplée ?",
        "et la plus grande ville ?",
    )
    assert "le plus peuplé est « CA Pau Béarn Pyrénées »" in groupings
    assert "la plus peuplée est Pau (64)" in town


def test_each_department_s_communes_asked_after_a_town_s_territory(engine: Engine) -> None:
    # (ANCT with Etalab: Lacq Pau Tarbes has 387 communes in the 64 and 174 in the 65.)
    *_, each = talk(
        engine,
        "Our plant is in Serres-Castet, just north of Pau. Does it fall inside an industry "
        "territory?",
        "How many communes does the territory have in each department?",
    )
    assert each.startswith("“Lacq Pau Tarbes” has 561 communes: 387 communes in")


def test_which_communes_after_whether_a_laureate_reaches_a_department(engine: Engine) -> None:
    # (ANCT with Etalab: 6 of Hautes Terres d'Oc's communes are in the Hérault, La
    # Salvetat-sur-Agout the most populous; 174 of Lacq Pau Tarbes's in the Hautes-Pyrénées.)
    *_, some, those = talk(
        engine,
        "slt c koi les intercos de hautes terres d'oc",
        "y a des communes ds l'herault ??",
        "lesquelles",
    )
    assert some.startswith("Oui : selon l'ANCT, 6 communes de « Hautes Terres d'Oc »")
    assert those.startswith("6 communes de « Hautes Terres d'Oc » dans l'Hérault (34)")
    assert "La Salvetat-sur-Agout" in those
    *_, listed = talk(engine, "Lacq Pau Tarbes touche les Hautes-Pyrénées ?", "lesquelles ?")
    assert listed.startswith("174 communes de « Lacq Pau Tarbes » dans les Hautes-Pyrénées (65)")
