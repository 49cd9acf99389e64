"""Towns listed together, namesakes told apart by their departments, towns weighed by their
inhabitants, and the departments ranked by their laureates. Place facts: ANCT's perimeters
with Etalab's division (Belcastel (12) is in Aurillac Figeac Rodez, Belcastel (81) in no
territory; Sète and Agde are in Béziers-Sète; Figeac and Rodez in Aurillac Figeac Rodez,
Mende in none; Aurillac 26 214 inhabitants, Rodez 23 981, Albi 51 290, Castres 42 505;
laureates have communes in 17 departments, 2 of them in the Hérault, 3 in the Tarn; the
Cantal is not in Occitanie)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_a_name_written_twice_with_two_departments_is_each_namesake(engine: Engine) -> None:
    for asked in (
        "Belcastel (12) et Belcastel (81), lauréats ?",
        "Belcastel dans l'Aveyron et Belcastel dans le Tarn : sont-elles dans un TI ?",
    ):
        (frame,) = engine.frames(question=asked)
        assert frame.about == ("commune:12024", "commune:81025"), asked
        said = engine.ask(question=asked).text
        assert said.startswith("Oui : Belcastel (Aveyron, 12) fait partie"), asked
        assert "Non : Belcastel (Tarn, 81) ne fait partie d'aucun" in said, asked
    # (Written once, the name is the namesake of the department beside it.)
    (once,) = engine.frames(question="Belcastel dans l'Aveyron, c'est dans un lauréat ?")
    assert once.about == ("commune:12024",)


def test_towns_listed_together_are_towns_even_named_like_a_laureate(engine: Engine) -> None:
    for asked, towns in (
        ("Sète et Agde sont-elles dans un TI ?", ("commune:34301", "commune:34003")),
        (
            "Lunel et Sète, c'est dans un territoire d'industrie ?",
            ("commune:34145", "commune:34301"),
        ),
        ("Alès et Nîmes, lauréates ?", ("commune:30007", "commune:30189")),
    ):
        (frame,) = engine.frames(question=asked)
        assert frame.about == towns, asked
    said = engine.ask(question="Figeac, Mende et Rodez sont lauréates ?").text
    assert "Oui : Figeac (Lot, 46)" in said and "Oui : Rodez (Aveyron, 12)" in said
    assert "Non : Mende (Lozère, 48) ne fait partie d'aucun" in said
    # (A town asked of within a laureate, or set beside a laureate by its own name, is not.)
    (within,) = engine.frames(question="Nîmes est dans Alès ?")
    assert within.about == ("commune:30189", "laureate:Alès")
    (either,) = engine.frames(question="Carmaux, c'est l'Albigeois ou Castres ?")
    assert "laureate:Castres Revel Castelnaudary" in either.about


def test_towns_weighed_by_their_inhabitants_say_which_first(engine: Engine) -> None:
    most = engine.ask(question="Rodez ou Aurillac, laquelle est la plus peuplée ?").text
    assert most.startswith("Aurillac est la plus peuplée :\nAurillac (15) : 26 214 habitants")
    least = engine.ask(question="Quelle ville est la moins peuplée entre Albi et Castres ?").text
    assert least.startswith("Castres est la moins peuplée :")
    claimed = engine.ask(question="Castres compte plus d'habitants qu'Albi ?").text
    assert claimed.startswith("Non :\nCastres (81) : 42 505 habitants")
    assert engine.ask(question="Albi est plus peuplée que Castres ?").text.startswith("Oui :")


def test_departments_ranked_by_the_laureates_with_communes_in_them(engine: Engine) -> None:
    ranked = engine.ask(question="Quel département d'Occitanie compte le plus de lauréats ?").text
    assert ranked.startswith("Tarn (81), avec 3 lauréats :")
    # (As « combien de lauréats dans l'Hérault ? » counts them; Occitanie's only.)
    assert "Hérault (34) : 2" in ranked
    assert "Cantal" not in ranked and "Pyrénées-Atlantiques" not in ranked
    assert "2 lauréats" in engine.ask(question="combien de lauréats dans l'Hérault ?").text


def test_another_department_after_a_department_s_laureates_is_asked_the_same(
    engine: Engine,
) -> None:
    *_, gard, aude = talk(
        engine,
        "Chaque département d'Occitanie a-t-il au moins un lauréat ?",
        "même le Gard ?",
        "et dans l'Aude, lesquels ?",
    )
    assert gard.startswith("2 lauréats « Territoires d'industrie » 2023-2027 dans le Gard")
    assert aude.startswith("2 lauréats « Territoires d'industrie » 2023-2027 dans l'Aude")
    # (After a list that is no department's, a department narrows it.)
    *_, located = talk(engine, "Quels sont les nouveaux lauréats ?", "lesquels sont dans le Tarn ?")
    assert "Albigeois" in located and "Hautes Terres d'Oc" in located
    assert "Castres" not in located and "Ariège" not in located
