"""The board at 30,000 key results: latency and SQL statements per request.

Issue 16 promises that the board keeps "4 statements a page and p95 under 100 ms at 30,000
key results". This builds the benchmark company (`bench/workload.py`: 10,000 people, three
key results each, twelve weeks of history) on SQLite and, when PostgreSQL is installed,
on a throwaway durable PostgreSQL cluster, then requests the board through the real app
(Flask's test client: routing, sign-in session, the view, the queries and the template;
no HTTP server, whose own cost `bench/run.py`'s pages step measures against a static file)
as the people who land on it:

- `mine` views (a manager's default): the CEO (the whole company below them), a manager
  at each level below, a random page of the CEO's;
- `all` views (`scope=all`): a level-4 manager's first page and a random page, and the
  company filtered to red;
- the CEO's and the whole company's first page of last week: the generated company has
  no answers yet this week (a Monday), every key result has its check-ins last week.

Each view is requested `--requests` times after a warm-up; the figures are the median,
p95 and maximum, and the SQL statements each request sent (counted with a SQLAlchemy
event, the sign-in's user lookup included). Results go to `bench/out/board_latency.json`
and, with `--write`, into the board section of `bench/RESULTS.md`.

    python bench/board_latency.py                    # SQLite and PostgreSQL, 10,000 people
    python bench/board_latency.py --db sqlite --requests 50 --size 1000
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import OUT, SECRET_KEY, QueryCounter, percentile  # noqa: E402

GOAL_P95_MS = 100.0
GOAL_STATEMENTS = 4
WARMUP = 5
from bench.report import BOARD_BEGIN as MARK_BEGIN  # noqa: E402
from bench.report import BOARD_END as MARK_END  # noqa: E402


def _environment(url: str, folder: Path) -> None:
    for key in [k for k in os.environ if k.startswith(("OKR_", "MAIL_"))]:
        del os.environ[key]
    os.environ.pop("REDIS_URL", None)
    os.environ.update(
        DATABASE_URL=url,
        OKR_SECRET_KEY=SECRET_KEY,
        OKR_INSTANCE_PATH=str(folder / "instance"),
        OKR_BASE_URL="http://127.0.0.1:5000",
    )


def _views(rng: random.Random) -> list[tuple[str, str, int, str]]:
    """(name, description, person id, path) of each view to measure."""
    from sqlalchemy import func, select

    from okr import orgtree, weeks
    from okr.extensions import db
    from okr.models import Person
    from okr.services.status import board_page

    week = weeks.current()
    ceo = db.session.scalar(select(Person).where(Person.manager_id.is_(None)).order_by(Person.id))
    assert ceo is not None
    managers = set(
        db.session.scalars(
            select(Person.manager_id).where(Person.manager_id.is_not(None), Person.active)
        )
    )
    by_level: dict[int, list[int]] = {}
    for person_id, level in orgtree.subtree(ceo.id):
        if person_id in managers:
            by_level.setdefault(level, []).append(person_id)
    views = [("mine_ceo", f"CEO, own organisation ({_below(ceo.id)} people), page 1", ceo.id, "/")]
    ceo_pages = board_page(week, per_page=25, within=ceo.id).pages
    views.append(
        (
            "mine_ceo_page",
            "CEO, own organisation, a random page",
            ceo.id,
            f"/?page={{page:{ceo_pages}}}",
        )
    )
    for level in sorted(by_level):
        manager = rng.choice(sorted(by_level[level]))
        views.append(
            (
                f"mine_level{level}",
                f"level-{level} manager, own organisation ({_below(manager)} people), page 1",
                manager,
                "/",
            )
        )
    middle = rng.choice(sorted(by_level.get(4, by_level[max(by_level)])))
    all_pages = board_page(week, per_page=25).pages
    total = db.session.scalar(select(func.count()).select_from(Person))
    views += [
        ("all", f"a manager, whole company ({total} people), page 1", middle, "/?scope=all"),
        (
            "all_page",
            "a manager, whole company, a random page",
            middle,
            f"/?scope=all&page={{page:{all_pages}}}",
        ),
        ("all_red", "a manager, whole company, red only", middle, "/?scope=all&status=red"),
    ]
    # The generated week has no answers yet (a Monday); last week every key result has
    # its check-ins, as on a Friday.
    last = weeks.shift(week, -1)
    views += [
        ("mine_ceo_last", f"CEO, own organisation, last week ({last})", ceo.id, f"/?week={last}"),
        (
            "all_last",
            f"a manager, whole company, last week ({last})",
            middle,
            f"/?scope=all&week={last}",
        ),
    ]
    return views


def _below(manager_id: int) -> int:
    from okr import orgtree

    return len(orgtree.subtree(manager_id))


def _path(template: str, rng: random.Random) -> str:
    if "{page:" not in template:
        return template
    head, tail = template.split("{page:")
    pages = int(tail.rstrip("}"))
    return f"{head}{rng.randint(1, max(pages, 1))}"


def measure(url: str, size: int, requests: int, folder: Path) -> dict:
    """Build the company in the empty database at `url`, then time every view."""
    _environment(url, folder)
    from bench import workload
    from okr import create_app
    from okr.extensions import db
    from okr.models import KeyResult, Person, session_id

    app = create_app()
    logging.getLogger("okr.access").setLevel(logging.WARNING)  # a line per request otherwise
    rng = random.Random(16)
    with app.app_context():
        db.create_all()
        started = time.perf_counter()
        summary = workload.generate(size)
        built = time.perf_counter() - started
        key_results = db.session.scalar(db.select(db.func.count()).select_from(KeyResult))
        views = _views(rng)
        db.session.remove()
        counter = QueryCounter(active=False).attach(db.engine)
    results: dict = {
        "database": url.split(":", 1)[0],
        "people": size,
        "key_results": key_results,
        "check_ins": summary.check_ins,
        "build_seconds": round(built, 1),
        "requests": requests,
        "views": {},
    }
    client = app.test_client()
    for name, description, person_id, template in views:
        with app.app_context():
            person = db.session.get(Person, person_id)
            assert person is not None
            session_value = session_id(person, bool(person.is_admin))
            db.session.remove()
        with client.session_transaction() as session:
            session["_user_id"] = session_value
            session["_fresh"] = True
        samples: list[float] = []
        cpu: list[float] = []
        statements: list[int] = []
        for n in range(WARMUP + requests):
            path = _path(template, rng)
            counter.count, counter.active = 0, True
            start, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(path)
            elapsed = time.perf_counter() - start
            used = time.process_time() - started_cpu
            counter.active = False
            if response.status_code != 200:
                raise RuntimeError(f"{path} as person {person_id}: {response.status_code}")
            if n >= WARMUP:
                samples.append(elapsed)
                cpu.append(used)
                statements.append(counter.count)
        results["views"][name] = {
            "description": description,
            "median_ms": round(statistics.median(samples) * 1000, 1),
            "p95_ms": round(percentile(samples, 0.95) * 1000, 1),
            "max_ms": round(max(samples) * 1000, 1),
            "cpu_median_ms": round(statistics.median(cpu) * 1000, 1),
            "cpu_p95_ms": round(percentile(cpu, 0.95) * 1000, 1),
            "statements": sorted(set(statements)),
        }
        results["views"][name]["load_average"] = round(os.getloadavg()[0], 2)
        print(f"  {results['database']:8} {name:16} {results['views'][name]}", flush=True)
    return results


def table(runs: list[dict]) -> str:
    lines = [
        "| database | view | median | p95 | max | CPU of this process, median / p95 "
        "| SQL statements per request | goal |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for run in runs:
        for view in run["views"].values():
            held = view["p95_ms"] < GOAL_P95_MS and max(view["statements"]) <= GOAL_STATEMENTS
            counts = "–".join(str(n) for n in (view["statements"][0], view["statements"][-1]))
            if view["statements"][0] == view["statements"][-1]:
                counts = str(view["statements"][0])
            lines.append(
                f"| {run['database']} | {view['description']} | {view['median_ms']} ms | "
                f"{view['p95_ms']} ms | {view['max_ms']} ms | "
                f"{view['cpu_median_ms']} / {view['cpu_p95_ms']} ms | {counts} | "
                f"{'holds' if held else 'MISSED'} |"
            )
    return "\n".join(lines)


def section(runs: list[dict], machine: str) -> str:
    first = runs[0]
    loads = [
        v["load_average"] for run in runs for v in run["views"].values() if "load_average" in v
    ]
    busy = (
        f" The machine was shared: 1-minute load average {min(loads):.1f} to {max(loads):.1f} "
        f"on {os.cpu_count()} cores during the run, so wall times include waiting for a "
        "core; the CPU column is this process's own work."
        if loads and max(loads) > (os.cpu_count() or 1)
        else ""
    )
    return "\n".join(
        [
            MARK_BEGIN,
            "## The board at 30,000 key results",
            "",
            f"`python bench/board_latency.py` ({machine}): {first['people']:,} people, "
            f"{first['key_results']:,} key results, {first['check_ins']:,} check-ins; each view "
            f"requested {first['requests']} times after {WARMUP} warm-up requests through "
            "Flask's test client (the whole app: session, view, queries, template; no HTTP "
            f"server). Goal (issue 16): p95 under {GOAL_P95_MS:.0f} ms and at most "
            f"{GOAL_STATEMENTS} SQL statements a page, the signed-in user's lookup included."
            + busy,
            "",
            table(runs),
            MARK_END,
        ]
    )


def write_results(text: str, path: Path) -> None:
    """Put the section into RESULTS.md, replacing an earlier one (`bench/report.py` keeps
    it when it writes the file again)."""
    current = path.read_text() if path.exists() else ""
    if MARK_BEGIN in current and MARK_END in current:
        head, rest = current.split(MARK_BEGIN, 1)
        tail = rest.split(MARK_END, 1)[1]
        current = head + text + tail
    else:
        current = current.rstrip() + "\n\n" + text + "\n"
    path.write_text(current)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument("--size", type=int, default=10_000, help="people (three KRs each)")
    parser.add_argument("--requests", type=int, default=100, help="per view")
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--output", default=str(OUT), help="folder for board_latency.json")
    parser.add_argument("--from-json", help="write RESULTS.md from a saved run, measure nothing")
    args = parser.parse_args(argv)
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    if args.from_json:
        saved = json.loads(Path(args.from_json).read_text())
        write_results(section(saved, machine), ROOT / "bench" / "RESULTS.md")
        return 0
    kinds = [k.strip() for k in args.db.split(",") if k.strip()]
    runs = []
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    for kind in kinds:
        folder = Path(tempfile.mkdtemp(prefix="board-latency.", dir=output))
        try:
            if kind == "sqlite":
                runs.append(
                    measure(
                        f"sqlite:///{folder / 'board.sqlite'}", args.size, args.requests, folder
                    )
                )
            elif kind == "postgres":
                from bench.common import Postgres
                from tests.throwaway import Unavailable

                try:
                    cluster = Postgres().start()
                except Unavailable as error:
                    print(f"postgres skipped: {error}")
                    continue
                try:
                    url = cluster.create("board")
                    runs.append(measure(url, args.size, args.requests, folder))
                finally:
                    cluster.stop()
            else:
                parser.error(f"unknown database {kind!r}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    (output / "board_latency.json").write_text(json.dumps(runs, indent=1))
    print(table(runs))
    if args.write and runs:
        write_results(section(runs, machine), ROOT / "bench" / "RESULTS.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
