"""Mail clients, as they write a reply to a Flagpost form: quote header, quoting, footer,
MIME parts, charset and transfer encoding, headers and Message-ID.

Each client quotes what it shows: clients that render the form's HTML quote the rendered
paragraphs (an item's title, due date and last week's flag on one line, as a browser
shows them; Gmail marks bold text `*like this*` in its text part), plain-text clients
quote the form's own text part. The person's text is a case's (bench/heldout/cases/).
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import html
import quopri
import re
import textwrap
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from . import locales as L
from .company import PROCESSED_AT, Form, Member
from .spec import Case

SENDER_NAME, SENDER_ADDRESS = "Flagpost", "flagpost@okr.halvard.example"
WHO = f"{SENDER_NAME} <{SENDER_ADDRESS}>"


@dataclass(frozen=True)
class Context:
    """What a quote header may show."""

    moment: datetime  # the form's sending time where the replier is
    form: Form
    person: Member
    lang: str

    @property
    def to(self) -> str:
        return f"{self.person.name} <{self.person.email}>"

    @property
    def subject(self) -> str:
        return self.form.subject


Attribution = Callable[[Context], list[str]]


@dataclass(frozen=True)
class Client:
    key: str
    attribution: Attribution
    quote: str = "gt"  # gt: "> " lines; none: unindented under a header block; space: Yahoo
    source: str = "html"  # what it quotes: text (the form's text part), html, html-bold
    parts: str = "alt"  # plain, alt (text and HTML), html (HTML only)
    charset: str = "utf-8"
    cte: str = "qp"
    flowed: bool = False
    wrap: int | None = None
    footer: dict[str, str] | str | None = None  # under the text, above the quote
    html_style: str = "generic"
    msgid: str = "uuid"
    headers: tuple[tuple[str, str], ...] = ()
    from_style: str = "name"  # name, last-first, bare
    to_style: str = "bare"  # bare, named, angle
    quoted_attribution: bool = False  # iOS Mail quotes its own "On ... wrote:" line
    blank_after_header: bool = True


# --- quote headers ---------------------------------------------------------------------------


def _gmail(c: Context) -> list[str]:
    line = L.gmail(c.moment, c.lang, WHO)
    # Gmail's text part wraps a long attribution line before the address or "wrote:".
    if len(line) > 78 and c.lang in ("en", "en-gb", "de", "fr", "nl"):
        cut = line.rfind(" ", 0, 76)
        return [line[:cut], line[cut + 1 :]]
    return [line]


def _gmail_android(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "en":
        return [
            f"On {L.short_day(m, 'en')}, {m.day} {L.short_month(m, 'en')} {m.year}, "
            f"{L.hm(m)} {SENDER_NAME}, <{SENDER_ADDRESS}> wrote:"
        ]
    return [L.gmail(m, c.lang, WHO)]


def _gmail_ios(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "en":
        return [
            f"On {L.short_day(m, 'en')}, {L.short_month(m, 'en')} {m.day}, {m.year} at "
            f"{L.hm(m)}, {WHO} wrote:"
        ]
    return [L.gmail(m, c.lang, WHO)]


def _superhuman(c: Context) -> list[str]:
    m = c.moment
    return [
        f"On {L.short_day(m, 'en')}, {L.short_month(m, 'en')} {m.day}, {m.year} at {L.h12(m)}, "
        f"{WHO} wrote:"
    ]


def _outlook(c: Context) -> list[str]:
    return L.outlook_block(c.moment, c.lang, WHO, c.to, c.subject)


def _outlook_original(c: Context) -> list[str]:
    return [L.ORIGINAL_MESSAGE[c.lang], *_outlook(c)]


def _outlook_ruler(c: Context) -> list[str]:
    return ["________________________________", *_outlook(c)]


def _outlook_mac(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "de":
        date = f"{L.day(m, 'de')}, {m.day}. {L.month(m, 'de')} {m.year} um {L.hm(m)}"
        labels = ("Von:", "Datum:", "An:", "Betreff:")
    else:
        date = f"{L.day(m, 'en')}, {m.day} {L.month(m, 'en')} {m.year} at {L.hm(m)}"
        labels = ("From:", "Date:", "To:", "Subject:")
    values = (WHO, date, c.to, c.subject)
    return [f"{a} {b}" for a, b in zip(labels, values, strict=True)]


def _apple(c: Context) -> list[str]:
    return [L.apple(c.moment, c.lang, WHO)]


def _thunderbird(c: Context) -> list[str]:
    return [L.thunderbird(c.moment, c.lang, SENDER_NAME)]


def _yahoo(c: Context) -> list[str]:
    m = c.moment
    gmt = f"GMT{int(m.utcoffset().total_seconds() // 3600):+d}".replace("+0", "")
    if c.lang == "fr":
        return [
            f"Le {L.day(m, 'fr')} {m.day} {L.month(m, 'fr')} {m.year} à {L.hm(m)}:00 "
            f"{gmt.replace('GMT', 'UTC')}, {WHO} a écrit :"
        ]
    if c.lang == "es":
        return [
            f"El {L.day(m, 'es')}, {m.day} de {L.month(m, 'es')} de {m.year}, {L.hm(m)}:00 "
            f"{gmt}, {WHO} escribió:"
        ]
    hour = m.hour % 12 or 12
    return [
        f"On {L.day(m, 'en')}, {L.month(m, 'en')} {m.day}, {m.year} at "
        f"{hour:02d}:{m.minute:02d}:00 {'AM' if m.hour < 12 else 'PM'} {gmt}, {WHO} wrote:"
    ]


def _yahoo_android(c: Context) -> list[str]:
    m = c.moment
    return [
        f"On {L.short_day(m, 'en')}, {L.short_month(m, 'en')} {m.day}, {m.year} at {L.hm(m)}, "
        f"{SENDER_NAME}<{SENDER_ADDRESS}> wrote:"
    ]


def _proton(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "de":
        line = (
            f"Am {L.day(m, 'de')}, {m.day}. {L.month(m, 'de')} {m.year} um {L.hm(m)} schrieb {WHO}:"
        )
    else:
        suffix = "th" if 11 <= m.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(m.day % 10, "th")
        line = (
            f"On {L.day(m, 'en')}, {L.month(m, 'en')} {m.day}{suffix}, {m.year} at {L.hm(m)}, "
            f"{WHO} wrote:"
        )
    return ["------- Original Message -------", line]


def _fastmail(c: Context) -> list[str]:
    m = c.moment
    return [
        f"On {L.short_day(m, 'en')}, {m.day} {L.short_month(m, 'en')} {m.year}, at {L.hm(m)}, "
        f"{SENDER_NAME} wrote:"
    ]


def _roundcube(c: Context) -> list[str]:
    m = c.moment
    stamp = f"{m.year}-{m.month:02d}-{m.day:02d} {L.hm(m)}"
    return [
        {
            "en": f"On {stamp}, {SENDER_NAME} wrote:",
            "de": f"Am {stamp}, schrieb {SENDER_NAME}:",
            "fr": f"Le {stamp}, {SENDER_NAME} a écrit :",
            "nl": f"Op {stamp}, schreef {SENDER_NAME}:",
            "it": f"Il {stamp} {SENDER_NAME} ha scritto:",
        }[c.lang]
    ]


def _gmx(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "de":
        return [
            f"Gesendet: {L.day(m, 'de')}, {m.day}. {L.month(m, 'de')} {m.year} um {L.hm(m)} Uhr",
            f'Von: "{SENDER_NAME}" <{SENDER_ADDRESS}>',
            f"An: {c.person.email}",
            f"Betreff: {c.subject}",
        ]
    return [
        f"Sent: {L.day(m, 'en')}, {L.month(m, 'en')} {m.day}, {m.year} at {L.h12(m)}",
        f'From: "{SENDER_NAME}" <{SENDER_ADDRESS}>',
        f"To: {c.person.email}",
        f"Subject: {c.subject}",
    ]


_SAMSUNG = {
    "en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:", "us"),
    "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:", "dot"),
    "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:", "eu"),
    "fr": ("-------- Message d'origine --------", "De :", "Date :", "À :", "Objet :", "eu4"),
    "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:", "eu"),
    "pt": ("-------- Mensagem original --------", "De:", "Data:", "Para:", "Assunto:", "eu"),
    "tr": ("-------- Orijinal mesaj --------", "Kimden:", "Tarih:", "Alıcı:", "Konu:", "dot4"),
    "nl": (
        "-------- Oorspronkelijk bericht --------",
        "Van:",
        "Datum:",
        "Aan:",
        "Onderwerp:",
        "eu",
    ),
}


def _samsung(c: Context) -> list[str]:
    m = c.moment
    title, frm, dat, to, subj, style = _SAMSUNG[c.lang]
    day = {
        "us": f"{m.month:02d}/{m.day:02d}/{m.year % 100}",
        "dot": f"{m.day:02d}.{m.month:02d}.{m.year % 100}",
        "dot4": f"{m.day:02d}.{m.month:02d}.{m.year}",
        "eu": f"{m.day:02d}/{m.month:02d}/{m.year % 100}",
        "eu4": f"{m.day:02d}/{m.month:02d}/{m.year}",
    }[style]
    zone = f"(GMT{L.offset(m, colon=True)})"
    return [
        title,
        f"{frm} {WHO} ",
        f"{dat} {day}  {L.hm(m)}  {zone} ",
        f"{to} {c.person.email} ",
        f"{subj} {c.subject} ",
    ]


def _k9(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "de":
        zone = "MEZ" if m.utcoffset() == timedelta(hours=1) else f"GMT{L.offset(m, colon=True)}"
        return [f"Am {m.day}. {L.month(m, 'de')} {m.year} {L.hm(m)}:00 {zone} schrieb {WHO}:"]
    hour = m.hour % 12 or 12
    return [
        f"On {L.month(m, 'en')} {m.day}, {m.year} {hour}:{m.minute:02d}:00 "
        f"{'AM' if m.hour < 12 else 'PM'} GMT{L.offset(m, colon=True)}, {WHO} wrote:"
    ]


def _spark(c: Context) -> list[str]:
    m = c.moment
    return [
        f"On {m.day} {L.short_month(m, 'en')} {m.year} at {L.hm(m)} {L.offset(m)}, {WHO}, wrote:"
    ]


def _notes(c: Context) -> list[str]:
    m = c.moment
    labels = ("Von:", "An:", "Datum:", "Betreff:") if c.lang == "de" else (
        "From:", "To:", "Date:", "Subject:"
    )  # fmt: skip
    values = (WHO, c.person.email, f"{m.day:02d}.{m.month:02d}.{m.year} {L.hm(m)}", c.subject)
    return [f"{label}\t{value}" for label, value in zip(labels, values, strict=True)]


def _zimbra(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "fr":
        return [
            "----- Mail original -----",
            f'De: "{SENDER_NAME}" <{SENDER_ADDRESS}>',
            f'À: "{c.person.name}" <{c.person.email}>',
            f"Envoyé: {L.day(m, 'fr').title()} {m.day} {L.month(m, 'fr').title()} {m.year} "
            f"{L.hm(m)}:00",
            f"Objet: {c.subject}",
        ]
    hour = m.hour % 12 or 12
    return [
        "----- Original Message -----",
        f'From: "{SENDER_NAME}" <{SENDER_ADDRESS}>',
        f'To: "{c.person.name}" <{c.person.email}>',
        f"Sent: {L.day(m, 'en')}, {L.month(m, 'en')} {m.day}, {m.year} {hour}:{m.minute:02d}:00 "
        f"{'AM' if m.hour < 12 else 'PM'}",
        f"Subject: {c.subject}",
    ]


def _mutt(c: Context) -> list[str]:
    m = c.moment
    hour = m.hour % 12 or 12
    return [
        f"On {L.short_day(m, 'en')}, {L.short_month(m, 'en')} {m.day}, {m.year} at "
        f"{hour:02d}:{m.minute:02d}:00{'AM' if m.hour < 12 else 'PM'} {L.offset(m)}, "
        f"{SENDER_NAME} wrote:"
    ]


def _mutt_star(c: Context) -> list[str]:
    m = c.moment
    return [f"* {WHO} [{m.year}-{m.month:02d}-{m.day:02d} {L.hm(m)} {L.offset(m)}]:"]


def _alpine(c: Context) -> list[str]:
    m = c.moment
    day = f"{L.short_day(m, 'en')}, {m.day} {L.short_month(m, 'en')} {m.year}"
    return [f"On {day}, {SENDER_NAME} wrote:"]


def _evolution(c: Context) -> list[str]:
    m = c.moment
    return [
        f"On {L.short_day(m, 'en')}, {m.year}-{m.month:02d}-{m.day:02d} at {L.hm(m)} "
        f"{L.offset(m)}, {SENDER_NAME} wrote:"
    ]


def _em_client(c: Context) -> list[str]:
    m = c.moment
    return [
        "------ Original Message ------",
        f'From: "{SENDER_NAME}" <{SENDER_ADDRESS}>',
        f'To: "{c.person.name}" <{c.person.email}>',
        f"Sent: {m.day:02d}/{m.month:02d}/{m.year} {L.hm(m)}:00",
        f"Subject: {c.subject}",
    ]


def _blackberry(c: Context) -> list[str]:
    m = c.moment
    return [
        "  Original Message  ",
        f"From: {SENDER_NAME}",
        f"Sent: {L.day(m, 'en')}, {L.month(m, 'en')} {m.day}, {m.year} {L.hm(m)}",
        f"To: {c.person.name}",
        f"Subject: {c.subject}",
    ]


def _foxmail(c: Context) -> list[str]:
    m = c.moment
    part = "凌晨" if m.hour < 6 else ("上午" if m.hour < 12 else "下午")
    hour = m.hour if m.hour <= 12 else m.hour - 12
    return [
        "------------------ 原始邮件 ------------------",
        f'发件人: "{SENDER_NAME}"<{SENDER_ADDRESS}>;',
        f"发送时间: {m.year}年{m.month}月{m.day}日(星期{L.ZH_DAYS[m.weekday()]}) {part}"
        f"{hour}:{m.minute:02d}",
        f'收件人: "{c.person.name}"<{c.person.email}>;',
        f"主题: {c.subject}",
    ]


def _netease(c: Context) -> list[str]:
    m = c.moment
    return [
        f'在 {m.year}-{m.month:02d}-{m.day:02d} {L.hm(m)}:00，"{SENDER_NAME}" '
        f"<{SENDER_ADDRESS}> 写道："
    ]


def _the_bat(c: Context) -> list[str]:
    m = c.moment
    if c.lang == "ru":
        return [
            f"Здравствуйте, {SENDER_NAME}.",
            "",
            f"Вы писали {m.day} {L.month(m, 'ru')} {m.year} г., {L.hm(m)}:",
        ]
    if c.lang == "pl":
        return [
            f"Witaj {SENDER_NAME},",
            "",
            f"W Twoim liście datowanym {m.day} {L.month(m, 'pl')} {m.year} ({L.hm(m)}:00) "
            "można przeczytać:",
        ]
    hour = m.hour % 12 or 12
    return [
        f"Hello {SENDER_NAME},",
        "",
        f"{L.day(m, 'en')}, {L.month(m, 'en')} {m.day}, {m.year}, {hour}:{m.minute:02d}:00 "
        f"{'AM' if m.hour < 12 else 'PM'}, you wrote:",
    ]


def _becky(c: Context) -> list[str]:
    m = c.moment
    return [
        f"On {format_datetime(m)}",
        f"{WHO} wrote:",
    ]


def _wp_pl(c: Context) -> list[str]:
    m = c.moment
    return [f"Dnia {m.day} {L.month(m, 'pl')} {m.year} {L.hm(m)} {WHO} napisał(a):"]


def _libero(c: Context) -> list[str]:
    m = c.moment
    return [
        "----Messaggio originale----",
        f"Da: {SENDER_ADDRESS}",
        f"Data: {m.day:02d}-{L.short_month(m, 'it')}-{m.year} {L.hm(m, '.')}",
        f"A: <{c.person.email}>",
        f"Ogg: {c.subject}",
    ]


def _orange(c: Context) -> list[str]:
    m = c.moment
    return [
        f"Message du {m.day:02d}/{m.month:02d}/{m.year % 100} {L.hm(m)}",
        f'De : "{SENDER_NAME}" <{SENDER_ADDRESS}>',
        f"A : {c.person.email}",
        "Copie à : ",
        f"Objet : {c.subject}",
        "",
    ]


def _uol(c: Context) -> list[str]:
    m = c.moment
    return [
        f"Em {m.day:02d}/{m.month:02d}/{m.year} {L.hm(m)}, {SENDER_NAME} < {SENDER_ADDRESS} > "
        "escreveu:"
    ]


def _yandex(c: Context) -> list[str]:
    m = c.moment
    return [f'{m.day:02d}.{m.month:02d}.{m.year}, {L.hm(m)}, "{SENDER_NAME}" <{SENDER_ADDRESS}>:']


def _mailru(c: Context) -> list[str]:
    m = c.moment
    return [
        f"{L.day(m, 'ru').title()}, {m.day} {L.month(m, 'ru')} {m.year}, {L.hm(m)} "
        f"{L.offset(m, colon=True)} от {WHO}:"
    ]


def _hey(c: Context) -> list[str]:
    m = c.moment
    return [f"On {L.month(m, 'en')} {m.day}, {m.year}, {WHO} wrote:"]


# --- the clients ------------------------------------------------------------------------------

_K9_SIG = {
    "en": "-- \nSent from my Android device with K-9 Mail. Please excuse my brevity.",
    "de": "-- \nDiese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.",
}

CLIENTS: dict[str, Client] = {
    c.key: c
    for c in (
        Client("gmail_web", _gmail, source="html-bold", html_style="gmail", msgid="gmail"),
        Client("gmail_android", _gmail_android, source="html-bold", html_style="gmail",
               msgid="gmail", cte="base64"),
        Client("gmail_ios", _gmail_ios, source="html-bold", html_style="gmail", msgid="gmail"),
        Client("superhuman", _superhuman, html_style="gmail", msgid="superhuman",
               headers=(("X-Mailer", "Superhuman Desktop (2026-12-08T01:12:44Z)"),)),
        Client("outlook_desktop", _outlook, quote="none", html_style="outlook", msgid="outlook",
               charset="windows-1252", from_style="last-first", to_style="named",
               headers=(("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                        ("Content-Language", "en-US"), ("X-Mailer", "Microsoft Outlook 16.0"))),
        Client("outlook_plain", _outlook_original, quote="none", source="text", parts="plain",
               msgid="outlook", charset="us-ascii", cte="7bit", from_style="last-first",
               headers=(("X-Mailer", "Microsoft Outlook 16.0"),)),
        Client("outlook_web", _outlook_ruler, quote="none", html_style="outlook_web",
               msgid="outlook", cte="base64", to_style="named"),
        Client("outlook_mobile", _outlook_ruler, quote="none", html_style="outlook_web",
               msgid="outlook", cte="base64", footer=L.OUTLOOK_MOBILE),
        Client("outlook_mac", _outlook_mac, quote="none", html_style="outlook", msgid="outlook",
               cte="base64", headers=(("User-Agent", "Microsoft-MacOutlook/16.92.24121017"),)),
        Client("apple_mail", _apple, html_style="apple", msgid="apple",
               headers=(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),)),
        Client("ios_mail", _apple, parts="plain", msgid="apple", footer=L.IPHONE,
               quoted_attribution=True, headers=(("X-Mailer", "iPhone Mail (22B91)"),)),
        Client("thunderbird", _thunderbird, source="text", parts="plain", flowed=True,
               msgid="thunderbird", cte="8bit", wrap=72,
               headers=(("User-Agent", "Mozilla Thunderbird"),)),
        Client("thunderbird_html", _thunderbird, html_style="thunderbird", msgid="thunderbird",
               cte="8bit", headers=(("User-Agent", "Mozilla Thunderbird"),)),
        Client("yahoo", _yahoo, quote="space", html_style="yahoo", msgid="yahoo",
               headers=(("X-Mailer", "WebService/1.1.23040 YMailNorrin"),)),
        Client("yahoo_android", _yahoo_android, html_style="yahoo", msgid="yahoo",
               footer="Sent from Yahoo Mail on Android"),
        Client("proton", _proton, html_style="proton", msgid="proton", cte="base64",
               footer="Sent with Proton Mail secure email."),
        Client("fastmail", _fastmail, html_style="generic", msgid="fastmail",
               headers=(("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1108"),)),
        Client("roundcube", _roundcube, source="text", parts="plain", flowed=True,
               charset="us-ascii", cte="7bit", msgid="hex", wrap=72,
               headers=(("User-Agent", "Roundcube Webmail/1.6.9"),)),
        Client("gmx", _gmx, quote="none", parts="html", html_style="gmx", msgid="gmx",
               headers=(("Importance", "normal"), ("Sensitivity", "Normal"))),
        Client("webde", _gmx, quote="none", parts="alt", html_style="gmx", msgid="webde",
               headers=(("X-UI-Message-Type", "mail"),)),
        Client("samsung", _samsung, quote="none", html_style="samsung", msgid="android",
               cte="base64", footer=L.GALAXY),
        Client("k9", _k9, source="text", parts="plain", msgid="android", cte="8bit",
               footer=_K9_SIG, headers=(("User-Agent", "K-9 Mail for Android"),)),
        Client("spark", _spark, html_style="generic", msgid="spark",
               headers=(("X-Readdle-Message-ID", "4f3c2a1b-77aa-4c3e-9d1e-spark"),)),
        Client("lotus_notes", _notes, quote="none", source="html", msgid="notes",
               charset="iso-8859-1", html_style="generic", from_style="name",
               headers=(("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF797 July 07, 2022"),)),
        Client("zimbra", _zimbra, source="text", parts="alt", msgid="zimbra", cte="7bit",
               headers=(("X-Mailer", "Zimbra 8.8.15_GA_4562 (ZimbraWebClient - FF132)"),)),
        Client("mutt", _mutt, source="text", parts="plain", msgid="mutt", cte="8bit",
               wrap=72, headers=(("User-Agent", "NeoMutt/20241002"),)),
        Client("mutt_star", _mutt_star, source="text", parts="plain", msgid="mutt", cte="8bit",
               wrap=72, headers=(("User-Agent", "Mutt/2.2.13"),)),
        Client("alpine", _alpine, source="text", parts="plain", flowed=True, msgid="alpine",
               charset="us-ascii", cte="7bit", wrap=72,
               headers=(("User-Agent", "Alpine 2.26 (DEB 649 2022-06-02)"),)),
        Client("evolution", _evolution, source="text", parts="plain", msgid="uuid",
               headers=(("X-Mailer", "Evolution 3.54.1-1"),)),
        Client("em_client", _em_client, quote="none", html_style="generic", msgid="em",
               headers=(("X-Mailer", "eM_Client/10.1.4588.0"),)),
        Client("blackberry", _blackberry, quote="none", source="text", parts="plain",
               cte="base64", msgid="blackberry", blank_after_header=True,
               footer="Sent from my BlackBerry 10 smartphone."),
        Client("foxmail", _foxmail, quote="none", html_style="generic", msgid="foxmail",
               charset="gb18030", cte="base64", headers=(("X-Mailer", "Foxmail 7.2.25.228"),)),
        Client("netease", _netease, html_style="generic", msgid="netease", charset="gbk",
               cte="base64", headers=(("X-Mailer", "Coremail Webmail Server Version 2024.1"),)),
        Client("the_bat", _the_bat, source="text", parts="plain", msgid="hex", cte="8bit",
               charset="windows-1251",
               headers=(("X-Mailer", "The Bat! (v10.5.3) Professional"),)),
        Client("becky", _becky, source="text", parts="plain", msgid="becky",
               charset="iso-2022-jp", cte="7bit",
               headers=(("X-Mailer", "Becky! ver. 2.81.04 [ja]"),)),
        Client("wp_pl", _wp_pl, source="html", html_style="generic", msgid="hex",
               charset="iso-8859-2", headers=(("X-WP-MailID", "0a1b2c3d4e5f"),)),
        Client("libero", _libero, quote="none", html_style="generic", msgid="hex",
               charset="iso-8859-1", headers=(("X-Mailer", "Libero Mail"),)),
        Client("orange", _orange, quote="gt", source="html", html_style="generic", msgid="hex",
               quoted_attribution=True, headers=(("X-Mailer", "Orange Messagerie"),)),
        Client("uol", _uol, html_style="generic", msgid="hex", charset="iso-8859-1"),
        Client("yandex", _yandex, html_style="generic", msgid="yandex",
               headers=(("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),)),
        Client("mailru", _mailru, html_style="generic", msgid="hex", cte="base64",
               headers=(("X-Mailer", "Mail.Ru Mailer 1.0"),)),
        Client("hey", _hey, parts="html", html_style="generic", msgid="hey"),
    )
}  # fmt: skip


# --- the form as a client quotes it -----------------------------------------------------------


class _Rendered(HTMLParser):
    """The form's HTML as a browser shows it, one line per paragraph; `*bold*` for Gmail."""

    BLOCKS = {"p", "h1", "h2", "h3", "div", "pre", "blockquote", "li", "table", "tr"}

    def __init__(self, bold: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.bold, self.lines, self.current, self.pre, self.skip = bold, [], [], 0, 0

    def _flush(self) -> None:
        text = "".join(self.current)
        if self.pre:
            self.lines.extend(text.rstrip("\n").split("\n"))
        else:
            text = " ".join(text.split())
            if text:
                self.lines.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script", "title"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self._flush()
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.pre += tag == "pre"
        elif tag in ("strong", "b") and self.bold:
            self.current.append("*")
        elif tag == "br":
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script", "title"):
            self.skip -= 1
        elif tag in self.BLOCKS:
            self._flush()
            self.pre -= tag == "pre"
        elif tag in ("strong", "b") and self.bold:
            self.current.append("*")

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)


