"""The built engine's snapshot: the same answers as the engine built from the YAML, rebuilt
whenever what it is built from changes, ignored when damaged, written atomically."""

from __future__ import annotations

import gc
import gzip
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.knowledge.keep
import bot.knowledge.places
import bot.snapshot
from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine
from bot.errors import KnowledgeError
from bot.holder import EngineHolder
from bot.knowledge.keep import snapshot_dirs
from bot.knowledge.load import DEFAULT_DIRECTORY, load_knowledge
from bot.knowledge.places import PLACES_FILE
from bot.snapshot import PLACES_SUFFIX, SUFFIX, load_engine, snapshot_key
from bot.understanding.learn import MODEL_SUFFIX
from tests import evaluate, evaluate_conversations, evaluate_perimeters


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A snapshot of the shipped knowledge, and of its communes, in a directory of its own."""
    place = tmp_path_factory.mktemp("good")
    load_engine(directory=DEFAULT_DIRECTORY, environ={"SNAPSHOT_DIR": str(place)})
    (path,) = snapshots(place)
    return path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good: Path) -> Path:
    """A snapshot directory of the test's own (the fallback one too), holding the snapshot of
    the shipped communes: a copy of the knowledge does not build them again."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    place = tmp_path / "snapshots"
    place.mkdir(mode=0o700)
    for communes in good.parent.glob(f"*{PLACES_SUFFIX}"):
        shutil.copy(communes, place)
    monkeypatch.setenv("SNAPSHOT_DIR", str(place))
    return place


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, target)
    return target


def edit(directory: Path, name: str, old: str, new: str) -> None:
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def snapshots(place: Path) -> list[Path]:
    return sorted(place.glob(f"*{SUFFIX}"))


def no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*, directory: Path) -> None:
        raise AssertionError("built, though a snapshot was expected")

    monkeypatch.setattr(bot.snapshot, "load_knowledge", refuse)


