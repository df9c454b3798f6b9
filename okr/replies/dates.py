"""Dates people type in a reply's commands ("#12 due 2026-12-15", "push to Jan 13")."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import date

_MONTH_NAMES = [  # English first; then de, fr, es, pt, it, nl, sv, pl, ru, tr (as typed in a date)
    ("jan", "january", "januar", "jänner", "janvier", "enero", "janeiro", "gennaio", "januari",
     "stycznia", "января", "янв", "ocak"),
    ("feb", "february", "februar", "février", "fevrier", "febrero", "fevereiro", "febbraio",
     "februari", "lutego", "февраля", "фев", "şubat"),
    ("mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "maart", "marca",
     "марта", "мар", "mart"),
    ("apr", "april", "avril", "abril", "aprile", "kwietnia", "апреля", "апр", "nisan"),
    ("may", "mai", "mayo", "maio", "maggio", "mei", "maj", "maja", "мая", "mayıs"),
    ("jun", "june", "juni", "juin", "junio", "junho", "giugno", "czerwca", "июня", "июн",
     "haziran"),
    ("jul", "july", "juli", "juillet", "julio", "julho", "luglio", "lipca", "июля", "июл",
     "temmuz"),
    ("aug", "august", "août", "aout", "agosto", "augustus", "augusti", "sierpnia", "августа",
     "авг", "ağustos"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro",
     "settembre", "września", "сентября", "сен", "сент", "eylül"),
    ("oct", "october", "oktober", "octobre", "octubre", "outubro", "ottobre", "października",
     "октября", "окт", "ekim"),
    ("nov", "november", "novembre", "noviembre", "novembro", "listopada", "ноября", "ноя", "kasım"),
    ("dec", "december", "dezember", "décembre", "decembre", "diciembre", "dezembro",
     "dicembre", "grudnia", "декабря", "дек", "aralık"),
]  # fmt: skip
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
# A date ends where no letter or digit of an alphabet follows ("2026-12-19に変更" is a date).
_END = r"(?![0-9A-Za-z_\u00c0-\u024f\u0370-\u052f])"
_ISO_DATE = re.compile(rf"^(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_END}")
# "2.2.2027", "02.02.2027": day first, as everywhere dots are used (only with a year).
_DOTTED = re.compile(rf"^(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}){_END}")
# "29.01.", "29.1.27": day first too, with its closing dot (without it "29.01" may be a
# number) or a year of two digits.
_DOTTED_SHORT = re.compile(rf"^(\d{{1,2}})\.(\d{{1,2}})\.(\d{{2}})?(?![\d.]){_END}")
# "18/12/2026", "12/18", "18/12/26": only when one number is over 12, or both are the same
# (03/04 means different days on two sides of the Atlantic, and is refused).
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")
# Words before a date that add nothing: "to the 13th", "auf den 2.", "au 2 février".
_ARTICLE = re.compile(r"^(?:the|den|dem|am|le|el|il|o|het|de|on|op|på)\s+", re.I)
_MONTH = r"([^\W\d_]{3,12})\.?"
_YEAR = r"(?:,?\s+(?:de\s+)?(\d{4}))?"
_MONTH_DAY = re.compile(rf"^{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?{_YEAR}(?!\w)", re.I)
_DAY_MONTH = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th|er|\.|º|-?го)?\s+(?:de\s+|of\s+)?{_MONTH}{_YEAR}(?!\w)", re.I
)

# A weekday before the date ("Friday 15 January", "lundi 18 janvier", "Mi., 20.01."): read
# only when it is the weekday of that date, else the date is not trusted.
_WEEKDAY_NAMES = [  # Monday first
    ("mon", "monday", "montag", "mo", "lundi", "lunes", "segunda", "segunda-feira", "lunedì",
     "lunedi", "maandag", "måndag", "mandag", "poniedziałek", "понедельник", "pazartesi"),
    ("tue", "tues", "tuesday", "dienstag", "di", "mardi", "martes", "terça", "terça-feira",
     "martedì", "martedi", "dinsdag", "tisdag", "tirsdag", "wtorek", "вторник", "salı"),
    ("wed", "wednesday", "mittwoch", "mi", "mercredi", "miércoles", "miercoles", "quarta",
     "quarta-feira", "mercoledì", "mercoledi", "woensdag", "onsdag", "środa", "среда",
     "çarşamba"),
    ("thu", "thur", "thurs", "thursday", "donnerstag", "do", "jeudi", "jueves", "quinta",
     "quinta-feira", "giovedì", "giovedi", "donderdag", "torsdag", "czwartek", "четверг",
     "perşembe"),
    ("fri", "friday", "freitag", "fr", "vendredi", "viernes", "sexta", "sexta-feira",
     "venerdì", "venerdi", "vrijdag", "fredag", "piątek", "пятница", "пятницу", "cuma"),
    ("sat", "saturday", "samstag", "sa", "samedi", "sábado", "sabado", "sabato", "zaterdag",
     "lördag", "lørdag", "sobota", "суббота", "субботу", "cumartesi"),
    ("sun", "sunday", "sonntag", "so", "dimanche", "domingo", "domenica", "zondag", "söndag",
     "søndag", "niedziela", "воскресенье", "pazar"),
]  # fmt: skip
_WEEKDAYS = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names}
WEEKDAY_NAMES = frozenset(name for name in _WEEKDAYS if len(name) > 2)  # not "do", "so", "di"
# After a weekday, a day of the month alone: "Wednesday the 16th", "mercredi 16", "Mi. 16.".
_DAY_ONLY = re.compile(
    r"(?:the\s+|le\s+|el\s+|il\s+|den\s+)?(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?![\d/.,:]|\s*[^\W\d_])"
)
_WEEKDAY = re.compile(r"^([^\W\d_][^\W\d_-]*(?:-feira)?)\.?,?\s+", re.I)
# "1月20日", "2027年1月20日", "1月20号": Chinese and Japanese, year first when given.
_CJK_DATE = re.compile(r"^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]")


def parse_date(
    text: str, today: date, day_first: bool = False, relative: bool = True
) -> tuple[date, int] | None:
    """A date at the start of `text` (ISO, "Dec 15", "15 December 2026", "2. Februar",
    "2 de febrero", "2.2.2027"): (date, length of `text` it took).

    Without a year, the next such day from today is meant; numeric forms with a slash count
    only when they can be read one way (18/12, 12/18), because 03/04 means different days on
    two sides of the Atlantic (dotted ones with a year are day first wherever they are
    written), or when `day_first`: said in a language whose writers all put the day first.
    A weekday alone ("Friday", "next Friday") counts only when `relative`.
    """
    stripped = text.lstrip()
    skipped = len(text) - len(stripped)
    weekday = _WEEKDAY.match(text, skipped)
    named = _WEEKDAYS.get(weekday[1].lower()) if weekday else None
    if weekday is not None and named is not None:
        skipped = weekday.end()
    if article := _ARTICLE.match(text[skipped:]):
        skipped += article.end()
    found = _parse_date(text[skipped:], today, day_first)
    if found and named is not None and found[0].weekday() != named:
        return None  # "Friday 14 January" when the 14th is a Thursday: which one?
    if found is None and named is not None and (day := _DAY_ONLY.match(text, skipped)):
        found = _next_weekday_on(named, int(day[1]), today, day.end() - skipped)
    if found is None and relative and (alone := _relative_weekday(stripped, today)):
        return (alone.day, alone.length + len(text) - len(stripped)) if alone.day else None
    return (found[0], found[1] + skipped) if found else None


# After a date phrase, "15.01" is a day and a month too ("przesunięte na 15.01"): a date
# phrase leaves no other reading.
_DOTTED_PAIR = re.compile(rf"^(\d{{1,2}})\.(\d{{1,2}})(?![\d.,]){_END}")


def parse_new_date(
    text: str, today: date, day_first: bool = False, relative: bool = True
) -> tuple[date, int] | None:
    """A date right after a date phrase: what `parse_date` reads, and "15.01" too."""
    if (found := parse_date(text, today, day_first, relative)) is not None:
        return found
    stripped = text.lstrip()
    if match := _DOTTED_PAIR.match(stripped):
        day = _dated(None, int(match[2]), int(match[1]), today)
        return (day, match.end() + len(text) - len(stripped)) if day else None
    return None


def _next_weekday_on(weekday: int, day: int, today: date, length: int) -> tuple[date, int] | None:
    """ "Wednesday the 16th": the next 16th that is a Wednesday, within the next three
    months (later than that, a month should be named)."""
    year, month = today.year, today.month
    for _ in range(4):
        with suppress(ValueError):
            candidate = date(year, month, day)
            if candidate >= today and candidate.weekday() == weekday:
                return candidate, length
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _parse_date(text: str, today: date, day_first: bool = False) -> tuple[date, int] | None:
    for pattern, order in ((_ISO_DATE, (1, 2, 3)), (_DOTTED, (3, 2, 1))):
        if match := pattern.match(text):
            try:
                year, month, day = (int(match[k]) for k in order)
                return date(year, month, day), match.end()
            except ValueError:
                return None
    if match := _DOTTED_SHORT.match(text):
        written = match[3] and f"20{match[3]}"
        found = _dated(written, int(match[2]), int(match[1]), today)
        return (found, match.end()) if found else None
    for pattern, month_group, day_group in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        match = pattern.match(text)
        if not match or match[month_group].lower() not in MONTHS:
            continue
        month = MONTHS[match[month_group].lower()]
        found = _dated(match[3], month, int(match[day_group]), today)
        return (found, match.end()) if found else None
    if match := _SLASHED.match(text):
        first, second = int(match[1]), int(match[2])
        if _two_ways(first, second) and not day_first:
            return None  # 03/04: the third of April or the fourth of March
        day, month = (first, second) if first > 12 or day_first else (second, first)
        written = match[3] and (match[3] if len(match[3]) == 4 else f"20{match[3]}")
        found = _dated(written, month, day, today)
        return (found, match.end()) if found else None
    if match := _CJK_DATE.match(text):
        found = _dated(match[1], int(match[2]), int(match[3]), today)
        return (found, match.end()) if found else None
    return None


def wrong_weekday(text: str, today: date) -> str | None:
    """A weekday and a date at the start of `text` that disagree ("Thursday 15 January",
    when the 15th is a Friday), as typed, with the date's true weekday."""
    stripped = text.lstrip()
    weekday = _WEEKDAY.match(stripped)
    if weekday is None or weekday[1].lower() not in _WEEKDAYS:
        return None
    found = _parse_date(stripped[weekday.end() :], today)
    if found is None or found[0].weekday() == _WEEKDAYS[weekday[1].lower()]:
        return None
    typed = stripped[: weekday.end() + found[1]].strip()
    return f"{typed} is a {found[0].strftime('%A')}"


