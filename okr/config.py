"""Configuration from the environment, parsed in one place.

Every setting the system reads is listed here, with its type and default, so the
README's configuration table and the code cannot drift apart silently.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from . import secret_strength

DEV_SECRET_FILE = "secret_key"  # noqa: S105 - a file name, not a secret


class ConfigError(RuntimeError):
    """A setting is missing or malformed; the message names it."""


def _bool(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ConfigError(f"{name} must be true or false, not {raw!r}")


def _int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


def _positive(name: str, raw: str) -> int:
    value = _int(name, raw)
    if value < 1:
        raise ConfigError(f"{name} must be 1 or more, not {raw!r}")
    return value


def database_uri(url: str) -> str:
    """Normalise a DATABASE_URL so SQLAlchemy uses psycopg 3 for PostgreSQL."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def tick_seconds(env: Mapping[str, str]) -> int:
    """OKR_TICK_SECONDS: how often the tick runs (the app's, and RQ cron's in `okr.cron`)."""
    return _int("OKR_TICK_SECONDS", env.get("OKR_TICK_SECONDS", "120"))


def imap_host(env: Mapping[str, str]) -> str | None:
    """OKR_IMAP_HOST: the mailbox to poll, if any (the app's, and RQ cron's in `okr.cron`)."""
    return (env.get("OKR_IMAP_HOST") or "").strip() or None


def load(env: Mapping[str, str], instance_path: str) -> dict[str, Any]:
    """Build the Flask config mapping from environment variables."""
    get = env.get
    production = get("OKR_ENV", "development").strip().lower() == "production"
    cfg: dict[str, Any] = {
        "OKR_ENV": "production" if production else "development",
        "SQLALCHEMY_DATABASE_URI": database_uri(
            get("DATABASE_URL") or "sqlite:///" + str(Path(instance_path) / "okr.sqlite")
        ),
        "REDIS_URL": get("REDIS_URL") or None,
        "BASE_URL": (get("OKR_BASE_URL") or "http://127.0.0.1:5000").rstrip("/"),
        # Without OKR_BASE_URL, `okr serve` and `okr quickstart` point links at their own
        # --host and --port.
        "BASE_URL_SET": bool(get("OKR_BASE_URL")),
        "OUTBOX_DIR": get("OKR_OUTBOX_DIR") or str(Path(instance_path) / "outbox"),
        "MAGIC_LINK_MINUTES": _int("OKR_MAGIC_LINK_MINUTES", get("OKR_MAGIC_LINK_MINUTES", "15")),
        "MAX_CONTENT_LENGTH": _int("OKR_MAX_UPLOAD_BYTES", get("OKR_MAX_UPLOAD_BYTES", "5000000")),
        "MAIL_SERVER": get("MAIL_SERVER") or None,
        "MAIL_PORT": _int("MAIL_PORT", get("MAIL_PORT", "25")),
        "MAIL_USE_TLS": _bool("MAIL_USE_TLS", get("MAIL_USE_TLS", "false")),
        "MAIL_USE_SSL": _bool("MAIL_USE_SSL", get("MAIL_USE_SSL", "false")),
        "MAIL_USERNAME": get("MAIL_USERNAME") or None,
        "MAIL_PASSWORD": get("MAIL_PASSWORD") or None,
        "MAIL_DEFAULT_SENDER": get("MAIL_DEFAULT_SENDER") or "Flagpost <flagpost@localhost>",
        "MAIL_TIMEOUT": _int("MAIL_TIMEOUT", get("MAIL_TIMEOUT", "30")),
        "REPLY_LOCAL_PART": get("OKR_REPLY_LOCAL_PART") or "status",
        "DIGEST_LOCAL_PART": get("OKR_DIGEST_LOCAL_PART") or "digest",
        "BOUNCE_LOCAL_PART": _bounce_local_part(env),
        "REPLY_DOMAIN": get("OKR_REPLY_DOMAIN") or None,
        "REPLY_TOKEN_WEEKS": _int("OKR_REPLY_TOKEN_WEEKS", get("OKR_REPLY_TOKEN_WEEKS", "4")),
        "TICK_SECONDS": tick_seconds(env),
        "SCHEDULE_GRACE_HOURS": _int(
            "OKR_SCHEDULE_GRACE_HOURS", get("OKR_SCHEDULE_GRACE_HOURS", "12")
        ),
        "ANSWER_WINDOW_HOURS": _int(
            "OKR_ANSWER_WINDOW_HOURS", get("OKR_ANSWER_WINDOW_HOURS", "12")
        ),
        "SEND_BATCH_SIZE": _int("OKR_SEND_BATCH_SIZE", get("OKR_SEND_BATCH_SIZE", "50")),
        "CLAIM_LEASE_SECONDS": _positive(
            "OKR_CLAIM_LEASE_SECONDS", get("OKR_CLAIM_LEASE_SECONDS", "60")
        ),
        "SEND_MAX_ATTEMPTS": _int("OKR_SEND_MAX_ATTEMPTS", get("OKR_SEND_MAX_ATTEMPTS", "8")),
        "MAX_MESSAGE_BYTES": _int(
            "OKR_MAX_MESSAGE_BYTES", get("OKR_MAX_MESSAGE_BYTES", str(10 * 1024 * 1024))
        ),
        "INBOUND_SECRET": get("OKR_INBOUND_SECRET") or None,
        "INBOUND_WEBHOOK": _webhook(get),
        "HEALTH_MAX_DELAY_SECONDS": _positive(
            "OKR_HEALTH_MAX_DELAY_SECONDS", get("OKR_HEALTH_MAX_DELAY_SECONDS", "900")
        ),
        "METRICS_TOKEN": get("OKR_METRICS_TOKEN") or None,
        "LOG_FORMAT": _choice("OKR_LOG_FORMAT", get("OKR_LOG_FORMAT") or "text", ("text", "json")),
        "LOG_LEVEL": _choice(
            "OKR_LOG_LEVEL",
            (get("OKR_LOG_LEVEL") or "INFO").upper(),
            ("DEBUG", "INFO", "WARNING", "ERROR"),
        ),
        "TRUSTED_AUTHSERV_ID": (get("OKR_TRUSTED_AUTHSERV_ID") or "").strip().lower() or None,
        **_imap(env),
        "SIGNIN_RATE_LIMIT": get("OKR_SIGNIN_RATE_LIMIT") or "10 per minute;100 per hour",
        "RATELIMIT_STORAGE_URI": get("REDIS_URL") or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        "TRUSTED_PROXIES": _int("OKR_TRUSTED_PROXIES", get("OKR_TRUSTED_PROXIES", "0")),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "WTF_CSRF_TIME_LIMIT": None,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    }
    secret = get("OKR_SECRET_KEY")
    if production:
        _check_production_secret(secret)
        _check_production_mail(cfg)
    cfg["SECRET_KEY"] = secret or _development_secret(instance_path)
    return cfg


