"""The engine in use, replaced whole on reload: no answer ever sees a half-loaded knowledge base."""

from __future__ import annotations

import gc
from pathlib import Path

from bot.engine import Engine
from bot.snapshot import load_engine


class EngineHolder:
    def __init__(self, *, engine: Engine, directory: Path) -> None:
        self._engine = engine
        self.directory = directory

    @property
    def engine(self) -> Engine:
        return self._engine

    def reload(self) -> Engine:
        """Loads and validates the knowledge again (from its snapshot when unchanged); on
        KnowledgeError the old engine stays."""
        engine = load_engine(directory=self.directory)
        self._engine = engine
        # The engine replaced was frozen at start (serve): back in the collector's sight, it
        # is freed with its cycles.
        gc.unfreeze()
        return engine
