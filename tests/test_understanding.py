"""Topics read from people's own words: typos, inflections, word order, preambles,
several questions in one, other programmes, what the release does not say."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.engine import Engine
from bot.knowledge.lexicon import inflections
from bot.knowledge.load import Knowledge
from bot.understanding import numbers
from bot.understanding.filters import threshold_filters
from bot.understanding.model import Prediction
from bot.understanding.topics import TopicIndex, split_parts
from bot.understanding.whether import asked_whether

# None of these is an example of knowledge/topics.yaml (tests/test_topics.py checks it).
PARAPHRASES = [
    ("Qu'est-ce que gagne un territoire quand il est lauréat ?", "benefits"),
    ("quels sont les avantages pour les territoires lauréats ?", "benefits"),
    ("le programme existe depuis quand ?", "dates"),
    ("comment les territoires sont-ils sélectionnés ?", "selection"),
    ("qui choisit les territoires retenus ?", "selection"),
    ("la formation des salariés, ça fait partie du programme ?", "axis_skills"),
    ("des terrains pour une nouvelle usine ?", "axis_land"),
    ("y a un volet écologique ?", "axis_decarbonisation"),
    ("et la recherche et développement ?", "axis_innovation"),
    ("les parteneres du programe ?", "partners"),
    ("financemant ?", "funding"),
    ("programe de financemant des projets", "funding"),
    ("sélectionnés par qui, les lauréats ?", "selection"),
    ("nb de lauréas au national ?", "counts"),
    ("Et Petites villes de demain, qui est lauréat ?", "out_of_scope"),
    ("combien a touché l'Ariège ?", "not_in_release"),
    ("quel budget en 2025 ?", "not_in_release"),
    ("que pense la Cour des comptes du programme ?", "not_in_release"),
    ("What were the results of the programme?", "not_in_release"),
    (
        "Bonjour, je suis journaliste à La Dépêche du Midi, je voudrais savoir qui a choisi les lauréats",
        "selection",
    ),
]


@pytest.mark.parametrize(("question", "intent"), PARAPHRASES)
def test_people_s_words_reach_the_topic(engine: Engine, question: str, intent: str) -> None:
    assert engine.ask(question=question).intent == intent


def test_two_questions_in_one_get_both_answers_in_order(engine: Engine) -> None:
    answer = engine.ask(question="Combien de lauréats en Occitanie et combien d'argent est prévu ?")
    assert answer.intents == ("counts", "funding")
    assert answer.intent == "counts"
    assert answer.text.index("15 lauréats") < answer.text.index("100 M€")
    assert answer.to_json()["intents"] == ["counts", "funding"]


def test_one_question_has_one_intent_in_json(engine: Engine) -> None:
    assert engine.ask(question="quels financements ?").to_json()["intents"] == ["funding"]


def test_a_topic_word_misspelt_is_not_a_town(engine: Engine) -> None:
    answer = engine.ask(question="nb de lauréas au national ?")
    assert "Laurens" not in answer.text
    assert "183" in answer.text


def test_a_one_letter_commune_needs_a_cue(engine: Engine) -> None:
    answer = engine.ask(question="Y a-t-il des territoires à cheval sur deux régions ?")
    assert "Somme" not in answer.text
    assert set(answer.territories) == {"Lacq Pau Tarbes", "Aurillac Figeac Rodez"}


def test_another_programme_is_out_of_my_domain(engine: Engine) -> None:
    answer = engine.ask(question="Action cœur de ville, qui sont les lauréats ?")
    assert answer.intent == "out_of_scope"
    assert "hors de mon domaine" in answer.text
    assert not answer.territories


def test_what_the_release_does_not_say_is_said_so_with_whom_to_ask(engine: Engine) -> None:
    answer = engine.ask(question="combien d'emplois créés depuis 2018 ?")
    assert answer.intent == "not_in_release"
    assert "ne le dit pas" in answer.text
    assert "service-presse@occitanie.gouv.fr" in answer.text
    assert "45 ; Région" in answer.text  # French typography: a space before « ; »


def test_an_amount_for_one_territory_is_not_the_national_envelope(engine: Engine) -> None:
    assert engine.ask(question="quel montant pour le Grand Narbonne ?").intent == "not_in_release"


@pytest.mark.parametrize(
    ("question", "department"),
    [
        ("les territoires tarnais", "Tarn"),
        ("les intercommunalités gersoises sont-elles lauréates ?", "Gers"),
        ("quels territoires aveyronnais ?", "Aveyron"),
    ],
)
def test_place_adjectives_name_their_department(
    engine: Engine, question: str, department: str
) -> None:
    answer = engine.ask(question=question)
    assert department in answer.text
    assert answer.territories
    assert "Tardais" not in answer.text and "Groises" not in answer.text


def test_adjectives_are_inflected() -> None:
    assert inflections("tarnais") == ("tarnais", "tarnaise", "tarnaises")
    assert set(inflections("lozerien")) >= {"lozerienne", "lozeriens", "lozeriennes"}


def test_an_axis_answer_names_the_axis_and_says_what_the_release_does_not(engine: Engine) -> None:
    answer = engine.ask(question="un axe pour former les salariés ?")
    assert answer.intent == "axis_skills"
    assert "compétences dans le bassin d'emploi" in answer.text
    assert "ne détaille pas" in answer.text


def test_the_dates_are_the_programme_s_not_the_announcement_s(engine: Engine) -> None:
    answer = engine.ask(question="ça existe depuis combien d'années ?")
    assert answer.intent == "dates"
    assert "2018" in answer.text


def test_nothing_close_gets_the_honest_fallback(engine: Engine) -> None:
    assert engine.ask(question="la recette du cassoulet de Castelnaudary").intent in {
        "out_of_scope",
        "laureate",
    }
    assert engine.ask(question="zxqv wrtp").intent == "out_of_scope"


def test_ranking_is_robust_to_word_order(knowledge: Knowledge) -> None:
    index = TopicIndex(topics=knowledge.topics, lexicon=knowledge.lexicon, protected=frozenset())
    first = index.read(folded="qui a selectionne les laureats").best
    second = index.read(folded="les laureats selectionnes par qui").best
    assert first is not None and second is not None
    assert first.topic == second.topic == "selection"


def test_close_topics_are_offered_as_did_you_mean(engine: Engine) -> None:
    answer = engine.ask(question="projets et argent ?")
    assert answer.intent in {"funding", "clarify"}
    if answer.intent == "clarify":
        assert len(answer.buttons) == 2


def test_a_reading_is_the_same_in_every_process() -> None:
    # Sets iterate in an order that changes with the interpreter's hash seed; ties between
    # topics must not.
    script = (
        "from bot.engine import Engine\n"
        "from bot.knowledge.load import load_knowledge\n"
        "engine = Engine(knowledge=load_knowledge())\n"
        "for q in ['Quels organismes apportent leur expertise aux territoires ?',"
        " 'innovation et décarbonation ?', 'les aides et les partenaires']:\n"
        "    print(engine.read(question=q).ranking)\n"
    )
    readings = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(readings) == 1


def test_a_label_set_by_a_rule_leads_by_its_margin_whatever_it_is_alike() -> None:
    ruled = Prediction(label="contact", margin=0.25)
    assert ruled.lead(alike=frozenset(["contact", "role"])) == 0.25


def test_a_plus_sign_and_sms_question_words_start_a_new_request() -> None:
    assert split_parts(text="la date de l'AG + le mail presse") == (
        "la date de l'AG",
        "le mail presse",
    )
    assert len(split_parts(text="c qd le CP, et c ki la présidente")) == 2


def test_an_amount_is_read_with_how_it_compares() -> None:
    assert numbers.amount("nord lozere depasse les 20 000 habitants") == (">", 20000)
    assert numbers.amount("moins de 40 communes") == ("<", 40)
    # A number in words, after how it compares; not « les deux ».
    assert numbers.amount("compte plus de quinze intercommunalites") == (">", 15)
    assert numbers.amount("les deux sont nouveaux") is None
    assert numbers.amount("c est 37 communes") == ("=", 37)
    assert numbers.amount_holds(("~", 100), 95) and not numbers.amount_holds((">", 37), 37)


def test_a_stop_inside_a_word_ends_no_request() -> None:
    assert split_parts(text="service.presse@laregion.fr c'est la Région ?") == (
        "service.presse@laregion.fr c'est la Région ",
    )


def test_a_question_asking_yes_or_no_by_its_form() -> None:
    assert asked_whether("la phase court jusqu en 2027 je me trompe")
    assert asked_whether("did ademe pick the winners")
    assert asked_whether("est ce que le lot en a un")
    assert not asked_whether("did you say which ones are new")
    assert not asked_whether("est ce que tu sais combien il y en a")
    assert not asked_whether("quels sont les lauréats")


def test_an_enumeration_and_each_thing_asked_for_start_a_new_request() -> None:
    assert split_parts(text="1) combien de nouveaux 2) la citation de Delga") == (
        "combien de nouveaux",
        "la citation de Delga",
    )
    # A department's number in brackets is no enumeration: it places the town before it.
    assert split_parts(text="Brassac (09) c quel territoire") == ("Brassac (09) c quel territoire",)
    assert split_parts(
        text="me dire qui les a choisis, me donner son mail et me rappeler la date"
    ) == ("me dire qui les a choisis", "me donner son mail", "me rappeler la date")
    assert split_parts(text="le nombre de communes, et la date du communiqué") == (
        "le nombre de communes",
        "la date du communiqué",
    )
    assert split_parts(text="nb de nouveaux et nb de renouvelés") == (
        "nb de nouveaux",
        "nb de renouvelés",
    )
    assert split_parts(text="le lieu de l'AG ainsi que la date du communiqué") == (
        "le lieu de l'AG",
        "la date du communiqué",
    )
    assert split_parts(text="the place of the assembly as well as the date of the release") == (
        "the place of the assembly",
        "the date of the release",
    )
    assert len(split_parts(text="communes de Nord Lozère et aussi combien d'habitants")) == 2


def test_a_courtesy_wrapping_a_request_reads_as_nothing(engine: Engine) -> None:
    plain = engine.frames(question="qui a retenu les lauréats ?")
    wrapped = engine.frames(question="Pourriez-vous me dire qui a retenu les lauréats ?")
    assert [(f.ask, f.op, f.about) for f in wrapped] == [(f.ask, f.op, f.about) for f in plain]
    assert wrapped[0].confidence == pytest.approx(plain[0].confidence)


def test_how_many_a_ranking_asks_to_see() -> None:
    assert numbers.top("top 3 biggest towns") == 3
    assert numbers.top("les trois communes les plus peuplees") == 3
    assert numbers.top("la ville la plus peuplee du 09") is None
    assert numbers.top("les 15 laureats") is None


def test_a_claim_in_a_sentence_of_its_own_beside_a_question_is_no_request(
    engine: Engine,
) -> None:
    # The asker's reason is said, not asked: « It's in the Lot like Cahors. »
    question = "Figeac isn't in the Albigeois territory, is it? It's in the Lot like Cahors."
    frames = engine.frames(question=question)
    assert [(f.ask, f.about) for f in frames] == [
        ("membership", ("commune:46102", "laureate:Albigeois"))
    ]
    # A question ending in one question mark asks each of its parts.
    asked = "Is Tarbes in an industry territory, which départements does it cover?"
    assert len(engine.frames(question=asked)) == 2


def test_a_threshold_is_read_as_a_filter_in_digits_or_words() -> None:
    assert threshold_filters("quels laureats depassent les 400 communes") == ["over:communes:400"]
    assert threshold_filters("moins de 50 000 habitants") == ["under:population:50000"]
    assert threshold_filters("at least a hundred municipalities") == ["atleast:communes:100"]
    assert threshold_filters("plus de 400 000 euros") == []


def test_which_of_them_picks_among_the_laureates_the_request_before_chose(
    engine: Engine,
) -> None:
    frames = engine.frames(
        question="How many renewed laureates are there, and which of them has the most communes?"
    )
    assert [(f.ask, f.op, f.filters) for f in frames] == [
        ("laureate", "count", ("status:renewed",)),
        ("communes", "most", ("status:renewed",)),
    ]