def form_lines(form: Form, source: str) -> list[str]:
    """What the client shows of the form, line by line."""
    if source == "text":
        return form.text.rstrip("\n").split("\n")
    parser = _Rendered(bold=source == "html-bold")
    parser.feed(form.html)
    parser.close()
    parser._flush()
    lines = parser.lines
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return [line.replace("\u00a0", " ") for line in lines]


def form_html_body(form: Form) -> str:
    found = re.search(r"<body[^>]*>(.*)</body>", form.html, re.S)
    return found.group(1).strip() if found else form.html


_ITEM = re.compile(r"^#(\d+) ")


def _blocks(lines: list[str], person: Member) -> dict[str, tuple[int, int]]:
    """Per ref: (first, last) line index of its item in the quoted form (the line that
    starts with the ref and its title, not the form's examples)."""
    titles = {str(kr.id): kr.title for kr in person.krs}
    found: dict[str, tuple[int, int]] = {}
    for index, line in enumerate(lines):
        stripped = line.lstrip("*")
        match = _ITEM.match(stripped)
        if not match or not stripped[match.end() :].startswith(titles.get(match.group(1), "\0")):
            continue
        end = index
        while end + 1 < len(lines) and lines[end + 1].strip():
            end += 1
        found.setdefault(f"#{match.group(1)}", (index, end))
    return found


