"""Write the held-out reply corpus: the real forms, one .eml per case, and the expectations.

    python -m bench.heldout.make_corpus            # rewrites bench/heldout/{forms,replies}
    python -m bench.heldout.make_corpus --check    # only checks the cases, writes nothing

The company is built in a temporary folder by Flagpost's own code (company.py): its forms
are composed and sent by `okr send-forms`, and every reply is written against the form it
answers (its Reply-To token, Message-ID and text) by the client the case names
(clients.py). The replies themselves are hand-written, one case each, in cases/.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.heldout import company  # noqa: E402
from bench.heldout.cases import CASES  # noqa: E402
from bench.heldout.clients import CLIENTS, compose, style_tags, typed  # noqa: E402
from bench.heldout.spec import FORMS, LAYOUTS, MISSING, Case, Expect  # noqa: E402

HERE = Path(__file__).resolve().parent
# Fragments of the form, its quote header and the mail around it: never part of a note.
ALWAYS_CLEAN = ("Last week:", "Was due", "Prefer clicking", "flagpost@okr", "[GREEN]", "[RED]")


def _mentions(text: str, kr_id: int) -> bool:
    return re.search(rf"(?<![\d.,:/-]){kr_id}(?![\d%])", text) is not None


def expectations(case: Case, refs: list[str]) -> dict[str, Expect]:
    """Every key result of the form, with the case's expectation or missing."""
    by_ref: dict[str, Expect] = {}
    for key, value in case.expect.items():
        if key == "*":
            continue
        ref = f"#{key}" if isinstance(key, int) else key
        if ref not in refs:
            raise ValueError(f"{case.id}: {ref} is not on the form ({', '.join(refs)})")
        by_ref[ref] = value
    blanket = case.expect.get("*")
    return {ref: by_ref.get(ref, blanket or MISSING) for ref in refs}


def _texts(case: Case) -> list[str]:
    if isinstance(case.text, dict):
        return [v for k, v in case.text.items()]
    return [case.text]


def answer_line(case: Case, ref: str, title: str) -> str | None:
    """The line a key result's answer is on, for the report."""
    if isinstance(case.text, dict) and ref in case.text:
        lines = [x for x in typed(case.text[ref]) if x.strip()]
        return lines[0] if lines else None
    kr_id = int(ref[1:])
    words = " ".join(title.lower().split()[:2])
    for text in _texts(case):
        for line in typed(text):
            if _mentions(line, kr_id) or (words and words in line.lower()):
                return line.strip()
    return None


def clean_fragments(case: Case) -> list[str]:
    found = list(case.clean)
    for block in (case.sig, case.disclaimer, case.footer):
        if block:
            found += [x.strip() for x in typed(block) if len(x.strip()) >= 3 and x != "-- "]
    return found


def check(case: Case, refs: list[str]) -> list[str]:
    """Problems with a case: unknown client or layout, a key result mentioned but expected
    missing (a slip in writing the case)."""
    problems = []
    if case.client not in CLIENTS:
        problems.append(f"{case.id}: unknown client {case.client}")
    if case.layout not in LAYOUTS:
        problems.append(f"{case.id}: unknown layout {case.layout}")
    if case.form not in FORMS:
        problems.append(f"{case.id}: unknown form {case.form}")
    expected = expectations(case, refs)
    if isinstance(case.text, dict):
        for key in case.text:
            if key not in ("^", "$") and int(key[1:]) not in case.expect:
                problems.append(f"{case.id}: inline answer under {key} has no expectation")
    for ref, exp in expected.items():
        if exp.outcome != "missing":
            continue
        for text in _texts(case):
            if any(_mentions(line, int(ref[1:])) for line in typed(text)):
                problems.append(f"{case.id}: {ref} is mentioned but expected missing")
                break
    return problems


def build_forms() -> tuple[dict, Path]:
    from okr import create_app
    from okr.extensions import db

    folder = Path(tempfile.mkdtemp(prefix="heldout-"))
    app = create_app(company.config(folder), instance_path=str(folder / "instance"))
    with app.app_context():
        company.build(app)
        forms = company.sent_forms(app)
        db.session.remove()
        db.engine.dispose()
    return forms, folder


