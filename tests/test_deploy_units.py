"""The systemd units and environment file under deploy/ run what exists, as the README says."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from okr.cli import main
from okr.config import load
from okr.queue import JOB_TIMEOUT

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
UNITS = sorted((DEPLOY / "systemd").glob("*.service"))
ENV_FILE = DEPLOY / "systemd" / "flagpost.env.example"


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(path.read_text())
    return parser


def _env_example() -> dict[str, str]:
    pairs = {}
    for line in ENV_FILE.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, sep, value = line.partition("=")
            assert sep, f"not KEY=value: {line!r}"
            # systemd's EnvironmentFile drops one pair of double quotes around a value
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            pairs[key.strip()] = value
    return pairs


def test_the_environment_example_reads_the_same_in_a_shell():
    """The README loads it with `set -a; . flagpost.env; set +a` for `okr init-db`:
    a value with spaces or `<` must be quoted, or the shell stops at it."""
    import subprocess

    script = f'set -a; . "{ENV_FILE}"; set +a; env -0'
    done = subprocess.run(
        ["bash", "-c", script], env={}, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    seen = dict(item.split("=", 1) for item in done.stdout.split("\0") if "=" in item)
    for key, value in _env_example().items():
        assert seen.get(key) == value, key


def test_one_unit_per_process_kind():
    assert [unit.name for unit in UNITS] == [
        "flagpost-scheduler.service",
        "flagpost-web.service",
        "flagpost-worker@.service",
    ]


@pytest.mark.parametrize("path", UNITS, ids=lambda path: path.name)
def test_units_restart_read_the_environment_and_install(path):
    unit = _unit(path)
    assert set(unit.sections()) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    assert service["Restart"] == "always"
    assert service["EnvironmentFile"] == "/etc/flagpost/flagpost.env"
    assert service["User"] == "flagpost"
    assert int(service["TimeoutStopSec"]) > 0
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def _command(path: Path) -> list[str]:
    return shlex.split(_unit(path)["Service"]["ExecStart"])


@pytest.mark.parametrize(
    ("name", "arguments"),
    [
        ("flagpost-worker@.service", ["worker", "--no-fork"]),
        ("flagpost-scheduler.service", ["scheduler"]),
    ],
)
def test_background_units_run_real_okr_commands(name, arguments):
    command = _command(DEPLOY / "systemd" / name)
    assert Path(command[0]).name == "okr"
    assert command[1:] == arguments
    help_text = CliRunner().invoke(main, [*arguments[:1], "--help"]).output
    for option in arguments[1:]:
        assert option in help_text, f"`okr {arguments[0]}` has no {option}"


def test_the_worker_outlives_its_longest_job_when_stopped():
    service = _unit(DEPLOY / "systemd" / "flagpost-worker@.service")["Service"]
    assert int(service["TimeoutStopSec"]) > JOB_TIMEOUT


def test_the_web_unit_serves_the_app_factory():
    command = _command(DEPLOY / "systemd" / "flagpost-web.service")
    assert Path(command[0]).name == "gunicorn"
    assert command[-1] == "app:create_app()"
    config = command[command.index("-c") + 1]  # one log format: okr/gunicorn_conf.py
    assert config.startswith("python:")
    assert __import__(config.removeprefix("python:"), fromlist=["x"]).logger_class
    module, _, call = command[-1].partition(":")
    assert callable(getattr(__import__(module), call.removesuffix("()")))


def test_the_environment_example_names_only_documented_settings_and_passes_production(
    tmp_path,
):
    example = _env_example()
    readme = (DEPLOY.parent / "README.md").read_text()
    table = readme[readme.index("## Configuration") : readme.index("## Production")]
    for key in example:
        assert f"`{key}`" in table, f"{key} is not in the README's configuration table"
    filled = {key: value for key, value in example.items() if value}
    filled.update(
        OKR_SECRET_KEY="rlEKGx1Qi+k45QLozJn3LnBycMvTn7ws+ZXOYF9sXks=",
        OKR_INBOUND_SECRET="hook-ZpQ0s8Lr3xWcVb7N",
    )
    cfg = load(filled, str(tmp_path))
    assert cfg["OKR_ENV"] == "production"
    assert cfg["INBOUND_WEBHOOK"] is True
    # Left empty, the secrets stop production with a line naming them.
    assert example["OKR_SECRET_KEY"] == "" and example["OKR_INBOUND_SECRET"] == ""


def test_systemd_itself_reads_the_units_without_a_complaint(tmp_path):
    """systemd's own parser (`systemd-analyze verify`): a misspelt key or a bad value that
    systemd would ignore with a warning at boot fails here. The programs the units run are
    installed elsewhere here, so stand-ins take their paths."""
    import shutil
    import subprocess

    from tests.servers import unavailable

    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        unavailable("systemd-analyze is not installed (Debian package systemd)")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for program in ("okr", "gunicorn"):
        (bin_dir / program).write_text("#!/bin/sh\nexit 0\n")
        (bin_dir / program).chmod(0o755)
    env_file = tmp_path / "flagpost.env"
    env_file.write_text(ENV_FILE.read_text())
    names = []
    for path in UNITS:
        text = path.read_text()
        text = text.replace("/opt/flagpost/venv/bin/", f"{bin_dir}/")
        text = text.replace("/etc/flagpost/flagpost.env", str(env_file))
        name = path.name.replace("@.service", "@1.service")
        (tmp_path / path.name).write_text(text)
        if name != path.name:  # an instance of the template, as `enable` makes one
            (tmp_path / name).write_text(text)
        names.append(str(tmp_path / name))
    done = subprocess.run(
        [analyze, "verify", *names], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    complaints = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert done.returncode == 0 and complaints == [], complaints
