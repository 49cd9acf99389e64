"""Topic entries in knowledge/topics.yaml: validated by `check`, kept apart from the test
questions, and extended by a press officer with YAML alone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.engine import Engine
from bot.errors import KnowledgeError
from bot.knowledge.load import DEFAULT_DIRECTORY, Knowledge, load_knowledge
from bot.normalize import fold
from bot.topiccheck import routing_issues
from tests.evaluate import HELDOUT, QUESTIONS, load_cases
from tests.test_understanding import PARAPHRASES

# The topic ids agreed with the team for the `intent` field.
AGREED = {
    "laureate", "list", "programme", "axes", "axis_skills", "axis_innovation", "axis_land",
    "axis_decarbonisation", "benefits", "funding", "partners", "engineering", "selection",
    "governance", "quotes", "announcement", "dates", "counts", "contacts", "press_kit",
    "application", "map", "not_in_release", "out_of_scope", "help", "greeting", "thanks", "clarify",
}  # fmt: skip


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, target)
    return target


def test_every_agreed_topic_is_a_knowledge_entry(knowledge: Knowledge) -> None:
    assert {topic.id for topic in knowledge.topics} == AGREED


def test_examples_and_test_questions_never_overlap(knowledge: Knowledge) -> None:
    examples = {
        fold(q): topic.id
        for topic in knowledge.topics
        for q in (*topic.examples.fr, *topic.examples.en)
    }
    questions = [c.question for c in (*load_cases(QUESTIONS), *load_cases(HELDOUT))]
    questions += [question for question, _ in PARAPHRASES]
    shared = sorted({q for q in questions if fold(q) in examples})
    assert not shared, shared


def test_every_topic_has_french_and_english_examples(knowledge: Knowledge) -> None:
    for topic in knowledge.topics:
        assert topic.examples.fr and topic.examples.en, topic.id


def test_every_example_is_answered_with_its_own_topic(engine: Engine) -> None:
    issues = list(routing_issues(engine=engine))
    assert not issues, "\n".join(map(str, issues))


def errors(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(directory=directory)
    return [str(issue) for issue in caught.value.issues]


def edit(directory: Path, old: str, new: str) -> None:
    path = directory / "topics.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_unknown_fact_is_located(copy: Path) -> None:
    edit(copy, "facts: [offer.envelope, offer.project_manager]", "facts: [offer.budget]")
    found = errors(copy)
    assert any(
        e.startswith("topics.yaml:") and "facts.0: unknown fact « offer.budget »" in e
        for e in found
    ), found


def test_example_given_to_two_topics_is_refused(copy: Path) -> None:
    edit(copy, "        - Quel est le budget du programme ?\n", "        - Qui pilote ?\n")
    edit(copy, "        - Qui dirige le programme", "        - Qui pilote ?\n        - Qui dirige")
    assert any("is already an example of « funding »" in e for e in errors(copy))


def test_example_the_engine_answers_otherwise_is_reported(copy: Path) -> None:
    edit(copy, "        - Quel est le budget du programme ?\n", "        - la gouvernance ?\n")
    edit(
        copy,
        "        - Y a-t-il de l'argent",
        "        - Qui copilote dans la région ?\n        - Y a-t-il",
    )
    engine = Engine(knowledge=load_knowledge(directory=copy))
    issues = [str(i) for i in routing_issues(engine=engine)]
    # Each reported at its line, with the topic it is mistaken for.
    assert any(
        i.startswith("topics.yaml:")
        and "examples.fr.1: « la gouvernance ? »" in i
        and "« governance »" in i
        for i in issues
    ), issues
    assert any("« Qui copilote dans la région ? »" in i and "« governance »" in i for i in issues)


# What README.md « Adding a question » tells a press officer to add.
PRESS_KIT_ONLINE = """\
  - id: press_kit
    answer:
      text: >-
        Le dossier de presse national, avec la liste des
        {announcement.assembly.national_laureates} lauréats, est en ligne :
        https://example.org/dossier-de-presse.
      text_en: >-
        The national press kit, listing the {announcement.assembly.national_laureates}
        laureates, is online: https://example.org/dossier-de-presse.
      title: Dossier de presse
      source: cp-2023-11-14
      section: annonce
"""

VISITS = """\
  - id: visits
    answer:
      text: Les visites d'entreprises se demandent au service presse de la préfecture.
      source: cp-2023-11-14
      section: contacts presse
    terms: [visite, visiter, visites d entreprises, portes ouvertes]
    examples:
      fr:
        - Peut-on visiter une usine d'un territoire lauréat ?
        - des visites d'entreprises sont prévues ?
      en:
        - Can we visit a factory?
"""


def test_a_press_officer_adds_a_question_with_yaml_alone(copy: Path) -> None:
    text = (copy / "topics.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: press_kit\n")
    end = text.index("    facts:", start)
    # The link is now known: the press kit is answered from the YAML, no longer from code.
    text = text[:start] + PRESS_KIT_ONLINE + text[end:] + VISITS
    (copy / "topics.yaml").write_text(text.replace("compose: press_kit\n", ""), encoding="utf-8")
    engine = Engine(knowledge=load_knowledge(directory=copy))
    assert not list(routing_issues(engine=engine))

    kit = engine.ask(question="Où trouver le dossier de presse ?")
    assert kit.intent == "press_kit"
    assert "liste des 183 lauréats, est en ligne : https://" in kit.text
    assert "listing the 183" in engine.ask(question="where can I get the press kit?").text

    visit = engine.ask(question="on peut visiter une entreprise lauréate ?")
    assert visit.intent == "visits"
    assert visit.text.startswith("Les visites d'entreprises")
    assert yaml.safe_load((copy / "topics.yaml").read_text(encoding="utf-8"))


def test_what_the_release_does_not_say_quotes_the_figures_it_does_from_the_knowledge(
    copy: Path,
) -> None:
    directory = copy
    programme = directory / "programme.yaml"
    text = programme.read_text(encoding="utf-8")
    assert "amount: 100 M€" in text
    programme.write_text(text.replace("amount: 100 M€", "amount: 120 M€"), encoding="utf-8")
    answer = Engine(knowledge=load_knowledge(directory=directory)).ask(
        question="Quel est le bilan du programme ?"
    )
    assert answer.intent == "not_in_release"
    assert "120 M€" in answer.text and "100 M€" not in answer.text
