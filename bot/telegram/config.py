"""The bot's settings, read once from the environment."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.dialogue.context import EXPIRY_SECONDS
from bot.errors import ConfigError
from bot.heartbeat import heartbeat_path
from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.questions.log import DEFAULT_RETENTION_DAYS

TELEGRAM_API = "https://api.telegram.org"
_TOKEN = re.compile(r"\d{3,}:[A-Za-z0-9_-]{30,}")
# What Telegram accepts as a secret_token; 16 characters at least, or it is guessable.
_SECRET = re.compile(r"[A-Za-z0-9_-]{16,256}")


@dataclass(frozen=True)
class Config:
    token: str
    api_base_url: str
    admin_ids: frozenset[int]
    knowledge_dir: Path
    log_level: str
    webhook_url: str | None
    webhook_listen: str
    webhook_port: int
    webhook_secret: str | None
    data_dir: Path
    retention_days: int
    log_format: str
    log_questions: bool
    heartbeat_file: Path
    log_summary_seconds: float
    # The key of the question log's user hashes; None: a new one for each run.
    question_log_key: bytes | None
    # Silence after which a conversation is forgotten.
    conversation_expiry: float = EXPIRY_SECONDS

    def __repr__(self) -> str:
        # Never print the token, even by accident.
        return f"Config(api_base_url={self.api_base_url!r}, webhook_url={self.webhook_url!r})"


def read_config(env: Mapping[str, str] = os.environ) -> Config:
    token = _token(env)
    if not token:
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set: set it, or TELEGRAM_BOT_TOKEN_FILE to a file "
            "holding it such as a Docker secret (see .env.example)"
        )
    if not _TOKEN.fullmatch(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is malformed: expected « 123456:ABC… » as given by BotFather"
        )
    try:
        admin_ids = frozenset(
            int(x) for x in env.get("TELEGRAM_ADMIN_IDS", "").replace(",", " ").split()
        )
        port = int(env.get("TELEGRAM_WEBHOOK_PORT", "8443"))
        retention = int(env.get("QUESTION_RETENTION_DAYS", str(DEFAULT_RETENTION_DAYS)))
        expiry = float(env.get("CONVERSATION_EXPIRY_SECONDS", str(EXPIRY_SECONDS)))
        summary_seconds = float(env.get("LOG_SUMMARY_SECONDS", "300"))
    except ValueError as error:
        raise ConfigError(
            "TELEGRAM_ADMIN_IDS, TELEGRAM_WEBHOOK_PORT, QUESTION_RETENTION_DAYS, "
            "CONVERSATION_EXPIRY_SECONDS and LOG_SUMMARY_SECONDS take numbers: "
            f"{error}"
        ) from error
    webhook_url = env.get("TELEGRAM_WEBHOOK_URL") or None
    webhook_secret = env.get("TELEGRAM_WEBHOOK_SECRET") or None
    if webhook_url and webhook_secret is None:
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL: without it anyone "
            "could post forged updates (see .env.example)"
        )
    if webhook_secret is not None and not _SECRET.fullmatch(webhook_secret):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET takes 16 to 256 characters among A-Z, a-z, 0-9, _ and -"
        )
    log_format = env.get("LOG_FORMAT", "plain").lower()
    if log_format not in {"plain", "json"}:
        raise ConfigError("LOG_FORMAT is « plain » or « json »")
    return Config(
        token=token,
        # python-telegram-bot's own convention ends the base URL with /bot: both forms work.
        api_base_url=env.get("TELEGRAM_API_BASE_URL", TELEGRAM_API)
        .rstrip("/")
        .removesuffix("/bot"),
        admin_ids=admin_ids,
        knowledge_dir=Path(env.get("KNOWLEDGE_DIR", str(DEFAULT_DIRECTORY))),
        log_level=env.get("LOG_LEVEL", "INFO").upper(),
        webhook_url=webhook_url,
        webhook_listen=env.get(
            "TELEGRAM_WEBHOOK_LISTEN", "0.0.0.0"
        ),  # all interfaces: inside a container
        webhook_port=port,
        webhook_secret=webhook_secret,
        data_dir=Path(env.get("DATA_DIR", "data")),
        retention_days=retention,
        log_format=log_format,
        log_questions=env.get("LOG_QUESTIONS", "") == "1",
        heartbeat_file=heartbeat_path(env),
        log_summary_seconds=summary_seconds,
        question_log_key=_secret(env, "QUESTION_LOG_KEY"),
        conversation_expiry=expiry,
    )


def _secret(env: Mapping[str, str], name: str) -> bytes | None:
    """NAME from the environment, or from the file NAME_FILE names (a Docker secret)."""
    path = env.get(f"{name}_FILE")
    if path:
        try:
            value = Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ConfigError(f"{name}_FILE cannot be read: {error.strerror}") from error
    else:
        value = env.get(name, "").strip()
    if value and len(value) < 16:
        raise ConfigError(f"{name} must be at least 16 characters long")
    return value.encode() if value else None


def _token(env: Mapping[str, str]) -> str:
    """The token from TELEGRAM_BOT_TOKEN, or from the file TELEGRAM_BOT_TOKEN_FILE names (a secret)."""
    path = env.get("TELEGRAM_BOT_TOKEN_FILE")
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ConfigError(
                f"TELEGRAM_BOT_TOKEN_FILE cannot be read: {error.strerror}"
            ) from error
    return env.get("TELEGRAM_BOT_TOKEN", "").strip()
