"""Step 2, replies: ingest every reply to this week's forms.

- `prepare` (not timed): composes each recipient's real form again from the outbox row
  (same Message-ID, Reply-To token and text) and writes a reply to it in one of the mail
  client styles the parser supports, into a file of length-prefixed raw messages. The mix
  (fixed seed): Gmail plain and HTML, Outlook plain and HTML-only, Apple Mail from a phone,
  Thunderbird format=flowed, answers typed inline under the quoted form, a German client,
  a `-- ` signature, "all green", flags in form order, titles instead of numbers, commands
  (done, new date, drop), base64 and quoted-printable bodies; plus out-of-office replies
  and messages delivered twice, as real mailboxes have.
- `ours`: per message `store` (deduplicated, committed: durable before anything else, as
  at every door), then the stored messages in batches of `BATCH_SIZE` through the job
  `process_inbound_batch` (authenticate, understand, record, queue the confirmations
  and send them from the job), in one process: what the tick's sweep and `okr ingest` of
  many files do with a burst. (The web door hands each message to its own
  `process_inbound`, which takes along the replies waiting behind it: see
  bench/confirm_latency.py.)
- `bare`: `email.message_from_bytes` plus `get_body` on the same bytes, nothing else.
"""

from __future__ import annotations

import email
import email.policy
import html
import random
import struct
from collections import Counter
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from bench.common import QueryCounter, Timer, make_app

SEED = 4711
REPLY_SHARE = 0.92
STYLES = [  # (style, weight)
    ("gmail", 18),
    ("gmail_html", 14),
    ("outlook_plain", 8),
    ("outlook_html", 10),
    ("apple_mobile", 10),
    ("thunderbird_flowed", 8),
    ("inline", 8),
    ("german", 5),
    ("signature", 5),
    ("all_green", 4),
    ("in_order", 3),
    ("by_title", 3),
    ("commands", 2),
    ("base64", 2),
]
AUTO_REPLY_SHARE = 0.02
DUPLICATE_SHARE = 0.01
FLAG_WORDS = {
    "green": ["green", "G", "🟢", "on track", "Green"],
    "yellow": ["yellow", "amber", "Y", "🟡", "at risk"],
    "red": ["red", "R", "🔴", "blocked", "off track"],
}
NOTES = [
    "signed 4 of 5",
    "vendor slipped, need a decision",
    "waiting for legal",
    "QA found a bug in the export, fixing",
    "demoed to the board, good feedback",
    "two more interviews this week",
    "on plan",
    "",
]


# --- writing and reading the replies file --------------------------------------------------


def write_all(path: Path, messages: list[bytes]) -> None:
    with path.open("ab") as sink:
        for raw in messages:
            sink.write(struct.pack(">I", len(raw)))
            sink.write(raw)


def read_all(path: Path) -> Iterator[bytes]:
    with path.open("rb") as source:
        while head := source.read(4):
            (length,) = struct.unpack(">I", head)
            yield source.read(length)


# --- building replies ------------------------------------------------------------------------


def _plain(form: EmailMessage) -> str:
    return form.get_body(preferencelist=("plain",)).get_content()


def _html(form: EmailMessage) -> str:
    part = form.get_body(preferencelist=("html",))
    return part.get_content() if part is not None else html.escape(_plain(form))


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _answer(rng: random.Random, ref: str, title: str, form_style: str = "ref") -> str:
    flag = rng.choices(["green", "yellow", "red"], weights=[70, 20, 10])[0]
    word = rng.choice(FLAG_WORDS[flag])
    score = ""
    if rng.random() < 0.4:
        value = rng.randint(1, 19) * 5
        score = f" {value}%" if rng.random() < 0.5 else f" {value / 100:.2f}"
    note = rng.choice(NOTES)
    number = ref.lstrip("#")
    head = {
        "ref": rng.choice([ref, f"{number}:", f"KR {number}"]),
        "title": f"{' '.join(title.split()[:3])}:",
    }[form_style]
    return f"{head} {word}{score}" + (f" - {note}" if note else "")


def _lines(rng: random.Random, items: list[tuple[str, str]], style: str) -> str:
    if style == "all_green":
        return rng.choice(["all green", "All green, thanks!", "everything on track"])
    if style == "in_order":
        return "\n".join(rng.choice(["green", "yellow", "red"]) for _ in items)
    if style == "commands":
        ref = items[0][0]
        command = rng.choice(
            [f"{ref} done - shipped on Tuesday", f"{ref} due 2027-01-15", f"{ref} drop - no budget"]
        )
        return "\n".join([command, *(_answer(rng, r, t) for r, t in items[1:])])
    form_style = "title" if style == "by_title" else "ref"
    answered = items if rng.random() > 0.05 else items[:-1]  # a few forget one
    return "\n".join(_answer(rng, ref, title, form_style) for ref, title in answered)