def _check_production_secret(secret: str | None) -> None:
    """Refuse a missing, short or guessable secret: it signs sessions and reply tokens."""
    make_one = f"Make a random one with: {secret_strength.HOW_TO_MAKE_ONE}"
    if not secret:
        raise ConfigError(f"OKR_SECRET_KEY must be set when OKR_ENV=production. {make_one}")
    reason = secret_strength.weakness(secret)
    if reason is None and len(secret) < 32:
        reason = "it is shorter than 32 characters"
    if reason is not None:
        raise ConfigError(
            f"OKR_SECRET_KEY is too weak for OKR_ENV=production: {reason}. {make_one}"
        )


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _webhook(get) -> bool:
    """OKR_INBOUND_WEBHOOK: on unless set false, or unless replies come by IMAP and it is
    left unset (one way in is enough; both may be on)."""
    raw = get("OKR_INBOUND_WEBHOOK")
    if raw is None or not raw.strip():
        return not (get("OKR_IMAP_HOST") or "").strip()
    return _bool("OKR_INBOUND_WEBHOOK", raw)


def _domain_of(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2].strip().lower()


def _is_local_domain(domain: str) -> bool:
    """Domains no one outside this machine can deliver a reply to."""
    return (
        not domain or domain == "localhost" or domain.endswith(".localhost") or ("." not in domain)
    )