def _steady(form) -> bytes:
    """The form as sent, with the two things Flagpost's mail writer takes from the wall
    clock and the random source (the Date header, the MIME boundary) made fixed, so that
    writing the corpus again gives the same bytes."""
    raw = re.sub(
        rb"(?m)^Date: [^\r\n]*",
        b"Date: " + format_datetime(form.sent_at).encode(),
        form.raw,
        count=1,
    )
    found = re.search(rb'boundary="([^"]+)"', raw)
    if found:
        raw = raw.replace(found.group(1), f"=_flagpost_{form.name}".encode())
    return raw


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the cases, write nothing")
    parser.add_argument("--out", type=Path, default=HERE, help="where to write (default: here)")
    args = parser.parse_args(argv)

    forms, folder = build_forms()
    try:
        problems: list[str] = []
        ids = [case.id for case in CASES]
        duplicates = sorted({x for x in ids if ids.count(x) > 1})
        if duplicates:
            problems.append(f"duplicate case ids: {', '.join(duplicates)}")
        for case in CASES:
            kind, week = FORMS[case.form]
            problems += check(case, forms[(kind, week, case.who)].refs)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        if args.check:
            print(f"{len(CASES)} cases are well-formed")
            return 0
        _write(args.out, forms)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def _write(out: Path, forms: dict) -> None:
    for sub in ("forms", "replies"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    used = {FORMS[case.form] + (case.who,) for case in CASES}
    for key in sorted(used):
        form = forms[key]
        (out / "forms" / f"{form.name}.eml").write_bytes(_steady(form))
    replies = []
    for index, case in enumerate(CASES, start=1):
        kind, week = FORMS[case.form]
        form = forms[(kind, week, case.who)]
        raw = compose(case, form, index)
        name = f"replies/{index:03d}-{case.id}.eml"
        (out / name).write_bytes(raw)
        titles = {f"#{kr.id}": kr.title for kr in form.person.krs}
        expected = expectations(case, form.refs)
        clean = clean_fragments(case)
        notes = {ref: exp.note for ref, exp in expected.items() if exp.note}
        key_results = {}
        for ref, exp in expected.items():
            data = exp.as_dict()
            if exp.outcome in ("flag", "done", "due", "dropped"):
                others = [n for r, n in notes.items() if r != ref and n != exp.note]
                others += [
                    r for r, x in expected.items() if r != ref and x.outcome not in ("missing",)
                ]
                avoid = [*exp.not_in_note, *clean, *ALWAYS_CLEAN, *others]
                if exp.note:
                    avoid = [x for x in avoid if x.lower() not in exp.note.lower()]
                data["note_must_not_contain"] = list(dict.fromkeys(avoid))
            line = answer_line(case, ref, titles[ref]) if exp.outcome != "missing" else None
            if line:
                data["line"] = line
            data["title"] = titles[ref]
            key_results[ref] = data
        replies.append(
            {
                "file": name,
                "case": case.id,
                "person": form.person.email,
                "week": week,
                "form": {
                    "kind": kind,
                    "week": week,
                    "file": f"forms/{form.name}.eml",
                    "message_id": form.message_id,
                    "reply_to": form.reply_to,
                    "refs": form.refs,
                },
                "styles": style_tags(case, raw),
                "key_results": key_results,
            }
        )
    document = {
        "about": "Held-out replies to Flagpost's weekly form; see README.md. Measured only at "
        "the end of a round of changes: do not develop against it.",
        "company": {
            "people": len(company.PEOPLE),
            "key_results": sum(len(m.krs) for m in company.PEOPLE),
            "secret_key": company.SECRET_KEY,
            "processed_at": company.PROCESSED_AT.isoformat(),
        },
        "replies": replies,
    }
    (out / "expectations.json").write_text(
        json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    styles = {tag for reply in replies for tag in reply["styles"]}
    print(f"wrote {len(replies)} replies in {len(styles)} styles to {out}")


if __name__ == "__main__":
    sys.exit(main())
