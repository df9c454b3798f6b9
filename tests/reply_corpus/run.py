"""Running the corpus through the production pipeline, as plain text and as mail."""

from __future__ import annotations

from okr.replies import decode
from okr.replies.understand import FormEntry

from . import NAMES, TODAY, Case, Verdict, cases, forms, got_from, judge
from .mail import wrap, wrap_html, wrappers_for

try:  # the one pipeline processing and `okr parse-reply` share
    from okr.replies.read import read_message, read_text
except ImportError:  # before it existed: the same steps, spelled out
    from okr.replies.trim import new_text
    from okr.replies.understand import understand

    def read_text(text, entries, today, names=()):
        return understand(new_text(text), entries, today, names)

    def read_message(msg, entries, today, names=()):
        return read_text(decode.body_text(msg).text, entries, today, names)


def _entries(case: Case) -> list[FormEntry]:
    return [
        FormEntry(ref, title, last_flag=last[0] if last else None)
        for ref, title, *last in forms()[case.form]
    ]


def run_text(case: Case) -> Verdict:
    body = decode.html_to_text(case.text) if case.html else case.text
    understanding = read_text(body, _entries(case), TODAY, NAMES)
    return judge(case, got_from(_understanding(understanding)), "text")


def run_mail(case: Case, client: str) -> Verdict:
    raw = wrap_html(case.text) if case.html else wrap(case.text, forms()[case.form], client)
    understanding = read_message(decode.parse(raw), _entries(case), TODAY, NAMES)
    return judge(case, got_from(_understanding(understanding)), client)


def _understanding(result):
    return getattr(result, "understanding", result)


def run_all(mail: bool = True) -> list[Verdict]:
    verdicts: list[Verdict] = []
    for case in cases():
        verdicts.append(run_text(case))
        if mail:
            verdicts += [run_mail(case, client) for client in wrappers_for(case)]
    return verdicts
