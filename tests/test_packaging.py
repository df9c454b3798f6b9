"""Production installs a wheel: the wheel must carry everything the app reads at run time.

An editable install reads templates from the checkout, so the rest of the suite cannot see a
wheel that forgot them. These tests build the wheel from a clean copy of the source, install
it into a folder of its own and run the app from there, in a folder that is not the checkout.
(CI's wheel section goes further: a fresh virtual environment, every page, every mail,
gunicorn.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Source folder -> where its files are installed. templates/ becomes the package okr.templates.
INSTALLED_AS = {"okr": "okr", "mailers": "mailers", "templates": "okr/templates"}

# Never part of a build: caches, and what earlier builds and runs left in the checkout (a
# stale build/ or *.egg-info would put files into the wheel that the source no longer has).
_NEVER_COPIED = {"__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", ".mypy_cache"}
_NOT_COPIED_AT_TOP = {".git", ".venv", "venv", "build", "dist", "instance", "outbox"}


def _ignored(folder: str, names: list[str]) -> set[str]:
    ignored = {n for n in names if n in _NEVER_COPIED or n.endswith((".pyc", ".egg-info"))}
    if Path(folder).resolve() == REPO:
        ignored |= {n for n in names if n in _NOT_COPIED_AT_TOP}
    return ignored


def _source_files(folder: str) -> list[Path]:
    root = REPO / folder
    return [
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file()
        and "__pycache__" not in path.parts
        and not path.name.endswith(".pyc")
        and not path.name.endswith("~")
    ]


def _pip(*args: str, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"pip {' '.join(args)} failed:\n{result.stdout}{result.stderr}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """`pip wheel .` on a clean copy of the source, as a release build would do."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(REPO, source, ignore=_ignored, symlinks=True)
    _pip("wheel", "--no-deps", "--quiet", "--wheel-dir", str(work / "dist"), ".", cwd=source)
    built = sorted((work / "dist").glob("flagpost-*.whl"))
    assert len(built) == 1, f"expected one flagpost wheel, found {built}"
    return built[0]


def test_wheel_carries_every_file_of_okr_mailers_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        f"{installed}/{relative.as_posix()}"
        for folder, installed in INSTALLED_AS.items()
        for relative in _source_files(folder)
    }
    assert "app.py" in names
    assert any(name.startswith("okr/templates/email/") for name in expected)  # the walk works
    missing = sorted(expected - names)
    assert not missing, (
        f"the wheel lacks {len(missing)} files, first {missing[:5]}: list a new folder in "
        "pyproject.toml ([tool.setuptools] packages, package-data)"
    )


# Run by a separate Python whose only copy of Flagpost is the installed wheel.
_CHECK = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    site = Path(sys.argv[1]).resolve()
    import app, mailers, okr

    for module in (app, mailers, okr):
        where = Path(module.__file__).resolve()
        assert site in where.parents, f"{module.__name__} imported from {where}, not {site}"

    application = okr.create_app()
    application.config["PROPAGATE_EXCEPTIONS"] = True  # a TemplateNotFound says which one
    client = application.test_client()
    page = client.get("/signin")
    assert page.status_code == 200, page.status_code
    form = (b"<form", b'type="password"', b"csrf_token")
    assert all(part in page.data for part in form), page.data[:500]
    missing = client.get("/no-such-page")  # the error handler's own template, error.html
    assert missing.status_code == 404, missing.status_code
    assert b"<title>Not found" in missing.data, missing.data[:500]
    style = client.get("/static/style.css")
    assert style.status_code == 200 and b"--red" in style.data, style.status_code
    templates = Path(application.jinja_loader.searchpath[0]).resolve()
    assert site in templates.parents, f"templates read from {templates}"
    print("rendered from", templates)
    """
)


def test_installed_wheel_renders_pages_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    _pip("install", "--no-deps", "--quiet", "--target", str(site), str(wheel), cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "PYTHONPATH": str(site),  # ahead of the editable install of the checkout
        "OKR_INSTANCE_PATH": str(tmp_path / "instance"),
    }
    result = subprocess.run(
        [sys.executable, "-c", _CHECK, str(site)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"rendered from {site.resolve()}" in result.stdout
