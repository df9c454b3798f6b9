"""A past day after a done word: "shipped on Wednesday", "erledigt am Mittwoch", "terminé
lundi". Done then, with the day kept in the note. A weekday name may be to come ("done on
Friday" said on a Thursday), so only one on or before the reply's own weekday counts;
forms that are past in themselves ("i fredags", "mardi dernier") count on any day."""

from __future__ import annotations

import re
from datetime import date

from . import command_words, grammar
from .grammar import DONE, Word
from .phrases import WORD, head_ends, is_cjk, phrase_at, phrase_table, skip_space

# Each language's weekday names, Monday first (a few spellings each).
_NAMES: tuple[tuple[str, ...], ...] = (
    ("monday", "montag", "lundi", "lunes", "segunda-feira", "segunda", "lunedì", "lunedi",
     "maandag", "måndag", "mandag", "poniedziałek", "pondělí", "понедельник", "понеділок",
     "月曜日", "周一", "星期一", "maanantaina", "pazartesi"),
    ("tuesday", "dienstag", "mardi", "martes", "terça-feira", "terça", "martedì", "martedi",
     "dinsdag", "tisdag", "tirsdag", "wtorek", "úterý", "вторник", "вівторок", "火曜日",
     "周二", "星期二", "tiistaina", "salı"),
    ("wednesday", "mittwoch", "mercredi", "miércoles", "quarta-feira", "quarta", "mercoledì",
     "mercoledi", "woensdag", "onsdag", "środę", "środa", "středu", "středa", "среду",
     "среда", "середу", "水曜日", "周三", "星期三", "keskiviikkona", "çarşamba"),
    ("thursday", "donnerstag", "jeudi", "jueves", "quinta-feira", "quinta", "giovedì",
     "giovedi", "donderdag", "torsdag", "czwartek", "čtvrtek", "четверг", "четвер", "木曜日",
     "周四", "星期四", "torstaina", "perşembe"),
    ("friday", "freitag", "vendredi", "viernes", "sexta-feira", "sexta", "venerdì", "venerdi",
     "vrijdag", "fredag", "piątek", "pátek", "пятницу", "пятница", "п'ятницю", "金曜日",
     "周五", "星期五", "perjantaina", "cuma"),
    ("saturday", "samstag", "samedi", "sábado", "sabato", "zaterdag", "lördag", "lørdag",
     "sobotę", "sobota", "sobotu", "субботу", "суббота", "суботу", "土曜日", "周六", "星期六",
     "lauantaina", "cumartesi"),
    ("sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag", "söndag", "søndag",
     "niedzielę", "niedziela", "neděli", "воскресенье", "неділю", "日曜日", "周日", "星期日",
     "sunnuntaina", "pazar"),
)  # fmt: skip
# Before the day: "on", "am", "le", "el", "na", "op", "w", "v", "во", "в", "у" (or nothing).
_BEFORE = r"(?:(?:on|am|le|el|na|no|op|w|we|v|ve|во|в|у|il|lo|la|this|diesen|ce)\s+)?"
# Past in themselves: Swedish and Danish "i fredags", "mardi dernier", "el lunes pasado".
_PAST_FORMS = r"(?:i\s+(?:mån|tis|ons|tors|fre|lör|sön|man|tirs|ons|tors|fre|lør|søn)dags)"
_PLURAL_ARTICLES = frozenset({"los", "las", "les", "os", "as", "die", "gli", "i", "de"})
_DONE_WHEN = phrase_table(command_words.DONE_WHEN)
_DAY = {name: index for index, names in enumerate(_NAMES) for name in names}
_DAYS = "|".join(sorted(map(re.escape, _DAY), key=len, reverse=True))
_WEEKDAY = re.compile(
    rf"{_BEFORE}(?P<day>{_DAYS})(?!\w)(?P<past>\s+(?:dernier|dernière|pasado|passada|passado|scorso|scorsa))?"
)
_PAST = re.compile(rf"{_PAST_FORMS}(?!\w)")


def past_day_at(folded: str, at: int, today: date) -> int | None:
    """Where a past day that starts at `at` ends, or None (none there, or one to come)."""
    if match := _PAST.match(folded, at):
        return match.end()
    match = _WEEKDAY.match(folded, at)
    if match is None:
        return None
    if match["past"] or _DAY[match["day"]] <= today.weekday():
        return match.end()
    return None


def names_day(folded: str, at: int) -> bool:
    """Whether a weekday (past or to come) starts at `at`: never a done's note alone."""
    return bool(_WEEKDAY.match(folded, at) or _PAST.match(folded, at))


