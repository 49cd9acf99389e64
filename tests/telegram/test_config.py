"""Settings come from the environment; the token never shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.telegram.config import TELEGRAM_API, read_config
from tests.telegram.fake_bot_api import TOKEN


def test_defaults_point_at_telegram() -> None:
    config = read_config({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert config.api_base_url == TELEGRAM_API
    assert config.webhook_url is None
    assert TOKEN not in repr(config)


def test_admins_base_url_and_webhook_are_read() -> None:
    config = read_config(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/",
            "TELEGRAM_ADMIN_IDS": "1, 2",
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/hook",
            "TELEGRAM_WEBHOOK_PORT": "8080",
            "TELEGRAM_WEBHOOK_SECRET": "a-secret-of-24-characters",
        }
    )
    assert config.api_base_url == "http://127.0.0.1:8081"
    assert config.admin_ids == {1, 2}
    assert config.webhook_port == 8080


def test_token_can_come_from_a_secret_file(tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n")
    assert read_config({"TELEGRAM_BOT_TOKEN_FILE": str(secret)}).token == TOKEN


@pytest.mark.parametrize(
    "env",
    [{}, {"TELEGRAM_BOT_TOKEN": "abc"}, {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_ADMIN_IDS": "x"}],
)
def test_bad_settings_are_config_errors(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        read_config(env)


def test_the_api_base_url_may_end_with_the_libraries_bot_suffix() -> None:
    for url in ("http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot"):
        config = read_config({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": url})
        assert config.api_base_url == "http://127.0.0.1:8081"


def test_a_webhook_needs_a_secret_long_enough_to_be_unguessable() -> None:
    webhook = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "https://x.org/hook"}
    for secret in ("", "short"):
        with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
            read_config({**webhook, "TELEGRAM_WEBHOOK_SECRET": secret})
    assert read_config({**webhook, "TELEGRAM_WEBHOOK_SECRET": "a" * 16}).webhook_secret


def test_a_missing_token_names_both_ways_of_giving_it() -> None:
    with pytest.raises(ConfigError) as raised:
        read_config({})
    assert "TELEGRAM_BOT_TOKEN" in str(raised.value)
    assert "TELEGRAM_BOT_TOKEN_FILE" in str(raised.value)
