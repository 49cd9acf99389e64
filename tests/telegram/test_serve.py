"""End to end: `territoires-bot serve` as a process, against the fake Bot API on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.questions.log import QUESTION_LOG_FILE, QuestionLog
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI, Fault

ADMIN = 4242


@dataclass
class Running:
    api: FakeBotAPI
    process: subprocess.Popen[str]
    log: Path
    knowledge: Path
    data: Path


def start(api: FakeBotAPI, log: Path, **env: str) -> subprocess.Popen[str]:
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "LOG_LEVEL": "DEBUG",
        # One heartbeat per bot: tests run several side by side.
        "HEARTBEAT_FILE": str(log.with_suffix(".alive")),
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        env=environment,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root = tmp_path_factory.mktemp("serve")
    knowledge, data, log = root / "knowledge", root / "data", root / "bot.log"
    shutil.copytree(DEFAULT_DIRECTORY, knowledge)
    with FakeBotAPI() as api:
        process = start(
            api,
            log,
            KNOWLEDGE_DIR=str(knowledge),
            DATA_DIR=str(data),
            TELEGRAM_ADMIN_IDS=str(ADMIN),
        )
        api.wait_for("setMyCommands", timeout=30)
        yield Running(api=api, process=process, log=log, knowledge=knowledge, data=data)
        if process.poll() is None:
            process.kill()
            process.wait()


def texts(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [c.params.get("text", "") for c in api.sent_to(chat_id) if c.method == "sendMessage"]


def test_the_french_command_menu_is_registered_at_start(bot: Running) -> None:
    (call,) = bot.api.wait_for("setMyCommands")
    names = [c["command"] for c in call.params["commands"]]
    assert names[:6] == ["start", "aide", "laureats", "axes", "financement", "contacts"]


def test_start_greets_in_two_lines_with_topic_buttons(bot: Running) -> None:
    bot.api.push(tg.command("/start", chat_id=101))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 101})
    assert sent.params["text"].count("\n") == 1
    assert sent.params["parse_mode"] == "HTML"
    keys = [
        b["callback_data"] for row in sent.params["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert "topic_list" in keys


def test_start_payload_opens_a_territory_card(bot: Running) -> None:
    bot.api.push(tg.command("/start t_ales", chat_id=102))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 102})
    assert "<b>Alès</b>" in sent.params["text"]


def test_a_question_is_answered_in_escaped_html_with_tappable_numbers(bot: Running) -> None:
    bot.api.push(tg.private_text("contacts presse <b>", chat_id=103))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 103})
    assert "+33 6 70 85 30 75" in sent.params["text"]
    assert "service-presse@occitanie.gouv.fr" in sent.params["text"]
    assert not bot.api.violations


def test_a_button_press_is_acknowledged_and_answered(bot: Running) -> None:
    bot.api.push(tg.button_press("d_81", chat_id=104, query_id="q104"))
    bot.api.wait_for("answerCallbackQuery", where={"callback_query_id": "q104"})
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 104})
    assert "Albigeois" in sent.params["text"]


def test_a_stale_button_gets_a_polite_message(bot: Running) -> None:
    bot.api.push(tg.button_press("t_disparu", chat_id=105, query_id="q105"))
    bot.api.wait_for("answerCallbackQuery", where={"callback_query_id": "q105"})
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 105})
    assert "n'est plus valable" in sent.params["text"]


def test_contacts_command_sends_contact_cards(bot: Running) -> None:
    bot.api.push(tg.command("/contacts", chat_id=106))
    cards = bot.api.wait_for("sendContact", count=4, where={"chat_id": 106})
    assert {c.params["first_name"] for c in cards} >= {"Delphine", "Margot", "Service presse"}
    assert all(c.params["phone_number"].startswith("+33 ") for c in cards)
    assert any("EMAIL;TYPE=work:service.presse@laregion.fr" in c.params["vcard"] for c in cards)


def test_help_is_an_alias_of_aide_and_commands_work_with_the_bot_name(bot: Running) -> None:
    bot.api.push(tg.command("/help", chat_id=107))
    bot.api.push(tg.command(f"/axes@{tg.USERNAME}", chat_id=-107, chat_type="group"))
    (help_answer,) = bot.api.wait_for("sendMessage", where={"chat_id": 107})
    (axes,) = bot.api.wait_for("sendMessage", where={"chat_id": -107})
    assert "Exemples" in help_answer.params["text"]
    assert "décarbonation" in axes.params["text"]


def test_inline_query_offers_cards_and_an_empty_query_the_main_topics(bot: Running) -> None:
    bot.api.push(tg.inline_query("Alès", query_id="iq1"))
    bot.api.push(tg.inline_query("", query_id="iq2"))
    (first,) = bot.api.wait_for("answerInlineQuery", where={"inline_query_id": "iq1"})
    (empty,) = bot.api.wait_for("answerInlineQuery", where={"inline_query_id": "iq2"})
    assert 1 <= len(first.params["results"]) <= 10
    assert "Alès" in first.params["results"][0]["input_message_content"]["message_text"]
    assert [r["id"] for r in empty.params["results"]][:2] == ["topic_list", "topic_axes"]
    assert not bot.api.violations


def test_groups_hear_only_what_is_addressed_to_the_bot(bot: Running) -> None:
    bot.api.push(tg.group_text("Figeac c'est joli", chat_id=-200))
    bot.api.push(tg.group_text(f"@{tg.USERNAME} Figeac est lauréat ?", chat_id=-201))
    bot.api.push(tg.group_text("et Alès ?", chat_id=-202, reply_to_bot=True))
    bot.api.wait_for("sendMessage", where={"chat_id": -201})
    bot.api.wait_for("sendMessage", where={"chat_id": -202})
    time.sleep(0.5)
    assert texts(bot.api, -200) == []


def test_odd_updates_get_a_hint_in_private_and_silence_in_groups(bot: Running) -> None:
    bot.api.push(tg.sticker(chat_id=108))
    bot.api.push(tg.edited("Alès ?", chat_id=109))
    bot.api.push(tg.sticker(chat_id=-300, chat_type="group"))
    bot.api.wait_for("sendMessage", where={"chat_id": 108})
    bot.api.wait_for("sendMessage", where={"chat_id": 109})
    time.sleep(0.5)
    assert texts(bot.api, -300) == []


def test_429_is_honoured_and_the_message_delivered_after_the_wait(bot: Running) -> None:
    bot.api.inject("sendMessage", Fault("429", retry_after=1))
    bot.api.push(tg.private_text("Figeac", chat_id=110))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 110})
    refused = [c for c in bot.api.calls if c.method == "sendMessage" and c.status == 429]
    assert refused
    assert sent.at - refused[-1].at >= 1.0


def test_polling_survives_5xx_and_dropped_connections(bot: Running) -> None:
    bot.api.inject("getUpdates", Fault("500"), Fault("drop"), Fault("500"))
    bot.api.wait_faults_served("getUpdates", timeout=30)
    bot.api.push(tg.private_text("Rodez", chat_id=111))
    bot.api.wait_for("sendMessage", where={"chat_id": 111}, timeout=30)
    assert "getUpdates failed (Internal Server Error), retrying in 0.5 s" in bot.log.read_text()


def test_a_403_on_one_update_does_not_affect_the_next(bot: Running) -> None:
    bot.api.inject("sendMessage", Fault("403"))
    blocked = bot.api.push(tg.private_text("Alès", chat_id=112))
    # The next chat only once the fault is spent: pushed together, the two chats are
    # answered side by side, and the 403 could fall on either.
    bot.api.wait_faults_served("sendMessage")
    bot.api.push(tg.private_text("Alès", chat_id=113))
    bot.api.wait_for("sendMessage", where={"chat_id": 113})
    time.sleep(0.3)
    assert f"update {blocked}" in bot.log.read_text()


def test_unanswered_questions_and_thumbs_down_are_recorded(bot: Running) -> None:
    bot.api.push(tg.private_text("quelle météo demain ?", chat_id=120))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 120})
    keys = [
        b["callback_data"] for row in sent.params["reply_markup"]["inline_keyboard"] for b in row
    ]
    down = next(key for key in keys if key.startswith("fb_down_"))
    bot.api.push(tg.button_press(down, chat_id=120, query_id="q120"))
    (ack,) = bot.api.wait_for("answerCallbackQuery", where={"callback_query_id": "q120"})
    assert ack.params["text"] == "Merci pour votre avis !"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        logged = QuestionLog(path=bot.data / QUESTION_LOG_FILE).questions()
        if len([q for q in logged if q.question == "quelle météo demain ?"]) == 2:
            break
        time.sleep(0.1)
    kinds = sorted(q.kind for q in logged if q.question == "quelle météo demain ?")
    assert kinds == ["disliked", "unanswered"]


def test_stats_and_reload_are_for_admins_only(bot: Running) -> None:
    bot.api.push(tg.command("/stats", chat_id=121))
    bot.api.push(tg.command("/reload", chat_id=122))
    bot.api.push(tg.command("/nimportequoi", chat_id=123))
    replies = [
        bot.api.wait_for("sendMessage", where={"chat_id": c})[0].params["text"]
        for c in (121, 122, 123)
    ]
    assert replies[0] == replies[1] == replies[2]
    bot.api.push(tg.command("/stats", chat_id=124, user_id=ADMIN))
    (stats,) = bot.api.wait_for("sendMessage", where={"chat_id": 124})
    assert "7 derniers jours" in stats.params["text"]


def test_reload_applies_valid_knowledge_and_refuses_invalid(bot: Running) -> None:
    territories = bot.knowledge / "territories.yaml"
    original = territories.read_text("utf-8")
    territories.write_text(
        original.replace("aliases: [Albigeois]", "aliases: [Albigeois, Albigès]"), "utf-8"
    )
    bot.api.push(tg.command("/reload", chat_id=125, user_id=ADMIN))
    # (An alias changes what the model reads: the reload trains it again, slower on a busy
    # machine.)
    (done,) = bot.api.wait_for("sendMessage", where={"chat_id": 125}, timeout=60)
    assert "rechargées" in done.params["text"]
    bot.api.push(tg.private_text("Albigès", chat_id=126))
    assert "Oui" in bot.api.wait_for("sendMessage", where={"chat_id": 126})[0].params["text"]

    territories.write_text(original.replace("status: new", "status: nouveau", 1), "utf-8")
    bot.api.push(tg.command("/reload", chat_id=127, user_id=ADMIN))
    (refused,) = bot.api.wait_for("sendMessage", where={"chat_id": 127})
    assert "invalides" in refused.params["text"]
    assert "territories.yaml:" in refused.params["text"]
    assert ".status" in refused.params["text"]
    bot.api.push(tg.private_text("Albigès", chat_id=128))
    assert "Oui" in bot.api.wait_for("sendMessage", where={"chat_id": 128})[0].params["text"]
    territories.write_text(original, "utf-8")


def test_sighup_reloads_the_knowledge(bot: Running) -> None:
    before = bot.log.read_text().count("knowledge reloaded")
    bot.process.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 10
    while bot.log.read_text().count("knowledge reloaded") == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert bot.log.read_text().count("knowledge reloaded") == before + 1
    bot.api.push(tg.private_text("Albigès", chat_id=129))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 129})
    assert not sent.params["text"].startswith("Oui")


def test_zz_sigterm_stops_cleanly_and_the_token_never_reaches_the_logs(bot: Running) -> None:
    bot.process.send_signal(signal.SIGTERM)
    assert bot.process.wait(timeout=10) == 0
    log = bot.log.read_text()
    assert "getUpdates" in log  # the DEBUG log names the URLs it calls…
    assert TOKEN not in log  # …never with the token
    assert "intent=" in log
    assert "quelle météo" not in "\n".join(line for line in log.splitlines() if " INFO " in line)
    assert TOKEN.split(":")[1] not in log


def test_missing_or_malformed_token_exits_2_with_one_line(tmp_path: Path) -> None:
    for token in ("", "not-a-token"):
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": token}
        result = subprocess.run(
            [sys.executable, "-m", "bot", "serve"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert result.returncode == 2
        assert "TELEGRAM_BOT_TOKEN" in result.stderr
        assert "Traceback" not in result.stderr


def test_a_token_the_api_rejects_exits_2(tmp_path: Path) -> None:
    with FakeBotAPI(token="999:" + "x" * 35) as api:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "serve"],
            env={**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert result.returncode == 2
    assert "rejected" in result.stderr
    assert TOKEN not in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_api_is_retried_then_exits_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9",
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("retrying") == 3
    assert "unreachable" in result.stderr.splitlines()[-1]
    assert TOKEN not in result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_webhook(
    api: FakeBotAPI, log: Path, *, secret: str, **env: str
) -> tuple[subprocess.Popen[str], str]:
    """`serve` in webhook mode on a free port of 127.0.0.1, and the URL of its hook."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    process = start(
        api,
        log,
        TELEGRAM_WEBHOOK_URL=url,
        TELEGRAM_WEBHOOK_LISTEN="127.0.0.1",
        TELEGRAM_WEBHOOK_PORT=str(port),
        TELEGRAM_WEBHOOK_SECRET=secret,
        **env,
    )
    return process, url


