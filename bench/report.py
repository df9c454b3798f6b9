"""Goals, verdicts and the Markdown/console tables of a benchmark run."""

from __future__ import annotations

from pathlib import Path

ANALYSIS = Path(__file__).resolve().parent / "ANALYSIS.md"
MEMORY_GOAL_MB = 300
MEMORY_AT = 10000  # the memory goal is judged at this size (and above)
PAGE_P95_GOAL_MS = 100

GOALS = {
    "forms": {"text": "ratio <= 1.5", "max_ratio": 1.5},
    "forms_rq": {"text": "2 workers >= 1.7x one", "min_ratio": 1.7},
    "replies": {"text": "ratio <= 3", "max_ratio": 3.0},
    "digests": {"text": "ratio <= 3, constant statements per digest", "max_ratio": 3.0},
    "pages": {"text": f"p95 < {PAGE_P95_GOAL_MS} ms on every page", "max_value": 100.0},
    "memory": {"text": f"peak < {MEMORY_GOAL_MB} MB at 10,000 people", "max_mb": MEMORY_GOAL_MB},
    "growth": {"text": "time at 10x people <= 11x (linear)", "factor": 1.1},
}
UNITS = {
    "forms": "s",
    "forms_rq": "forms/s",
    "replies": "s",
    "digests": "s",
    "pages": "ms p95",
}
WHAT = {
    "forms": "`okr send-forms`: queue, compose, send every form via the outbox",
    "forms_rq": "throughput with 2 RQ workers",
    "replies": "store, authenticate, understand, record, queue confirmation",
    "digests": "`okr send-digests`: queue, build, render, send every digest",
    "pages": "worst p95 over the board and admin OKR pages",
}
BARE = {
    "forms": "one SQL read + smtplib sending the same bytes, one connection",
    "forms_rq": "throughput with 1 RQ worker",
    "replies": "email.message_from_bytes + get_body",
    "digests": "one SQL read of every row needed + smtplib sending the same bytes",
    "pages": "p95 of /static/style.css, same server and client",
}
ORDER = ("forms", "forms_rq", "replies", "digests", "pages")


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def step(
    name: str,
    figure: float,
    bare: float,
    ours: dict,
    bare_details: dict,
    peak_rss_mb: float | None = None,
) -> dict:
    ratio = figure / bare if figure is not None and bare else None
    goal = GOALS[name]
    if name == "pages":
        worst = max((k["p95_ms"] for k in ours["kinds"].values() if k.get("judged")), default=None)
        figure = worst
        ratio = worst / bare if worst is not None and bare else None
        holds = worst is not None and worst < goal["max_value"]
    elif "max_ratio" in goal:
        holds = ratio is not None and ratio <= goal["max_ratio"]
    else:
        holds = ratio is not None and ratio >= goal["min_ratio"]
    return {
        "what": WHAT[name],
        "figure": _round(figure, 4),
        "unit": UNITS[name],
        "bare": _round(bare, 4),
        "bare_label": BARE[name],
        "ratio": _round(ratio, 3),
        "goal": goal["text"],
        "holds": holds,
        "peak_rss_mb": peak_rss_mb if peak_rss_mb is not None else ours.get("peak_rss_mb"),
        "ours": ours,
        "bare_details": bare_details,
    }


def skipped(name: str, reason: str) -> dict:
    return {
        "what": WHAT[name],
        "figure": None,
        "unit": UNITS[name],
        "bare": None,
        "bare_label": BARE[name],
        "ratio": None,
        "goal": GOALS[name]["text"],
        "holds": None,
        "skipped": reason,
        "peak_rss_mb": None,
    }


def _growth_time(name: str, step_result: dict) -> float | None:
    """The time that should grow linearly with the company."""
    if step_result.get("figure") is None:
        return None
    if name == "forms_rq":
        return step_result["ours"]["send_window_seconds"]
    return step_result["figure"]


