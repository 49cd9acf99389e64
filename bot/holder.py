"""The engine in use, replaced whole on reload: no answer ever sees a half-loaded knowledge base."""

from __future__ import annotations

from pathlib import Path

from bot.engine import Engine
from bot.knowledge import load_knowledge


class EngineHolder:
    def __init__(self, *, engine: Engine, directory: Path) -> None:
        self._engine = engine
        self.directory = directory

    @property
    def engine(self) -> Engine:
        return self._engine

    def reload(self) -> Engine:
        """Loads and validates the knowledge again; on KnowledgeError the old engine stays."""
        engine = Engine(knowledge=load_knowledge(directory=self.directory))
        self._engine = engine
        return engine
