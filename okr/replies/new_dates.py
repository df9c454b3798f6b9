"""A new due date said in a reply: "#13 pushed to Jan 20", "slipping to 27 January",
"verschoben auf 3. Februar", "we'll land it by 2027-02-01".

Only a date said plainly counts. A question ("moving it to Jan 20?"), a hedge before the
verb ("might push to Jan 20", "probably moving it to …"), two dates to choose from
("Jan 20 or Feb 3") or a condition after it ("Jan 12 if legal agrees") sets nothing: the
key result is asked about instead, for a date that was never said must not be recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from . import command_words, grammar
from .accents import unaccented
from .dates import parse_new_date, two_way_slash, two_weekdays, wrong_weekday
from .phrases import is_cjk

_DUE_WORDS = sorted(
    {*command_words.DUE_PHRASES, *(f for p in command_words.DUE_PHRASES for f in unaccented(p))},
    key=len,
    reverse=True,
)  # also typed without accents: "przesuniete na", "reporte au"
# A new date of a named kind: "new go-live date", "new target date", "neuer Zieltermin",
# "nouvelle date de livraison", "nueva fecha de entrega", "nieuwe releasedatum".
_NEW_KIND_OF_DATE = (
    r"new (?:[\w-]+ ){1,2}(?:date|deadline)|neue[rs]? \w+(?:termin|datum|frist)"
    r"|nouvelle date d[e'] ?\w+|nueva fecha de \w+|nova data de \w+|nuova data di \w+"
    r"|nieuwe \w+datum|nytt \w+datum|ny \w+dato|nowy termin \w+"
    r"|(?:mov|push|shift|chang)\w* (?:the|our|its) (?:[\w-]+ )?(?:date|deadline) to"
)
DUE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(p) for p in _DUE_WORDS)}|{_NEW_KIND_OF_DATE})\s*:?\s*"
)
# "push #14 to Jan 20", "new date for #14: 2027-01-20": a new date named after its verb.
DUE_VERB = re.compile(
    r"(?:(?:i|we)(?:'m|’m| am|'re|’re| are|'ll|’ll| will| have| had)?\s+|"
    r"(?:i|we)(?:'d| would) like to\s+|(?:i|we) (?:need|want|have) to\s+|let's\s+)?"
    r"(?:please\s+)?(?:push(?:ing)?|mov(?:e|ing)|postpon(?:e|ing)|delay(?:ing)?|"
    r"reschedul(?:e|ing)|shift(?:ing)?|slip(?:ping)?|new (?:due )?date for|new deadline for|"
    r"deadline for|due date for)\s+"
)
DUE_AFTER_REF = re.compile(r"\s*(?:out\s+)?(?:to|until|till|:|-|–|—)?\s*(?:is\s+)?")
# Before the verb: the date is not decided yet.
_UNDECIDED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        re.escape(w)
        for w in sorted((*grammar.HEDGES, *command_words.UNDECIDED_WORDS), key=len, reverse=True)
    )
    + r")(?!\w)"
)
# After the date: a question, another date to choose from, or a condition ("if legal
# agrees": the date may not come, as a flag followed by "if" is one of a later week).
_OPEN_AFTER = re.compile(
    r"\s*(?:\?|(?:or|oder|ou|o|of|eller|lub|или|veya|oppure|или же)\s+(?:\d|[^\W\d_]{3,}\s+\d)"
    r"|,?\s*(?:if|unless|provided|assuming|wenn|falls|sofern|si|se|als|om|jeśli|jeżeli"
    # a hedge after it: "moved to Jan 20, maybe", "verschoben auf 20.1., vielleicht"
    r"|maybe|perhaps|probably|hopefully|vielleicht|peut-être|quizás|quizá|talvez|forse"
    r"|misschien|kanske|kanskje|måske|może|может|belki|たぶん|也许)(?!\w))"
)


# Between the date and a verb that comes last: Turkish case endings and "tarihine",
# "olarak"; Japanese particles are part of the verb phrases themselves.
_DUE_AFTER = re.compile(
    r"(?:['’]?(?:y?[aeıiuüoö]|n?[dt][aeıiuüoö])?\s*(?:tarihine|olarak)?\s*)(?:"
    + "|".join(
        re.escape(p) + ("" if is_cjk(p[0]) else r"(?!\w)")
        for p in sorted(command_words.DUE_AFTER_DATE, key=len, reverse=True)
    )
    + ")"
)
_VERB_LAST = re.compile("|".join(map(re.escape, command_words.DUE_AFTER_DATE)))
_WORD = re.compile(r"[^\W_]+")
# Who moves it, before a date phrase said first: "we're moving it to Friday".
_SUBJECTS = frozenset(
    {"we", "i", "re", "m", "ll", "ve", "it", "s", "is", "has", "been", "will", "be", "now",
     "just", "also", "so", "and", "but", "are", "am", "wir", "ich", "nous", "je", "on",
     "nosotros", "yo", "noi", "io", "nós", "eu", "wij", "ik", "vi", "jag", "jeg", "my", "мы",
     "я", "biz", "ben", "es", "das", "lo", "la", "le", "det", "den", "het"}
)  # fmt: skip
_DATE_START = re.compile(
    r"(?<!\w)\d|(?<!\d)\d(?=\d{0,3}\s*[年月])"  # "を12月25日"
    r"|来週|今週|下[个個]?(?:周|週|星期)|(?:周|週|星期)[一二三四五六日天]|[月火水木金土日]曜"
)  # a weekday before the verb: "来週の金曜日に延期", "下周五推迟"


def _date_before_verb(text: str, folded: str, at: int, stop: int, today: date) -> str | None:
    """ "#12 20 Ocak'a ertelendi", "#14 1月20日に延期": the date, then the verb."""
    if not _VERB_LAST.search(folded, at, stop):
        return None  # most lines: no such verb, no date to parse
    for start in _DATE_START.finditer(folded, at, stop):
        parsed = grammar.parse_date(text[start.start() : start.start() + 40], today)
        if parsed is None:
            continue
        after = start.start() + parsed[1]
        if _DUE_AFTER.match(folded, after) and not _UNDECIDED.search(folded, at, start.start()):
            return parsed[0].isoformat()
    return None


def due_in(text: str, folded: str, at: int, stop: int, today: date) -> str | None:
    """The new date said between `at` and `stop` (ISO), or None."""
    if (later := _date_before_verb(text, folded, at, stop, today)) is not None:
        return later
    for match in DUE.finditer(folded, at, stop):
        if _UNDECIDED.search(folded, at, match.start()):
            return None
        day_first = not _ENGLISH.match(match.group())  # "Nouvelle échéance : 12/03/2027"
        said = text[match.end() : match.end() + 40]
        # A weekday alone is the answer's date only said first ("#13 moved to Friday"), not
        # deep in its prose ("…: the customer call got moved to next Thursday").
        relative = all(w in _SUBJECTS for w in _WORD.findall(folded, at, match.start()))
        parsed = (
            parse_new_date(said, today, day_first, relative)  # "verschoben auf 15.01"
            if day_first or _ONLY_OF_TIME.search(match.group())
            else grammar.parse_date(said, today, day_first, relative)  # "moved to 22.04"
        )
        if parsed is not None:
            after = match.end() + parsed[1]
            if _OPEN_AFTER.match(folded, after):
                return None
            return parsed[0].isoformat()
    return None


# A date phrase in English, whose writers put the month first or the day first: a slash
# date after it that reads two ways ("moved to 03/04") is asked. Everywhere else the day
# comes first ("reporté au 03/04" is the third of April).
_ENGLISH = re.compile(
    r"(?:(?:new|due|deadline|mov(?:e|ed|es|ing)|slid|will|now|eta|target)(?!\w)"
    r"|push|slip|delay|postpon|reschedul|shift|bump|land)"
)


# English date phrases that can only be of time ("moved to" may be a move to a version).
_ONLY_OF_TIME = re.compile(r"postpon|delay|reschedul|new (?:due )?date|deadline")


def opens_due(folded: str, at: int) -> bool:
    """Whether a date phrase starts at `at`: "delayed to Jan 20" is a new date, where
    "delayed" alone says late but not how late."""
    return DUE.match(folded, at) is not None


def weekday_off(text: str, folded: str, at: int, today: date) -> str | None:
    """A new date after a date phrase whose weekday is not its own ("moved to Thursday 15
    January"): the confirmation says so rather than pick the weekday or the date."""
    return _after_date_phrase(text, folded, at, lambda said: wrong_weekday(said, today))


def two_way_date(folded: str, at: int) -> str | None:
    """A new date after a date phrase that reads as two days ("moved to 03/04"), as typed:
    the confirmation asks for the month in words rather than record either."""
    for match in DUE.finditer(folded, at):
        if not _ENGLISH.match(match.group()):
            continue  # day first: read, not asked
        if typed := two_way_slash(folded[match.end() : match.end() + 12]):
            return typed
    return None


def weekday_two_ways(text: str, folded: str, at: int, today: date) -> str | None:
    """A new date said as "next Friday" while this week's Friday is still ahead: the
    confirmation names both days rather than pick one."""
    return _after_date_phrase(text, folded, at, lambda said: two_weekdays(said, today))


def _after_date_phrase(
    text: str, folded: str, at: int, check: Callable[[str], str | None]
) -> str | None:
    """What `check` finds in the words after the first date phrase it finds anything in."""
    for match in DUE.finditer(folded, at):
        if found := check(text[match.end() : match.end() + 40]):
            return found
    return None
