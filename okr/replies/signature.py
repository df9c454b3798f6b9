"""Lines that end or surround the answers without being notes: a person's name, a
signature's title and contact lines, remarks about the mail, greetings and farewells.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import grammar
from .phrases import clean, flag_at, fold, is_cjk
from .trim import is_closing

QUOTE_LINE = re.compile(r"^\s*>")  # a quoted line: never part of a signature
_NAME_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "bin",
     "al", "ter", "ten", "y", "e", "zu"}
)  # fmt: skip


def _name_like(line: str) -> bool:
    """ "Dana Smith", "Jan de Vries", "田中太郎": a line that is only a person's name."""
    s = line.strip(" -–—/,.()（）")
    if not s or any(c.isdigit() for c in s) or len(s) > 40:
        return False
    if is_cjk(s):  # "渡辺", "(渡辺)", "（王伟）", after a blank line; "渡辺 健二"
        if any(flag_at(fold(s), i, False) for i in range(len(s))):
            return False  # "順調です", "完了": an answer, not a name
        return len(s) <= 5 and " " not in s or cjk_name(s)
    words = s.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or is_closing(s):
        return False
    if flag_at(fold(s), 0, True) is not None:
        return False  # "Yellow", "Done": an answer, not a name
    return all(
        w.lower() in _NAME_PARTICLES or (w[:1].isupper() and re.fullmatch(r"[^\W\d_][\w.'’-]*", w))
        for w in words
    )


# The most common family names in Japan and China: a line of Chinese characters that starts
# with one is a name signed, not a note ("渡辺 健二", "张伟"; "要対応 明日" is a note).
_JA_FAMILY = frozenset(
    (
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡部", "渡邊", "渡邉", "山本",
        "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村",
        "林", "斎藤", "斉藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川",
        "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
        "村上", "遠藤", "青木", "坂本", "福田", "太田", "西村", "藤井", "金子", "岡本",
        "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山",
        "和田", "石田", "森田", "上田", "原", "内田", "柴田", "酒井", "宮崎", "横山",
        "高木", "安藤", "宮本", "大野", "小島", "谷口", "今井", "工藤", "高田", "増田",
        "丸山", "杉山", "村田", "大塚", "新井", "小山", "平野", "藤本", "河野", "上野",
        "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村",
        "松尾", "菊地", "杉本", "市川", "古川", "大西", "島田", "水野", "桜井", "高野",
    )
)  # fmt: skip
_ZH_FAMILY = frozenset(
    "王李张刘陈杨赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊趙吳孫馬鄭謝韓馮鄧葉蘇呂盧鍾譚陸賈"
    "鄒閻龍陶賀顧龔萬錢湯"
)


def cjk_name(line: str) -> bool:
    """ "渡辺", "渡辺 健二", "张伟": a name in Chinese or Japanese characters, starting with
    a common family name (two to five characters, at most one space), no flag word."""
    s = line.strip(" -–—/,.()（）")
    parts = s.split()
    joined = "".join(parts)
    if not 1 <= len(parts) <= 2 or not 2 <= len(joined) <= 5:
        return False
    if not all(ord(c) >= 0x2E80 and c.isalpha() for c in joined):
        return False
    if flag_at(fold(joined), 0, False) is not None:
        return False
    if len(parts) == 2:
        return parts[0] in _JA_FAMILY or len(parts[0]) == 1 and parts[0] in _ZH_FAMILY
    return any(joined.startswith(f) for f in _JA_FAMILY) or (
        joined[0] in _ZH_FAMILY and len(joined) <= 3
    )


def names_own(line: str, own: frozenset[str]) -> bool:
    """ "张伟 | Wei Zhang", "Wei Zhang / 张伟": the person's own name with a name in other
    letters beside it."""
    parts = [p.strip() for p in re.split(r"[|/·•]", line) if p.strip()]
    if len(parts) < 2 or not any(is_own(p, own) for p in parts):
        return False
    return all(is_own(p, own) or _name_like(p) or _title_like(p) for p in parts)


def _title_like(line: str) -> bool:
    """A signature's job title or company line: short, capitalised, no sentence."""
    s = line.strip()
    if is_contact(s) or "|" in s and len(s) < 120:
        return True
    words = s.split()
    if not 1 <= len(words) <= 8 or not s[:1].isupper() or s.endswith(("!", "?", ":")):
        return False
    if s.endswith(".") and not re.search(
        r"\b(?:inc|ltd|corp|co|gmbh|b\.v|s\.a|ag|llc)\.$", s, re.I
    ):
        return False
    return not grammar.REF.search(s) and flag_at(fold(s), 0, False) is None


def signature_line(line: str) -> bool:
    """A line of a signature block under a name: a title, a company, contact details, a
    postal address ("〒100-0005 東京都…")."""
    return _title_like(line) or is_contact(line) or line.startswith(("〒", "邮编", "地址"))


def signature_at(lines: list[str]) -> int:
    """Where a trailing signature block starts (a name, then titles, company, contact
    details, after a blank line), or len(lines). Its lines are neither notes nor errors."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start, i = None, end - 1
    while i >= 0 and lines[i].strip() and not QUOTE_LINE.match(lines[i]):
        line = clean(lines[i])
        if _name_like(line):
            start = i
        elif not _title_like(line):
            break
        i -= 1
    if start is None or i < 0 or lines[i].strip():
        return len(lines)  # not after a blank line: it may be the note going on
    above = next((lines[k] for k in range(i, -1, -1) if lines[k].strip()), "")
    if above.rstrip().endswith(":") or end - start > 8:
        return len(lines)
    return start


@lru_cache(maxsize=512)
def own_names(names: tuple[str, ...]) -> frozenset[str]:
    own = {" ".join(n.lower().split()) for n in names if n.strip()}
    for name in list(own):
        parts = name.split()
        if len(parts) > 1:
            own.add("".join(p[0] for p in parts))
            own.add(".".join(p[0] for p in parts) + ".")
            own.add(f"{parts[0]} {parts[-1][0]}.")  # "Erik L. | Payments | Halvard Labs AB"
            own.add(f"{parts[0]} {parts[-1][0]}")
        own.add(parts[0][0] + ".")
    return frozenset(own)


def is_own(line: str, own: frozenset[str]) -> bool:
    return " ".join(line.strip(" -–—,.!").lower().split()) in own or line.lower() in own


def is_dashed_name(line: str) -> bool:
    """ "—Dana", "-- Jan de Vries", "/Erik", "//Mette": a name signed with a dash or a
    slash (as Scandinavian writers sign), never part of a note."""
    s = line.strip()
    return s[:1] in ("-", "–", "—", "/") and s.lstrip("-–—/ ") != "" and _name_like(s)


def is_contact(line: str) -> bool:
    return bool(grammar.CONTACT.match(line))


def is_remark(line: str) -> bool:
    return bool(grammar.REMARKS.match(line) or grammar.MAIL_ASIDE.match(line))


def is_farewell(line: str) -> bool:
    return bool(grammar.FAREWELLS.match(line))


def greeting(line: str, answered: bool) -> bool:
    """ "Hi team," before the answers (or a short one anywhere), or a sign-off before them
    ("Thanks!" at the top)."""
    if grammar.GREETING.match(line):
        return not answered or len(line.split()) <= 4
    return not answered and is_closing(line)