def _check_production_mail(cfg: dict[str, Any]) -> None:
    """Mail from a local address cannot be answered: replies, bounces and sign-in links
    would go nowhere, and Message-IDs would name a host no one knows."""
    sender_domain = _domain_of(cfg["MAIL_DEFAULT_SENDER"])
    if _is_local_domain(sender_domain):
        raise ConfigError(
            "MAIL_DEFAULT_SENDER must be an address at your mail domain when "
            f"OKR_ENV=production (for example 'Flagpost <flagpost@example.com>'), "
            f"not {cfg['MAIL_DEFAULT_SENDER']!r}"
        )
    reply_domain = (cfg["REPLY_DOMAIN"] or "").strip().lower()
    if cfg["REPLY_DOMAIN"] is not None and _is_local_domain(reply_domain):
        raise ConfigError(
            "OKR_REPLY_DOMAIN must be a domain whose mail reaches Flagpost when "
            f"OKR_ENV=production, not {cfg['REPLY_DOMAIN']!r}; leave it unset to use "
            f"the sender's domain ({sender_domain})"
        )
    if cfg["INBOUND_WEBHOOK"] and not cfg["INBOUND_SECRET"]:
        raise ConfigError(
            "OKR_INBOUND_SECRET must be set when OKR_ENV=production and the inbound web "
            "hook is on (make one with: python -c 'import secrets; "
            "print(secrets.token_urlsafe(32))'), or set OKR_INBOUND_WEBHOOK=false when "
            "replies come by IMAP only"
        )


def _bounce_local_part(env: Mapping[str, str]) -> str | None:
    """OKR_BOUNCE_LOCAL_PART: `bounces` unless set; empty turns bounce addresses off."""
    raw = env.get("OKR_BOUNCE_LOCAL_PART")
    value = "bounces" if raw is None else raw.strip()
    if not value:
        return None
    if not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?", value):
        raise ConfigError(
            f"OKR_BOUNCE_LOCAL_PART must be letters, digits, '.', '_' or '-' (no '+' or '@'), "
            f"or empty to send with MAIL_DEFAULT_SENDER as the envelope sender, not {raw!r}"
        )
    others = {
        (env.get("OKR_REPLY_LOCAL_PART") or "status").lower(),
        (env.get("OKR_DIGEST_LOCAL_PART") or "digest").lower(),
    }
    if value.lower() in others:
        raise ConfigError(
            f"OKR_BOUNCE_LOCAL_PART {value!r} is also a reply address's local part; "
            "bounces need one of their own"
        )
    return value


def _imap(env: Mapping[str, str]) -> dict[str, Any]:
    """The mailbox `okr fetch-mail` polls: implicit TLS on 993 unless STARTTLS is asked for."""
    get = env.get
    starttls = _bool("OKR_IMAP_STARTTLS", get("OKR_IMAP_STARTTLS", "false"))
    use_ssl = _bool("OKR_IMAP_SSL", get("OKR_IMAP_SSL", "false" if starttls else "true"))
    if use_ssl and starttls:
        raise ConfigError(
            "OKR_IMAP_SSL and OKR_IMAP_STARTTLS exclude each other: "
            "set OKR_IMAP_SSL=false to use STARTTLS"
        )
    return {
        "IMAP_HOST": imap_host(env),
        "IMAP_PORT": _int("OKR_IMAP_PORT", get("OKR_IMAP_PORT", "993" if use_ssl else "143")),
        "IMAP_USER": get("OKR_IMAP_USER") or None,
        "IMAP_PASSWORD": get("OKR_IMAP_PASSWORD") or None,
        "IMAP_FOLDER": get("OKR_IMAP_FOLDER") or "INBOX",
        "IMAP_DONE_FOLDER": get("OKR_IMAP_DONE_FOLDER") or "Flagpost/Processed",
        "IMAP_FAILED_FOLDER": get("OKR_IMAP_FAILED_FOLDER") or "Flagpost/Refused",
        "IMAP_SSL": use_ssl,
        "IMAP_STARTTLS": starttls,
        "IMAP_VERIFY_TLS": _bool("OKR_IMAP_VERIFY_TLS", get("OKR_IMAP_VERIFY_TLS", "true")),
        "IMAP_CA_FILE": get("OKR_IMAP_CA_FILE") or None,
        "IMAP_TIMEOUT": _int("OKR_IMAP_TIMEOUT", get("OKR_IMAP_TIMEOUT", "30")),
    }


def _development_secret(instance_path: str) -> str:
    """Keep one generated secret per instance so sign-in links survive a restart."""
    path = Path(instance_path) / DEV_SECRET_FILE
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(48)
        path.write_text(value)
        path.chmod(0o600)
        return value


def from_os(instance_path: str) -> dict[str, Any]:
    return load(os.environ, instance_path)
