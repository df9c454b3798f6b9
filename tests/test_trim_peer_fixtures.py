"""The reply trimmer against other projects' golden files (``../shared/peer-fixtures``).

The fixtures live next to the repository, not in it; without them this module is skipped.
Comparisons are whitespace-normalised, as in the corpus's cross-library benchmark.
"""

from __future__ import annotations

import email
import json
import time
from email import policy
from pathlib import Path

import pytest

from okr.replies.trim import new_text

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "peer-fixtures"
TRIMMER = FIXTURES / "email_reply_trimmer"
BENCHMARK = FIXTURES / "cross_library_benchmark.json"

if not (TRIMMER / "emails").is_dir() or not BENCHMARK.is_file():
    pytest.skip(f"peer fixtures not found at {FIXTURES}", allow_module_level=True)

# Trimmer emails we knowingly get wrong (each one xfails strictly: a fix must remove it).
KNOWN_TRIMMER_MISSES: dict[str, str] = {}

# Benchmark cases we knowingly get wrong, with the reason.
KNOWN_BENCHMARK_MISSES = {
    "talon/iphone.eml": "talon expects 'Sent from my iPhone' kept; we drop mobile signatures",
    "talon/sparrow.eml": "talon's expectation keeps the '-- ' signature; we drop it",
}


def normalise(text: str) -> str:
    return " ".join(text.split())


def classify(output: str, expected: str) -> str:
    """exact / over (kept too much) / under (cut too much) / other, as the benchmark does."""
    out, exp = normalise(output), normalise(expected)
    if out == exp:
        return "exact"
    if exp in out:
        return "over"
    if out in exp:
        return "under"
    return "other"


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # bytes: keep CRLF line endings as they are


def first_plain_part(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            return payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    return ""


def benchmark_input(case_id: str) -> str:
    """The body each benchmark case ran on (talon's .eml files: the first text/plain part)."""
    source, name = case_id.split("/", 1)
    if source == "talon":
        return first_plain_part(FIXTURES / "talon" / "standard_replies" / name)
    folder = {
        "trimmer": "email_reply_trimmer/emails",
        "github": "email_reply_parser",
        "zapier": "email-reply-parser",
    }[source]
    return read_text(FIXTURES / folder / name)


TRIMMER_NAMES = sorted(p.name for p in (TRIMMER / "emails").glob("*.txt"))


def _trimmer_param(name: str):
    marks = []
    if name in KNOWN_TRIMMER_MISSES:
        marks.append(pytest.mark.xfail(reason=KNOWN_TRIMMER_MISSES[name], strict=True))
    return pytest.param(name, id=name.removesuffix(".txt"), marks=marks)


@pytest.mark.parametrize("name", [_trimmer_param(n) for n in TRIMMER_NAMES])
def test_trimmer_golden_file(name):
    text = read_text(TRIMMER / "emails" / name)
    expected = read_text(TRIMMER / "trimmed" / name)
    assert normalise(new_text(text)) == normalise(expected)


def test_trimmer_corpus_is_complete():
    assert len(TRIMMER_NAMES) == 64
    assert set(KNOWN_TRIMMER_MISSES) <= set(TRIMMER_NAMES)


def test_trimmer_score_at_least_61_of_64():
    hits = sum(
        normalise(new_text(read_text(TRIMMER / "emails" / name)))
        == normalise(read_text(TRIMMER / "trimmed" / name))
        for name in TRIMMER_NAMES
    )
    assert hits >= 61, f"{hits}/64"


def test_benchmark_beats_every_python_library():
    data = json.loads(BENCHMARK.read_text(encoding="utf-8"))
    cases = data["cases"]
    assert len(cases) == 87
    # The Ruby ones (GitHub's parser, Discourse's trimmer) are marked as such in _meta.
    python_libraries = [
        lib for lib, version in data["_meta"]["versions"].items() if "Ruby" not in version
    ]
    assert python_libraries, "no Python library in the benchmark"
    exact = {
        lib: sum(case["classification"][lib] == "exact" for case in cases)
        for lib in python_libraries
    }
    best_lib = max(exact, key=exact.get)

    misses = {}
    for case in cases:
        verdict = classify(new_text(benchmark_input(case["id"])), case["expected"])
        if verdict != "exact":
            misses[case["id"]] = verdict
    ours = len(cases) - len(misses)

    assert ours > exact[best_lib], f"ours {ours}/87, {best_lib} {exact[best_lib]}/87"
    # Regressions and unnoticed fixes both show up here.
    assert set(misses) == set(KNOWN_BENCHMARK_MISSES), misses


@pytest.mark.parametrize(
    "path",
    [
        "email_reply_trimmer/matchers/does_not_contain_embedded_email.txt",
        "email_reply_parser/pathological.txt",
        "email_reply_parser/email_long_quote.txt",
    ],
)
def test_catastrophic_inputs_run_fast(path):
    text = read_text(FIXTURES / path)
    started = time.perf_counter()
    new_text(text)
    assert time.perf_counter() - started < 1.0


def test_a_date_line_and_a_quote_are_not_an_embedded_email():
    text = read_text(TRIMMER / "matchers" / "does_not_contain_embedded_email.txt")
    assert new_text(text) == text.strip()
