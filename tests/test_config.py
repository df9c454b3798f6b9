"""Configuration: parsed explicitly, refusing to run production on a default secret."""

from __future__ import annotations

import secrets
import sys

import pytest

from okr import create_app, secret_strength
from okr.config import ConfigError, imap_host, load, tick_seconds


def test_defaults_are_the_embedded_mode(tmp_path):
    cfg = load({}, str(tmp_path))
    assert cfg["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'okr.sqlite'}"
    assert cfg["REDIS_URL"] is None
    assert cfg["MAIL_SERVER"] is None
    assert cfg["OUTBOX_DIR"] == str(tmp_path / "outbox")


def test_development_secret_is_generated_once_and_kept(tmp_path):
    first = load({}, str(tmp_path))["SECRET_KEY"]
    assert len(first) >= 32
    assert load({}, str(tmp_path))["SECRET_KEY"] == first


# Long enough, and guessable: one character, a repeated word, sequences, keyboard rows,
# words and phrases, a well-known password repeated, hex counting.
WEAK_SECRETS = [
    "short",
    "a" * 32,
    "x" * 64,
    "a" * 31 + "b",
    "ab" * 20,
    "abc123" * 6,
    "password" * 4,
    "flagpost" * 8,
    "Secret" * 7,
    "changeme-changeme-changeme-changeme",
    "P@ssw0rd!P@ssw0rd!P@ssw0rd!P@ssw0rd!",
    "Tr0ub4dor&3Tr0ub4dor&3Tr0ub4dor&3",
    "0123456789abcdef0123456789abcdef",
    "abcdefghijklmnopqrstuvwxyzabcdefghij",
    "zyxwvutsrqponmlkjihgfedcba9876543210",
    "qwertyuiopasdfghjklzxcvbnm1234567890",
    "1234567890" * 4,
    "AAAAbbbbCCCCddddEEEEffffGGGGhhhhIIII",
    "correct horse battery staple and more",
    "my-super-secret-key-for-production-use",
    "Flagpost_Production_Secret_Key_2026!",
    "Our.Flagpost.Secret.Key.For.2026.Production.Use",
    "test-secret-key-that-is-long-enough-0123456789",
    "deadbeef" * 5,
]
# Random ones of the usual sizes, made once (fixed, so the table never flakes).
STRONG_SECRETS = [
    "TEtXMMrlWrWrgi8lykigsUcXNNV9xF64-T4WMK36hebG6CGaoAj_zqKdcBWACpzv",  # token_urlsafe(48)
    "rEeObJ9o5c5R1WgjjnKwtHs7Sj7UmND3-J14qzwinyo",  # token_urlsafe(32)
    "840c7945336eb666d772fb00879be12b27037c99e4f7096dbba81a2b2c8cea32",  # token_hex(32)
    "4AC9C46C0A28180B76737232169F12CD74B6F0B561B05814FB0B18BA3972F6D8",  # the same, upper case
    "rlEKGx1Qi+k45QLozJn3LnBycMvTn7ws+ZXOYF9sXks=",  # openssl rand -base64 32
    '^9r}L%`V4s|x"8#v1c%flW25+B5qgUoF}Z+N=4QzEyE]',  # printable, 44 characters
    "wqtmsoolrgdsenknx6x4tzqllk6y6k7pfkyeqtrzz8",  # lower case and digits, 42 characters
    "2e1d0790-8dab-48a4-8148-b4456641e0f0-97de6057-a16e-44d2-89c1-e024b300131d",  # two UUIDs
]


@pytest.mark.parametrize("secret", WEAK_SECRETS)
def test_production_refuses_a_weak_secret_and_says_how_to_make_one(tmp_path, secret):
    with pytest.raises(ConfigError) as refused:
        load({"OKR_ENV": "production", "OKR_SECRET_KEY": secret}, str(tmp_path))
    message = str(refused.value)
    assert message.startswith("OKR_SECRET_KEY is too weak")
    assert "python -c 'import secrets; print(secrets.token_urlsafe(48))'" in message
    assert secret not in message, "the secret itself is never printed"
    assert "\n" not in message


# What production needs besides a secret: a real sender, and the web hook's own secret.
PRODUCTION_MAIL = {
    "MAIL_DEFAULT_SENDER": "Flagpost <flagpost@example.com>",
    "OKR_INBOUND_SECRET": "hook-ZpQ0s8Lr3xWcVb7N",
}


@pytest.mark.parametrize("secret", STRONG_SECRETS)
def test_production_takes_a_strong_secret(tmp_path, secret):
    env = {"OKR_ENV": "production", "OKR_SECRET_KEY": secret, **PRODUCTION_MAIL}
    cfg = load(env, str(tmp_path))
    assert cfg["SECRET_KEY"] == secret


@pytest.mark.parametrize("make", [lambda: secrets.token_urlsafe(48), lambda: secrets.token_hex(32)])
def test_the_suggested_way_to_make_a_secret_always_passes(tmp_path, make):
    for _ in range(200):
        assert secret_strength.weakness(make()) is None


def test_production_refuses_a_missing_secret(tmp_path):
    for env in ({"OKR_ENV": "production"}, {"OKR_ENV": "production", "OKR_SECRET_KEY": ""}):
        with pytest.raises(ConfigError, match="OKR_SECRET_KEY must be set.*token_urlsafe"):
            load(env, str(tmp_path))


def test_production_marks_cookies_secure(tmp_path):
    env = {"OKR_ENV": "production", "OKR_SECRET_KEY": STRONG_SECRETS[0], **PRODUCTION_MAIL}
    cfg = load(env, str(tmp_path))
    assert cfg["SESSION_COOKIE_SECURE"] is True


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"MAIL_DEFAULT_SENDER": None}, "MAIL_DEFAULT_SENDER"),  # the default, @localhost
        ({"MAIL_DEFAULT_SENDER": "Flagpost <flagpost@localhost>"}, "MAIL_DEFAULT_SENDER"),
        ({"MAIL_DEFAULT_SENDER": "flagpost@mailhost"}, "MAIL_DEFAULT_SENDER"),
        ({"MAIL_DEFAULT_SENDER": "flagpost@box.localhost"}, "MAIL_DEFAULT_SENDER"),
        ({"OKR_REPLY_DOMAIN": "localhost"}, "OKR_REPLY_DOMAIN"),
        ({"OKR_REPLY_DOMAIN": "intranet"}, "OKR_REPLY_DOMAIN"),
        ({"OKR_INBOUND_SECRET": None}, "OKR_INBOUND_SECRET"),
        (
            {
                "OKR_INBOUND_SECRET": None,
                "OKR_INBOUND_WEBHOOK": "true",
                "OKR_IMAP_HOST": "imap.example.com",
            },
            "OKR_INBOUND_SECRET",
        ),
    ],
)
def test_production_refuses_local_mail_settings_in_one_line(tmp_path, settings, named):
    env = {"OKR_ENV": "production", "OKR_SECRET_KEY": STRONG_SECRETS[0], **PRODUCTION_MAIL}
    env.update(settings)
    env = {key: value for key, value in env.items() if value is not None}
    with pytest.raises(ConfigError) as refused:
        load(env, str(tmp_path))
    message = str(refused.value)
    assert message.startswith(named), message
    assert "\n" not in message


