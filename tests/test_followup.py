"""Conversations through the engine: follow-ups resolved from the context passed in."""

from __future__ import annotations

import pytest

from bot.answer import Answer
from bot.dialogue.context import EXPIRY_SECONDS, LAPSED, NO_CONTEXT, Context
from bot.engine import Engine
from bot.normalize import fold
from bot.understanding.cues import read_cues
from tests.evaluate import load_cases


def talk(engine: Engine, *questions: str, gap: float = 10.0) -> list[Answer]:
    context, now, answers = NO_CONTEXT, 1_000.0, []
    for question in questions:
        turn = engine.reply(question=question, context=context, now=now)
        context, now = turn.context, now + gap
        answers.append(turn.answer)
    return answers


def test_a_pronoun_refers_to_the_last_laureate(engine: Engine) -> None:
    _, new, interregional, since = talk(
        engine, "Alès", "est-il nouveau ?", "il est interrégional ?", "depuis quand ?"
    )
    assert new.text.startswith("Non : « Alès » n'est pas un nouveau lauréat")
    assert new.territories == ("Alès",)
    assert interregional.text.startswith("Non : « Alès » n'est pas interrégional")
    assert "2018" in since.text and since.territories == ("Alès",)


def test_since_when_after_a_list_answers_for_each_laureate(engine: Engine) -> None:
    # It used to raise (« since » is no filter to narrow a list by), leaving the user unanswered.
    _, since = talk(engine, "le Gard", "depuis quand ?")
    assert "2018" in since.text
    assert set(since.territories) == {"Alès", "Pont du Gard/Gard Rhodanien"}


def test_english_follow_ups_are_answered_in_english(engine: Engine) -> None:
    _, new = talk(engine, "Is Figeac covered?", "is it new?")
    assert new.language == "en"
    assert new.text.startswith("No: « Aurillac Figeac Rodez » is not a new laureate")


def test_the_departments_of_the_last_laureate(engine: Engine) -> None:
    _, departments = talk(engine, "Castres", "sur quels départements ?")
    assert "Aude 11, Haute-Garonne 31, Tarn 81" in departments.text


def test_the_department_of_the_last_town_is_the_town_s(engine: Engine) -> None:
    _, where = talk(engine, "Mende", "c'est dans quel département ?")
    assert "Lozère, 48" in where.text
    assert where.territories == ()


def test_the_same_question_for_another_place(engine: Engine) -> None:
    _, mende, figeac = talk(engine, "Alès est-il nouveau ?", "et Mende ?", "et Figeac ?")
    assert mende.territories == ()
    assert figeac.text.startswith("Non : « Aurillac Figeac Rodez » n'est pas un nouveau")


def test_the_same_list_for_another_department(engine: Engine) -> None:
    _, aude = talk(engine, "les nouveaux lauréats dans le Tarn", "et dans l'Aude ?")
    assert aude.intent == "list"
    assert aude.territories == ()
    # (Computed over the Aude's laureates: none of them is new.)
    assert aude.text.startswith("Aucun") and "n'est nouveau" in aude.text


def test_narrowing_the_list_just_shown(engine: Engine) -> None:
    _, new, renewed, count = talk(
        engine,
        "les lauréats du Tarn",
        "lesquels sont nouveaux ?",
        "et les renouvelés ?",
        "combien ?",
    )
    assert set(new.territories) == {"Albigeois", "Hautes Terres d'Oc"}
    assert renewed.territories == ("Castres Revel Castelnaudary",)
    assert count.text.startswith("1 lauréat renouvelé dans le Tarn (81)")


def test_which_of_the_two_is_new(engine: Engine) -> None:
    _, which = talk(engine, "Alès et Nord Lozère", "lequel des deux est nouveau ?")
    assert which.territories == ("Nord Lozère",)