def test_a_second_load_comes_from_the_snapshot(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = load_engine(directory=copy)
    assert len(snapshots(cache)) == 1
    no_building(monkeypatch)
    loaded = load_engine(directory=copy)
    assert loaded is not built
    assert loaded.knowledge.directory == copy
    assert loaded.ask(question="Alès est-il lauréat ?") == built.ask(
        question="Alès est-il lauréat ?"
    )
    # Written aside and renamed: nothing half-written is left beside it, and the communes
    # have a snapshot of their own (the model too, unless this process trained it already).
    assert {p.suffix for p in cache.iterdir()} - {MODEL_SUFFIX} == {PLACES_SUFFIX, SUFFIX}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The shipped knowledge's engine, through a snapshot written and read back."""
    environ = {"SNAPSHOT_DIR": str(tmp_path_factory.mktemp("snapshots"))}
    load_engine(directory=DEFAULT_DIRECTORY, environ=environ)
    return load_engine(directory=DEFAULT_DIRECTORY, environ=environ)


def test_every_question_set_gets_the_same_answers_from_the_snapshot(
    engine: Engine, loaded: Engine
) -> None:
    questions = [
        *(c.question for c in evaluate.load_cases()),
        *(c.question for c in evaluate.load_cases(evaluate.HELDOUT)),
        *(c.question for c in evaluate_perimeters.load_cases()),
    ]
    assert len(questions) > 1300
    different = [q for q in questions if engine.ask(question=q) != loaded.ask(question=q)]
    assert different == []


def test_every_conversation_goes_the_same_way_from_the_snapshot(
    engine: Engine, loaded: Engine
) -> None:
    conversations = evaluate_conversations.load_conversations(knowledge=engine.knowledge)
    for conversation in conversations:
        built_context = loaded_context = NO_CONTEXT
        for index, turn in enumerate(conversation.turns):
            now = index * evaluate_conversations.GAP
            built = engine.reply(question=turn.question, context=built_context, now=now)
            again = loaded.reply(question=turn.question, context=loaded_context, now=now)
            assert again == built, (conversation.id, turn.question)
            built_context, loaded_context = built.context, again.context


def test_an_edited_file_is_answered_at_once(cache: Path, copy: Path) -> None:
    question = "Qui contacter à la préfecture ?"
    before = load_engine(directory=copy).ask(question=question)
    assert "05 34 45 38 31" in before.text
    edit(copy, "contacts.yaml", "05 34 45 38 31", "05 34 45 38 32")
    after = load_engine(directory=copy).ask(question=question)
    assert "05 34 45 38 32" in after.text
    assert "05 34 45 38 31" not in after.text
    assert len(snapshots(cache)) == 1  # one per knowledge directory, replaced


def test_after_an_edit_of_the_yaml_the_communes_are_loaded_not_built(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_engine(directory=copy)
    edit(copy, "contacts.yaml", "05 34 45 38 31", "05 34 45 38 32")
    monkeypatch.setattr(bot.knowledge.places, "_last", None)  # as in a new process

    def refuse(*, path: Path) -> None:
        raise AssertionError("the communes were built again")

    monkeypatch.setattr(bot.knowledge.places, "_read", refuse)
    second = load_engine(directory=copy)
    assert "05 34 45 38 32" in second.ask(question="contacts presse").text
    assert second.knowledge.places is not None
    assert first.knowledge.places is not None
    assert len(second.knowledge.places.communes_by_code) == len(
        first.knowledge.places.communes_by_code
    )
    monkeypatch.undo()


def test_a_copy_of_the_knowledge_loads_the_communes_of_the_first(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_engine(directory=copy)
    other = copy.parent / "other"
    shutil.copytree(copy, other)
    monkeypatch.setattr(bot.knowledge.places, "_last", None)

    def refuse(*, path: Path) -> None:
        raise AssertionError("the communes were built again")

    monkeypatch.setattr(bot.knowledge.places, "_read", refuse)
    assert load_engine(directory=other).ask(question="Alès").text.startswith("Oui")
    assert len(list(cache.glob(f"*{PLACES_SUFFIX}"))) == 1
    monkeypatch.undo()


def test_an_edited_communes_file_is_built_again(cache: Path, copy: Path) -> None:
    load_engine(directory=copy)
    bot.knowledge.places._last = None
    path = copy / PLACES_FILE
    raw = json.loads(gzip.decompress(path.read_bytes()))
    commune = next(row for row in raw["communes"] if row[1] == "Alès")
    commune[1] = "Alès-la-Neuve"
    path.write_bytes(gzip.compress(json.dumps(raw).encode()))
    engine = load_engine(directory=copy)
    assert engine.knowledge.places is not None
    assert engine.knowledge.places.communes_by_code[commune[0]].name == "Alès-la-Neuve"


def test_ask_answers_from_an_edited_directory_as_a_process(tmp_path: Path, copy: Path) -> None:
    def ask() -> str:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "--knowledge", str(copy), "ask", "contacts presse"],
            env={**os.environ, "SNAPSHOT_DIR": str(tmp_path / "snapshots")},
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        return result.stdout

    assert "05 34 45 38 31" in ask()
    assert "05 34 45 38 31" in ask()  # from the snapshot
    edit(copy, "contacts.yaml", "05 34 45 38 31", "05 34 45 38 32")
    assert "05 34 45 38 32" in ask()


@pytest.mark.parametrize(
    "name",
    sorted(
        str(p.relative_to(DEFAULT_DIRECTORY))
        for p in DEFAULT_DIRECTORY.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    ),
)
def test_any_knowledge_file_is_part_of_the_key(copy: Path, name: str) -> None:
    before = snapshot_key(directory=copy)
    with (copy / name).open("ab") as stream:
        stream.write(b"\n")
    assert snapshot_key(directory=copy) != before


def test_a_new_or_removed_file_changes_the_key(copy: Path) -> None:
    before = snapshot_key(directory=copy)
    (copy / "outlines.json").unlink()
    assert snapshot_key(directory=copy) != before


def test_the_code_is_part_of_the_key(
    copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "bot"
    shutil.copytree(Path(bot.snapshot.__file__).parent, package)
    monkeypatch.setattr(bot.knowledge.keep, "_PACKAGE", package)
    bot.knowledge.keep.code_digest.cache_clear()
    try:
        before = snapshot_key(directory=copy)
        with (package / "engine.py").open("a", encoding="utf-8") as stream:
            stream.write("# edited\n")
        bot.knowledge.keep.code_digest.cache_clear()
        assert snapshot_key(directory=copy) != before
    finally:
        bot.knowledge.keep.code_digest.cache_clear()


def test_the_same_knowledge_elsewhere_is_another_snapshot(cache: Path, copy: Path) -> None:
    # The knowledge remembers its directory (the maps' outlines are read from it).
    other = copy.parent / "other"
    shutil.copytree(copy, other)
    assert load_engine(directory=other).knowledge.directory == other
    assert load_engine(directory=copy).knowledge.directory == copy
    assert len(snapshots(cache)) == 2


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "last-byte-missing": lambda data: data[:-1],
    "trailing-byte": lambda data: data + b"x",
    "byte-flipped": lambda data: (
        data[: len(data) // 2] + bytes([data[len(data) // 2] ^ 0xFF]) + data[len(data) // 2 + 1 :]
    ),
    "empty": lambda data: b"",
    "text": lambda data: b"not a snapshot at all\n" * 100,
    "bad-pickle": lambda data: data.split(b"\n", 1)[0] + b"\n" + b"\x80\x05garbage",
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_snapshot_is_ignored(
    good: Path, damage: str, cache: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = cache / good.name
    path.write_bytes(DAMAGES[damage](good.read_bytes()))
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING):
        key = snapshot_key(directory=DEFAULT_DIRECTORY)
        assert bot.knowledge.keep.read(path, key=key, kind=Engine) is None
    assert "is unreadable" in caplog.text


def test_a_damaged_snapshot_is_rebuilt(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_engine(directory=copy)
    (path,) = snapshots(cache)
    path.write_bytes(path.read_bytes()[:-1000])
    assert load_engine(directory=copy).ask(question="Alès est-il lauréat ?").text.startswith("Oui")
    # Written again: the next start loads it.
    no_building(monkeypatch)
    assert load_engine(directory=copy).ask(question="Alès").text.startswith("Oui")


def test_a_snapshot_others_may_write_is_never_read(
    cache: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_engine(directory=copy)
    (path,) = snapshots(cache)
    path.chmod(0o666)
    built: list[Path] = []

    def counting(*, directory: Path) -> object:
        built.append(directory)
        return load_knowledge(directory=directory)

    monkeypatch.setattr(bot.snapshot, "load_knowledge", counting)
    load_engine(directory=copy)
    assert built == [copy]


def test_an_unwritable_snapshot_directory_falls_back_to_a_temporary_one(
    tmp_path: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    environ = {"SNAPSHOT_DIR": str(blocked / "snapshots")}  # cannot be created
    load_engine(directory=copy, environ=environ)
    (fallback,) = tmp_path.glob("territoires-bot-*")
    assert fallback.stat().st_mode & 0o777 == 0o700
    assert len(snapshots(fallback)) == 1
    no_building(monkeypatch)
    load_engine(directory=copy, environ=environ)


def test_where_snapshots_live() -> None:
    home = Path("~").expanduser()
    assert snapshot_dirs({})[0] == home / ".cache" / "territoires-bot"
    assert snapshot_dirs({"XDG_CACHE_HOME": "/c"})[0] == Path("/c/territoires-bot")
    assert snapshot_dirs({"SNAPSHOT_DIR": "/s", "XDG_CACHE_HOME": "/c"})[0] == Path("/s")


def test_invalid_knowledge_is_refused_with_the_same_messages(cache: Path, copy: Path) -> None:
    load_engine(directory=copy)  # a valid snapshot of this directory exists
    edit(copy, "governance.yaml", "source: cp-2023-11-14", "source: cp-2099")
    edit(copy, "quotes.yaml", "quotes:\n", "quotes: [\n")
    with pytest.raises(KnowledgeError) as direct:
        load_knowledge(directory=copy)
    with pytest.raises(KnowledgeError) as through:
        load_engine(directory=copy)
    assert [str(i) for i in through.value.issues] == [str(i) for i in direct.value.issues]
    assert len(snapshots(cache)) == 1  # the valid one, never replaced by an invalid one


def test_a_reload_frees_the_engine_it_replaces() -> None:
    # As serve holds it: the engine of the start frozen out of the collector's sight.
    holder = EngineHolder(
        engine=load_engine(directory=DEFAULT_DIRECTORY), directory=DEFAULT_DIRECTORY
    )
    gc.freeze()
    first = weakref.ref(holder.engine)
    holder.reload()
    gc.collect()
    assert first() is None
    assert gc.get_freeze_count() == 0
