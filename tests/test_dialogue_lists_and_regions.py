"""Lists narrowed or widened by the conversation, a laureate's reach by the open data, and
its status asked as « already a territory ». Facts: the release (2 interregional laureates,
the Albigeois new, Lacq Pau Tarbes reaching Nouvelle-Aquitaine); ANCT with Etalab
(Pyrénées-Orientales the most populous laureate besides the 2 interregional ones, 383 861;
6 communes of Hautes Terres d'Oc in the Hérault; the Tarn's communes in 3 laureates)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_filter_set_aside_in_a_follow_up(engine: Engine) -> None:
    _, aside = talk(
        engine,
        "Quel lauréat d'Occitanie compte le plus d'habitants ?",
        "Et si on met de côté les interrégionaux ?",
    )
    assert aside.startswith("« Pyrénées-Orientales » est le plus peuplé : 383 861 habitants.")


def test_the_laureates_after_a_department_are_its_own(engine: Engine) -> None:
    _, shared = talk(
        engine,
        "Combien de communes du Tarn sont dans un lauréat Territoires d'industrie ?",
        "Réparties entre quels lauréats ?",
    )
    assert shared.startswith("3 lauréats « Territoires d'industrie » 2023-2027 dans le Tarn (81)")


def test_a_count_after_one_laureate_is_of_them_all(engine: Engine) -> None:
    *_, counted = talk(
        engine,
        "Castres Revel Castelnaudary est sur trois départements, donc c'est un TI interrégional ?",
        "Et Aurillac Figeac Rodez ?",
        "Combien sont marqués interrégionaux au total ?",
    )
    assert counted.startswith(
        "2 lauréats interrégionaux : Lacq Pau Tarbes et Aurillac Figeac Rodez"
    )


def test_the_whole_territory_after_a_town_in_english(engine: Engine) -> None:
    *_, whole = talk(
        engine,
        "Is Perpignan in a Territoire d'industrie?",
        "What's its biggest town?",
        "And how many people live in the whole territory?",
    )
    assert whole.startswith("“Pyrénées-Orientales” has 383,861 inhabitants")


def test_whether_a_laureate_lies_wholly_in_occitanie(engine: Engine) -> None:
    answer = engine.ask(question="Is Lacq Pau Tarbes entirely within Occitanie?")
    assert answer.text.startswith("No: “Lacq Pau Tarbes” is in Occitanie and reaches into")


def test_already_a_territory_asks_its_status(engine: Engine) -> None:
    for asked in (
        "Is Albigeois a returning territory from the first phase?",
        "Pyrénées-Orientales, c'était déjà un territoire d'industrie avant 2023 ?",
    ):
        text = engine.ask(question=asked).text
        assert text.startswith(
            ("No: « Albigeois » was not renewed", "Non : « Pyrénées-Orientales »")
        )
        assert "new laureate" in text or "nouveau territoire lauréat" in text, asked


def test_a_department_the_data_reaches_beyond_the_release(engine: Engine) -> None:
    answer = engine.ask(question="Hautes Terres d'Oc déborde sur l'Hérault ?")
    assert answer.text.startswith(
        "Oui : selon l'ANCT, 6 communes de « Hautes Terres d'Oc » sont dans l'Hérault (34) ;"
        " le communiqué le range dans : Tarn (81)."
    )


def test_a_follow_up_on_the_status_or_the_spread_of_a_town_s_territory(engine: Engine) -> None:
    # (The release: Béziers-Sète, renewed, in the Hérault alone; Agde is in it, ANCT.)
    *_, spread, status = talk(
        engine,
        "bon et agde",
        "combien d'habitants dans ce territoire",
        "et il est à cheval sur plusieurs départements ?",
        "C'était déjà un territoire d'industrie avant 2023 ?",
    )
    assert spread.startswith("Non : « Béziers-Sète » s'étend sur le département")
    assert status.startswith("Oui : « Béziers-Sète » est un territoire renouvelé")


def test_a_share_of_the_department_named_as_the_whole(engine: Engine) -> None:
    # (ANCT with Etalab: the Pyrénées-Orientales laureate has 68 of the department's 226
    # communes and 383 861 of its 496 855 inhabitants.)
    _, communes, people = talk(
        engine,
        "Le lauréat Pyrénées-Orientales couvre-t-il tout le département ?",
        "Quelle part des communes du 66 couvre-t-il, alors ?",
        "Et des habitants ?",
    )
    assert "68 des 226 communes des Pyrénées-Orientales (66), soit 30,1 %" in communes
    assert "383 861 des 496 855 habitants" in people


def test_what_a_co_pilot_does_is_the_governance(engine: Engine) -> None:
    for asked in (
        "La préfecture fait quoi dans ce programme ?",
        "Quel est le rôle de la Région Occitanie ?",
    ):
        text = engine.ask(question=asked).text
        assert text.startswith("En Occitanie, le programme est copiloté"), asked
    assert engine.ask(question="Le numéro de la préfecture ?").text.startswith("Contacts presse")


def test_whether_a_laureate_reaches_past_the_department_named(engine: Engine) -> None:
    # (ANCT with Etalab: 1 commune of Alès in the Ardèche, 6 of Hautes Terres d'Oc in the
    # Hérault; Béziers-Sète in the Hérault alone.)
    for asked, opening in (
        ("Et le lauréat Alès, il déborde du Gard ?", "Oui : selon l'ANCT, 1 commune d'« Alès »"),
        (
            "Hautes Terres d'Oc déborde-t-il sur un autre département que le Tarn ?",
            "Oui : selon l'ANCT, 6 communes de « Hautes Terres d'Oc » sont dans l'Hérault",
        ),
        ("Béziers-Sète déborde de l'Hérault ?", "Non : « Béziers-Sète » s'étend sur 1"),
    ):
        assert engine.ask(question=asked).text.startswith(opening), asked


def test_the_two_territories_of_two_towns_compared(engine: Engine) -> None:
    # (ANCT: Mauvezin (32) is in the Interdépartemental 32/82, 11 groupings; Mauvezin (65)
    # in Comminges-Nestes, 7.)
    *_, compared = talk(
        engine,
        "Mauvezin est dans un territoire d'industrie ?",
        "celui du Gers",
        "et celui des Hautes-Pyrénées ?",
        "de ces deux territoires lequel a le plus d'intercos ?",
    )
    assert compared.startswith("« Interdépartemental 32/82 » en a le plus : 11")
    assert "Comminges-Nestes : 7" in compared


def test_a_share_of_the_territory_s_own_in_a_department(engine: Engine) -> None:
    # (ANCT with Etalab: 146 of Comminges-Nestes's 429 communes, and 32 066 of its 144 850
    # inhabitants, are in the Hautes-Pyrénées; 178 of Aurillac Figeac Rodez's 506 in the
    # Cantal.)
    _, communes, people = talk(
        engine,
        "Comminges-Nestes est entièrement en Occitanie ?",
        "Quelle part de ses communes est dans les Hautes-Pyrénées ?",
        "Et quelle part de sa population ?",
    )
    assert "146 communes dans les Hautes-Pyrénées (65), soit 34 % de ses 429" in communes
    assert "32 066 habitants dans les Hautes-Pyrénées (65), soit 22,1 %" in people
    *_, cantal = talk(
        engine,
        "Combien de communes du Lot dans le territoire Aurillac Figeac Rodez ?",
        "Quelle part des communes du territoire est dans le Cantal ?",
    )
    assert "178 communes dans le Cantal (15), soit 35,2 % de ses 506" in cantal


def test_which_of_a_department_s_laureates_is_the_biggest(engine: Engine) -> None:
    # (ANCT with Etalab: Alès 156 691 inhabitants, Pont du Gard/Gard Rhodanien 100 185.)
    _, biggest = talk(
        engine, "bon dans le Gard y a combien de lauréats", "lequel est le plus gros ?"
    )
    assert biggest.startswith("« Alès » est le plus peuplé : 156 691 habitants.")


def test_the_laureates_communes_in_and_outside_occitanie(engine: Engine) -> None:
    # (ANCT with Etalab: 2 235 of the laureates' 2 803 communes lie in Occitanie, 568 outside.)
    _, inside, outside = talk(
        engine,
        "Les 15 couvrent combien de communes en tout ?",
        "dont combien en Occitanie ?",
        "et hors d'Occitanie ?",
    )
    assert inside.startswith("Des 2 803 communes des 15 lauréats, 2 235 sont en Occitanie")
    assert outside.startswith("Des 2 803 communes des 15 lauréats, 568 sont hors de la région")
    # (« les lauréats d'Occitanie » name the list: all their communes.)
    total = engine.ask(question="Combien de communes au total dans les 15 lauréats d'Occitanie ?")
    assert "2 803 communes" in total.text
