"""Print the corpus figures: python -m tests.reply_corpus [-v] [--text-only] [-k WORD]."""

from __future__ import annotations

import argparse
from collections import defaultdict

from . import HEADER, Figures
from .run import run_all


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true", help="list the cases that fail")
    parser.add_argument("--text-only", action="store_true", help="skip the mail wrappers")
    parser.add_argument("-k", default="", help="only cases whose id or text holds this")
    args = parser.parse_args()
    verdicts = [
        v for v in run_all(mail=not args.text_only) if args.k in v.case.id or args.k in v.case.text
    ]
    groups: dict[str, Figures] = defaultdict(Figures)
    for verdict in verdicts:
        mode = "text" if verdict.wrapper == "text" else "mail"
        groups[f"all, {mode}"].add(verdict)
        groups[f"{verdict.case.style}, {mode}"].add(verdict)
        groups[f"{verdict.case.klass}, {mode}"].add(verdict)
    print(HEADER)
    for label in sorted(
        groups, key=lambda k: (not k.startswith(("all", "grammar", "everyday")), k)
    ):
        print(groups[label].row(label))
    if args.v:
        seen = set()
        for verdict in verdicts:
            if verdict.passed:
                continue
            key = (verdict.case.id, tuple(verdict.misread + verdict.missed + verdict.problems))
            if key in seen:
                continue
            seen.add(key)
            print(f"\n{verdict.case.id} [{verdict.wrapper}] {verdict.case.text.strip()!r}")
            for line in verdict.misread:
                print(f"  MISREAD {line}")
            for line in verdict.missed + verdict.problems:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