def test_webhook_mode_registers_the_hook_and_answers_what_it_receives(tmp_path: Path) -> None:
    with FakeBotAPI() as api:
        process, url = start_webhook(
            api,
            tmp_path / "webhook.log",
            secret="s3cret-token-for-tests",
            DATA_DIR=str(tmp_path),
            LOG_FORMAT="json",
            LOG_QUESTIONS="1",
            LOG_LEVEL="DEBUG",
        )
        try:
            (hook,) = api.wait_for("setWebhook", timeout=30)
            assert hook.params["url"] == url
            assert hook.params["secret_token"] == "s3cret-token-for-tests"
            update = json.dumps({"update_id": 1, **tg.private_text("Figeac", chat_id=301)}).encode()

            def post(secret: str) -> int:
                request = urllib.request.Request(
                    url,
                    data=update,
                    headers={
                        "Content-Type": "application/json",
                        "X-Telegram-Bot-Api-Secret-Token": secret,
                    },
                )
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:
                        status: int = response.status
                        return status
                except urllib.error.HTTPError as error:
                    return error.code

            deadline = time.monotonic() + 15
            while time.monotonic() < deadline:
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", urllib.parse.urlsplit(url).port or 0)) == 0:
                        break
                time.sleep(0.1)
            assert post("wrong") == 403
            assert post("s3cret-token-for-tests") == 200
            (sent,) = api.wait_for("sendMessage", where={"chat_id": 301})
            assert "Aurillac Figeac Rodez" in sent.params["text"]
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=15) == 0
    lines = [json.loads(line) for line in (tmp_path / "webhook.log").read_text().splitlines()]
    (answered,) = [line for line in lines if line["event"] == "answered"]
    assert answered["question"] == "Figeac"
    assert answered["intent"] == "laureate"
    assert {"time", "level", "update_id", "confidence", "latency_ms"} <= answered.keys()