def _inline(rng: random.Random, text: str, items: list[tuple[str, str]]) -> str:
    """The quoted form with an answer typed under each key result's block."""
    refs = {ref for ref, _ in items}
    out, pending = [], False
    for line in text.splitlines():
        out.append(f"> {line}" if line else ">")
        if line.split(" ", 1)[0] in refs:
            pending = True
        elif pending and line.startswith("Last week:"):
            flag = rng.choice(["green", "yellow", "red", "green"])
            out.append(f"\n{flag} - {rng.choice(NOTES) or 'fine'}\n")
            pending = False
    return "\n".join(out)


def _envelope(form: EmailMessage, sender: str, subject_prefix: str = "Re: ") -> EmailMessage:
    from okr import clock

    reply = EmailMessage(policy=email.policy.SMTP)
    reply["From"] = sender
    reply["To"] = form["Reply-To"]
    reply["Subject"] = f"{subject_prefix}{form['Subject']}"
    reply["Date"] = format_datetime(clock.now())
    reply["Message-ID"] = make_msgid(domain="client.example.com")
    reply["In-Reply-To"] = form["Message-ID"]
    reply["References"] = f"{form['References']} {form['Message-ID']}"
    return reply


def build_reply(rng: random.Random, form: EmailMessage, items: list[tuple[str, str]], style: str):
    sender = form["To"]
    reply = _envelope(form, sender)
    attribution = f"On Thu, 26 Nov 2026 at 16:00, {form['From']} wrote:"
    text = _plain(form)
    lines = _lines(rng, items, style)
    if style in ("gmail", "all_green", "in_order", "by_title", "commands"):
        reply.set_content(f"{lines}\n\n{attribution}\n{_quoted(text)}\n")
    elif style == "base64":
        body = f"{lines}\n\n{attribution}\n{_quoted(text)}\n"
        reply.set_content(body, cte="base64")
    elif style == "signature":
        body = f"{lines}\n\nThanks,\n-- \nDana Example\nHead of Things\n+1 555 0100\n"
        reply.set_content(f"{body}\n{attribution}\n{_quoted(text)}\n")
    elif style == "german":
        german = f"Am 26.11.2026 um 16:00 schrieb {form['From']}:"
        reply.set_content(f"{lines}\n\nViele Grüße\n\n{german}\n{_quoted(text)}\n")
    elif style == "apple_mobile":
        apple = f"On 26 Nov 2026, at 16:00, {form['From']} wrote:"
        reply.set_content(f"{lines}\n\nSent from my iPhone\n\n> {apple}\n>\n{_quoted(text)}\n")
    elif style == "thunderbird_flowed":
        bird = f"On 26/11/2026 16:00, {form['From']} wrote:"
        body = f"{lines}\n\n{bird}\n{_quoted(text)}\n"
        reply.set_content(body, params={"format": "flowed"})
    elif style == "outlook_plain":
        header = (
            f"________________________________\nFrom: {form['From']}\n"
            f"Sent: Thursday, November 26, 2026 4:00 PM\nTo: {sender}\n"
            f"Subject: {form['Subject']}\n"
        )
        reply.set_content(f"{lines}\n\n{header}\n{text}\n")
    elif style == "inline":
        reply.set_content(f"Answers below.\n\n{attribution}\n{_inline(rng, text, items)}\n")
    elif style == "gmail_html":
        reply.set_content(f"{lines}\n\n{attribution}\n{_quoted(text)}\n")
        new = "".join(f"<div>{html.escape(line)}</div>" for line in lines.splitlines())
        reply.add_alternative(
            f'<div dir="ltr">{new}</div><br><div class="gmail_quote"><div dir="ltr" '
            f'class="gmail_attr">{html.escape(attribution)}<br></div><blockquote '
            'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{_html(form)}</blockquote></div>',
            subtype="html",
        )
    elif style == "outlook_html":
        new = "".join(f"<div>{html.escape(line)}</div>" for line in lines.splitlines())
        reply.set_content(
            f"<html><body>{new}<div><br></div>"
            '<hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
            f'style="font-size:11pt" color="#000000"><b>From:</b> {html.escape(form["From"])}'
            "<br><b>Sent:</b> Thursday, November 26, 2026 4:00 PM<br>"
            f"<b>To:</b> {html.escape(sender)}<br><b>Subject:</b> "
            f"{html.escape(form['Subject'])}</font><div>&nbsp;</div></div>"
            f"<div>{_html(form)}</div></body></html>",
            subtype="html",
        )
    else:
        raise ValueError(style)
    return reply.as_bytes()


def auto_reply(form: EmailMessage) -> bytes:
    reply = _envelope(form, form["To"], "Automatic reply: ")
    reply["Auto-Submitted"] = "auto-replied"
    reply["X-Auto-Response-Suppress"] = "All"
    reply.set_content("I am out of the office until Monday and will reply when I am back.\n")
    return reply.as_bytes()


def _mark_forms_sent(week: str) -> None:
    from sqlalchemy import update

    from okr import clock, dispatch
    from okr.extensions import db
    from okr.models import MailKind, MailState, OutboxMessage

    ids = dispatch.queue_weekly(MailKind.FORM, dispatch.everyone(MailKind.FORM, week))
    db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids))
        .values(state=MailState.SENT, sent_at=clock.now())
    )
    db.session.commit()


