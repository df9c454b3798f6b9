"""A corpus reply as the mail of one client: quoting, attribution, charset, encoding, HTML."""

from __future__ import annotations

import html
from email.message import EmailMessage
from email.policy import SMTP

FROM_US = "Flagpost <status@flagpost.example>"
LAST_WEEK = ("[RED] vendor slipped", "[GREEN]", "[YELLOW] 3 of 5 signed", "no report")


def form_text(entries: list[tuple[str, ...]]) -> str:
    """The weekly form's text part, as the template writes it (last week's flags differ
    from this week's answers, so reading the quote would show up as a misread)."""
    first = entries[0][0]
    second = entries[1][0] if len(entries) > 1 else first
    lines = [
        "Hi Dana Smith,",
        "",
        "this is your weekly status for week 47 (16 to 22 November 2026). Reply to this email "
        "with one line per key result: its number, a flag (green, yellow or red), an optional "
        "score, and a short note. For example:",
        "",
        f"    {first} green - signed 4 of 5",
        f"    {second} red 0.3 - vendor slipped, need a decision",
        "",
        "Or type your answer under each item below. A red flag is welcome: bad news early is "
        "good news.",
        "",
        "Win the first customers",
        "",
    ]
    for n, (ref, title, *last) in enumerate(entries):
        lines += [
            f"{ref} {title}",
            "Due 15 Dec 2026, due in 26 days.",
            f"Last week: [{last[0].upper()}]"
            if last
            else f"Last week: {LAST_WEEK[n % len(LAST_WEEK)]}",
            "",
        ]
    lines += [
        "Prefer clicking? Set your flags on this page: http://flagpost.test/status/aaaa",
        "",
        "You get this email because you own key results in Flagpost. Your answers appear in "
        "your managers' weekly digest.",
    ]
    return "\n".join(lines)


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def _message(body: str, *, charset: str = "utf-8", cte: str | None = None, **params) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Dana Smith <dana@example.com>"
    msg["To"] = "status+token@flagpost.example"
    msg["Subject"] = "Re: Weekly status, week 47: 3 key results"
    msg["Message-ID"] = "<reply@client.example>"
    msg.set_content(body, charset=charset, cte=cte, params=params or None)
    return msg.as_bytes()


def _flowed(text: str) -> str:
    """format=flowed: long lines soft-wrapped with a trailing space (RFC 3676)."""
    out: list[str] = []
    for line in text.splitlines():
        quote = "> " if line.startswith(">") else ""
        body = line[len(quote) :] if quote else line
        while len(body) > 70 and " " in body[:70]:
            cut = body.rfind(" ", 0, 70)
            out.append(quote + body[: cut + 1])
            body = body[cut + 1 :]
        out.append(quote + body)
    return "\n".join(out)


