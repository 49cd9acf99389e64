"""The built engine kept on disk and loaded in one step, so that a command starts in a blink.

Building the engine (eleven YAML files validated, every commune of France read, perimeter
coverage, the place matcher, the topic index) takes about a second; unpickling it takes a
tenth of that. A snapshot is keyed by everything it is built from: the content of every file
of the knowledge directory, the directory's path (the knowledge remembers it), the content
of every source file of this package, and the version of Python. Any edit gives
another key, and the engine is built again: a snapshot is never stale.
It is kept as bot/knowledge/keep.py keeps any value: where, and how safely, is said there.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from bot.engine import Engine
from bot.knowledge.keep import (
    FORMAT,
    code_digest,
    digest_files,
    file_name,
    first,
    snapshot_dirs,
    write,
)
from bot.knowledge.load import load_knowledge
from bot.knowledge.places import PLACES_FILE, Places, keep_places

SUFFIX = ".snapshot"
PLACES_SUFFIX = ".places"


def load_engine(
    *, directory: Path, environ: Mapping[str, str] = os.environ, key: str | None = None
) -> Engine:
    """The engine for a knowledge directory: its snapshot if there is one, else built (and
    validated: KnowledgeError as from load_knowledge) and then kept as a snapshot. `key` is
    the directory's snapshot_key, when the caller has it already."""
    key = key or snapshot_key(directory=directory)
    dirs = snapshot_dirs(environ)
    engine = first(dirs, file_name(directory, SUFFIX), key=key, kind=Engine)
    if engine is not None:
        return engine
    # The communes are kept apart too, named by their own file's content: after an edit of
    # the YAML alone they are loaded, not built again (a fifth of a second), and so are they
    # for a copy of the knowledge (an edited one mounted in the image).
    communes = directory / PLACES_FILE
    communes_key = _places_key(communes)
    communes_name = f"{communes_key[:24]}{PLACES_SUFFIX}"
    kept = first(dirs, communes_name, key=communes_key, kind=Places)
    if kept is not None and communes.is_file():
        keep_places(path=communes, places=kept)
    engine = Engine(knowledge=load_knowledge(directory=directory))
    # A file edited while the engine was built: what was built is not what the key says.
    if snapshot_key(directory=directory) == key:
        writes: list[tuple[str, str, object]] = [(file_name(directory, SUFFIX), key, engine)]
        if engine.knowledge.places is not None and engine.knowledge.places is not kept:
            writes.append((communes_name, communes_key, engine.knowledge.places))
        for name, its_key, value in writes:
            for place in dirs:
                if write(place, name=name, directory=directory, key=its_key, value=value):
                    break
    return engine


def snapshot_key(*, directory: Path) -> str:
    digest = hashlib.sha256()
    for text in (
        str(FORMAT),
        sys.version,
        str(directory),
        str(directory.absolute()),
        code_digest(),
    ):
        digest.update(text.encode() + b"\0")
    digest_files(digest.update, directory)
    return digest.hexdigest()


def _places_key(path: Path) -> str:
    digest = hashlib.sha256()
    for text in (str(FORMAT), sys.version, code_digest()):
        digest.update(text.encode() + b"\0")
    try:
        digest.update(path.read_bytes())
    except OSError as error:
        digest.update(f"unreadable: {error}".encode())
    return digest.hexdigest()
