"""Labelled examples in knowledge/examples/: validated by `check` against the knowledge, and
kept apart from every question the tests measure with."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.errors import KnowledgeError
from bot.knowledge.examples import EXAMPLES_DIRECTORY, load_examples
from bot.knowledge.load import DEFAULT_DIRECTORY, Knowledge, load_knowledge
from bot.normalize import fold
from bot.snapshot import load_engine
from bot.understanding.learn import model_key
from tests.evaluate import HELDOUT, QUESTIONS, load_cases
from tests.evaluate_conversations import load_conversations
from tests.evaluate_sealed import SEALED, load_questions
from tests.evaluate_sealed import load_conversations as load_sealed_conversations
from tests.test_frames import load_frame_questions

# The other sealed corpora, beside the first.
SEALED2 = SEALED.with_name("sealed2")
SEALED3 = SEALED.with_name("sealed3")
SEALED4 = SEALED.with_name("sealed4")


def test_the_examples_are_valid(knowledge: Knowledge) -> None:
    examples = load_examples(knowledge=knowledge)
    assert len(examples) >= 1600
    asks = {frame.ask for example in examples for frame in example.frames}
    assert {"membership", "status", "contact", "unknown", "out_of_scope"} <= asks


def test_examples_and_test_questions_never_overlap(knowledge: Knowledge) -> None:
    examples = {fold(example.question) for example in load_examples(knowledge=knowledge)}
    measured = [c.question for c in (*load_cases(QUESTIONS), *load_cases(HELDOUT))]
    measured += [t.question for c in load_conversations(knowledge=knowledge) for t in c.turns]
    measured += [t.question for t in load_questions()]
    measured += [t.question for c in load_sealed_conversations() for t in c]
    measured += [t.question for t in load_questions(SEALED2)]
    measured += [t.question for c in load_sealed_conversations(SEALED2) for t in c]
    measured += [t.question for t in load_questions(SEALED3)]
    measured += [t.question for c in load_sealed_conversations(SEALED3) for t in c]
    measured += [t.question for t in load_questions(SEALED4)]
    measured += [t.question for c in load_sealed_conversations(SEALED4) for t in c]
    measured += [case["q"] for case in load_frame_questions()]
    shared = sorted({q for q in measured if fold(q) in examples})
    assert not shared, shared


def write(tmp_path: Path, text: str) -> Path:
    directory = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, directory, ignore=shutil.ignore_patterns("examples"))
    (directory / EXAMPLES_DIRECTORY).mkdir()
    (directory / EXAMPLES_DIRECTORY / "mine.yaml").write_text(text, encoding="utf-8")
    return directory


def problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as raised:
        load_examples(knowledge=load_knowledge(directory=directory))
    return [str(issue) for issue in raised.value.issues]


def test_a_wrong_label_is_located_by_file_line_and_field(tmp_path: Path) -> None:
    directory = write(
        tmp_path,
        """\
- id: x1
  q: "Alès c'est nouveau ?"
  frames:
  - {ask: status, op: yesno, about: ['laureate:Alès']}
- id: x2
  turns:
  - q: "Qui appeler ?"
    frames:
    - {ask: contact, op: lookup, about: [release]}
  - q: "son portable ?"
    frames:
    - {ask: contacts, op: lookup}
    expect: {polarity: peut-être}
""",
    )
    issues = problems(directory)
    assert issues[0].startswith("examples/mine.yaml:12: 1.turns.1.frames.0.ask: Input should be")
    assert issues[1:] == [
        "examples/mine.yaml:13: 1.turns.1.expect.polarity: Input should be 'oui', 'non', "
        "'yes' or 'no'"
    ]


def test_subjects_filters_and_laureates_are_checked_against_the_knowledge(
    tmp_path: Path,
) -> None:
    directory = write(
        tmp_path,
        """\
- id: x1
  q: "Et Brest ?"
  frames:
  - {ask: membership, op: yesno, about: ['laureate:Brest', 'commune:29019'], filters: [status:vieux]}
  expect: {laureates: [Brest]}
- id: x1
  q: "Et Mende ?"
  frames:
  - {ask: membership, op: yesno, about: ['commune:48095', 'town:Mende']}
- id: x2
  q: "Lesquels dépassent 400 communes, ou 2 000 km² ?"
  frames:
  - {ask: communes, op: list, about: [laureates], filters: ['over:communes:400', 'over:km2:2000']}
