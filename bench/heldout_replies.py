"""Score Flagpost's reply understanding on the held-out corpus (bench/heldout/).

    python bench/heldout_replies.py [--json] [--corpus DIR] [--only SUBSTRING]

Measured only at the end of a round of changes; never developed against (see
bench/heldout/README.md). The company of the corpus is rebuilt exactly (fixed secret,
clock, key result ids and form Message-IDs), on SQLite in a temporary folder with mail kept
in a temporary outbox folder. Each reply then goes through the production path on its own,
from the same starting state: `okr ingest FILE` (store, authenticate, understand, record,
confirm), after which the recorded status of every key result of its form is read back
through the status service (`okr status --json`'s `week_items`), with the key result's
state, due date and the week's check-ins for what the status hides (a flag recorded next
to a drop).

It prints: answers right / total, split by grammar and everyday phrasing; misread flags
(a flag recorded that differs from the expected one, any flag where nothing was to be
recorded, a flag invented next to a command), one per line with the file and the line;
abstentions; notes clean / total with each dirty note; errors; and a per-style breakdown.
It exits non-zero only when something raised (a score is a figure, not a failure).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.heldout import company  # noqa: E402
from okr import clock, create_app  # noqa: E402
from okr.extensions import db  # noqa: E402
from okr.models import CheckIn, InboundMessage, KeyResult, Person  # noqa: E402
from okr.services.status import week_items  # noqa: E402

CORPUS = ROOT / "bench" / "heldout"
ANSWERED = ("flag", "done", "dropped", "due", "abstain")


@dataclass
class Recorded:
    """What the production path left for one key result."""

    flag: str | None  # the week's newest check-in flag, None without one
    score: float | None
    note: str
    status: str  # as `okr status` shows it for the form's week
    state: str  # active, done, dropped
    due: str
    reason: str | None
    due_before: str
    elsewhere: str | None = None  # "2026-W50 red": a flag this reply recorded in another week
    done_note: str | None = None  # what was said with "done": kept on the key result


@dataclass
class Verdict:
    file: str
    ref: str
    expected: dict
    recorded: Recorded | None
    result: str  # right, abstained-ok, abstained, misread, wrong, kept-missing
    detail: str = ""
    note_problems: list[str] = field(default_factory=list)
    score_right: bool | None = None


def judge(exp: dict, got: Recorded) -> tuple[str, str]:
    """(result, detail) for one key result."""
    outcome = exp["outcome"]
    changed = got.state != "active" or got.due != got.due_before
    flag = got.flag
    if flag is None and got.elsewhere:
        if outcome in ("missing", "abstain"):
            return "misread", f"expected nothing, recorded {got.elsewhere}"
        return "wrong", f"the answer landed in another week: {got.elsewhere}"
    if outcome in ("missing", "abstain"):
        if flag is not None:
            return "misread", f"expected nothing, recorded {flag}"
        if changed:
            return "wrong", f"expected nothing, the key result was {_change(got)}"
        return ("kept-missing" if outcome == "missing" else "right"), ""
    if outcome == "flag":
        want = exp["flag"]
        if flag is not None and flag != want:
            return "misread", f"expected {want}, recorded {flag}"
        if "due" in exp and got.due != exp["due"]:
            if flag is None and not changed and exp.get("accept_abstain"):
                return "abstained-ok", ""
            return ("wrong" if changed or flag else "abstained"), f"due {got.due}, not {exp['due']}"
        if flag is None:
            if changed:
                return "wrong", f"expected {want}, the key result was {_change(got)}"
            return ("abstained-ok" if exp.get("accept_abstain") else "abstained"), ""
        if got.state != "active":
            return "wrong", f"flag {flag} right, but the key result was {_change(got)}"
        return "right", ""
    if outcome == "done":
        if flag is not None and flag != "green":
            return "misread", f"expected done, recorded {flag}"
        if got.state == "done":
            return "right", ""
        if flag is None and not changed:
            return "abstained", ""
        return "wrong", f"expected done, recorded {flag or '-'} and {_change(got)}"
    if outcome == "dropped":
        if flag is not None:
            return "misread", f"expected a drop only, recorded the flag {flag}"
        if got.state == "dropped":
            return "right", ""
        if not changed:
            return "abstained", ""
        return "wrong", f"expected dropped, the key result was {_change(got)}"
    if outcome == "due":
        want_flag = exp.get("flag")
        if flag is not None and flag != want_flag:
            what = f"expected {want_flag}" if want_flag else "expected a new date only"
            return "misread", f"{what}, recorded the flag {flag}"
        if got.due == exp["due"] and got.state == "active":
            if want_flag and flag is None:
                return "abstained", f"due date right, flag {want_flag} not recorded"
            return "right", ""
        if not changed and flag is None:
            return ("abstained-ok" if exp.get("accept_abstain") else "abstained"), ""
        return "wrong", f"expected due {exp['due']}, {_change(got)}"
    raise ValueError(f"unknown outcome {outcome}")


def _change(got: Recorded) -> str:
    if got.state == "done":
        return "closed as done"
    if got.state == "dropped":
        return f"dropped ({got.reason})"
    if got.due != got.due_before:
        return f"moved from {got.due_before} to {got.due}"
    return "unchanged"


def note_problems(exp: dict, got: Recorded) -> list[str]:
    if exp["outcome"] == "dropped":
        text = got.reason
    elif exp["outcome"] == "done":  # a done records no check-in: its note is on the key result
        text = got.done_note or got.note
    else:
        text = got.note
    text = text or ""
    problems = []
    want = exp.get("reason") if exp["outcome"] == "dropped" else exp.get("note_must_contain")
    if want and want.casefold() not in text.casefold():
        problems.append(f"lacks {want!r}")
    for bad in exp.get("note_must_not_contain", []):
        if bad.casefold() in text.casefold():
            problems.append(f"holds {bad!r}")
    return problems


class Bench:
    """The rebuilt company and one clean copy of its database to start every reply from."""

    def __init__(self, corpus: Path, expectations: dict) -> None:
        self.corpus = corpus
        self.folder = Path(tempfile.mkdtemp(prefix="heldout-score-"))
        self.app = create_app(
            company.config(self.folder), instance_path=str(self.folder / "instance")
        )
        self.database = company.database_file(self.folder)
        self.snapshot = self.folder / "snapshot.sqlite"
        with self.app.app_context():
            company.build(self.app)
            forms = company.sent_forms(self.app)
            self._check_forms(forms, expectations)
            self.people = {p.email: p.id for p in db.session.scalars(select(Person))}
            self.dues = {kr.id: kr.due.isoformat() for kr in db.session.scalars(select(KeyResult))}
            db.session.remove()
            db.engine.dispose()
        shutil.copyfile(self.database, self.snapshot)

    def _check_forms(self, forms: dict, expectations: dict) -> None:
        """The corpus answers these very forms: same reply tokens and key results. A form
        whose Message-ID differs is only noted: replies authenticated by their thread
        (the `+TOKEN` lost) then fail, and show as errors."""
        by_key = {(f.kind, f.week, f.person.email): f for f in forms.values()}
        refs = defaultdict(set)
        for kr in db.session.scalars(select(KeyResult)):
            refs[kr.owner.email].add(kr.ref)
        self.warnings: list[str] = []
        for reply in expectations["replies"]:
            wanted = reply["form"]
            form = by_key.get((wanted["kind"], wanted["week"], reply["person"]))
            if form is None or form.reply_to != wanted["reply_to"]:
                raise RuntimeError(
                    f"{reply['file']}: its form ({wanted['kind']} {wanted['week']} to "
                    f"{reply['person']}) is not what this code builds: the company, the reply "
                    "tokens or who gets a form changed since the corpus was written"
                )
            if set(reply["key_results"]) != refs[reply["person"]]:
                raise RuntimeError(f"{reply['file']}: the key results of its form changed")
            if form.message_id != wanted["message_id"]:
                self.warnings.append(
                    f"{wanted['file']}: rebuilt with Message-ID {form.message_id}, the corpus "
                    f"has {wanted['message_id']}"
                )

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def run(self, reply: dict) -> tuple[dict[str, Recorded], str | None, bool]:
        """Ingest one reply from the clean state: (recorded per ref, error, raised)."""
        shutil.copyfile(self.snapshot, self.database)
        with self.app.app_context():
            clock.freeze(company.PROCESSED_AT)
            try:
                result = self.app.test_cli_runner().invoke(
                    args=["ingest", str(self.corpus / reply["file"])]
                )
                if result.exception is not None and not isinstance(result.exception, SystemExit):
                    name = type(result.exception).__name__
                    return {}, f"okr ingest raised {name}: {result.exception}", True
                error = None
                if result.exit_code != 0:
                    error = f"okr ingest exit {result.exit_code}: {result.output.strip()}"
                row = db.session.scalar(select(InboundMessage).order_by(InboundMessage.id))
                if row is None:
                    return {}, error or "nothing was stored", False
                if row.state.value != "processed":
                    error = f"message {row.state.value}: {row.reason}"
                return self._read(reply), error, False
            finally:
                db.session.remove()
                db.engine.dispose()

    def _read(self, reply: dict) -> dict[str, Recorded]:
        week = reply["week"]
        person_id = self.people[reply["person"]]
        status = {item.ref: item for item in week_items(week, [person_id])}
        recorded: dict[str, Recorded] = {}
        for ref in reply["key_results"]:
            kr = db.session.get(KeyResult, int(ref[1:]))
            newest = db.session.scalar(
                select(CheckIn)
                .where(CheckIn.key_result_id == kr.id, CheckIn.week == week)
                .order_by(CheckIn.id.desc())
                .limit(1)
            )
            stray = db.session.scalar(
                select(CheckIn)
                .where(
                    CheckIn.key_result_id == kr.id,
                    CheckIn.week != week,
                    CheckIn.source_message_id.is_not(None),
                )
                .order_by(CheckIn.id.desc())
                .limit(1)
            )
            item = status.get(ref)
            recorded[ref] = Recorded(
                flag=newest.flag.value if newest else None,
                score=newest.score if newest else None,
                note=newest.note if newest else "",
                status=item.status if item else "absent",
                state=kr.state.value,
                due=kr.due.isoformat(),
                reason=kr.drop_reason,
                due_before=self.dues[kr.id],
                elsewhere=f"{stray.week} {stray.flag.value}" if stray else None,
                done_note=kr.done_note,
            )
        return recorded


def score(corpus: Path, only: str | None = None) -> dict:
    expectations = json.loads((corpus / "expectations.json").read_text(encoding="utf-8"))
    replies = [r for r in expectations["replies"] if not only or only in r["file"]]
    started = time.perf_counter()
    bench = Bench(corpus, expectations)
    verdicts: list[Verdict] = []
    errors: list[dict] = []
    raised = 0
    try:
        for reply in replies:
            recorded, error, did_raise = bench.run(reply)
            raised += did_raise
            if error:
                errors.append({"file": reply["file"], "error": error})
            for ref, exp in reply["key_results"].items():
                got = recorded.get(ref)
                if got is None:
                    verdicts.append(Verdict(reply["file"], ref, exp, None, "error", error or ""))
                    continue
                result, detail = judge(exp, got)
                verdict = Verdict(reply["file"], ref, exp, got, result, detail)
                if result in ("right", "wrong") and (got.flag or got.state != "active"):
                    verdict.note_problems = note_problems(exp, got)
                if exp.get("score") is not None and got.flag is not None:
                    verdict.score_right = (
                        got.score is not None and abs(got.score - exp["score"]) < 0.001
                    )
                verdicts.append(verdict)
    finally:
        bench.close()
        clock.freeze(None)
    result = summarise(replies, verdicts, errors, raised, time.perf_counter() - started)
    result["warnings"] = sorted(set(bench.warnings))
    return result


def summarise(replies, verdicts, errors, raised, seconds) -> dict:
    answered = [v for v in verdicts if v.expected["outcome"] in ANSWERED]
    good = ("right", "abstained-ok")

    def tally(items) -> dict:
        return {"right": sum(v.result in good for v in items), "total": len(items)}

    by_phrasing = {
        name: tally([v for v in answered if v.expected.get("phrasing") == name])
        for name in ("grammar", "everyday")
    }
    by_outcome = {
        name: tally([v for v in answered if v.expected["outcome"] == name]) for name in ANSWERED
    }
    missing = [v for v in verdicts if v.expected["outcome"] == "missing"]
    styles_of = {r["file"]: r["styles"] for r in replies}
    per_style: dict[str, Counter] = defaultdict(Counter)
    for v in verdicts:
        for tag in styles_of[v.file]:
            bucket = per_style[tag]
            if v.expected["outcome"] in ANSWERED:
                bucket["total"] += 1
                bucket["right"] += v.result in good
            bucket["misread"] += v.result == "misread"
    for reply in replies:
        for tag in reply["styles"]:
            per_style[tag]["replies"] += 1
    notes = [v for v in verdicts if v.result in ("right", "wrong") and v.recorded and (
        v.recorded.flag or v.recorded.state != "active")]  # fmt: skip
    scores = [v for v in verdicts if v.score_right is not None]
    line_of = {}
    for reply in replies:
        for ref, exp in reply["key_results"].items():
            line_of[(reply["file"], ref)] = exp.get("line")

    def listed(items):
        return [
            {
                "file": v.file,
                "ref": v.ref,
                "phrasing": v.expected.get("phrasing"),
                "expected": v.expected["outcome"]
                + (f" {v.expected['flag']}" if v.expected.get("flag") else ""),
                "detail": v.detail,
                "line": line_of.get((v.file, v.ref)),
            }
            for v in items
        ]

    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "replies": len(replies),
        "styles": len(per_style),
        "answers": tally(answered),
        "by_phrasing": by_phrasing,
        "by_outcome": by_outcome,
        "misread": listed([v for v in verdicts if v.result == "misread"]),
        "abstained": listed([v for v in verdicts if v.result == "abstained"]),
        "abstained_acceptably": sum(v.result == "abstained-ok" for v in verdicts),
        "wrong": listed([v for v in verdicts if v.result == "wrong"]),
        "missing_kept": {
            "right": sum(v.result == "kept-missing" for v in missing),
            "total": len(missing),
        },
        "notes": {
            "clean": sum(not v.note_problems for v in notes),
            "total": len(notes),
            "dirty": [
                {
                    "file": v.file,
                    "ref": v.ref,
                    "note": (
                        v.recorded.reason if v.expected["outcome"] == "dropped" else v.recorded.note
                    ),  # fmt: skip
                    "problems": v.note_problems,
                }
                for v in notes
                if v.note_problems
            ],
        },
        "scores": {"right": sum(bool(v.score_right) for v in scores), "total": len(scores)},
        "errors": errors,
        "raised": raised,
        "per_style": {tag: dict(counts) for tag, counts in sorted(per_style.items())},
    }


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def report(result: dict) -> str:
    kept = result["missing_kept"]
    out = [
        f"Held-out replies: {result['replies']} replies in {result['styles']} styles "
        f"({result['seconds']} s)",
        "",
        f"answers right     {_pct(result['answers']['right'], result['answers']['total'])}",
    ]
    for name, t in result["by_phrasing"].items():
        out.append(f"  {name:<15} {_pct(t['right'], t['total'])}")
    for name, t in result["by_outcome"].items():
        out.append(f"  expected {name:<7} {_pct(t['right'], t['total'])}")
    out += [
        f"misread flags     {len(result['misread'])}",
        f"abstentions       {len(result['abstained'])} (and {result['abstained_acceptably']} "
        "acceptable, on near-misses)",
        f"other wrong       {len(result['wrong'])}",
        f"left missing      {_pct(kept['right'], kept['total'])}",
        f"notes clean       {_pct(result['notes']['clean'], result['notes']['total'])}",
        f"scores right      {_pct(result['scores']['right'], result['scores']['total'])}",
        f"errors            {len(result['errors'])} ({result['raised']} raised)",
    ]

    def section(title: str, items: list[dict]) -> None:
        if not items:
            return
        out.extend(["", f"{title} ({len(items)}):"])
        for v in items:
            line = f"  | {v['line']}" if v.get("line") else ""
            out.append(f"  {v['file']} {v['ref']} [{v['phrasing']}] {v['detail']}{line}")

    section("Misread flags", result["misread"])
    section("Other wrong outcomes", result["wrong"])
    section("Abstentions", [{**v, "detail": f"expected {v['expected']}"}
                            for v in result["abstained"]])  # fmt: skip
    if result["notes"]["dirty"]:
        out.extend(["", f"Dirty notes ({len(result['notes']['dirty'])}):"])
        for v in result["notes"]["dirty"]:
            note = " ".join(v["note"].split())
            note = note if len(note) <= 90 else note[:87] + "..."
            out.append(f"  {v['file']} {v['ref']}: {'; '.join(v['problems'])}  | {note}")
    if result.get("warnings"):
        out.extend(["", "Warnings:"])
        out += [f"  {w}" for w in result["warnings"]]
    if result["errors"]:
        out.extend(["", "Errors:"])
        out += [f"  {e['file']}: {e['error']}" for e in result["errors"]]
    out.extend(["", "Per style (replies, answers right/total, misread):"])
    for tag, counts in result["per_style"].items():
        right, total = counts.get("right", 0), counts.get("total", 0)
        out.append(
            f"  {tag:<34} {counts.get('replies', 0):>4}  {right:>4}/{total:<4} "
            f"{counts.get('misread', 0):>3}"
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--only", help="only the reply files whose name holds this")
    args = parser.parse_args(argv)
    result = score(args.corpus, args.only)
    print(json.dumps(result, indent=1, ensure_ascii=False) if args.json else report(result))
    return 1 if result["raised"] else 0


if __name__ == "__main__":
    sys.exit(main())
