"""End to end, in production's failure modes: failed sends, stops with a backlog, stops during
start-up, and the webhook's refusals. `serve` runs as a process against the fake Bot API."""

from __future__ import annotations

import collections
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, Fault
from tests.telegram.test_serve import start, start_webhook

BACKLOG = 300


def replies_by_chat(api: FakeBotAPI) -> collections.Counter[int]:
    return collections.Counter(
        int(c.params["chat_id"]) for c in api.calls if c.method == "sendMessage" and c.status == 200
    )


def wait_until(condition: object, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


def health(heartbeat: Path) -> int:
    return subprocess.run(
        [sys.executable, "-m", "bot", "health"],
        env={**os.environ, "HEARTBEAT_FILE": str(heartbeat)},
        capture_output=True,
        check=False,
        timeout=30,
    ).returncode


def stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=10)


def test_a_send_failing_with_502_500_or_a_dropped_connection_is_retried(tmp_path: Path) -> None:
    with FakeBotAPI() as api:
        process = start(api, tmp_path / "bot.log", DATA_DIR=str(tmp_path))
        try:
            api.wait_for("setMyCommands", timeout=30)
            for chat_id, fault in ((401, "502"), (402, "500"), (403, "drop")):
                api.inject("sendMessage", Fault(fault), Fault(fault))
                api.push(tg.private_text("Alès", chat_id=chat_id))
                (sent,) = api.wait_for("sendMessage", where={"chat_id": chat_id})
                assert "Alès" in sent.params["text"]
            failed = [c for c in api.calls if c.method == "sendMessage" and c.status != 200]
            assert len(failed) == 6
            assert health(tmp_path / "bot.alive") == 0  # the poll loop beats
        finally:
            assert stop(process) == 0
        assert health(tmp_path / "bot.alive") == 1  # a stopped bot is not healthy
    log = (tmp_path / "bot.log").read_text()
    assert "retrying" in log
    assert "Traceback" not in log


def test_a_stop_with_a_backlog_loses_nothing_and_a_restart_answers_the_rest(
    tmp_path: Path,
) -> None:
    with FakeBotAPI() as api:
        chats = range(5000, 5000 + BACKLOG)
        for chat_id in chats:
            api.push(tg.private_text("Alès", chat_id=chat_id))
        first = start(api, tmp_path / "first.log", DATA_DIR=str(tmp_path), LOG_LEVEL="INFO")
        wait_until(lambda: sum(replies_by_chat(api).values()) >= 60, timeout=60)
        assert stop(first) == 0  # within Docker's grace period: stop() waits 10 s at most
        assert "every update below" in (tmp_path / "first.log").read_text()
        answered_before = len(replies_by_chat(api))
        assert answered_before < BACKLOG  # the stop did come in the middle of the backlog

        second = start(api, tmp_path / "second.log", DATA_DIR=str(tmp_path), LOG_LEVEL="INFO")
        try:
            wait_until(lambda: set(replies_by_chat(api)) >= set(chats), timeout=60)
        finally:
            assert stop(second) == 0
    replies = replies_by_chat(api)
    assert set(replies) == set(chats)  # nothing lost
    twice = [chat for chat, count in replies.items() if count > 1]
    assert len(twice) <= BACKLOG // 100, f"answered twice: {twice}"


def test_a_stop_while_idle_acknowledges_what_was_answered_and_a_restart_answers_nothing_twice(
    tmp_path: Path,
) -> None:
    with FakeBotAPI() as api:
        first = start(api, tmp_path / "first.log", DATA_DIR=str(tmp_path), LOG_LEVEL="INFO")
        try:
            api.wait_for("setMyCommands", timeout=30)
            for chat_id in range(6000, 6005):
                api.push(tg.private_text("Alès", chat_id=chat_id))
            wait_until(lambda: len(replies_by_chat(api)) == 5, timeout=30)
            # The bot waits in a long poll when the stop comes.
            wait_until(lambda: api.calls[-1].method == "getUpdates", timeout=10)
            time.sleep(0.5)
        finally:
            assert stop(first) == 0
        log = (tmp_path / "first.log").read_text()
        assert "every update below" in log, log
        polls = sum(c.method == "getUpdates" for c in api.calls)
        second = start(api, tmp_path / "second.log", DATA_DIR=str(tmp_path), LOG_LEVEL="INFO")
        try:
            # Its first poll would bring back whatever the first one left unacknowledged.
            wait_until(
                lambda: sum(c.method == "getUpdates" for c in api.calls) >= polls + 2, timeout=30
            )
            time.sleep(0.5)
        finally:
            assert stop(second) == 0
    assert set(replies_by_chat(api).values()) == {1}  # each answered once


