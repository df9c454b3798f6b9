"""The development corpus of replies (tests/reply_corpus), through the production pipeline.

Every case runs as plain text and as the mail of the clients it fits. The rules: never a
misread flag (a flag the reply did not give), and every case exactly as expected (flags,
scores, notes, commands, guesses reported, nothing not understood where it says quiet).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.reply_corpus import Figures, cases
from tests.reply_corpus.mail import wrappers_for
from tests.reply_corpus.run import run_mail, run_text

CLASSES = sorted({case.klass for case in cases()})


@pytest.mark.parametrize("klass", CLASSES)
def test_the_corpus_class_reads_as_expected_as_text_and_as_mail(klass):
    failures: list[str] = []
    figures = Figures()
    for case in (c for c in cases() if c.klass == klass):
        for verdict in [run_text(case)] + [run_mail(case, w) for w in wrappers_for(case)]:
            figures.add(verdict)
            if not verdict.passed:
                failures.append(
                    f"{case.id} [{verdict.wrapper}] {case.text.strip()!r}: "
                    + "; ".join(verdict.misread + verdict.missed + verdict.problems)
                )
    assert figures.misread == 0, "\n".join(failures[:20])
    assert not failures, f"{len(failures)} failing:\n" + "\n".join(failures[:20])


def test_the_corpus_is_large_and_covers_both_styles_and_many_clients():
    every = cases()
    by_style = defaultdict(int)
    for case in every:
        by_style[case.style] += 1
    assert by_style["grammar"] >= 250 and by_style["everyday"] >= 450
    assert len({w for case in every for w in wrappers_for(case)}) >= 10
