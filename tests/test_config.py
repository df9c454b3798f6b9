"""Configuration: parsed explicitly, refusing to run production on a default secret."""

from __future__ import annotations

import pytest

from okr import create_app
from okr.config import ConfigError, load


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


@pytest.mark.parametrize("secret", [None, "short"])
def test_production_refuses_a_missing_or_weak_secret(tmp_path, secret):
    env = {"OKR_ENV": "production"}
    if secret:
        env["OKR_SECRET_KEY"] = secret
    with pytest.raises(ConfigError, match="OKR_SECRET_KEY"):
        load(env, str(tmp_path))


def test_production_marks_cookies_secure(tmp_path):
    cfg = load({"OKR_ENV": "production", "OKR_SECRET_KEY": "x" * 40}, str(tmp_path))
    assert cfg["SESSION_COOKIE_SECURE"] is True


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
