"""Several attributes asked of one subject named last, an either-or status, an
acknowledgement before a request, a filter set aside with nothing named, and whether a
laureate covers a whole department. Place facts: ANCT's perimeters with Etalab's division
(Béziers-Sète: 4 groupings, 376 880 inhabitants; Grand Auch/Astarac: Auch, 22 428
inhabitants, of 46 349; Alès covers 93 of the Gard's 350 communes, the Ariège laureate 325
of the Ariège's 325, the Pyrénées-Orientales one 68 of 226; Agde is in Béziers-Sète)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_attributes_asked_together_of_the_subject_named_last(engine: Engine) -> None:
    both = engine.ask(question="Plus grande ville et nombre d'habitants de Grand Auch/Astarac ?")
    assert "la plus peuplée est Auch (32), 22 428 habitants" in both.text
    assert "« Grand Auch/Astarac » compte 46 349 habitants" in both.text
    counted = engine.ask(question="Nombre d'intercos et population de Béziers-Sète ?").text
    assert "4 groupements" in counted and "376 880 habitants" in counted


def test_a_yes_or_no_question_after_and_is_a_request_of_its_own(engine: Engine) -> None:
    said = engine.ask(
        question="Which department is Nord Lozère in, and is it a new or a renewed laureate?"
    ).text
    assert "Lozère 48" in said and "is a new laureate in this second phase" in said
    # (New or renewed asks which: no « Yes » nor « No ».)
    assert "Yes:" not in said and "No:" not in said
    assert not engine.ask(question="Alès, c'est nouveau ou renouvelé ?").text.startswith("Non")


def test_an_acknowledgement_before_a_request_asks_nothing(engine: Engine) -> None:
    said = engine.ask(question="Ah d'accord. Et Agde, c'est dans Béziers-Sète ?").text
    assert said.startswith("Oui : Agde (Hérault, 34) fait partie du territoire d'industrie")


def test_a_status_set_aside_with_nothing_named_narrows_the_last_ranking(engine: Engine) -> None:
    *_, aside = talk(
        engine,
        "Which Occitanie laureate has the most communes?",
        "And the most inhabitants?",
        "And if we leave out the interregional ones?",
    )
    assert aside.startswith("« Pyrénées-Orientales » is the most populous: 383,861")


def test_whether_a_laureate_covers_a_whole_department(engine: Engine) -> None:
    for asked in ("Alès couvre tout le Gard ?", "Alès couvre tout le département ?"):
        said = engine.ask(question=asked).text
        assert said.startswith("Non : « Alès » couvre 93 des 350 communes du Gard (30)"), asked
    ariege = engine.ask(question="le TI Ariège couvre tout le département ?").text
    assert ariege.startswith("Oui : « Ariège » couvre 325 des 325 communes de l'Ariège (09)")
    *_, whole = talk(engine, "et les Pyrénées-Orientales ?", "ça couvre tout le département ?")
    assert whole.startswith("Non : ") and "68 des 226 communes des Pyrénées-Orientales" in whole


def test_a_negation_does_not_reach_past_the_question_it_leads_into(engine: Engine) -> None:
    said = engine.ask(
        question="Apart from the two interregional ones, how many Occitanie laureates are there?"
    ).text
    assert said.startswith("13 not interregional laureates in Occitanie")
    # (« ceux qui … » is still within its reach.)
    *_, aside = talk(
        engine,
        "Combien de lauréats d'Occitanie comptent plus de 300 communes ?",
        "Lesquels ?",
        "Et sans ceux qui ont des communes dans les Hautes-Pyrénées ?",
    )
    assert "Lacq Pau Tarbes" not in aside


def test_a_town_written_lower_case_in_an_english_question(engine: Engine) -> None:
    said = engine.ask(question="is lourdes in one of the laureates").text
    assert said.startswith("Yes: Lourdes (Hautes-Pyrénées, 65) is in the industrial territory")
