"""Reloading swaps the whole engine, or nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.errors import KnowledgeError
from bot.holder import EngineHolder
from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.snapshot import load_engine, snapshot_key


def test_a_valid_reload_swaps_in_a_new_engine(tmp_path: Path, engine: Engine) -> None:
    directory = tmp_path / "k"
    shutil.copytree(DEFAULT_DIRECTORY, directory)
    holder = EngineHolder(engine=engine, directory=directory)
    path = directory / "territories.yaml"
    path.write_text(
        path.read_text("utf-8").replace("aliases: [Albigeois]", "aliases: [Albigeois, Albigès]"),
        "utf-8",
    )
    new = holder.reload()
    assert holder.engine is new is not engine
    assert holder.engine.ask(question="Albigès").territories == ("Albigeois",)


def test_an_invalid_reload_keeps_the_engine_in_use(tmp_path: Path, engine: Engine) -> None:
    directory = tmp_path / "k"
    shutil.copytree(DEFAULT_DIRECTORY, directory)
    (directory / "contacts.yaml").write_text("organisations: [", "utf-8")
    holder = EngineHolder(engine=engine, directory=directory)
    with pytest.raises(KnowledgeError):
        holder.reload()
    assert holder.engine is engine


def test_a_reload_of_unchanged_knowledge_keeps_the_engine_and_an_edit_is_seen(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "k"
    shutil.copytree(DEFAULT_DIRECTORY, directory)
    key = snapshot_key(directory=directory)
    holder = EngineHolder(engine=load_engine(directory=directory), directory=directory, key=key)
    first = holder.engine
    assert holder.reload() is first
    path = directory / "territories.yaml"
    path.write_text(
        path.read_text("utf-8").replace("aliases: [Albigeois]", "aliases: [Albigeois, Albigès]"),
        "utf-8",
    )
    assert holder.reload() is not first
    assert holder.engine.ask(question="Albigès").territories == ("Albigeois",)
    assert holder.reload() is holder.engine