""",
    )
    assert problems(directory) == [
        "examples/mine.yaml:4: 0.frames.0.about.0: 'laureate:Brest': no laureate 'Brest' in the "
        "knowledge",
        "examples/mine.yaml:4: 0.frames.0.filters.0: 'status:vieux' is not a filter "
        "(see tests/sealed/FRAMES.md)",
        "examples/mine.yaml:5: 0.expect.laureates.0: 'Brest' is not a laureate's name",
        "examples/mine.yaml:6: 1.id: x1 is also in mine.yaml",
        "examples/mine.yaml:9: 1.frames.0.about.1: 'town:Mende': unknown kind of subject 'town'",
        "examples/mine.yaml:13: 2.frames.0.filters.1: 'over:km2:2000' is not a filter "
        "(see tests/sealed/FRAMES.md)",
    ]


def test_check_validates_the_examples_again_once_they_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SNAPSHOT_DIR", str(tmp_path / "snapshots"))
    directory = write(
        tmp_path,
        "- id: x1\n  q: Alès c'est nouveau ?\n  frames:\n"
        "  - {ask: status, op: yesno, about: ['laureate:Alès']}\n",
    )
    for _ in range(2):  # the second from what the first kept
        assert main(["--knowledge", str(directory), "check"]) == 0
        assert "1 labelled example questions" in capsys.readouterr().out
    examples = directory / EXAMPLES_DIRECTORY / "mine.yaml"
    examples.write_text(examples.read_text().replace("laureate:Alès", "laureate:Brest"))
    assert main(["--knowledge", str(directory), "check"]) == 2
    assert "examples/mine.yaml:4: 0.frames.0.about.0" in capsys.readouterr().err


# What README.md « Labelled examples (frames) » tells a press officer to add: an example in
# the format it shows, in a file of its own.
README_EXAMPLE = """\
- id: mine-001
  lang: fr
  q: Le territoire de Nord Lozère, il existait déjà avant 2023 ?
  frames:
  - {ask: status, op: yesno, about: ['laureate:Nord Lozère']}
  expect: {polarity: non, says: [nouveau]}
"""
# A label at odds with every example like it: what is asked is a contact, not the axes.
AT_ODDS = """\
- id: mine-002
  q: Quel est le numéro de portable de Margot Scherer ?
  frames:
  - {ask: axes, op: list, about: [programme]}
"""


def copy_with(tmp_path: Path, text: str) -> Path:
    directory = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, directory)
    (directory / EXAMPLES_DIRECTORY / "mine.yaml").write_text(text, encoding="utf-8")
    return directory


def test_adding_an_example_as_the_readme_says_trains_the_model_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SNAPSHOT_DIR", str(tmp_path / "snapshots"))
    shipped = len(load_examples(knowledge=load_knowledge()))
    directory = copy_with(tmp_path, README_EXAMPLE)
    assert main(["--knowledge", str(directory), "check"]) == 0
    assert f"{shipped + 1} labelled example questions" in capsys.readouterr().out
    knowledge = load_knowledge(directory=directory)
    assert model_key(knowledge=knowledge) != model_key(knowledge=load_knowledge())
    engine = load_engine(directory=directory)
    answer = engine.ask(question="Le territoire de Nord Lozère, il existait déjà avant 2023 ?")
    assert engine.frames(question=answer.question)[0].ask == "status"
    assert answer.text.startswith("Non")


def test_check_names_an_example_the_model_reads_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SNAPSHOT_DIR", str(tmp_path / "snapshots"))
    directory = copy_with(tmp_path, AT_ODDS)
    assert main(["--knowledge", str(directory), "check"]) == 0
    out = capsys.readouterr().out
    assert "examples/mine.yaml:2: the model reads ask « contact » (labelled « axes »)" in out, out


def test_spanning_and_its_negation_are_filters_an_example_may_use(tmp_path: Path) -> None:
    directory = write(
        tmp_path,
        """\
- id: x1
  q: "Quels lauréats débordent sur plusieurs départements ?"
  frames:
  - {ask: laureate, op: list, about: [laureates], filters: [spanning]}
- id: x2
  q: "Et ceux qui tiennent dans un seul département ?"
  frames:
  - {ask: laureate, op: list, about: [laureates], filters: ['not:spanning']}
""",
    )
    examples = load_examples(knowledge=load_knowledge(directory=directory))
    assert [e.frames[0].filters for e in examples] == [("spanning",), ("not:spanning",)]
