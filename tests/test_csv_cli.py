"""`okr import` / `okr export`: summaries on stdout, errors on stderr, exit 1, no tracebacks."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from okr.extensions import db
from okr.models import ChangeSource, DeadlineChange, KeyResult, Person
from tests.conftest import make_kr, make_person

PEOPLE_HEADER = "email,name,manager_email,timezone"
OKR_HEADER = "owner_email,objective,key_result,due,period"


@pytest.fixture
def write(tmp_path):
    """Write CSV lines to a file and give back its path as a string."""

    def writer(*lines: str, name: str = "in.csv") -> str:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    return writer


def people_count() -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count(Person.id)))


def assert_clean_failure(result) -> None:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.stdout == ""


def test_import_people_prints_a_summary(runner, write):
    path = write(PEOPLE_HEADER, "ann@example.com,Ann,,", "bob@example.com,Bob,ann@example.com,")
    result = runner.invoke(args=["import", "people", path])
    assert result.exit_code == 0, result.output
    assert result.stdout == "people: 2 created, 0 updated, 0 unchanged\n"
    assert result.stderr == ""
    assert people_count() == 2


def test_dry_run_says_would_and_writes_nothing(runner, write):
    make_person("ann@example.com", "Ann")
    path = write(PEOPLE_HEADER, "ann@example.com,Ann Renamed,,", "bob@example.com,Bob,,")
    result = runner.invoke(args=["import", "people", path, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "people: would create 1, would update 1, 0 unchanged (dry run, nothing written)\n"
    )
    assert people_count() == 1
    assert db.session.scalar(select(Person.name)) == "Ann"


def test_errors_go_to_stderr_one_per_line_then_a_summary(runner, write):
    path = write(
        PEOPLE_HEADER,
        "ann@example.com,Ann,,",
        "bob@example.com,Bob,boss@x.com,",
        "ann@example.com,Ann Twice,,Mars/Olympus",
    )
    result = runner.invoke(args=["import", "people", path])
    assert_clean_failure(result)
    assert result.stderr.splitlines() == [
        "line 3: manager_email boss@x.com is not in the file or the database",
        "line 4: timezone: 'Mars/Olympus' is not an IANA timezone "
        "(for example Europe/Berlin or America/New_York)",
        "line 4: email ann@example.com is already on line 2",
        "people: 3 errors in 3 rows; nothing imported",
    ]
    assert people_count() == 0


def test_dry_run_with_errors_also_fails(runner, write):
    result = runner.invoke(args=["import", "people", write(PEOPLE_HEADER, "x,X,,"), "--dry-run"])
    assert_clean_failure(result)
    assert "line 2: email: 'x' is not an email address" in result.stderr


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda tmp: str(tmp / "missing.csv"), "No such file or directory"),
        (lambda tmp: str(tmp), "Is a directory"),
    ],
    ids=["missing-file", "directory"],
)
def test_unreadable_paths_fail_cleanly(runner, tmp_path, make_path, message):
    path = make_path(tmp_path)
    result = runner.invoke(args=["import", "people", path])
    assert_clean_failure(result)
    assert result.stderr.splitlines() == [
        f"cannot read {path}: {message}",
        "people: nothing imported",
    ]


def test_a_file_level_problem_fails_cleanly(runner, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    result = runner.invoke(args=["import", "okrs", str(path)])
    assert_clean_failure(result)
    assert result.stderr.splitlines() == ["the file is empty", "okrs: nothing imported"]


def test_dash_reads_standard_input(runner):
    data = f"{PEOPLE_HEADER}\nann@example.com,Ann,,\n".encode()
    result = runner.invoke(args=["import", "people", "-"], input=data)
    assert result.exit_code == 0, result.output
    assert result.stdout == "people: 1 created, 0 updated, 0 unchanged\n"
    assert people_count() == 1


def test_import_okrs_updates_due_dates_and_records_the_move(runner, write):
    dana = make_person("dana@example.com", "Dana")
    kr = make_kr(dana, "Sign 5", "Win", date(2026, 12, 1), "2026-Q4")
    path = write(
        OKR_HEADER,
        "dana@example.com,Win,Sign 5,2026-12-20,2026-Q4",
        "dana@example.com,Win,Ship beta,2026-12-05,2026-Q4",
    )
    result = runner.invoke(args=["import", "okrs", path])
    assert result.exit_code == 0, result.output
    assert result.stdout == "okrs: 1 created, 1 updated, 0 unchanged (0 new objectives)\n"
    db.session.rollback()
    move = db.session.scalar(select(DeadlineChange))
    assert (move.key_result_id, move.new_due, move.source) == (
        kr.id,
        date(2026, 12, 20),
        ChangeSource.IMPORT,
    )


def test_large_file_shows_no_progress_bar_when_stderr_is_not_a_terminal(runner, write):
    rows = [f"p{i}@example.com,P{i},," for i in range(2_500)]
    result = runner.invoke(args=["import", "people", write(PEOPLE_HEADER, *rows)])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert people_count() == 2_500


def test_export_people_to_stdout(runner):
    boss = make_person("boss@example.com", "=Boss")
    make_person("amy@example.com", "Amy", manager=boss)
    result = runner.invoke(args=["export", "people"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "email,name,manager_email,timezone\n"
        "amy@example.com,Amy,boss@example.com,UTC\n"
        "boss@example.com,'=Boss,,UTC\n"
    )


def test_export_to_a_file_then_import_it_back_is_a_no_op(runner, tmp_path):
    dana = make_person("dana@example.com", "Dana")
    make_kr(dana, "-5% churn", "Keep customers", date(2026, 12, 1), "2026-Q4")
    out = tmp_path / "okrs.csv"
    result = runner.invoke(args=["export", "okrs", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == (
        "owner_email,objective,key_result,due,period,depends_on\n"
        "dana@example.com,Keep customers,'-5% churn,2026-12-01,2026-Q4,\n"
    )
    again = runner.invoke(args=["import", "okrs", str(out)])
    assert again.stdout == "okrs: 0 created, 0 updated, 1 unchanged (0 new objectives)\n"
    db.session.rollback()
    assert db.session.scalar(select(func.count(KeyResult.id))) == 1


def test_export_to_an_unwritable_place_fails_cleanly(runner, tmp_path):
    result = runner.invoke(args=["export", "people", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"cannot write {tmp_path}: Is a directory" in result.stderr


def test_export_refuses_an_unknown_kind(runner):
    result = runner.invoke(args=["export", "goals"])
    assert result.exit_code == 2
    assert "people" in result.stderr and "okrs" in result.stderr


def test_help_names_the_columns(runner):
    result = runner.invoke(args=["import", "people", "--help"])
    assert "email,name,manager_email,timezone" in result.stdout