# --- the person's text ----------------------------------------------------------------------


def typed(text: str) -> list[str]:
    """A case's text as lines: dedented, outer blank lines gone, `--` as the `-- ` delimiter."""
    body = textwrap.dedent(text).strip("\n")
    return ["-- " if line == "--" else line.rstrip() for line in body.split("\n")]


def hard_wrap(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for line in lines:
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        indent = re.match(r"\s*", line).group(0)
        out.extend(
            textwrap.wrap(line, width, subsequent_indent="", break_long_words=False) or [indent]
        )
    return out


# --- assembling a reply -----------------------------------------------------------------------


@dataclass
class Segment:
    kind: str  # text, quote, header (the quote header, as the client writes it)
    lines: list[str]


def _footer(client: Client, case: Case) -> list[str]:
    if case.footer is not None:
        return typed(case.footer) if case.footer else []
    footer = client.footer
    if footer is None:
        return []
    if isinstance(footer, dict):
        footer = footer.get(case.lang.split("-")[0]) or footer.get("en")
    return footer.split("\n")


def _own(lines: list[str], case: Case) -> list[str]:
    extra: list[str] = []
    if case.sig:
        extra += ["", *typed(case.sig)]
    if case.disclaimer:
        extra += ["", *typed(case.disclaimer)]
    return lines + extra


def segments(case: Case, client: Client, form: Form, ctx: Context) -> list[Segment]:
    """The reply as the client lays it out: the person's text, the header, the quote."""
    layout = case.layout
    header = client.attribution(ctx)
    footer = _footer(client, case)
    quote = form_lines(form, client.source)
    if case.trim_quote:
        blocks = _blocks(quote, form.person)
        kept: list[str] = []
        for first, last in sorted(blocks.values()):
            kept += [*quote[first : last + 1], ""]
        quote = kept[:-1]
    if layout in ("top", "noquote", "forward"):
        own = _own(typed(case.text), case)
        parts = [Segment("text", own + ([""] + footer if footer else []))]
        if layout == "noquote":
            return parts
        if layout == "forward":
            return [*parts, Segment("forward", _forward_header(ctx, case) + [""] + quote)]
        return [*parts, Segment("header", header), Segment("quote", quote)]
    if layout == "bottom":
        own = _own(typed(case.text), case)
        return [
            Segment("header", header),
            Segment("quote", quote),
            Segment("text", own + ([""] + footer if footer else [])),
        ]
    # inline and over: answers typed into the quoted form
    answers = case.text
    assert isinstance(answers, dict), case.id
    blocks = _blocks(quote, form.person)
    result: list[Segment] = []
    if answers.get("^"):
        result.append(Segment("text", typed(answers["^"])))
    result.append(Segment("header", header))
    current: list[str] = []
    skip_blank = False
    for index, line in enumerate(quote):
        if skip_blank and not line.strip():
            skip_blank = False
            continue
        skip_blank = False
        ref = next((r for r, (a, b) in blocks.items() if b == index), None)
        title_ref = next((r for r, (a, b) in blocks.items() if a == index), None)
        over = layout == "over" and line.startswith("Last week:")
        owner = next((r for r, (a, b) in blocks.items() if a <= index <= b), None)
        if over and owner in answers:
            if current:
                result.append(Segment("quote", current))
                current = []
            result.append(Segment("text", typed(answers[owner])))
            continue
        current.append(line)
        where = title_ref if case.inline_at == "title" else ref
        if layout == "inline" and where in answers:
            result.append(Segment("quote", current))
            current = []
            result.append(Segment("text", ["", *typed(answers[where]), ""]))
            skip_blank = True
    if current:
        result.append(Segment("quote", current))
    tail = typed(answers["$"]) if answers.get("$") else []
    tail = _own(tail, case)
    if tail or footer:
        result.append(Segment("text", ["", *tail, *([""] + footer if footer else [])]))
    return result


def _forward_header(ctx: Context, case: Case) -> list[str]:
    m = ctx.moment
    if case.lang == "de":
        return [
            "---------- Forwarded message ---------",
            f"Von: {WHO}",
            f"Date: {L.short_day(m, 'de')}, {m.day}. {L.short_month(m, 'de')} {m.year} um "
            f"{L.hm(m)} Uhr",
            f"Subject: {ctx.subject}",
            f"To: <{ctx.person.email}>",
        ]
    if case.client.startswith("outlook"):
        return [
            "________________________________",
            *L.outlook_block(m, case.lang, WHO, ctx.to, ctx.subject),
        ]
    if case.client in ("apple_mail", "ios_mail"):
        return [
            "Begin forwarded message:",
            "",
            f"From: {WHO}",
            f"Subject: {ctx.subject}",
            f"Date: {m.day} {L.month(m, 'en')} {m.year} at {L.hm(m)}:00 GMT{L.offset(m)}",
            f"To: {ctx.to}",
            f"Reply-To: {ctx.form.reply_to}",
        ]
    return [
        "---------- Forwarded message ---------",
        f"From: {WHO}",
        f"Date: {L.short_day(m, 'en')}, {L.short_month(m, 'en')} {m.day}, {m.year} at {L.h12(m)}",
        f"Subject: {ctx.subject}",
        f"To: <{ctx.person.email}>",
    ]


def _prefixed(lines: list[str], client: Client, wrap: int | None) -> list[str]:
    if client.quote == "none":
        return hard_wrap(lines, wrap) if wrap else lines
    prefix = {"gt": "> ", "space": " "}[client.quote]
    out: list[str] = []
    for line in lines:
        if not line.strip():
            out.append(prefix.rstrip() if client.quote == "gt" else "")
            continue
        pieces = (
            textwrap.wrap(line, wrap - len(prefix)) if wrap and len(line) > wrap - 2 else [line]
        )
        out += [prefix + piece for piece in pieces]
    return out


def plain_body(case: Case, client: Client, segs: list[Segment], wrap: int | None) -> str:
    flowed = _flowed(case, client)
    if flowed:  # the client flows long lines itself (soft breaks), quotes included
        wrap = None
    out: list[str] = []
    for seg in segs:
        if seg.kind == "text":
            lines = hard_wrap(seg.lines, wrap) if wrap else seg.lines
            out += lines
        elif seg.kind == "header":
            header = seg.lines
            if client.quoted_attribution:
                header = [f"> {h}".rstrip() for h in header] + [">"]
            elif client.blank_after_header:
                header = [*header, ""]
            if out and out[-1].strip():
                out.append("")
            out += header
        elif seg.kind == "forward":
            if out and out[-1].strip():
                out.append("")
            out += seg.lines
        else:
            out += _prefixed(seg.lines, client, wrap)
    text = "\n".join(out).rstrip("\n") + "\n"
    if flowed:
        text = flow(text, 72)
    return text


def _flowed(case: Case, client: Client) -> bool:
    return client.flowed if case.flowed is None else case.flowed


def flow(text: str, width: int) -> str:
    """RFC 3676 format=flowed: long lines broken at spaces, each soft break a trailing space."""
    out: list[str] = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        match = re.match(r"^(>+ ?)?", line)
        prefix = match.group(0) if match else ""
        content = line[len(prefix) :]
        if content.startswith(("From ", " ")) and not prefix:
            content = " " + content  # space-stuffing
        if len(prefix) + len(content) <= width:
            out.append(prefix + content.rstrip(" "))
            continue
        pieces = textwrap.wrap(content, width - len(prefix), break_long_words=False)
        out += [prefix + piece + " " for piece in pieces[:-1]] + [prefix + pieces[-1]]
    return "\n".join(out)


# --- HTML -------------------------------------------------------------------------------------


def _lines_html(lines: list[str], tag: str = "div") -> str:
    out = []
    for line in lines:
        out.append(f"<{tag}>{html.escape(line) if line.strip() else '<br>'}</{tag}>")
    return "".join(out)


def _outlook_lines(lines: list[str]) -> str:
    return "".join(
        f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>'
        if line.strip()
        else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        for line in lines
    )


def html_body(case: Case, client: Client, segs: list[Segment], form: Form) -> str:
    style = client.html_style
    full_form = case.layout in ("top", "bottom", "forward") and not case.trim_quote
    body_parts: list[str] = []
    for index, seg in enumerate(segs):
        if seg.kind in ("text",):
            if style == "outlook":
                body_parts.append(_outlook_lines(seg.lines))
            elif style == "thunderbird":
                body_parts.append("<p>" + "<br>\n".join(html.escape(x) for x in seg.lines) + "</p>")
            else:
                body_parts.append(_lines_html(seg.lines))
        elif seg.kind in ("header", "forward"):
            quote_seg = segs[index + 1] if index + 1 < len(segs) else None
            quote_html = (
                form_html_body(form)
                if full_form
                else _lines_html(quote_seg.lines if quote_seg else [])
            )
            body_parts.append(_quote_html(style, seg.lines, quote_html, case))
        elif seg.kind == "quote" and index > 0 and segs[index - 1].kind in ("header", "forward"):
            continue  # written with its header
        else:
            body_parts.append(_blockquote(style, _lines_html(seg.lines)))
    inner = "\n".join(body_parts)
    return _document(style, inner)


def _blockquote(style: str, inner: str) -> str:
    if style == "gmail":
        return (
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
            f'solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote>'
        )
    if style in ("outlook", "outlook_web"):
        return f'<div style="margin-left:0.5in">{inner}</div>'
    if style == "gmx":
        return (
            '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
            f'border-left:2px solid #C3D9E5;"><div name="quoted-content">{inner}</div></div>'
        )
    return f'<blockquote type="cite">{inner}</blockquote>'


def _quote_html(style: str, header: list[str], quote_html: str, case: Case) -> str:
    head = "<br>".join(html.escape(h) for h in header if h.strip())
    if style == "gmail":
        return (
            f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
            f"{_blockquote(style, quote_html)}</div>"
        )
    if style in ("outlook", "outlook_web"):
        fields = []
        for line in header:
            label, _, value = line.partition(" ")
            if line.startswith("_") or line.startswith("-----"):
                continue
            fields.append(f"<b>{html.escape(label)}</b> {html.escape(value)}")
        block = "<br>".join(fields)
        if style == "outlook":
            return (
                '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in '
                f'0in"><p class="MsoNormal">{block}<o:p></o:p></p></div></div>'
                f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{quote_html}'
            )
        return (
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
            f'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{block}</font>'
            f"<div>&nbsp;</div></div>{quote_html}"
        )
    if style == "apple":
        return (
            f'<div><br><blockquote type="cite"><div>{head}</div><br>'
            f"<div>{quote_html}</div></blockquote></div>"
        )
    if style == "thunderbird":
        return (
            f'<div class="moz-cite-prefix">{head}<br></div><blockquote type="cite" '
            f'cite="mid:{html.escape(case.id)}">{quote_html}</blockquote>'
        )
    if style == "yahoo":
        return (
            '<div id="yahoo_quoted_1234" class="yahoo_quoted"><div style="font-family:Helvetica'
            f', Arial, sans-serif;font-size:13px;color:#26282a;"><div>{head}</div><div><br></div>'
            f"<div><br></div><div>{quote_html}</div></div></div>"
        )
    if style == "proton":
        return (
            f'<div class="protonmail_quote">{head}<br><blockquote class="protonmail_quote" '
            f'type="cite">{quote_html}</blockquote><br></div>'
        )
    if style == "gmx":
        fields = []
        for line in header:
            label, _, value = line.partition(" ")
            fields.append(f"<b>{html.escape(label)}</b>&nbsp;{html.escape(value)}")
        return (
            '<div>&nbsp;<div>&nbsp;</div><div name="quote" style="margin:10px 5px 5px 10px; '
            'padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;">'
            f'<div style="margin:0 0 10px 0;">{"<br/>".join(fields)}</div>'
            f'<div name="quoted-content">{quote_html}</div></div></div>'
        )
    if style == "samsung":
        return (
            '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%;'
            f'color:#000000"><div>{"</div><div>".join(html.escape(h) for h in header)}</div>'
            f"<div><br></div></div>{quote_html}"
        )
    return f"<div><br></div><div>{head}</div>{_blockquote(style, quote_html)}"


def _document(style: str, inner: str) -> str:
    if style == "outlook":
        return (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
            'office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta '
            'http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!--\n'
            'p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72" '
            f'style="word-wrap:break-word"><div class="WordSection1">{inner}</div></body></html>'
        )
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>'
    if style == "apple":
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">{inner}</body></html>'
        )
    if style == "gmx":
        return (
            '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            f"{inner}</div></body></html>"
        )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        f"<body>{inner}</body></html>"
    )


