"""Questions read as frames (what is asked × about whom × filters × operation) by a model
learned from knowledge/examples/, and answered by computing on the knowledge."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.answers.quantities import percent
from bot.engine import Engine
from bot.knowledge.load import Knowledge
from bot.normalize import fold
from bot.understanding.features import features
from bot.understanding.model import Sample

FRAME_QUESTIONS = Path(__file__).with_name("frame_questions.yaml")


def load_frame_questions() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(FRAME_QUESTIONS.read_text(encoding="utf-8"))
    return cases


@pytest.mark.parametrize("case", load_frame_questions(), ids=lambda case: case["q"])
def test_a_question_is_read_as_its_frame_and_answered(engine: Engine, case: dict[str, Any]) -> None:
    frames = engine.frames(question=case["q"])
    frame = frames[0]
    for field, wanted in case.get("frame", {}).items():
        found = getattr(frame, field)
        assert (list(found) if isinstance(found, tuple) else found) == wanted, field
    answer = engine.ask(question=case["q"])
    text = answer.text
    if "image" in case:
        assert answer.image == case["image"]
    if "polarity" in case:
        assert text.startswith(case["polarity"]), text
    assert all(fold(s) in fold(text) for s in case.get("says", [])), text
    assert not any(fold(s) in fold(text) for s in case.get("never", [])), text


def measures(knowledge: Knowledge, attribute: str) -> dict[str, int]:
    """A laureate's count, straight from the open data: the answers' expectations."""
    assert knowledge.coverage is not None and knowledge.places is not None
    found = {}
    for territory in knowledge.territories:
        codes = knowledge.coverage.communes[territory.anct_id]
        if attribute == "communes":
            found[territory.name] = len(codes)
        else:
            found[territory.name] = sum(
                knowledge.places.communes_by_code[c].population for c in codes
            )
    return found


@pytest.mark.parametrize(
    ("question", "attribute", "pick"),
    [
        ("Quel lauréat regroupe le plus de communes ?", "communes", max),
        ("Quel est le lauréat le moins peuplé ?", "population", min),
    ],
)
def test_rankings_are_computed_on_the_data(
    engine: Engine, question: str, attribute: str, pick: Any
) -> None:
    counts = measures(engine.knowledge, attribute)
    winner = pick(counts, key=counts.__getitem__)
    answer = engine.ask(question=question)
    assert answer.territories == (winner,)
    assert f"{counts[winner]:,}".replace(",", " ") in answer.text


def test_a_territory_outside_occitanie_is_answered_from_anct(engine: Engine) -> None:
    perimeters = engine.knowledge.perimeters
    assert perimeters is not None
    reims = next(t for t in perimeters.territories.values() if t.name == "Grand Reims")
    answer = engine.ask(question="Quelles intercommunalités forment le territoire Grand Reims ?")
    assert all(member.name in answer.text for member in reims.members)
    assert "Occitanie" in answer.text and not answer.territories


def test_a_follow_up_without_its_subject_is_left_to_the_conversation(engine: Engine) -> None:
    # « lesquels » stands for the last list, not for all 15.
    frames = engine.frames(question="lesquels sont nouveaux ?")
    assert frames and all("about" not in frame.stated for frame in frames)


def test_an_unsure_reading_is_not_computed(engine: Engine) -> None:
    # A department's number alone: the topic answers list its laureates.
    answer = engine.ask(question="le 46")
    assert answer.territories == ("Aurillac Figeac Rodez",)
    assert answer.intent == "list"


def test_features_are_words_pairs_and_letter_runs() -> None:
    found = Counter(features("combien a _commune_ a"))
    assert found["w:a"] == 2 and found["c: a "] == 2
    assert found["w:combien"] == 1 and found["b:a _commune_"] == 1
    assert found["c: co"] == 1 and "c:_com" not in found


def test_training_is_deterministic() -> None:
    from bot.understanding.train import train

    samples = [
        Sample(masked=text, ask=ask, op=op, scope="named")
        for text, ask, op in [
            ("combien d habitants a _commune_", "population", "count"),
            ("_laureate_ est il nouveau", "status", "yesno"),
            ("qui contacter pour la presse", "contact", "lookup"),
            ("quels sont les laureats du _department_", "laureate", "list"),
        ]
    ]
    first, second = train(samples=samples, key="k"), train(samples=samples, key="k")
    assert first == second
    assert first.read("_laureate_ est il nouveau")[0].label == "status"


def test_the_serving_process_never_loads_the_learning_library() -> None:
    code = (
        "import sys\n"
        "from bot.snapshot import load_engine\n"
        "from bot.knowledge.load import DEFAULT_DIRECTORY\n"
        "engine = load_engine(directory=DEFAULT_DIRECTORY)\n"
        "assert engine.frames(question='Alès est-il nouveau ?')\n"
        "assert not any(m.split('.')[0] in {'sklearn', 'scipy', 'numpy'} for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_town_s_inhabitants_are_the_town_s_not_its_laureate_s(engine: Engine) -> None:
    places = engine.knowledge.places
    assert places is not None
    (town,) = places.communes_by_name["castelnaudary"]
    answer = engine.ask(question="Combien d'habitants compte la ville de Castelnaudary ?")
    assert f"{town.population:,}".replace(",", " ") in answer.text
    assert answer.territories == ()


def test_a_town_s_share_of_its_laureate(engine: Engine) -> None:
    places, coverage = engine.knowledge.places, engine.knowledge.coverage
    assert places is not None and coverage is not None
    (auch,) = places.communes_by_name["auch"]
    laureate = next(t for t in engine.knowledge.territories if t.name == "Grand Auch/Astarac")
    whole = sum(places.communes_by_code[c].population for c in coverage.communes[laureate.anct_id])
    answer = engine.ask(
        question="Auch, c'est quel pourcentage de la population du Grand Auch/Astarac ?"
    )
    assert percent(auch.population, whole, "fr") in answer.text


def test_totals_and_coverage_are_computed_on_the_data(engine: Engine) -> None:
    places, coverage = engine.knowledge.places, engine.knowledge.coverage
    assert places is not None and coverage is not None
    laureates = [t.anct_id for t in engine.knowledge.territories]
    codes = set().union(*(coverage.communes[i] for i in laureates))
    total = engine.ask(question="Au total, combien de communes couvrent les quinze lauréats ?")
    assert f"{len(codes):,}".replace(",", " ") in total.text
    region = [c for c in places.communes_by_code.values() if c.region == "76"]
    inside = [c for c in region if c.code in codes]
    share = engine.ask(question="Quel pourcentage des communes d'Occitanie est dans un lauréat ?")
    assert percent(len(inside), len(region), "fr") in share.text


def test_the_183_territories_ranked(engine: Engine) -> None:
    perimeters = engine.knowledge.perimeters
    assert perimeters is not None
    most = max(perimeters.territories.values(), key=lambda t: len(t.members))
    answer = engine.ask(
        question="Quel territoire d'industrie de France réunit le plus d'intercommunalités ?"
    )
    assert most.name in answer.text


def test_a_card_of_another_subject_gives_way_to_the_one_read(engine: Engine) -> None:
    """The topic answers lead « d'où tu tiens ça » to no card of sources; the model reads
    sources with confidence, and its card is given."""
    answer = engine.ask(question="Tu tiens tout ça d'où, au juste ?")
    assert answer.intent == "sources"
    assert "ANCT" in answer.text


def test_a_programme_card_never_stands_for_a_place(engine: Engine) -> None:
    answer = engine.ask(question="Bonjour, Castres Revel Castelnaudary est bien lauréat ?")
    assert answer.intent != "greeting"
    assert "Castres Revel Castelnaudary" in answer.territories


def test_a_department_beside_a_town_places_it_and_is_no_subject(engine: Engine) -> None:
    """« Lavaur, Tarn » asks of Lavaur alone; « (34) » beside a town whose namesakes lie
    elsewhere picks the one there."""
    assert engine.frames(question="Lavaur (Tarn), lauréat ?")[0].about == ("commune:81140",)
    frame = engine.frames(question="Saint-Nazaire (30), quel territoire ?")[0]
    assert frame.about == ("commune:30288",)


def test_a_place_alone_is_not_out_of_the_domain(engine: Engine) -> None:
    """« what about Albi? » says nothing of its own: never « outside what I know »."""
    assert engine.ask(question="what about Albi?").intent != "out_of_scope"


def test_english_counts_put_the_adjective_before_the_noun(engine: Engine) -> None:
    answer = engine.ask(question="How many new laureates are there in the Tarn?")
    assert answer.text.startswith("2 new laureates in Tarn (81)")


def test_english_lists_put_no_space_before_a_colon(engine: Engine) -> None:
    text = engine.ask(question="Among the laureates, the least populated one?").text
    assert "• Nord Lozère: 15,347" in text and " :" not in text


def test_a_laureate_s_groupings_one_by_one(engine: Engine) -> None:
    # (ANCT's members with Etalab's communes, counted by a script over the open data:
    # Albigeois: CA de l'Albigeois 84,938 inhabitants in 16 communes, CA Gaillac-Graulhet
    # 56 communes; Lombez is in the CC du Savès, a member of the Interdépartemental 32/82.)
    largest = engine.ask(question="Quelle est l'interco la plus peuplée du TI Albigeois ?").text
    assert largest.startswith(
        "Des 3 groupements d'« Albigeois », le plus peuplé est « CA de l'Albigeois (C2A) »"
    )
    assert "84 938 habitants, 16 communes" in largest
    most = engine.ask(question="Quelle interco a le plus de communes dans l'Albigeois ?").text
    assert "celui qui a le plus de communes est « CA Gaillac-Graulhet »" in most
    town = engine.ask(question="Lombez (Gers) est dans quelle intercommunalité ?").text
    assert town.startswith("Lombez (32) appartient à l'intercommunalité « CC du Saves »")
    assert "« Interdépartemental 32/82 »" in town


def test_a_place_named_before_a_comma_is_what_the_rest_asks_about(engine: Engine) -> None:
    # « Les Angles » recalls the green « angle » of the axes: still the town (three of them).
    answer = engine.ask(question="Les Angles, c'est dans un territoire d'industrie ?")
    assert answer.text.startswith("Oui : Les Angles (Gard, 30)")
    assert "décarbonation" not in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # Her words name the State (« avec l'État »), a four-letter word.
        ("Dans sa citation, Carole Delga parle-t-elle de l'État ?", "Oui : Carole Delga"),
        # She speaks of « territoires périurbains, ruraux et villes moyennes », not cities.
        (
            "Delga dit que les lauréats contribuent à l'attractivité des grandes métropoles, "
            "c'est ça ?",
            "Non : Carole Delga",
        ),
        # (Those are her words: « Non », and hers.)
        ("le prefet il parle des villes moyennes ou pas", "Non : Carole Delga"),
        (
            "Est-ce Durand qui qualifie cette dynamique industrielle de « vecteur puissant de "
            "développement et de cohésion des territoires » ?",
            "Oui : Pierre-André Durand",
        ),
    ],
)
def test_what_one_named_said_is_checked_against_her_words(
    engine: Engine, question: str, opening: str
) -> None:
    assert engine.ask(question=question).text.startswith(opening)


def test_whether_all_of_a_set_are_so_and_a_claim_of_none(engine: Engine) -> None:
    # (The release: the Tarn's Albigeois and Hautes Terres d'Oc are new, Castres Revel
    # Castelnaudary renewed; Nord Lozère is the Lozère's laureate.)
    tarn = engine.ask(question="Tous les lauréats du Tarn sont nouveaux ?").text
    assert tarn.startswith("Non : 2 des 3 lauréats du Tarn (81) le sont.")
    none = engine.ask(question="Il n'y a aucun lauréat en Lozère, c'est bien ça ?").text
    assert none.startswith("Non : 1 lauréat")
    assert "Nord Lozère" in none
    why = engine.ask(question="Pourquoi le Lot n'a pas son propre territoire d'industrie ?").text
    assert not why.startswith("Non")


def test_a_capital_opening_the_question_writes_no_name_further_on(engine: Engine) -> None:
    # « La Banque … sur la table »: the capital of « La » is the sentence's, not La Table's.
    answer = engine.ask(
        question="La Banque des Territoires met combien sur la table pour les lauréats d'Occitanie ?"
    )
    assert "La Table" not in answer.text


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # (The release: Lacq Pau Tarbes lies in the Pyrénées-Atlantiques and Hautes-Pyrénées.)
        ("Lacq Pau Tarbes, ça va jusque dans le Gers ?", "Non : « Lacq Pau Tarbes » s'étend sur"),
        # (The release: Carole Delga presides over the Région Occitanie.)
        ("Carole Delga c'est la maire de Toulouse non ?", "Non : Carole Delga, présidente"),
    ],
)
def test_a_claim_about_a_named_subject_is_checked(
    engine: Engine, question: str, opening: str
) -> None:
    assert engine.ask(question=question).text.startswith(opening)
