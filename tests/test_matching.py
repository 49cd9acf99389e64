"""What the matcher reads as a place, person or organisation, and what it refuses to."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.engine import Engine
from bot.knowledge.load import Knowledge
from bot.normalize import fold
from bot.understanding.matching import Matcher
from bot.understanding.mentions import Extraction
from bot.understanding.writing import PARENTHESISED_NUMBER, _words_before


@pytest.fixture(scope="module")
def matcher(knowledge: Knowledge) -> Matcher:
    return Matcher(knowledge=knowledge)


def found(
    matcher: Matcher, text: str, *, communes: bool = True, place_question: bool = False
) -> Extraction:
    return matcher.extract(
        text=text, folded=fold(text), communes=communes, place_question=place_question
    )


def ids(extraction: Extraction) -> list[tuple[str, str]]:
    return [(m.kind, m.id) for m in extraction.mentions]


def test_longest_name_wins(matcher: Matcher) -> None:
    assert ids(found(matcher, "Pont du Gard")) == [("territory", "pontdugard")]
    assert ids(found(matcher, "Tarn-et-Garonne")) == [("department", "82")]


def test_several_names_are_all_found(matcher: Matcher) -> None:
    assert ids(found(matcher, "Alès et Figeac ?")) == [
        ("territory", "ales"),
        ("territory", "aurillac"),
    ]


def test_department_numbers_need_a_cue(matcher: Matcher) -> None:
    assert ids(found(matcher, "le 81")) == [("department", "81")]
    assert ids(found(matcher, "Albi (81)")) == [("commune", "81004"), ("department", "81")]
    assert ids(found(matcher, "les 15 lauréats")) == []
    assert ids(found(matcher, "le 14 novembre")) == []
    assert ids(found(matcher, "alert(1)")) == []
    assert ids(found(matcher, "la plus peuplée côté 65")) == [("department", "65")]


def test_ordinary_words_need_a_cue(matcher: Matcher) -> None:
    assert ids(found(matcher, "un lot de pièces")) == []
    assert ids(found(matcher, "le Lot est-il lauréat ?")) == [("department", "46")]
    assert ids(found(matcher, "il y a eu un souci")) == []
    assert ids(found(matcher, "un pont sur la rivière")) == []
    assert ids(found(matcher, "Orange")) == [("commune", "84087")]


def test_a_saints_name_is_a_place_even_in_lower_case(matcher: Matcher) -> None:
    # « saint » and « flour » are ordinary words each, but no one writes them together but
    # of Saint-Flour.
    assert ids(found(matcher, "et saint flour ?")) == [("commune", "15187")]
    assert ids(found(matcher, "et st flour")) == [("commune", "15187")]


def test_a_name_alone_but_for_a_follow_ups_words_is_a_place(matcher: Matcher) -> None:
    # « lourdes » is an ordinary word; alone but for « too », it is the town asked of.
    assert ids(found(matcher, "Lourdes too?")) == [("commune", "65286")]
    assert ids(found(matcher, "des lourdes charges")) == []


def test_a_topic_word_is_never_read_as_a_misspelt_commune(matcher: Matcher) -> None:
    question = "les lauréats désignés ?"
    # « designes » is two edits from Desaignes (Ardèche) …
    assert found(matcher, question, place_question=True).candidates[0].id == "07079"
    # … but the topic reading knows it as a word of the selection.
    read = matcher.extract(
        text=question,
        folded=fold(question),
        communes=True,
        place_question=True,
        ordinary=frozenset({"designes"}),
    )
    assert ids(read) == [] and read.candidates == ()


def test_the_engine_reads_the_words_of_its_topics_as_topic_words(engine: Engine) -> None:
    # Once answered « Oui : Désaignes (Ardèche, 07) fait partie du territoire… ».
    answer = engine.ask(question="qui sont les lauréats désignés ?")
    assert answer.intent != "laureate" and "Désaignes" not in answer.text


def test_a_capital_opens_a_place_question_only(matcher: Matcher) -> None:
    assert ids(found(matcher, "Paris est-il lauréat ?", place_question=True)) == [
        ("department", "75")
    ]
    assert ids(found(matcher, "Paris est-il lauréat ?", place_question=False)) == []


def test_communes_are_tried_only_when_allowed(matcher: Matcher) -> None:
    assert ids(found(matcher, "Le Vigan", communes=True)) == [("commune", "30350")]
    assert ids(found(matcher, "Le Vigan", communes=False)) == []


def test_homonyms_rank_occitanie_first_and_keep_the_others(matcher: Matcher) -> None:
    (mention,) = found(matcher, "Prades").mentions
    assert mention.id == "66149"
    assert len(mention.alternatives) >= 3


def test_postal_and_insee_codes(matcher: Matcher) -> None:
    (postal,) = found(matcher, "30100").mentions
    assert (postal.kind, postal.id, postal.via_postal_code) == ("commune", "30007", True)
    (insee,) = found(matcher, "81065").mentions
    assert (insee.id, insee.via_postal_code) == ("81065", False)


def test_typos_on_long_enough_names_only(matcher: Matcher) -> None:
    assert ids(found(matcher, "castelnaudry")) == [("territory", "castres")]
    # A commune a typo away is only offered: the nearest of 35,000 names may not be meant.
    carcassonne = found(matcher, "carcasone")
    assert ids(carcassonne) == [] and [c.id for c in carcassonne.candidates] == ["11069"]
    assert ids(found(matcher, "Ales")) == [("territory", "ales")]
    assert ids(found(matcher, "pau")) == [("territory", "lacq")]
    assert ids(found(matcher, "paux")) == []


def test_an_uncertain_typo_gives_candidates_not_a_mention(matcher: Matcher) -> None:
    extraction = found(matcher, "Montpelier")
    assert extraction.mentions == ()
    assert extraction.candidates[0].id == "34172"


def test_people_and_organisations(matcher: Matcher) -> None:
    assert ids(found(matcher, "numéro de Delphine Amilhau")) == [("person", "amilhau")]
    assert ids(found(matcher, "la préfecture")) == [("organisation", "prefecture-occitanie")]
    assert ids(found(matcher, "Carole Delga")) == [("quote", "presidente")]


# The words before « (NN) », as the pattern the backward search replaced found them.
_WORDS_THEN_NUMBER = re.compile(r"((?:[\w'-]+\s+){0,3}[\w'-]+)\s*\(\s*(?:\d{2,3}|2[abAB])\s*\)")
_PIECES = ["Castres", "(81)", "( 81 )", "(2A)", "(123)", "(1)", "et", ",", "l'Isle-sur-Tarn"]
_PIECES += ["Tours,", "à", "\t", "x(12)", "(12)x", "St-Jean", ":", "(", ")", "12", "Revel(31)"]


@given(st.lists(st.tuples(st.sampled_from(["", " ", "  "]), st.sampled_from(_PIECES)), max_size=14))
def test_the_words_before_a_department_number_are_the_last_four_words_before_it(
    pieces: list[tuple[str, str]],
) -> None:
    text = "".join(space + piece for space, piece in pieces)
    found = [_words_before(text[: m.start()]) for m in PARENTHESISED_NUMBER.finditer(text)]
    expected = _WORDS_THEN_NUMBER.findall(text)
    assert [fold(w) for w in found if w] == [fold(w) for w in expected]


def test_a_sentences_capital_is_no_cue_for_a_one_or_two_letter_name(matcher: Matcher) -> None:
    question = "Y a-t-il un lauréat dans chaque département ?"
    assert ids(found(matcher, question, place_question=True)) == []
    assert ids(found(matcher, "la commune de Y est-elle lauréate ?", place_question=True)) == [
        ("commune", "80829")
    ]
    assert ids(found(matcher, "à Eu ?", place_question=True)) == [("commune", "76255")]


def test_a_number_followed_by_a_unit_is_no_department(matcher: Matcher) -> None:
    found = matcher.extract(
        text="je boucle dans 10 min",
        folded="je boucle dans 10 min",
        communes=True,
        place_question=False,
    )
    assert not any(m.kind == "department" for m in found.mentions)
    found = matcher.extract(
        text="les lauréats dans le 81",
        folded="les laureats dans le 81",
        communes=True,
        place_question=False,
    )
    assert [m.id for m in found.mentions if m.kind == "department"] == ["81"]
