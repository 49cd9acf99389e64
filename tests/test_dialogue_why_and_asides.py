"""« pourquoi ? » after a town was placed: the release says no reason, the data say what
the town belongs to; an acknowledgement before a question (« ok. et … ? ») asks nothing; a
share of the fifteen after a narrowed count is of those counted.
Place facts: Etalab's intercommunalities with ANCT's perimeters (Millau, Aveyron: CC de
Millau Grands Causses, in no territory; Lunel, Hérault: CA Lunel Agglo, in none)."""

from __future__ import annotations

from bot.engine import Engine
from tests.test_dialogue_frames import talk


def test_why_after_a_town_left_out_gives_what_the_data_say(engine: Engine) -> None:
    _, why = talk(engine, "Millau fait partie d'un territoire d'industrie ?", "mais pourquoi ?")
    # (« Non » first: it may be a false premise, « pourquoi Millau a été retenu ? ».)
    assert why.startswith("Non : Millau (Aveyron, 12)")
    assert "Le communiqué ne précise pas pourquoi une commune est retenue ou non" in why
    assert "CC de Millau Grands Causses" in why
    _, remark = talk(engine, "Lunel est dans un TI ?", "pourquoi ? c'est dans l'Hérault pourtant")
    assert "CA Lunel Agglo" in remark and "ne précise pas pourquoi" in remark


def test_an_acknowledgement_before_a_question_asks_nothing(engine: Engine) -> None:
    _, status = talk(engine, "Alès est lauréat ?", "ok. et Nord Lozère, c'est un renouvellement ?")
    assert status.startswith("Non : « Nord Lozère » n'a pas été renouvelé")
    assert "Oui" not in status


def test_a_share_of_the_fifteen_after_a_narrowed_count_is_of_those_counted(
    engine: Engine,
) -> None:
    *_, share = talk(
        engine,
        "Il y a combien de nouveaux lauréats ?",
        "et hors du Tarn ?",
        "ça fait quel pourcentage des 15 ?",
    )
    assert share.startswith("20 % : 3 des 15 lauréats sont nouveaux hors du Tarn (81).")


def test_why_a_town_left_out_was_chosen_opens_with_no(engine: Engine) -> None:
    premise = engine.ask(question="Pourquoi Lunel a été choisie comme territoire d'industrie ?")
    assert premise.text.startswith("Non : Lunel (Hérault, 34)")
    assert premise.text.endswith(
        "Le communiqué ne précise pas pourquoi une commune est retenue ou non : ce qui "
        "précède est ce que disent les données."
    )


def test_sources_asked_in_words_of_no_language_follow_the_conversation(engine: Engine) -> None:
    _, sources = talk(engine, "Who selected the laureates?", "Source?")
    assert sources.startswith("My last answer comes from:")
    _, sources_fr = talk(engine, "Qui a choisi les lauréats ?", "Source ?")
    assert sources_fr.startswith("Ma dernière réponse vient de :")


def test_a_doubt_with_a_claim_asks_whether_the_claim_holds(engine: Engine) -> None:
    *_, doubted = talk(
        engine,
        "Qui a dit que des lauréats sont présents dans tous les départements ?",
        "c'est vrai, ça, un lauréat dans chaque département ?",
    )
    assert doubted.startswith("Oui : chacun des 13 départements d'Occitanie compte au moins un")