def finish(results: dict) -> None:
    """Verdicts that need more than one step: memory, growth, constant statements."""
    runs = results["runs"]
    memory = []
    for run in runs:
        for name in ORDER:
            mb = run["steps"][name].get("peak_rss_mb")
            if mb is None:
                continue
            judged = run["size"] >= MEMORY_AT
            memory.append(
                {
                    "db": run["db"],
                    "size": run["size"],
                    "step": name,
                    "peak_rss_mb": mb,
                    "goal": GOALS["memory"]["text"],
                    "holds": (mb < MEMORY_GOAL_MB) if judged else None,
                }
            )
    growth = []
    for db in results["databases"]:
        mine = sorted((r for r in runs if r["db"] == db), key=lambda r: r["size"])
        if len(mine) < 2:
            continue
        small, large = mine[0], mine[-1]
        scale = large["size"] / small["size"]
        limit = GOALS["growth"]["factor"] * scale
        for name in ORDER:
            a = _growth_time(name, small["steps"][name])
            b = _growth_time(name, large["steps"][name])
            if not a or not b:
                continue
            value = b / a if name != "forms_rq" else b / a
            growth.append(
                {
                    "db": db,
                    "step": name,
                    "small": small["size"],
                    "large": large["size"],
                    "time_small": round(a, 4),
                    "time_large": round(b, 4),
                    "unit": "ms p95" if name == "pages" else "s",
                    "growth": round(value, 2),
                    "goal": f"<= {limit:g}",
                    "holds": value <= limit,
                }
            )
    statements = []
    for run in runs:
        if run["steps"]["digests"].get("skipped"):
            continue
        digest = run["steps"]["digests"]["ours"]
        singles = {level: s["statements"] for level, s in digest["single_digest"].items()}
        statements.append(
            {
                "db": run["db"],
                "size": run["size"],
                "digests": digest["digests"],
                "statements": digest["statements"],
                "per_digest": digest["statements_per_digest"],
                "one_digest": singles,
            }
        )
    # One digest costs the same statements at every level and size of a database (each
    # database may take its own number: PostgreSQL's plan differs from SQLite's).
    constant = {
        db: len({n for s in statements if s["db"] == db for n in s["one_digest"].values()}) == 1
        for db in {s["db"] for s in statements}
    }
    for run in runs:
        if run["steps"]["digests"].get("skipped"):
            continue
        run["steps"]["digests"]["constant_statements"] = constant[run["db"]]
        if not constant[run["db"]]:
            run["steps"]["digests"]["holds"] = False
    results["memory"] = memory
    results["growth"] = growth
    results["digest_statements"] = statements
    results["all_goals_hold"] = all(
        [
            *(run["steps"][n]["holds"] is not False for run in runs for n in ORDER),
            *(m["holds"] is not False for m in memory),
            *(g["holds"] for g in growth),
        ]
    )


# --- output ------------------------------------------------------------------------------------


def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:,.3f}" if abs(value) < 10 else f"{value:,.1f}"
    else:
        text = f"{value:,}"
    return f"{text} {unit}".strip()


def _verdict(holds) -> str:
    return {True: "holds", False: "**misses**", None: "-"}[holds]


def _miss(name: str, step_result: dict) -> str:
    """By how much a missed goal misses."""
    goal, ratio = GOALS[name], step_result.get("ratio")
    if step_result.get("holds") is not False:
        return ""
    if name == "pages":
        return f"{step_result['figure'] / goal['max_value']:.2f}x the limit"
    if ratio is None:
        return ""
    if "max_ratio" in goal:
        return f"{ratio / goal['max_ratio']:.2f}x the limit"
    return f"{ratio:.2f} of {goal['min_ratio']}"


def one_line(name: str, step_result: dict) -> str:
    if step_result.get("skipped"):
        return f"{name:9} skipped: {step_result['skipped']}"
    return (
        f"{name:9} ours {_fmt(step_result['figure'], step_result['unit']):>16}  "
        f"bare {_fmt(step_result['bare'], step_result['unit']):>16}  "
        f"ratio {_fmt(step_result['ratio']):>8}  {step_result['goal']}: "
        f"{'holds' if step_result['holds'] else 'MISSES'}"
    )


def table(results: dict) -> str:
    """The main table: every step, its figure, bare limit, ratio and goal."""
    lines = [
        "| database | people | step | ours | bare limit | ratio | goal | verdict |",
        "|---|---:|---|---:|---:|---:|---|---|",
    ]
    for run in results["runs"]:
        for name in ORDER:
            s = run["steps"][name]
            verdict = _verdict(s["holds"]) if not s.get("skipped") else f"skipped: {s['skipped']}"
            miss = _miss(name, s)
            lines.append(
                f"| {run['db']} | {run['size']:,} | {name} | {_fmt(s['figure'], s['unit'])} | "
                f"{_fmt(s['bare'], s['unit'])} | {_fmt(s['ratio'])} | {s['goal']} | "
                f"{verdict}{' (' + miss + ')' if miss else ''} |"
            )
    return "\n".join(lines)


