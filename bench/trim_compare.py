"""Compare Flagpost's reply trimmer with other reply parsers on the peer-fixtures corpus.

    python bench/trim_compare.py [--fixtures PATH] [--seconds N]

Runs ``okr.replies.trim.new_text`` on the 87 cases of ``cross_library_benchmark.json`` and
on email_reply_trimmer's 64 golden emails, and prints Markdown tables: exact / over /
under / other (whitespace-normalised, as the benchmark classifies) next to the numbers
the benchmark recorded for six libraries, then messages per second. quotequail and
mail-parser-reply are timed too when they are importable; they are measurement-only
tools (``pip install quotequail mail-parser-reply``), not project dependencies.
"""

from __future__ import annotations

import argparse
import email
import json
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from okr.replies.trim import new_text, split  # noqa: E402

DEFAULT_FIXTURES = ROOT.parent / "shared" / "peer-fixtures"
VERDICTS = ("exact", "over", "under", "other")


def normalise(text: str) -> str:
    return " ".join((text or "").split())


def classify(output: str, expected: str) -> str:
    out, exp = normalise(output), normalise(expected)
    if out == exp:
        return "exact"
    if exp in out:
        return "over"
    if out in exp:
        return "under"
    return "other"


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def first_plain_part(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    return ""


def benchmark_input(fixtures: Path, case_id: str) -> str:
    source, name = case_id.split("/", 1)
    if source == "talon":
        return first_plain_part(fixtures / "talon" / "standard_replies" / name)
    folder = {
        "trimmer": "email_reply_trimmer/emails",
        "github": "email_reply_parser",
        "zapier": "email-reply-parser",
    }[source]
    return read_text(fixtures / folder / name)


def other_parsers() -> dict[str, Callable[[str], str]]:
    """The Python libraries that are installed, called as the benchmark called them."""
    parsers: dict[str, Callable[[str], str]] = {}
    try:
        import quotequail
    except ImportError:
        pass
    else:

        def run_quotequail(text: str) -> str:
            parts = quotequail.quote(text, quote_intro_line=True)
            return "".join(part for expanded, part in parts if expanded)

        parsers["quotequail_quote"] = run_quotequail
    try:
        from mailparser_reply import EmailReplyParser
        from mailparser_reply.constants import MAIL_LANGUAGES
    except ImportError:
        pass
    else:
        languages = [lang for lang in MAIL_LANGUAGES if lang != "david"]  # "david": test-only

        def run_mail_parser_reply(text: str) -> str:
            replies = EmailReplyParser(languages=languages).read(text).replies
            return replies[0].body if replies else ""

        parsers["mail_parser_reply_all_langs"] = run_mail_parser_reply
    return parsers


def throughput(parse: Callable[[str], str], texts: list[str], seconds: float) -> float:
    """Messages per second, over whole passes through ``texts`` lasting at least ``seconds``."""
    done, started = 0, time.perf_counter()
    while True:
        for text in texts:
            parse(text)
        done += len(texts)
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return done / elapsed


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def own_corpora(fixtures: Path) -> list[list[object]]:
    """How our output compares with each parser's own output on its own corpus."""
    rows: list[list[object]] = []
    for folder, label, key in (
        ("email_reply_parser", "github/email_reply_parser visible_text", "visible_text"),
        ("email-reply-parser", "zapier/email-reply-parser reply", "reply"),
    ):
        data = json.loads((fixtures / folder / "expected.json").read_text(encoding="utf-8"))
        verdicts: Counter[str] = Counter()
        for name, entry in data.items():
            theirs = entry.get("computed", {}).get(key) if not name.startswith("_") else None
            if isinstance(theirs, str):
                verdicts[classify(new_text(read_text(fixtures / folder / name)), theirs)] += 1
        rows.append([label, *(verdicts[v] for v in VERDICTS)])
    folder = fixtures / "mail-parser-reply"
    data = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    verdicts = Counter()
    for name, entry in data.items():
        replies = entry.get("computed", {}).get("replies") if not name.startswith("_") else None
        if replies:
            ours = new_text(read_text(folder / name))
            verdicts[classify(ours, replies[0]["body"])] += 1
    rows.append(["mail-parser-reply replies[0].body", *(verdicts[v] for v in VERDICTS)])
    return rows


def row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = [row(header), row(["---"] * len(header))]
    lines += [row(r) for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_FIXTURES)
    parser.add_argument("--seconds", type=float, default=1.0, help="timing per parser and set")
    args = parser.parse_args()
    fixtures: Path = args.fixtures
    benchmark_file = fixtures / "cross_library_benchmark.json"
    trimmer = fixtures / "email_reply_trimmer"
    if not benchmark_file.is_file() or not (trimmer / "emails").is_dir():
        print(f"peer fixtures not found at {fixtures}", file=sys.stderr)
        return 2

    data = json.loads(benchmark_file.read_text(encoding="utf-8"))
    cases = data["cases"]
    versions: dict[str, str] = data["_meta"]["versions"]
    bench_texts = [benchmark_input(fixtures, case["id"]) for case in cases]
    names = sorted(p.name for p in (trimmer / "emails").glob("*.txt"))
    trimmer_texts = [read_text(trimmer / "emails" / name) for name in names]
    trimmer_expected = [read_text(trimmer / "trimmed" / name) for name in names]
    trimmer_elided = [read_text(trimmer / "elided" / name) for name in names]

    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"Measured {now}; Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {cpu_model()}, {os.cpu_count()} CPUs; fixtures {fixtures}\n"
    )

    # Accuracy on the 87 benchmark cases.
    ours = Counter(
        classify(new_text(t), c["expected"]) for t, c in zip(bench_texts, cases, strict=True)
    )
    misses = [
        c["id"]
        for t, c in zip(bench_texts, cases, strict=True)
        if classify(new_text(t), c["expected"]) != "exact"
    ]
    rows = [["**Flagpost okr.replies.trim** (measured)", "Python", *(ours[v] for v in VERDICTS)]]
    for lib, version in versions.items():
        counts = Counter(c["classification"][lib] for c in cases)
        language = "Ruby" if "Ruby" in version else "Python"
        rows.append([f"{lib} ({version})", language, *(counts[v] for v in VERDICTS)])
    rows[1:] = sorted(rows[1:], key=lambda r: -r[2])
    print(f"### Cross-library benchmark: {len(cases)} cases\n")
    print(table(["parser", "language", *VERDICTS], rows))
    print(f"\nOur non-exact cases: {', '.join(misses) or 'none'}\n")

    # The 64 golden files of Discourse's email_reply_trimmer.
    results = [split(t) for t in trimmer_texts]
    verdicts = Counter(
        classify(kept, exp) for (kept, _), exp in zip(results, trimmer_expected, strict=True)
    )
    verbatim = sum(
        kept == exp.strip() for (kept, _), exp in zip(results, trimmer_expected, strict=True)
    )
    elided = sum(
        normalise(cut) == normalise(exp)
        for (_, cut), exp in zip(results, trimmer_elided, strict=True)
    )
    print(f"### email_reply_trimmer golden files: {len(names)} emails\n")
    print(
        table(
            ["parser", *VERDICTS, "exact without normalising", "elided part equal"],
            [["Flagpost okr.replies.trim", *(verdicts[v] for v in VERDICTS), verbatim, elided]],
        )
    )
    print()

    print("### Against each parser's own output on its own corpus\n")
    print(table(["their output", *VERDICTS], own_corpora(fixtures)))
    print(
        "\n(over: we keep sign-offs such as 'Pozdrawiam,\\nJan' and '-Name', and the quotes"
        " of inline answers, which some of them drop; under/other: they keep the attribution"
        " line above an inline answer, or a trailing '-----' rule, which we drop)\n"
    )

    # Speed.
    parsers: dict[str, Callable[[str], str]] = {"Flagpost okr.replies.trim": new_text}
    parsers.update(other_parsers())
    speed_rows = []
    for label, parse in parsers.items():
        live = sum(
            classify(parse(t), c["expected"]) == "exact"
            for t, c in zip(bench_texts, cases, strict=True)
        )
        speed_rows.append(
            [
                label,
                f"{throughput(parse, bench_texts, args.seconds):,.0f}",
                f"{throughput(parse, trimmer_texts, args.seconds):,.0f}",
                f"{live}/{len(cases)}",
            ]
        )
    print("### Messages per second (single thread)\n")
    print(
        table(
            ["parser", f"benchmark set ({len(cases)})", f"trimmer set ({len(names)})", "exact"],
            speed_rows,
        )
    )
    if len(parsers) == 1:
        print("\n(quotequail / mail-parser-reply not installed: only ours was timed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
