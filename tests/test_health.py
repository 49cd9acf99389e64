"""`territoires-bot health`: Docker's HEALTHCHECK, reading the heartbeat `serve` touches."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.heartbeat import Heartbeat


def test_a_recent_beat_is_healthy_an_old_or_missing_one_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    alive = tmp_path / "alive"
    monkeypatch.setenv("HEARTBEAT_FILE", str(alive))
    assert main(["health"]) == 1
    assert "no heartbeat" in capsys.readouterr().out
    Heartbeat(path=alive).beat()
    assert main(["health"]) == 0
    an_hour_ago = time.time() - 3600
    os.utime(alive, (an_hour_ago, an_hour_ago))
    assert main(["health"]) == 1
    assert "3600 s ago" in capsys.readouterr().out
    assert main(["health", "--max-age", "7200"]) == 0