# --- MIME ------------------------------------------------------------------------------------


def _digest(case: Case, salt: str = "") -> str:
    return hashlib.sha256(f"{case.id}{salt}".encode()).hexdigest()


def message_id(case: Case, client: Client, when: datetime) -> str:
    h = _digest(case)
    stamp = int(when.timestamp())
    kind = client.msgid
    if kind == "gmail":
        token = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_")
        return f"<CA{token}@mail.gmail.com>"
    if kind == "outlook":
        host = f"AM{h[0:2].upper()}PR07MB{int(h[2:6], 16) % 10000:04d}"
        return f"<{host}{h[6:30].upper()}@{host}.eurprd07.prod.outlook.com>"
    if kind == "apple":
        return f"<{str(uuid.UUID(h[:32])).upper()}@halvard.example>"
    if kind in ("thunderbird", "uuid"):
        return f"<{uuid.UUID(h[:32])}@halvard.example>"
    if kind == "yahoo":
        return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{stamp}000@mail.yahoo.com>"
    if kind == "proton":
        token = base64.urlsafe_b64encode(bytes.fromhex(h[:60])).decode()
        return f"<{token}@proton.me>"
    if kind == "fastmail":
        return f"<{uuid.UUID(h[:32])}@app.fastmail.com>"
    if kind == "gmx":
        return f"<trinity-{uuid.UUID(h[:32])}-{stamp}000@3c-app-gmx-bap{int(h[:2], 16) % 60}>"
    if kind == "webde":
        return f"<trinity-{uuid.UUID(h[:32])}-{stamp}000@3c-app-webde-bs{int(h[:2], 16) % 60}>"
    if kind == "android":
        return f"<{h[:20]}.{stamp}@email.android.com>"
    if kind == "spark":
        return f"<{uuid.UUID(h[:32])}@Spark>"
    if kind == "superhuman":
        return f"<{h[:26]}@we.are.superhuman.com>"
    if kind == "notes":
        return f"<OF{h[:8].upper()}.{h[8:16].upper()}-ONC1258B{h[16:20].upper()}@LocalDomain>"
    if kind == "zimbra":
        return f"<{int(h[:8], 16)}.{int(h[8:14], 16)}.{stamp}000.JavaMail.zimbra@halvard.example>"
    if kind == "mutt":
        return f"<{when.strftime('%Y%m%d%H%M%S')}.{h[:8]}@halvard.example>"
    if kind == "alpine":
        return f"<alpine.DEB.2.26.{when.strftime('%y%m%d%H%M')}{h[:6]}@halvard.example>"
    if kind == "em":
        return f"<em{h[:8]}-{h[8:12]}-{h[12:16]}@halvard.example>"
    if kind == "blackberry":
        return f"<{h[:30]}@halvard.example>"
    if kind == "foxmail":
        return f"<tencent_{h[:32].upper()}@qq.com>"
    if kind == "netease":
        return (
            f"<{int(h[:6], 16)}.{int(h[6:12], 16)}.{h[12:20]}.Coremail.wei.zhang@halvard.example>"
        )
    if kind == "becky":
        return f"<{when.strftime('%Y%m%d%H%M%S')}.{h[:4].upper()}.{h[4:8].upper()}@halvard.example>"
    if kind == "yandex":
        return f"<{int(h[:10], 16)}@mail.yandex.ru>"
    if kind == "hey":
        return f"<{h[:24]}@hey.com>"
    return f"<{h[:32]}@halvard.example>"