def prepare(spec: dict) -> dict:
    """Compose every form of the week again and write the replies to them (not timed)."""
    from sqlalchemy import select

    from okr.composing import weekly_context, weekly_message
    from okr.extensions import db
    from okr.models import KeyResult, KRState, MailKind, MailState, OutboxMessage

    rng = random.Random(SEED)
    path = Path(spec["file"])
    path.unlink(missing_ok=True)
    styles, weights = zip(*STYLES, strict=True)
    counts: Counter = Counter()
    app = make_app()
    with app.app_context():
        sent = (
            select(OutboxMessage)
            .where(
                OutboxMessage.kind == MailKind.FORM,
                OutboxMessage.week == spec["week"],
                OutboxMessage.state == MailState.SENT,
            )
            .order_by(OutboxMessage.id)
        )
        rows = db.session.scalars(sent).all()
        if not rows:  # the forms step did not run (--steps): the week's forms, as if sent
            _mark_forms_sent(spec["week"])
            rows = db.session.scalars(sent).all()
        chosen = [row for row in rows if rng.random() < REPLY_SHARE]
        for start in range(0, len(chosen), 200):
            batch = chosen[start : start + 200]
            people = [row.person_id for row in batch]
            items: dict[int, list[tuple[str, str]]] = {}
            for kr in db.session.scalars(
                select(KeyResult)
                .where(KeyResult.owner_id.in_(people), KeyResult.state == KRState.ACTIVE)
                .order_by(KeyResult.objective_id, KeyResult.id)
            ):
                items.setdefault(kr.owner_id, []).append((kr.ref, kr.title))
            context = weekly_context(batch)
            messages = {row.id: weekly_message(row, context) for row in batch}
            out: list[bytes] = []
            for row in batch:
                form = email.message_from_bytes(
                    messages[row.id].as_bytes(), policy=email.policy.default
                )
                if rng.random() < AUTO_REPLY_SHARE:
                    out.append(auto_reply(form))
                    counts["auto_reply"] += 1
                    continue
                style = rng.choices(styles, weights=weights)[0]
                raw = build_reply(rng, form, items.get(row.person_id, []), style)
                out.append(raw)
                counts[style] += 1
                if rng.random() < DUPLICATE_SHARE:
                    out.append(raw)
                    counts["delivered_twice"] += 1
            write_all(path, out)
            db.session.expunge_all()
    sizes = [len(raw) for raw in read_all(path)]
    return {
        "forms": len(rows),
        "messages": len(sizes),
        "bytes": sum(sizes),
        "mean_bytes": round(sum(sizes) / max(len(sizes), 1)),
        "styles": dict(sorted(counts.items())),
    }


# --- measuring -------------------------------------------------------------------------------


def ours(spec: dict) -> dict:
    from sqlalchemy import func, select

    from okr import jobs
    from okr.extensions import db
    from okr.models import CheckIn, InboundMessage, MailKind, OutboxMessage
    from okr.services.inbound import BATCH_SIZE, store

    app = make_app()
    states: Counter = Counter()
    messages = 0

    def process(waiting: list[int]) -> None:
        states.update(jobs.process_inbound_batch(waiting))
        db.session.expunge_all()  # a long-lived worker does not keep every row

    with app.app_context():
        counter = QueryCounter().attach(db.engine)
        counter.count = 0
        with Timer() as timer:
            waiting: list[int] = []
            for raw in read_all(Path(spec["file"])):
                messages += 1
                stored = store(raw, "bench")
                if stored.duplicate:
                    states["duplicate"] += 1
                    continue
                waiting.append(stored.id)
                if len(waiting) == BATCH_SIZE:
                    process(waiting)
                    waiting = []
            if waiting:
                process(waiting)
        statements = counter.count
        counter.active = False
        week = spec["week"]
        check_ins = db.session.scalar(
            select(func.count()).select_from(CheckIn).where(CheckIn.week == week)
        )
        confirmations = db.session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.kind == MailKind.CONFIRMATION)
        )
        reasons = Counter(
            (reason or "").split(":")[0]
            for reason in db.session.scalars(
                select(InboundMessage.reason).where(InboundMessage.reason.is_not(None))
            )
        )
    return {
        "path": f"store each (committed), then process_inbound_batch of {BATCH_SIZE}",
        "messages": messages,
        "seconds": timer.seconds,
        "ms_per_message": round(timer.seconds / max(messages, 1) * 1000, 3),
        "statements": statements,
        "statements_per_message": round(statements / max(messages, 1), 2),
        "states": dict(states),
        "check_ins_recorded": check_ins,
        "confirmations_queued": confirmations,
        "reasons": dict(reasons.most_common(8)),
    }


def bare(spec: dict) -> dict:
    messages = 0
    with Timer() as timer:
        for raw in read_all(Path(spec["file"])):
            message = email.message_from_bytes(raw, policy=email.policy.default)
            message.get_body(preferencelist=("plain", "html"))
            messages += 1
    return {"messages": messages, "seconds": timer.seconds}
