"""The benchmark command runs end to end on a tiny company and writes every figure.

No timing is asserted: this only proves that `python bench/run.py` works from a clean
checkout (SQLite, 60 people) and that its JSON holds, for every step, our figure, the bare
limit measured in the same run and their ratio, and the Markdown table mentions each step.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import okr

REPO = Path(okr.__file__).resolve().parent.parent
STEPS = ("forms", "forms_rq", "replies", "digests", "pages")
BENCH_SECONDS = 600  # it takes well under a minute; this only stops a hang


def test_the_quick_benchmark_writes_every_step_with_its_bare_limit(tmp_path):
    output = tmp_path / "results"
    command = [sys.executable, str(REPO / "bench" / "run.py"), "--sizes", "60", "--db", "sqlite"]
    command += ["--requests", "10", "--workdir", str(tmp_path / "work"), "--output", str(output)]
    done = subprocess.run(
        command,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BENCH_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    results = json.loads((output / "results.json").read_text())
    (run,) = results["runs"]
    assert (run["db"], run["size"]) == ("sqlite", 60)
    assert run["workload"]["key_results"] == 3 * 60
    assert run["workload"]["levels"] == 6
    for name in STEPS:
        step = run["steps"][name]
        if name == "forms_rq" and shutil.which("redis-server") is None:
            assert step["skipped"]
            continue
        for key in ("figure", "bare", "ratio"):
            assert isinstance(step[key], int | float) and step[key] > 0, (name, key, step)
        assert step["goal"] and step["bare_label"] and step["holds"] in (True, False)
        assert step["peak_rss_mb"] > 0
    replies = run["steps"]["replies"]["ours"]
    assert replies["states"].get("processed", 0) > 0
    assert replies["check_ins_recorded"] > 0
    digests = run["steps"]["digests"]["ours"]
    assert digests["digests"] == run["workload"]["managers"]
    assert len({s["statements"] for s in digests["single_digest"].values()}) == 1  # constant
    pages = run["steps"]["pages"]["ours"]["kinds"]
    assert all(kind["errors"] == 0 for kind in pages.values()), pages
    assert results["memory"] and results["machine"]["cores"]

    table = (output / "RESULTS.md").read_text()
    for name in STEPS:
        assert f"| {name} |" in table


def test_the_board_latency_benchmark_reports_every_view(tmp_path):
    """`bench/board_latency.py` on 60 people: every view answered 200 (it stops otherwise)
    and has its figures and statement counts; no timing is asserted."""
    command = [sys.executable, str(REPO / "bench" / "board_latency.py"), "--db", "sqlite"]
    command += ["--size", "60", "--requests", "2", "--output", str(tmp_path)]
    done = subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=BENCH_SECONDS, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (run,) = json.loads((tmp_path / "board_latency.json").read_text())
    assert (run["database"], run["people"], run["key_results"]) == ("sqlite", 60, 180)
    views = run["views"]
    assert {"mine_ceo", "all", "all_red", "mine_ceo_last", "all_last"} <= set(views)
    for view in views.values():
        assert view["p95_ms"] > 0 and view["cpu_p95_ms"] >= 0
        assert 1 <= min(view["statements"]) <= max(view["statements"]) <= 4
    assert "| sqlite | CEO, own organisation" in done.stdout