def reply_moment(form: Form, index: int, tz: ZoneInfo) -> datetime:
    """When the person answered: after the form came, before the scorer's clock."""
    if form.week == "2026-W49":
        start = datetime(2026, 12, 7, 8, 0, tzinfo=form.sent_at.tzinfo)
    else:
        start = form.sent_at + timedelta(minutes=7)
    window = (PROCESSED_AT - timedelta(minutes=5) - start).total_seconds()
    offset = (index * 7919 % 1000) / 1000 * window
    return (start + timedelta(seconds=int(offset))).astimezone(tz)


def _encode_text(text: str, charset: str, errors: str = "replace") -> bytes:
    codec = {"us-ascii": "ascii", "gb2312": "gb2312"}.get(charset, charset)
    return text.encode(codec, errors=errors)


def _charset_for(text: str, wanted: str) -> str:
    """A client writes in its charset when that can hold the text, else in UTF-8 (as
    clients do when an emoji or a foreign name does not fit)."""
    try:
        _encode_text(text, wanted, errors="strict")
    except (UnicodeEncodeError, LookupError):
        return "utf-8"
    return wanted


def _transfer(data: bytes, cte: str) -> bytes:
    if cte == "qp":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def _cte_label(cte: str) -> str:
    return {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}[cte]


def text_part(
    subtype: str, text: str, charset: str, cte: str, *, flowed: bool, label: str | None
) -> bytes:
    data = _encode_text(text, charset)
    if cte in ("7bit",) and any(b > 127 for b in data) and charset != "iso-2022-jp":
        cte = "8bit"
    params = f"; charset={label or charset}"
    if flowed:
        params += "; format=flowed"
    if charset == "iso-2022-jp":
        cte = "7bit"
    head = f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: {_cte_label(cte)}\n"
    return head.encode() + b"\n" + _transfer(data, cte)


