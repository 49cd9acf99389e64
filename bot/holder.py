"""The engine in use, replaced whole on reload: no answer ever sees a half-loaded knowledge base."""

from __future__ import annotations

import gc
from pathlib import Path

from bot.engine import Engine
from bot.snapshot import load_engine, snapshot_key


class EngineHolder:
    def __init__(self, *, engine: Engine, directory: Path, key: str | None = None) -> None:
        """`key`: the snapshot key of the knowledge the engine was loaded from, if known."""
        self._engine = engine
        self._key = key
        self.directory = directory

    @property
    def engine(self) -> Engine:
        return self._engine

    def reload(self) -> Engine:
        """Loads and validates the knowledge again; on KnowledgeError the old engine stays.
        Unchanged knowledge (files and code) keeps the engine in use: it is the one a reload
        would build, and loading it again would only churn memory."""
        key = snapshot_key(directory=self.directory)
        if key == self._key:
            return self._engine
        engine = load_engine(directory=self.directory, key=key)
        self._engine, self._key = engine, key
        # The engine replaced was frozen at start (serve): back in the collector's sight, it
        # is freed with its cycles.
        gc.unfreeze()
        return engine