def test_an_item_by_its_rank_in_the_order_shown(engine: Engine) -> None:
    _, third, last, second = talk(
        engine, "les 15 lauréats", "le troisième", "le dernier", "et le deuxième ?"
    )
    assert third.territories == ("Alès",)
    assert last.territories == ("Hautes Terres d'Oc",)
    assert second.territories == ("Grand Narbonne",)


def test_an_axis_by_its_rank(engine: Engine) -> None:
    _, axis = talk(engine, "les axes du programme", "détaille le deuxième axe")
    assert "innovation" in axis.text.split("\n")[0]


def test_a_detail_of_the_person_just_given(engine: Engine) -> None:
    _, phone, mail = talk(engine, "Margot Scherer", "son portable ?", "son mail ?")
    assert "06 08 46 28 31" in phone.text and "@" not in phone.text
    assert "service-presse@occitanie.gouv.fr" in mail.text
    assert "06 08 46 28 31" not in mail.text


def test_the_next_topic(engine: Engine) -> None:
    _, prefect, funding = talk(
        engine, "la citation de Carole Delga", "et le préfet ?", "et le financement ?"
    )
    assert prefect.intent == "quotes" and "Durand" in prefect.text
    assert funding.intent == "funding"


def test_a_bare_place_after_a_topic_asks_the_topic_again(engine: Engine) -> None:
    _, france = talk(engine, "combien de lauréats en Occitanie ?", "et en France ?")
    assert france.intent == "counts"


def test_a_complete_question_is_never_bent_by_the_context(engine: Engine) -> None:
    _, herault = talk(engine, "Alès", "Quels sont les lauréats de l'Hérault ?")
    # Hautes Terres d'Oc reaches six communes of the Hérault (ANCT's perimeters).
    assert herault.territories == ("Béziers-Sète", "Hautes Terres d'Oc")
    _, all_new = talk(engine, "les lauréats du Tarn", "Quels sont les nouveaux lauréats ?")
    assert len(all_new.territories) == 5


@pytest.mark.parametrize(
    "question", ["est-il nouveau ?", "il est interrégional ?", "son portable ?", "le troisième"]
)
def test_a_follow_up_without_context_says_what_is_missing(engine: Engine, question: str) -> None:
    (answer,) = talk(engine, question)
    assert answer.intent == "clarify"
    assert answer.text.startswith("De quel")


def test_an_expired_context_is_forgotten_and_said_so(engine: Engine) -> None:
    _, late = talk(engine, "Alès", "est-il nouveau ?", gap=EXPIRY_SECONDS + 1)
    assert late.intent == "clarify"
    assert "30 minutes" in late.text
    answer = engine.reply(question="est-il nouveau ?", context=LAPSED, now=0).answer
    assert "30 minutes" in answer.text


def test_a_button_updates_the_context_as_a_typed_question(engine: Engine) -> None:
    turn = engine.reply_key(key="t_lozere", context=NO_CONTEXT, now=5.0)
    assert turn is not None
    follow = engine.reply(question="est-il nouveau ?", context=turn.context, now=6.0)
    assert follow.answer.text.startswith("Oui : « Nord Lozère » est un nouveau")
    assert engine.reply_key(key="t_disparu", context=NO_CONTEXT, now=5.0) is None


def test_a_context_from_another_knowledge_is_harmless(engine: Engine) -> None:
    stale = Context(territories=("disparu",), people=("personne",), at=1.0)
    for question in ("est-il nouveau ?", "son portable ?"):
        answer = engine.reply(question=question, context=stale, now=2.0).answer
        assert answer.intent == "clarify"


def test_ask_stays_stateless(engine: Engine) -> None:
    engine.reply(question="Alès", context=NO_CONTEXT, now=1.0)
    assert engine.ask(question="est-il nouveau ?").intent != "laureate"


FOLLOW_UPS = (
    "est-il nouveau ?",
    "il est interrégional ?",
    "c'est dans quel département ?",
    "depuis quand ?",
    "is it new?",
    "est-il lauréat ?",
    "le premier",
    "combien ?",
    "elle est dedans ?",
)
# These may list laureates, as the whole list's answer, never as the place's.
LIST_FOLLOW_UPS = ("et les renouvelés ?", "lesquels sont nouveaux ?")