def _display(name: str, address: str, charset: str) -> str:
    if all(ord(ch) < 128 for ch in name):
        needs_quotes = any(ch in name for ch in ',.()<>@;:"')
        return f'"{name}" <{address}>' if needs_quotes else f"{name} <{address}>"
    label = "utf-8" if charset in ("us-ascii", "windows-1252", "iso-8859-1") else charset
    try:
        encoded = Header(name, label).encode()
    except (UnicodeEncodeError, LookupError):
        encoded = Header(name, "utf-8").encode()
    return f"{encoded} <{address}>"


def compose(case: Case, form: Form, index: int) -> bytes:
    """The reply's bytes, as the case's client would send them."""
    client = CLIENTS[case.client]
    person = form.person
    tz = ZoneInfo(person.timezone)
    ctx = Context(form.sent_at.astimezone(tz), form, person, case.lang)
    when = reply_moment(form, index, tz)
    wrap = case.wrap if case.wrap is not None else client.wrap
    segs = segments(case, client, form, ctx)
    plain = plain_body(case, client, segs, wrap)
    parts = case.parts or client.parts
    charset = _charset_for(plain, case.charset or client.charset)
    cte = case.cte or client.cte
    label = case.mislabel
    flowed = _flowed(case, client)
    boundary = f"_{_digest(case, 'b')[:24]}_"
    if parts == "plain":
        body = text_part("plain", plain, charset, cte, flowed=flowed, label=label)
    else:
        page = html_body(case, client, segs, form)
        html_charset = _charset_for(page, charset)
        html_part = text_part("html", page, html_charset, "qp" if cte in ("7bit", "8bit") else cte,
                              flowed=False, label=label)  # fmt: skip
        if parts == "html":
            body = html_part
        else:
            text = text_part("plain", plain, charset, cte, flowed=flowed, label=label)
            body = (
                f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'.encode()
                + f"--{boundary}\n".encode()
                + text
                + f"\n--{boundary}\n".encode()
                + html_part
                + f"\n--{boundary}--\n".encode()
            )
    headers = _headers(case, client, form, when, charset)
    raw = headers.encode("ascii") + body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if case.crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def _headers(case: Case, client: Client, form: Form, when: datetime, charset: str) -> str:
    person = form.person
    name = case.from_name or person.name
    address = person.email
    if client.from_style == "last-first" and case.from_name is None:
        first, _, last = person.name.partition(" ")
        name = f"{last}, {first}"
        address = ".".join(part.capitalize() for part in address.split("@")[0].split(".")) + (
            "@" + address.split("@")[1]
        )
    header_charset = charset if charset in ("iso-2022-jp", "gb18030", "gbk", "koi8-r") else "utf-8"
    from_header = _display(name, address, header_charset)
    reply_to = form.reply_to
    if case.to == "thread":
        reply_to = "status@okr.halvard.example"
    elif case.to == "token-upper":
        reply_to = reply_to.upper()
    to = {
        "bare": reply_to,
        "named": f'"{SENDER_NAME}" <{reply_to}>',
        "angle": f"<{reply_to}>",
    }[client.to_style]
    subject = _subject(case, form)
    if all(ord(ch) < 128 for ch in subject):
        subject_header = subject
    else:
        subject_header = Header(subject, header_charset).encode()
    lines = [
        f"From: {from_header}",
        f"To: {to}",
    ]
    if case.cc:
        lines.append(f"Cc: {case.cc}")
    lines += [
        f"Subject: {subject_header}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: {message_id(case, client, when)}",
    ]
    if case.layout != "forward":
        thread = form.message.get("References", "").strip()
        lines += [
            f"In-Reply-To: {form.message_id}",
            f"References: {(thread + ' ') if thread else ''}{form.message_id}",
        ]
    lines += [f"{k}: {v}" for k, v in client.headers]
    if client.key.startswith("outlook") and case.layout != "forward":
        lines += [
            f"Thread-Topic: {form.subject}",
            f"Thread-Index: AQH{_digest(case, 't')[:20]}==",
        ]
    lines.append("MIME-Version: 1.0")
    return "\n".join(line.rstrip() if line.endswith(": ") else line for line in lines) + "\n"


