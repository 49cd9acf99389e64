from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge.load import Knowledge, load_knowledge


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge()


@pytest.fixture(scope="session")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge=knowledge)


@pytest.fixture(scope="session", autouse=True)
def snapshots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Knowledge snapshots of this run's own (the commands the tests start inherit it):
    none from an earlier run is trusted, none is left in the user's cache."""
    place = tmp_path_factory.mktemp("snapshots")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SNAPSHOT_DIR", str(place))
        yield place