def test_a_context_never_turns_a_no_into_a_yes(engine: Engine) -> None:
    """After any answer affirming no laureate, a follow-up naming nothing affirms none."""
    noes = [case.question for case in load_cases() if not case.territories]
    for question in noes:
        first = engine.reply(question=question, context=NO_CONTEXT, now=1.0)
        if first.answer.territories:
            continue
        for follow_up in FOLLOW_UPS:
            answer = engine.reply(question=follow_up, context=first.context, now=2.0).answer
            assert not answer.territories, (question, follow_up, answer.text)
        for follow_up in LIST_FOLLOW_UPS:
            answer = engine.reply(question=follow_up, context=first.context, now=2.0).answer
            assert answer.intent == "list" or not answer.territories, (question, follow_up)


def test_cues() -> None:
    cues = read_cues(folded=fold("combien y a-t-il de lauréats ?"))
    assert not cues.one
    assert read_cues(folded=fold("détaille le deuxième axe")).rank == 2
    assert read_cues(folded=fold("la deuxième phase")).rank is None


def test_a_list_the_engine_has_no_word_for_is_taken_from_all_laureates(engine: Engine) -> None:
    spread, interregional = talk(
        engine,
        "Quels lauréats couvrent plusieurs départements ?",
        "et parmi eux, les interrégionaux ?",
    )
    assert len(spread.territories) == 5 and "Lacq Pau Tarbes" in spread.territories
    assert set(interregional.territories) == {"Lacq Pau Tarbes", "Aurillac Figeac Rodez"}


def test_counting_again_with_another_filter(engine: Engine) -> None:
    new, renewed = talk(
        engine, "Combien de nouveaux territoires en Occitanie ?", "et de renouvelés ?"
    )
    assert new.intent == "counts" and "5" in new.text
    assert renewed.intent == "counts" and "10" in renewed.text


def test_a_bare_question_continues_the_topic(engine: Engine) -> None:
    _, opinions = talk(engine, "Qui sélectionne les lauréats ?", "après avis de qui ?")
    assert opinions.intent == "selection" and "préfets" in opinions.text


def test_she_is_the_speaker_just_quoted(engine: Engine) -> None:
    _, who = talk(engine, "la citation de Carole Delga", "elle a dit quoi ?")
    assert who.intent == "quotes" and "Carole Delga" in who.text
    (alone,) = talk(engine, "elle a dit quoi d'autre ?")
    assert alone.intent == "clarify" and alone.text.startswith("De qui")


def test_a_rank_without_a_list_asks_which_list(engine: Engine) -> None:
    (answer,) = talk(engine, "détaille le deuxième")
    assert answer.intent == "clarify"
    (axis,) = talk(engine, "le troisième axe du programme")
    assert "foncier" in axis.text.split("\n")[0]


def test_a_rank_after_a_count_picks_from_what_was_counted(engine: Engine) -> None:
    *_, counted, third, interregional = talk(
        engine,
        "List the laureates in Occitanie",
        "which ones are new?",
        "how many are renewed?",
        "the third one",
        "is it interregional?",
    )
    assert counted.text.startswith("That makes 10 renewed laureates")
    assert third.territories == ("Alès",) and third.language == "en"
    assert interregional.text.startswith("No: « Alès » is not interregional")


def test_a_first_question_offered_choices_keeps_them_whatever_its_possessives(
    engine: Engine,
) -> None:
    # « leur » is how « son portable ? » asks after someone; here it asks nothing of the kind.
    (answer,) = talk(engine, "Quels organismes apportent leur expertise aux territoires ?")
    assert answer.text.startswith("Vouliez-vous dire")
    assert [b.key for b in answer.buttons] == ["topic_benefits", "topic_engineering"]