def _subject(case: Case, form: Form) -> str:
    lang = case.lang.split("-")[0]
    if case.layout == "forward":
        return f"{L.FORWARD_PREFIX.get(lang, 'Fwd:')} {form.subject}"
    if case.client.startswith("outlook"):
        return f"{L.REPLY_PREFIX.get(lang, 'RE:')} {form.subject}"
    if case.client in ("gmail_web", "gmail_android", "gmail_ios", "apple_mail", "ios_mail"):
        return f"Re: {form.subject}"
    if case.client == "foxmail":
        return f"回复：{form.subject}"
    if case.client == "netease":
        return f"Re:{form.subject}"
    if case.client in ("gmx", "webde"):
        return f"Aw: {form.subject}" if lang == "de" else f"Re: {form.subject}"
    if case.client == "the_bat" and lang == "ru":
        return f"Re: {form.subject}"
    return f"Re: {form.subject}"


def style_tags(case: Case, raw: bytes) -> list[str]:
    """The style of a reply in words: client, layout, languages, parts, charsets and
    transfer encodings as written, extras."""
    client = CLIENTS[case.client]
    parts = case.parts or client.parts
    tags = [
        f"client:{case.client}",
        f"layout:{case.layout}",
        f"quote-lang:{case.lang}",
        f"prose:{case.prose_lang}",
        f"parts:{parts}",
    ]
    if case.mislabel:
        tags.append("charset:mislabelled")
    if _flowed(case, client):
        tags.append("format=flowed")
    wrap = case.wrap if case.wrap is not None else client.wrap
    if wrap:
        tags.append(f"hard-wrap:{wrap}")
    if case.sig:
        tags.append("signature")
        if "-- " in typed(case.sig) or (isinstance(case.text, str) and "\n--\n" in case.text):
            tags.append("sig-dashes")
    if _footer(client, case):
        tags.append("mobile-footer")
    if case.disclaimer:
        tags.append("disclaimer")
    if case.to != "token":
        tags.append(f"address:{case.to}")
    if case.cc:
        tags.append("cc")
    if case.trim_quote:
        tags.append("trimmed-quote")
    if case.crlf:
        tags.append("crlf")
    if case.form == "W49":
        tags.append("late-reply")
    if case.form == "R50":
        tags.append("reply-to-reminder")
    if client.source == "html-bold":
        tags.append("quote:bold-markers")
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_maintype() == "text":
            tags.append(f"charset:{(part.get_param('charset') or 'none').lower()}")
            tags.append(f"cte:{(part.get('Content-Transfer-Encoding') or '7bit').lower()}")
    tags += list(case.tags)
    return sorted(set(tags))
