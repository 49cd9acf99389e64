"""/stats figures, computed in a child process of low priority."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from bot.errors import StatsError
from bot.questions.log import QUESTION_LOG_FILE
from bot.questions.stats import stats_elsewhere, stats_text
from tests.test_report import fill_log


def test_the_child_gives_the_figures_computed_here(tmp_path: Path) -> None:
    path = tmp_path / QUESTION_LOG_FILE
    fill_log(path, rows=300, now=dt.datetime.now(dt.UTC))
    elsewhere = asyncio.run(stats_elsewhere(path=path))
    assert "30 derniers jours : 300" in elsewhere
    assert elsewhere == stats_text(path=path)


def test_a_child_that_fails_says_why(tmp_path: Path) -> None:
    with pytest.raises(StatsError, match="exited with 1"):
        asyncio.run(stats_elsewhere(path=tmp_path))  # a directory, not a database
