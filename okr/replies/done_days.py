"""A past day after a done word: "shipped on Wednesday", "erledigt am Mittwoch", "terminé
lundi". Done then, with the day kept in the note. A weekday name may be to come ("done on
Friday" said on a Thursday), so only one on or before the reply's own weekday counts;
forms that are past in themselves ("i fredags", "mardi dernier") count on any day."""

from __future__ import annotations

import re
from datetime import date

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