# Generous guards, not measurements: a loaded machine can take seconds to start Python;
# how fast a stop is, `make soak` reports.
STOP_TIMEOUT = 30


def test_sigterm_during_start_up_stops_at_once(tmp_path: Path) -> None:
    # An unreachable API keeps the start-up in its retries for seconds.
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9",
        "DATA_DIR": str(tmp_path),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    line = process.stderr.readline()
    assert "retrying" in line
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=STOP_TIMEOUT) == 0
    assert "stopped during start-up" in process.stderr.read()


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux's unshare")
def test_as_pid_1_sigterm_during_start_up_is_not_ignored(tmp_path: Path) -> None:
    """Like `docker run` without --init: the kernel drops signals PID 1 has no handler for."""
    probe = subprocess.run(["unshare", "--pid", "--fork", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("PID namespaces are not available here")
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9",
        "DATA_DIR": str(tmp_path),
    }
    wrapper = subprocess.Popen(
        ["unshare", "--pid", "--fork", "--kill-child", sys.executable, "-m", "bot", "serve"],
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert wrapper.stderr is not None
        assert "retrying" in wrapper.stderr.readline()
        (bot_pid,) = Path(f"/proc/{wrapper.pid}/task/{wrapper.pid}/children").read_text().split()
        status = Path(f"/proc/{bot_pid}/status").read_text().splitlines()
        (ids,) = [line.split()[1:] for line in status if line.startswith("NSpid:")]
        assert ids[-1] == "1"  # the bot is PID 1 in its namespace
        os.kill(int(bot_pid), signal.SIGTERM)
        assert wrapper.wait(timeout=STOP_TIMEOUT) == 0
    finally:
        if wrapper.poll() is None:
            wrapper.kill()
            wrapper.wait()


def test_webhook_without_a_secret_refuses_to_start(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram",
            "TELEGRAM_WEBHOOK_SECRET": "",
            "DATA_DIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "TELEGRAM_WEBHOOK_SECRET" in result.stderr


SECRET = "webhook-secret-for-tests"


def post(url: str, body: bytes, *, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            status: int = response.status
            return status
    except urllib.error.HTTPError as error:
        return error.code


def test_webhook_refuses_forged_updates_and_answers_before_its_200(tmp_path: Path) -> None:
    admin = 4242
    with FakeBotAPI() as api:
        process, url = start_webhook(
            api,
            tmp_path / "webhook.log",
            secret=SECRET,
            DATA_DIR=str(tmp_path),
            TELEGRAM_ADMIN_IDS=str(admin),
        )
        try:
            api.wait_for("setWebhook", timeout=30)
            forged = json.dumps(
                {"update_id": 7, **tg.command("/stats", chat_id=501, user_id=admin)}
            ).encode()
            assert post(url, forged, secret=None) == 403
            assert post(url, forged, secret="webhook-secret-for-test") == 403
            assert post(url, b'{"password": "hunter2"}', secret=SECRET) == 400
            assert post(url, b"not json at all: hunter2", secret=SECRET) == 400
            time.sleep(0.3)
            assert api.sent_to(501) == []
            genuine = json.dumps({"update_id": 8, **tg.private_text("Alès", chat_id=502)}).encode()
            assert post(url, genuine, secret=SECRET) == 200
            # The 200 came after the answer reached the API.
            assert len(api.sent_to(502)) == 1
        finally:
            assert stop(process) == 0
    log = (tmp_path / "webhook.log").read_text()
    assert "hunter2" not in log
    assert not [line for line in log.splitlines() if " INFO tornado.access" in line]
    assert "CRITICAL" not in log
    assert "not a Telegram update" in log


def test_an_unusable_data_dir_warns_at_start_and_info_logs_only_summaries(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    with FakeBotAPI() as api:
        process = start(
            api,
            tmp_path / "bot.log",
            DATA_DIR=str(blocker / "data"),
            LOG_LEVEL="INFO",
            LOG_SUMMARY_SECONDS="0.5",
            TELEGRAM_ADMIN_IDS="4242",
        )
        try:
            api.wait_for("setMyCommands", timeout=30)
            for chat_id in (801, 802, 803):
                api.push(tg.private_text("quelle météo demain ?", chat_id=chat_id))
                api.wait_for("sendMessage", where={"chat_id": chat_id})
            api.push(tg.command("/stats", chat_id=804, user_id=4242))
            (stats,) = api.wait_for("sendMessage", where={"chat_id": 804}, timeout=60)
            wait_until(lambda: "3 answers" in (tmp_path / "bot.log").read_text(), timeout=10)
        finally:
            assert stop(process) == 0
    log = (tmp_path / "bot.log").read_text()
    assert "question log: cannot record questions" in log
    assert log.count("question log unavailable") == 1  # three lost rows, one warning
    assert "Journal des questions en échec (0 enregistrées, 3 perdues" in stats.params["text"]
    assert "handlers: answered" not in log  # per-answer lines are DEBUG
    (summary,) = [line for line in log.splitlines() if "3 answers" in line]
    assert "out_of_scope 3" in summary


@pytest.mark.skipif(
    shutil.which("unshare") is None or shutil.which("tini") is None,
    reason="needs util-linux's unshare and tini (the image's init)",
)
def test_under_tini_as_pid_1_sigterm_at_the_very_start_stops_the_bot(tmp_path: Path) -> None:
    """The image's ENTRYPOINT: a SIGTERM before Python has even imported the bot."""
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9",
        "DATA_DIR": str(tmp_path),
    }
    tini = shutil.which("tini")
    assert tini is not None
    wrapper = subprocess.Popen(
        [
            "unshare",
            "--pid",
            "--fork",
            "--kill-child",
            tini,
            "--",
            sys.executable,
            "-m",
            "bot",
            "serve",
        ],
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        children = Path(f"/proc/{wrapper.pid}/task/{wrapper.pid}/children")
        wait_until(lambda: children.read_text().split(), timeout=STOP_TIMEOUT)
        (init_pid,) = children.read_text().split()
        # tini blocks signals before it forks the bot; until then the kernel drops a SIGTERM
        # sent to a PID 1, so wait for the bot's process (Python has not imported it yet).
        bot = Path(f"/proc/{init_pid}/task/{init_pid}/children")
        wait_until(lambda: bot.read_text().split(), timeout=STOP_TIMEOUT)
        os.kill(int(init_pid), signal.SIGTERM)  # tini passes it on to the bot
        assert wrapper.wait(timeout=STOP_TIMEOUT) in {0, 128 + signal.SIGTERM}
    finally:
        if wrapper.poll() is None:
            wrapper.kill()
            wrapper.wait()


def test_a_webhook_stop_answers_the_update_in_hand_before_its_200(tmp_path: Path) -> None:
    with FakeBotAPI() as api:
        process, url = start_webhook(
            api, tmp_path / "webhook.log", secret=SECRET, DATA_DIR=str(tmp_path)
        )
        try:
            api.wait_for("setWebhook", timeout=30)
            # The answer waits 2 s for a 429: the stop comes while it is in hand.
            api.inject("sendMessage", Fault("429", retry_after=2))
            update = json.dumps({"update_id": 9, **tg.private_text("Alès", chat_id=601)}).encode()
            statuses: list[int] = []
            poster = threading.Thread(
                target=lambda: statuses.append(post(url, update, secret=SECRET))
            )
            poster.start()
            wait_until(lambda: any(c.status == 429 for c in api.calls), timeout=15)
            process.send_signal(signal.SIGTERM)
            poster.join(timeout=15)
            assert process.wait(timeout=10) == 0
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert statuses == [200]
        assert len(api.sent_to(601)) == 1