def done_when(folded: str, end: int, word: Word, today: date | None = None) -> bool:
    """ "finished last Friday", "concluído ontem", "erledigt am Mittwoch": a done word and
    when (a past day), nothing else before the end of the head."""
    if word.meaning != DONE:
        return False
    at = skip_space(folded, end)
    when = phrase_at(folded, at, _DONE_WHEN)
    if when is not None:
        return head_ends(folded, at + len(when)) and _goes_on_plainly(folded, at + len(when))
    day_end = None if today is None else past_day_at(folded, at, today)
    if day_end is None or folded[skip_space(folded, day_end) :][:1] in ("?", "？"):
        return False  # "fertig am Montag?"
    return _goes_on_plainly(folded, day_end)  # "…, behalve de export": work left, asked


_QUALMS = phrase_table(
    (*grammar.CONDITIONS, *grammar.HEDGES, *grammar.NEGATIONS, *grammar.CONTRASTS, "left",
     "remaining", "still", "noch", "encore", "falta", "faltan", "todavía", "ainda", "ancora",
     "nog", "kvar", "fortfarande", "igjen", "ennå", "tilbage", "endnu", "jeszcze", "ещё", "еще",
     "осталось", "hâlâ", "还", "まだ", "残り")
)  # fmt: skip


def _goes_on_plainly(folded: str, at: int) -> bool:
    """Whether the words after a past day only tell more ("lanzado el miércoles con los tres
    primeros partners"): no condition, hedge, negation or question on the line."""
    if "?" in folded[at:] or "？" in folded[at:]:
        return False
    return not any(phrase_at(folded, m.start(), _QUALMS) for m in WORD.finditer(folded, at))


_PART_OF = "|".join(sorted(map(re.escape, command_words.PART_OF), key=len, reverse=True))
_PART = re.compile(
    r"(?:(?:only|just|nur|seulement|solo|só|apenas|alleen|bara|kun|tylko|только|лише)\s+)?"
    r"(?:(?:at|à|zu|al|a|op|på|na|w|до|на)\s+)?"
    rf"(?:(?P<n>\d+)\s*(?:{_PART_OF})\s*(?P<m>\d+)(?!\d)|(?P<pct>\d+(?:[.,]\d+)?)\s*%)"
)
_PART_EXCEPT = phrase_table(command_words.PART_EXCEPT)
_HALF = phrase_table(
    ("half", "halfway", "half-way", "half way", "partly", "partially", "zur hälfte", "halb",
     "teilweise", "à moitié", "en partie", "partiellement", "a medias", "a la mitad",
     "en parte", "parcialmente", "pela metade", "em parte", "a metà", "in parte",
     "parzialmente", "voor de helft", "gedeeltelijk", "deels",
     "till hälften", "halvvägs", "delvis", "halvveis", "halvvejs", "halvt", "w połowie",
     "do połowy", "częściowo", "наполовину", "частично", "yarı", "yarısı", "kısmen", "半分",
     "一半", "部分")
)  # fmt: skip


def counts_part(clause: str) -> bool:
    """Whether a clause says how much of a part there is ("94% of strings", "8 of 10")."""
    return _PART.search(clause.casefold()) is not None


def only_part(note: str, score: float | None) -> bool:
    """ "completed 3 of 5 steps", "completed 60%", "done, apart from legal": a done word
    with only part of the work, which must be asked rather than close the key result."""
    if score is not None and score < 1:
        return True
    folded = note.casefold().lstrip(" :,;-–—([")
    if phrase_at(folded, 0, _PART_EXCEPT) or phrase_at(folded, 0, _HALF):
        return True  # "done, apart from legal", "сделано наполовину"
    match = _PART.match(folded)
    if match is None:
        return False
    if match["pct"] is not None:
        return float(match["pct"].replace(",", ".")) < 100
    return int(match["n"]) < int(match["m"])


_NOT_NOTE_AFTER = frozenset(command_words.DONE_THEN_NOTE_NOT_AFTER)


def done_then_note(folded: str, start: int, end: int, word: Word) -> bool:
    """ "erledigt alle Konten umgezogen", "hotovo smlouva podepsána", "完了 全顧客移行済み":
    a done word, a space and its note (see command_words.DONE_NOTE_BLOCKERS)."""
    if word.meaning != DONE or folded[start:end] in _NOT_NOTE_AFTER:
        return False
    if folded[end : end + 1] not in (" ", "\u3000") or "?" in folded[end:] or "？" in folded[end:]:
        return False
    following = WORD.match(folded, skip_space(folded, end))
    if names_day(folded, skip_space(folded, end)):
        return False  # "terminé vendredi": only a past day (see done_when)
    if following is None or not following.group()[:1].isalpha():
        return False
    if is_cjk(following.group()[:1]):
        return True
    if following.group() in _PLURAL_ARTICLES:  # "hecho los tres renovados"
        count = WORD.match(folded, skip_space(folded, following.end()))
        return count is not None and count.group() in command_words.DONE_NOTE_COUNTS
    return following.group() not in command_words.DONE_NOTE_BLOCKERS