def _two_ways(first: int, second: int) -> bool:
    return first != second and max(first, second) <= 12


def two_way_slash(text: str) -> str | None:
    """A slash date at the start of `text` that reads as two days ("03/04"), as typed."""
    match = _SLASHED.match(text.lstrip())
    return match.group() if match and _two_ways(int(match[1]), int(match[2])) else None


def _dated(year: str | None, month: int, day: int, today: date) -> date | None:
    """The day given, or without a year the next such day from today."""
    try:
        if year:
            return date(int(year), month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


# A weekday named alone ("moved to Friday", "auf nächsten Freitag", "来週の金曜日に"): a day
# relative to the day the reply was written. "This"/"coming" and the weekday alone mean the
# next such day; "next week"'s weekday is in the week after this one; "next Friday" said
# while this week's Friday is still ahead reads two ways (this week's or the next) and is
# asked, never guessed (`two_weekdays`).
_THIS_WORDS = (
    "this", "coming", "this coming", "diesen", "diesem", "kommenden", "ce", "este", "esta",
    "questo", "deze", "komende", "denna", "på", "w ten", "w tę", "в этот", "в эту", "bu",
    "今週の", "今週", "这周", "这个", "本周", "本週",
)  # fmt: skip
_NEXT_WORDS = (
    "next", "nächsten", "nächster", "nächste", "próximo", "próxima", "prossimo", "prossima",
    "volgende", "nästa", "næste", "neste", "w przyszły", "w przyszłą", "w następny",
    "w następną", "в следующий", "в следующую", "gelecek", "önümüzdeki",
)  # fmt: skip
# After the weekday: "vendredi prochain", "viernes que viene", "sexta que vem", "venerdì
# prossimo" (as "next"), and "Friday next week", "Freitag nächste Woche" (next week's).
_NEXT_AFTER_WORDS = (
    "prochain", "prochaine", "próximo", "próxima", "que viene", "que vem", "prossimo",
    "prossima",
)  # fmt: skip
_NEXT_WEEK_WORDS = (
    "next week", "nächste woche", "nächster woche", "kommende woche", "la semaine prochaine",
    "de la semaine prochaine", "la semana que viene", "de la semana que viene",
    "la próxima semana", "de la próxima semana", "da próxima semana", "na próxima semana",
    "da semana que vem", "della prossima settimana", "la prossima settimana",
    "volgende week", "nästa vecka", "næste uge", "neste uke", "w przyszłym tygodniu",
    "на следующей неделе", "следующей недели", "gelecek hafta", "önümüzdeki hafta",
    "来週の", "来週", "下个", "下個", "下",  # "下周五", "下星期五"
)  # fmt: skip


def _words(words: tuple[str, ...], before: str = "", after: str = "") -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(before + "(?:" + "|".join(map(re.escape, ordered)) + ")" + after)


_THIS = _words(_THIS_WORDS, after=r"\s*")
_NEXT = _words(_NEXT_WORDS, after=r"\s+")
_NEXT_WEEK = _words(_NEXT_WEEK_WORDS, after=r"\s*")
_NEXT_AFTER = _words(_NEXT_AFTER_WORDS, before=r"\s+", after=r"(?!\w)")
_NEXT_WEEK_AFTER = _words(
    tuple(w for w in _NEXT_WEEK_WORDS if " " in w), before=r",?\s+", after=r"(?!\w)"
)
# "Friday's release" names a thing of that day, not a date.
_ALONE_WEEKDAY = re.compile(r"([^\W\d_][^\W\d_-]*(?:-feira)?)(?![\w-]|['’]\w)")
# Chinese and Japanese weekdays: "金曜日", "金曜", "周五", "星期五", "礼拜五".
_CJK_WEEKDAY = re.compile(r"([月火水木金土日])曜日?|(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])")
_CJK_WEEKDAYS = {c: n for n, c in enumerate("月火水木金土日")} | {
    c: n for n, c in enumerate("一二三四五六日")
} | {"天": 6}  # fmt: skip


_NUMBER_AFTER = re.compile(r"\.?,?\s*(?:the\s+|le\s+|el\s+|il\s+|den\s+)?\d")


@dataclass(frozen=True)
class _Weekday:
    weekday: int  # Monday 0
    length: int  # of the text it took
    day: date | None  # None: it reads two ways


def _relative_weekday(text: str, today: date) -> _Weekday | None:
    """A weekday said without its date at the start of `text`, or None."""
    lowered = text.lower()
    which, found = "alone", None
    for kind, pattern in (("next week", _NEXT_WEEK), ("this", _THIS), ("next", _NEXT)):
        lead = pattern.match(lowered)
        if lead is not None and (found := _weekday_at(text, lead.end())) is not None:
            which = kind
            break
    found = found or _weekday_at(text, 0)
    if found is None:
        return None
    weekday, end = found
    if _NUMBER_AFTER.match(text, end):
        return None  # "Thursday the 16th" when no such day is near: not any Thursday
    if which == "alone" and (after := _NEXT_WEEK_AFTER.match(lowered, end)):
        which, end = "next week", after.end()  # "Friday next week"
    elif which == "alone" and (after := _NEXT_AFTER.match(lowered, end)):
        which, end = "next", after.end()  # "vendredi prochain"
    if which == "next week":
        monday = today.toordinal() - today.weekday() + 7
        return _Weekday(weekday, end, date.fromordinal(monday + weekday))
    if which == "next" and weekday > today.weekday():
        return _Weekday(weekday, end, None)  # this week's or next week's
    ahead = (weekday - today.weekday() - 1) % 7 + 1  # the next such day, 1 to 7 days on
    return _Weekday(weekday, end, date.fromordinal(today.toordinal() + ahead))


def _weekday_at(text: str, at: int) -> tuple[int, int] | None:
    if cjk := _CJK_WEEKDAY.match(text, at):
        return _CJK_WEEKDAYS[cjk[1] or cjk[2]], cjk.end()
    word = _ALONE_WEEKDAY.match(text, at)
    if word is None or len(word[1]) < 3:  # "Mo", "Fr": too short to stand alone
        return None
    number = _WEEKDAYS.get(word[1].lower())
    return (number, word.end()) if number is not None else None


def two_weekdays(text: str, today: date) -> str | None:
    """ "next Friday" at the start of `text` while this week's Friday is still ahead: as
    typed, with the two days it can mean."""
    stripped = text.lstrip()
    found = _relative_weekday(stripped, today)
    if found is None or found.day is not None:
        return None
    first = date.fromordinal(today.toordinal() + found.weekday - today.weekday())
    second = date.fromordinal(first.toordinal() + 7)
    typed = stripped[: found.length].strip()
    return f"{typed} can be {first.day} {first:%B} or {second.day} {second:%B}"