def _memory_table(results: dict) -> str:
    lines = ["| database | people | step | peak RSS | verdict |", "|---|---:|---|---:|---|"]
    for m in results["memory"]:
        lines.append(
            f"| {m['db']} | {m['size']:,} | {m['step']} | {m['peak_rss_mb']:.0f} MB | "
            f"{_verdict(m['holds'])} |"
        )
    return "\n".join(lines)


def _growth_table(results: dict) -> str:
    if not results["growth"]:
        return "Only one size was run: no growth figures."
    lines = [
        "| database | step | time at small | time at large | growth | goal | verdict |",
        "|---|---|---:|---:|---:|---|---|",
    ]
    for g in results["growth"]:
        lines.append(
            f"| {g['db']} | {g['step']} | {_fmt(g['time_small'], g['unit'])} "
            f"({g['small']:,}) | {_fmt(g['time_large'], g['unit'])} ({g['large']:,}) | "
            f"{g['growth']:.2f}x | {g['goal']} | {_verdict(g['holds'])} |"
        )
    return "\n".join(lines)


def _pages_table(results: dict) -> str:
    lines = [
        "| database | people | page | median | p95 | max | req/s | errors | verdict |",
        "|---|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for run in results["runs"]:
        if run["steps"]["pages"].get("skipped"):
            continue
        kinds = run["steps"]["pages"]["ours"]["kinds"]
        for kind, k in kinds.items():
            verdict = (
                _verdict(k["p95_ms"] < PAGE_P95_GOAL_MS)
                if k.get("judged")
                else ("bare limit" if kind == "static" else "shown, not judged")
            )
            lines.append(
                f"| {run['db']} | {run['size']:,} | {k['what']} | {_fmt(k['median_ms'], 'ms')} | "
                f"{_fmt(k['p95_ms'], 'ms')} | {_fmt(k['max_ms'], 'ms')} | "
                f"{_fmt(k['throughput_rps'])} | {k['errors']} | {verdict} |"
            )
    return "\n".join(lines)


def _digest_table(results: dict) -> str:
    lines = [
        "| database | people | digests | statements (build_all) | per digest | one digest alone |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for s in results["digest_statements"]:
        singles = ", ".join(f"{level}: {n}" for level, n in s["one_digest"].items())
        lines.append(
            f"| {s['db']} | {s['size']:,} | {s['digests']:,} | {s['statements']:,} | "
            f"{s['per_digest']} | {singles} |"
        )
    return "\n".join(lines)


def _details_table(results: dict) -> str:
    lines = ["| database | people | step | details |", "|---|---:|---|---|"]
    for run in results["runs"]:
        steps = {k: v for k, v in run["steps"].items() if not v.get("skipped")}
        if "forms" in steps:
            f = steps["forms"]["ours"]
            b = steps["forms"]["bare_details"]
            lines.append(
                f"| {run['db']} | {run['size']:,} | forms | {f['forms']:,} forms of "
                f"{f['mean_bytes']:,} bytes on average, {f['forms_per_second']:,} forms/s; "
                f"bare: read {b['rows']:,} rows in {b['read_seconds']:.2f} s, sent in "
                f"{b['send_seconds']:.2f} s ({b['messages_per_second']:,} messages/s); "
                f"{f['statements_per_form']} SQL statements per form"
                + (
                    "; the outbox alone, forms composed beforehand: "
                    f"{f['precomposed_seconds']:.2f} s (ratio {f['precomposed_ratio']})"
                    if "precomposed_seconds" in f
                    else ""
                )
                + " |"
            )
        if "forms_rq" in steps:
            one, two = steps["forms_rq"]["bare_details"], steps["forms_rq"]["ours"]
            lines.append(
                f"| {run['db']} | {run['size']:,} | forms_rq | {one['jobs']} jobs; 1 worker "
                f"{one['forms_per_second']} forms/s ({one['wall_seconds']:.1f} s wall with "
                f"start-up), 2 workers {two['forms_per_second']} forms/s "
                f"({two['wall_seconds']:.1f} s wall)"
                + (
                    f"; medians of {len(one['repeats'])} alternate runs: 1 worker "
                    f"{', '.join(map(str, one['repeats']))}, 2 workers "
                    f"{', '.join(map(str, two['repeats']))} forms/s"
                    if "repeats" in one
                    else ""
                )
                + " |"
            )
        if "replies" in steps:
            r = steps["replies"]["ours"]
            states = ", ".join(f"{k} {v:,}" for k, v in sorted(r["states"].items()))
            lines.append(
                f"| {run['db']} | {run['size']:,} | replies | {r['messages']:,} messages "
                f"({r['mix']['mean_bytes']:,} bytes on average): {states}; "
                f"{r['check_ins_recorded']:,} check-ins recorded, {r['confirmations_queued']:,} "
                f"confirmations queued; {r['ms_per_message']} ms and "
                f"{r['statements_per_message']} SQL statements per message |"
            )
        if "digests" in steps:
            d = steps["digests"]["ours"]
            b = steps["digests"]["bare_details"]
            lines.append(
                f"| {run['db']} | {run['size']:,} | digests | {d['sent']:,} digests sent "
                f"({d['digests']:,} managers, {d['items']:,} items), "
                f"{d.get('mean_bytes', 0):,} bytes on average; {d['ms_per_digest']} ms per "
                f"digest end to end, {d['statements_sent']:,} SQL statements in all; "
                f"building alone (build_all) {d['build_only_seconds']:.2f} s; bare: read "
                f"{b['rows']:,} rows in {b['read_seconds']:.2f} s, sent in "
                f"{b['send_seconds']:.2f} s |"
            )
        if "pages" in steps:
            p = steps["pages"]["ours"]
            lines.append(
                f"| {run['db']} | {run['size']:,} | pages | {p['requests_per_kind']} requests "
                f"per page kind, {p['concurrency']} client threads, served by {p['served_by']}; "
                f"all pages pooled: median {p['pages']['median_ms']} ms, "
                f"p95 {p['pages']['p95_ms']} ms |"
            )
    return "\n".join(lines)


def _mix(results: dict) -> str:
    replies = results["runs"][-1]["steps"]["replies"]
    if replies.get("skipped"):
        return "-"
    mix = replies["ours"]["mix"]["styles"]
    return ", ".join(f"{name.replace('_', ' ')} {count:,}" for name, count in mix.items())


def markdown(results: dict) -> str:
    m = results["machine"]
    verdict = "every goal holds" if results["all_goals_hold"] else "some goals miss (see below)"
    parts = [
        "# Benchmark results",
        "",
        "Generated by `python bench/run.py` (see [README.md](README.md) for what each figure "
        "means). Do not edit by hand: run the command again.",
        "",
        f"- Run: {results['started']}, `{results['command'].strip()}`, "
        f"{results['seconds'] / 60:.1f} minutes in all; {verdict}.",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory']} RAM; {m['os']}; "
        f"Python {m['python']}; {m.get('postgresql', 'no PostgreSQL')}; "
        f"{m['redis'] or 'no Redis'}.",
        f"- Sizes: {', '.join(f'{s:,}' for s in results['sizes'])} people; databases: "
        f"{', '.join(results['databases'])}. Pages served by "
        f"{results['runs'][0]['steps']['pages'].get('ours', {}).get('served_by', '-')}.",
        *(f"- Note: {note}" for note in results.get("notes", [])),
        "",
        "## Every step against its bare limit",
        "",
        "Each ratio is our figure divided by the bare limit measured in the same run on the "
        "same machine (for forms_rq: two workers' throughput divided by one worker's).",
        "",
        table(results),
        "",
        "## Peak memory of each step",
        "",
        "Resident set high-water mark of the process doing the step (the step's own fresh "
        "process; the RQ workers and their work horses; the WSGI server's processes).",
        "",
        _memory_table(results),
        "",
        "## Growth from the smallest to the largest company",
        "",
        _growth_table(results),
        "",
        "## Pages",
        "",
        _pages_table(results),
        "",
        "## Digests: SQL statements",
        "",
        _digest_table(results),
        "",
        "## Details",
        "",
        _details_table(results),
        "",
        f"Reply mix of the largest run: {_mix(results)}.",
        "",
    ]
    if ANALYSIS.exists():
        parts += [ANALYSIS.read_text().strip(), ""]
    board = _board_section()
    if board:
        parts += [board, ""]
    return "\n".join(parts)


BOARD_BEGIN, BOARD_END = "<!-- board_latency: begin -->", "<!-- board_latency: end -->"


def _board_section() -> str:
    """The board's own figures (`bench/board_latency.py --write` puts them into the
    committed RESULTS.md), kept when this report writes the file again."""
    committed = ANALYSIS.parent / "RESULTS.md"
    text = committed.read_text() if committed.exists() else ""
    if BOARD_BEGIN not in text or BOARD_END not in text:
        return ""
    return BOARD_BEGIN + text.split(BOARD_BEGIN, 1)[1].split(BOARD_END, 1)[0] + BOARD_END