@pytest.mark.parametrize(
    "settings",
    [
        {"OKR_REPLY_DOMAIN": "replies.example.com"},
        # Replies by IMAP only: the web hook is off, and needs no secret.
        {"OKR_INBOUND_SECRET": None, "OKR_IMAP_HOST": "imap.example.com"},
        {"OKR_INBOUND_SECRET": None, "OKR_INBOUND_WEBHOOK": "false"},
    ],
)
def test_production_takes_real_mail_settings(tmp_path, settings):
    env = {"OKR_ENV": "production", "OKR_SECRET_KEY": STRONG_SECRETS[0], **PRODUCTION_MAIL}
    env.update(settings)
    env = {key: value for key, value in env.items() if value is not None}
    cfg = load(env, str(tmp_path))
    assert cfg["INBOUND_WEBHOOK"] is bool(cfg["INBOUND_SECRET"])


def test_development_keeps_the_localhost_sender_and_the_web_hook(tmp_path):
    cfg = load({}, str(tmp_path))
    assert cfg["MAIL_DEFAULT_SENDER"] == "Flagpost <flagpost@localhost>"
    assert cfg["INBOUND_WEBHOOK"] is True


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql://u@h:5433/db", "postgresql+psycopg://u@h:5433/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_url_selects_psycopg(tmp_path, url, expected):
    assert load({"DATABASE_URL": url}, str(tmp_path))["SQLALCHEMY_DATABASE_URI"] == expected


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("MAIL_PORT", "twenty-five", "MAIL_PORT must be a whole number"),
        ("MAIL_USE_TLS", "maybe", "MAIL_USE_TLS must be true or false"),
    ],
)
def test_malformed_settings_are_named(tmp_path, name, value, message):
    with pytest.raises(ConfigError, match=message):
        load({name: value}, str(tmp_path))


def test_cli_reports_a_config_error_in_one_line(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from okr.cli import main

    monkeypatch.setenv("OKR_ENV", "production")
    monkeypatch.delenv("OKR_SECRET_KEY", raising=False)
    monkeypatch.setenv("OKR_INSTANCE_PATH", str(tmp_path))
    result = CliRunner().invoke(main, ["status"])
    assert result.exit_code != 0
    assert "OKR_SECRET_KEY must be set" in result.output
    assert "Traceback" not in result.output


def test_app_factory_takes_overrides(tmp_path):
    app = create_app({"BASE_URL": "https://okr.example.com"}, instance_path=str(tmp_path))
    assert app.config["BASE_URL"] == "https://okr.example.com"


def test_the_rq_cron_reads_its_settings_as_the_app_does(tmp_path, monkeypatch):
    """`okr.cron` runs without an app: it reads the tick and the mailbox through
    `okr.config`, so a malformed OKR_TICK_SECONDS is named there too, not a bare ValueError."""
    import importlib

    from rq import cron as rq_cron

    env = {"OKR_TICK_SECONDS": "45", "OKR_IMAP_HOST": " imap.example.com "}
    app_config = load(env, str(tmp_path))
    assert tick_seconds(env) == app_config["TICK_SECONDS"] == 45
    assert imap_host(env) == app_config["IMAP_HOST"] == "imap.example.com"
    monkeypatch.setattr(rq_cron, "register", lambda *args, **kwargs: None)
    monkeypatch.setenv("OKR_TICK_SECONDS", "often")
    monkeypatch.delitem(sys.modules, "okr.cron", raising=False)
    with pytest.raises(ConfigError, match="OKR_TICK_SECONDS must be a whole number"):
        importlib.import_module("okr.cron")
    monkeypatch.setenv("OKR_TICK_SECONDS", "45")
    monkeypatch.delitem(sys.modules, "okr.cron", raising=False)
    assert importlib.import_module("okr.cron").INTERVAL == 45