def _html(text: str, form: str) -> bytes:
    rows = "".join(
        f"<div>{html.escape(line)}</div>" if line.strip() else "<div><br></div>"
        for line in text.splitlines()
    )
    quoted = "<br>".join(html.escape(line) for line in form.splitlines())
    body = (
        f'<html><body><div dir="ltr">{rows}</div><br><div class="gmail_quote">'
        '<div dir="ltr" class="gmail_attr">On Thu, 19 Nov 2026 at 16:02, Flagpost &lt;'
        "status@flagpost.example&gt; wrote:<br></div>"
        f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex">{quoted}</blockquote>'
        "</div></body></html>"
    )
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Dana Smith <dana@example.com>"
    msg["To"] = "status+token@flagpost.example"
    msg["Subject"] = "Re: Weekly status, week 47: 3 key results"
    msg.set_content(body, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def wrap_html(body: str) -> bytes:
    """An HTML reply as its client wrote it (the case holds the whole body)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Dana Smith <dana@example.com>"
    msg["To"] = "status+token@flagpost.example"
    msg["Subject"] = "Re: Weekly status, week 47: 3 key results"
    msg.set_content(body, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg.as_bytes()


def _encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def wrappers_for(case) -> list[str]:
    """The clients a case is sent through (inline answers only through quoting clients; an
    HTML case as it is)."""
    if case.html:
        return ["as-written-html"]
    text = case.text
    if any(line.startswith(">") for line in text.splitlines()):
        return ["gmail-inline", "apple-inline"]
    names = [
        "gmail",
        "outlook",
        "outlook-de",
        "apple",
        "thunderbird-flowed",
        "iphone",
        "html",
        "signature",
        "outlook-fr",
        "gmail-es",
        "original-message",
        "yahoo",
    ]
    if _encodes(text, "cp1252"):
        names.append("word-cp1252")
    if not text.isascii() and _encodes(text, "iso-2022-jp"):
        names += ["iso-2022-jp", "gmail-ja"]
    return names


def wrap(text: str, entries: list[tuple[str, str]], client: str) -> bytes:
    form = form_text(entries)
    text = text.rstrip("\n")
    attribution = f"On Thu, 19 Nov 2026 at 16:02, {FROM_US} wrote:"
    if client == "gmail":
        return _message(f"{text}\n\n{attribution}\n{_quoted(form)}\n")
    if client == "outlook":
        block = (
            "________________________________\n"
            f"From: {FROM_US}\nSent: Thursday, November 19, 2026 4:02 PM\n"
            "To: Dana Smith <dana@example.com>\nSubject: Weekly status, week 47: 3 key results\n"
        )
        return _message(f"{text}\n\n{block}\n{form}\n", cte="quoted-printable")
    if client == "outlook-de":
        block = (
            f"Von: {FROM_US}\nGesendet: Donnerstag, 19. November 2026 16:02\n"
            "An: Dana Smith <dana@example.com>\nBetreff: Weekly status, week 47: 3 key results\n"
        )
        return _message(f"{text}\n\n{block}\n{form}\n", cte="base64")
    if client == "apple":
        head = f"> On 19 Nov 2026, at 16:02, {FROM_US} wrote:\n> \n"
        return _message(f"{text}\n\n{head}{_quoted(form)}\n", cte="quoted-printable")
    if client == "thunderbird-flowed":
        body = _flowed(f"{text}\n\nOn 19/11/2026 16:02, Flagpost wrote:\n{_quoted(form)}\n")
        return _message(body, format="flowed")
    if client == "iphone":
        head = f"> On Nov 19, 2026, at 4:02 PM, {FROM_US} wrote:\n>\n"
        return _message(f"{text}\n\nSent from my iPhone\n\n{head}{_quoted(form)}\n", cte="base64")
    if client == "html":
        return _html(text, form)
    if client == "signature":
        sig = "-- \nDana Smith\nVP Engineering, Acme\n"
        return _message(f"{text}\n\n{sig}\n{attribution}\n{_quoted(form)}\n")
    if client == "word-cp1252":
        block = (
            f"From: {FROM_US}\nSent: Thursday, November 19, 2026 4:02 PM\n"
            "To: Dana Smith\nSubject: Weekly status\n"
        )
        return _message(
            f"{text}\n\n{block}\n{form}\n", charset="windows-1252", cte="quoted-printable"
        )
    if client == "outlook-fr":
        block = (
            f"De : {FROM_US}\nEnvoyé : jeudi 19 novembre 2026 16:02\n"
            "À : Dana Smith <dana@example.com>\nObjet : Weekly status, week 47: 3 key results\n"
        )
        return _message(f"{text}\n\n{block}\n{form}\n", cte="quoted-printable")
    if client == "gmail-es":
        head = "El jue, 19 nov 2026 a las 16:02, Flagpost (<status@flagpost.example>) escribió:"
        return _message(f"{text}\n\n{head}\n\n{_quoted(form)}\n", cte="8bit")
    if client == "gmail-ja":
        head = "2026年11月19日(木) 16:02 Flagpost <status@flagpost.example>:"
        return _message(f"{text}\n\n{head}\n\n{_quoted(form)}\n", cte="base64")
    if client == "original-message":
        block = (
            "-----Original Message-----\n"
            f"From: {FROM_US}\nSent: Thursday, November 19, 2026 4:02 PM\n"
            "To: Dana Smith\nSubject: Weekly status, week 47: 3 key results\n"
        )
        return _message(f"{text}\n\n{block}\n{form}\n")
    if client == "yahoo":
        head = (
            "On Thursday, November 19, 2026, 04:02:00 PM GMT+1, Flagpost "
            "<status@flagpost.example> wrote:"
        )
        return _message(f"{text}\n\n\n{head}\n\n{_quoted(form)}\n", cte="quoted-printable")
    if client == "iso-2022-jp":
        return _message(f"{text}\n\n{attribution}\n{_quoted(form)}\n", charset="iso-2022-jp")
    if client in ("gmail-inline", "apple-inline"):
        intro = "\n".join(form.splitlines()[:8])
        head = (
            attribution
            if client == "gmail-inline"
            else f"On 19 Nov 2026, at 16:02, {FROM_US} wrote:"
        )
        return _message(f"{head}\n{_quoted(intro)}\n\n{text}\n\n{_quoted(form[-200:])}\n")
    raise ValueError(client)
