"""The held-out reply corpus (bench/heldout/) is well-formed: it is never scored here.

The corpus is measured by `python bench/heldout_replies.py` at the end of a round of
changes, never developed against; this test only checks that every reply is a readable
message answering a real form of the corpus, with an expectation for each key result of
that form, and that the corpus keeps its size and variety.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
from collections import Counter
from datetime import date
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "heldout"
OUTCOMES = {"flag", "done", "dropped", "due", "missing", "abstain"}
FLAGS = {"red", "yellow", "green"}


@pytest.fixture(scope="module")
def corpus() -> dict:
    return json.loads((CORPUS / "expectations.json").read_text(encoding="utf-8"))


def _message(path: Path) -> EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def _refs_of(form: EmailMessage) -> list[str]:
    text = form.get_body(preferencelist=("plain",)).get_content()
    found: list[str] = []
    for line in text.splitlines():
        head = line.split(" ", 1)[0]
        if re.fullmatch(r"#\d+", head) and head not in found:
            found.append(head)
    return found


def test_the_corpus_has_300_replies_in_40_styles(corpus):
    replies = corpus["replies"]
    assert len(replies) >= 300
    styles = {tag for reply in replies for tag in reply["styles"]}
    assert len(styles) >= 40, sorted(styles)
    clients = {tag for tag in styles if tag.startswith("client:")}
    assert len(clients) >= 25, sorted(clients)
    assert len({reply["file"] for reply in replies}) == len(replies)
    assert {path.name for path in (CORPUS / "replies").glob("*.eml")} == {
        Path(reply["file"]).name for reply in replies
    }


def test_both_phrasings_and_every_outcome_are_there(corpus):
    answers = [exp for reply in corpus["replies"] for exp in reply["key_results"].values()]
    phrasings = Counter(exp.get("phrasing") for exp in answers if exp["outcome"] != "missing")
    assert phrasings["grammar"] >= 100 and phrasings["everyday"] >= 100, phrasings
    assert {exp["outcome"] for exp in answers} == OUTCOMES
    assert any(exp.get("accept_abstain") for exp in answers)
    assert sum(exp["outcome"] == "abstain" for exp in answers) >= 10


def test_every_reply_is_a_message_answering_its_form(corpus):
    problems: list[str] = []
    forms: dict[str, EmailMessage] = {}
    for reply in corpus["replies"]:
        name, wanted = reply["file"], reply["form"]
        if wanted["file"] not in forms:
            forms[wanted["file"]] = _message(CORPUS / wanted["file"])
        form = forms[wanted["file"]]
        if str(form["Message-ID"]).strip() != wanted["message_id"]:
            problems.append(f"{name}: its form file is another form")
        if str(form["Reply-To"]).strip() != wanted["reply_to"]:
            problems.append(f"{name}: its form has another Reply-To")
        message = _message(CORPUS / name)
        if message.defects:
            problems.append(f"{name}: MIME defects {message.defects}")
        body = message.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            problems.append(f"{name}: no text")
        sender = parseaddr(str(message["From"]))[1].lower()
        if sender != reply["person"]:
            problems.append(f"{name}: From {sender}, not {reply['person']}")
        to = str(message["To"]).lower()
        threaded = wanted["message_id"] in str(message.get("In-Reply-To", ""))
        if wanted["reply_to"].lower() not in to and not threaded:
            problems.append(f"{name}: neither to the form's Reply-To nor in its thread")
        if list(reply["key_results"]) != _refs_of(form):
            problems.append(f"{name}: expectations {list(reply['key_results'])} != form")
        if reply["week"] != wanted["week"]:
            problems.append(
                f"{name}: answers land in {reply['week']}, the form is {wanted['week']}"
            )
    assert not problems, "\n".join(problems)


def test_every_expectation_is_complete(corpus):
    problems: list[str] = []
    for reply in corpus["replies"]:
        for ref, exp in reply["key_results"].items():
            where = f"{reply['file']} {ref}"
            outcome = exp.get("outcome")
            if outcome not in OUTCOMES:
                problems.append(f"{where}: outcome {outcome!r}")
                continue
            if outcome != "missing" and exp.get("phrasing") not in ("grammar", "everyday"):
                problems.append(f"{where}: no phrasing")
            if outcome == "flag" and exp.get("flag") not in FLAGS:
                problems.append(f"{where}: no flag")
            if outcome == "due":
                date.fromisoformat(exp["due"])
                if exp.get("flag") not in FLAGS | {None}:
                    problems.append(f"{where}: bad flag next to the date")
            if outcome == "dropped" and not exp.get("reason"):
                problems.append(f"{where}: a drop without a reason fragment")
            if exp.get("score") is not None and not 0 <= exp["score"] <= 1:
                problems.append(f"{where}: score {exp['score']}")
    assert not problems, "\n".join(problems)
