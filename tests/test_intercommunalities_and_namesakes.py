"""An intercommunality's own communes, and a department's name that is a town's in the
department named beside it. Place facts: Etalab's division with ANCT's perimeters (the CC
du Vallespir, SIREN 246600373: 10 communes, 20 741 inhabitants, in the Pyrénées-Orientales
laureate; Saint-Martin (32389), in the Gers, is in Grand Auch/Astarac)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_an_intercommunality_s_communes_and_inhabitants(engine: Engine) -> None:
    for asked in (
        "la CC du Vallespir compte combien de communes ?",
        "combien d'habitants dans la CC du Vallespir ?",
    ):
        answer = engine.ask(question=asked)
        assert answer.text.startswith(
            "« CC du Vallespir » (SIREN 246600373) compte 10 communes et 20 741 habitants"
        ), asked
        assert "membre du territoire d'industrie « Pyrénées-Orientales »" in answer.text
        assert answer.territories == ("Pyrénées-Orientales",)


def test_a_department_s_name_beside_another_department_is_a_town(engine: Engine) -> None:
    for asked in (
        "Is Saint-Martin in the Gers part of a Territoire d'industrie?",
        "Saint-Martin (Gers) c'est dans un territoire d'industrie ?",
    ):
        answer = engine.ask(question=asked)
        assert answer.text.startswith(
            ("Yes: Saint-Martin (Gers, 32)", "Oui : Saint-Martin (Gers, 32)")
        )
        assert answer.territories == ("Grand Auch/Astarac",)


def test_which_namesake_is_meant_said_after_the_answer(engine: Engine) -> None:
    # (Etalab with ANCT: Roquemaure (30221) is in ANCT's « Vaucluse », no laureate;
    # Roquemaure (81228) is in the Albigeois.)
    *_, gard, tarn = talk(
        engine,
        "Roquemaure est dans un territoire d'industrie ?",
        "Je parle de celle du Gard.",
        "non, celle du Tarn",
    )
    assert gard.startswith(
        "Oui : Roquemaure (Gard, 30) fait partie du territoire d'industrie « Vaucluse »"
    )
    assert "ce n'est pas l'un des 15 lauréats d'Occitanie" in gard
    assert tarn.startswith(
        "Oui : Roquemaure (Tarn, 81) fait partie du territoire d'industrie « Albigeois »"
    )


def test_a_subject_turned_back_to_before_the_question_asks_nothing(engine: Engine) -> None:
    # (Saint-Flour, 15187, is in Aurillac Figeac Rodez.)
    answer = engine.ask(question="Revenons à l'Occitanie : Saint-Flour, c'est dans un lauréat ?")
    assert answer.text.startswith("Oui : Saint-Flour (Cantal, 15) fait partie du territoire")
    assert answer.territories == ("Aurillac Figeac Rodez",)


def test_whether_towns_share_their_intercommunality(engine: Engine) -> None:
    # (Etalab: Foix and Varilhes are in the CA L'Agglo Foix-Varilhes, Pamiers in the CC des
    # Portes d'Ariège Pyrénées.)
    assert engine.ask(question="Foix et Pamiers, même interco ?").text.startswith("Non : Foix (09)")
    same = engine.ask(question="Foix et Varilhes, même intercommunalité ?")
    assert same.text.startswith("Oui, la même : Foix (09) appartient")


def test_a_town_said_to_rank_second_is_checked_at_that_rank(engine: Engine) -> None:
    # (Etalab: Narbonne, 57 587, then Port-la-Nouvelle, 5 852, then Coursan, 5 737.)
    second = engine.ask(
        question="Port-la-Nouvelle, c'est la deuxième commune la plus peuplée du Grand Narbonne ?"
    )
    assert second.text.startswith("Oui : des 37 communes de « Grand Narbonne », la deuxième")
    wrong = engine.ask(
        question="Coursan, c'est la deuxième commune la plus peuplée du Grand Narbonne ?"
    )
    assert wrong.text.startswith("Non : des 37 communes de « Grand Narbonne », la deuxième")


def test_which_namesake_after_a_town_answered_of_a_national_territory(engine: Engine) -> None:
    # (The first Roquemaure answered is the Gard's, in ANCT's « Vaucluse »; the Tarn's is in
    # the Albigeois.)
    *_, tarn = talk(
        engine,
        "Uzès est dans un territoire d'industrie ?",
        "Et Roquemaure ?",
        "Je parle de celle du Tarn.",
    )
    assert tarn.startswith("Oui : Roquemaure (Tarn, 81) fait partie du territoire d'industrie")
