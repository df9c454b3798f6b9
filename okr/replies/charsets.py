"""Charsets: turning a part's bytes into text when its label may lie.

Mail declares a charset and is often wrong: cp1252 labelled latin-1, UTF-8 labelled
latin-1 or left unlabelled, UTF-8 decoded and encoded twice ("cafÃ©"). Each decode is
checked for the marks of a wrong guess, and a fallback or a repair is tried; what was
done is written into the caller's problems list. Nothing here raises.
"""

from __future__ import annotations

import codecs
import re

FALLBACK_CHARSETS = ("utf-8", "windows-1252", "latin-1")

# Labels mail clients use that Python does not know, or knows by a narrower name.
CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "x-gbk": "gbk",
    "gb2312": "gbk",  # GBK is a superset; senders labelling GBK as GB2312 are common
    "cp-850": "cp850",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
    "x-unknown": "",
    "unknown-8bit": "",
    "x-user-defined": "",
}
# Python codecs that are no mail charset: a message must not pick them by its label.
REFUSED_CODECS = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined"}
# Multi-byte legacy charsets: text in them is practically never also valid UTF-8.
CJK_CODECS = {
    "big5",
    "big5hkscs",
    "cp950",
    "gb2312",
    "gbk",
    "gb18030",
    "hz",
    "euc_jp",
    "euc_jis_2004",
    "euc_jisx0213",
    "euc_kr",
    "cp949",
    "johab",
    "shift_jis",
    "shift_jis_2004",
    "shift_jisx0213",
    "cp932",
    "iso2022_jp",
    "iso2022_jp_1",
    "iso2022_jp_2",
    "iso2022_jp_2004",
    "iso2022_jp_3",
    "iso2022_jp_ext",
    "iso2022_kr",
}
UNICODE_CODECS = {"utf-8", "utf-8-sig", "utf-7", "utf-16", "utf-16-le", "utf-16-be", "utf-32"}

_C1_CONTROLS = re.compile("[\u0080-\u009f]")
# Each byte 0x80-0xBF (a UTF-8 continuation byte) as it looks when read as cp1252/latin-1.
_CONT = "".join(
    sorted(
        {bytes([b]).decode("latin-1") for b in range(0x80, 0xC0)}
        | {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)} - {""}
    )
)
_CONT_NO_NBSP = _CONT.replace("\u00a0", "")
_C = "[" + re.escape(_CONT) + "]"
_CN = "[" + re.escape(_CONT_NO_NBSP) + "]"
# UTF-8 read as cp1252/latin-1 ("Ã©" for "é", "â€™" for "’", "ðŸŸ¢" for "🟢"). Only lead
# bytes whose single-byte reading is rare next to such symbols; NBSP after other leads is
# ordinary French typography ("é »"), so it is not evidence there.
_MOJIBAKE = re.compile(
    f"[\u00c2\u00c3]{_C}"
    f"|[\u00c4\u00c5\u00ce\u00cf\u00d0\u00d1\u00d7\u00d8\u00d9]{_CN}"
    f"|[\u00e2-\u00ef]{_CN}{_C}"
    f"|\u00f0{_CN}{_C}{_C}"
)


def codec_for(label: str | None) -> str | None:
    """Python's codec name for a charset label; None if unknown or refused."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = CHARSET_ALIASES.get(label, label)
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError, TypeError):
        return None
    if name in REFUSED_CODECS or name.endswith("_codec"):
        return None
    return name


def _badness(text: str) -> int:
    return text.count("\ufffd") + len(_C1_CONTROLS.findall(text)) + len(_MOJIBAKE.findall(text))


def _valid_utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _repair_double_encoding(text: str) -> str:
    """Undo UTF-8 that was read as cp1252 and encoded again ("cafÃ©" back to "café")."""

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        data = bytearray()
        for char in chunk:
            try:
                data += char.encode("cp1252")
            except UnicodeEncodeError:
                try:
                    data += char.encode("latin-1")
                except UnicodeEncodeError:
                    return chunk
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return chunk

    return _MOJIBAKE.sub(fix, text)


def decode_bytes(data: bytes, declared: str | None, problems: list[str]) -> tuple[str, str]:
    """Text and the charset used: the declared one if it reads well, else a fallback."""
    if not data:
        return "", (declared or "us-ascii").strip().lower() or "us-ascii"
    label = (declared or "").strip().strip("\"'").lower()
    codec = codec_for(label) if label else "ascii"
    if label and codec is None:
        problems.append(f"unknown charset {label[:40]!r}")
    if codec is not None:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError, ValueError) as error:
            if label:
                problems.append(f"the bytes are not valid {label[:40]} ({type(error).__name__})")
            else:
                problems.append("no charset declared, but the text is not plain ASCII")
        else:
            verdict = _suspicious(text, data, codec)
            if not verdict:
                return text, label or "us-ascii"
            if codec in UNICODE_CODECS and _MOJIBAKE.search(text):
                repaired = _repair_double_encoding(text)
                if _badness(repaired) < _badness(text):
                    problems.append("repaired UTF-8 that had been decoded and encoded twice")
                    return repaired, label
            problems.append(f"text declared {label or 'us-ascii'} {verdict}")
    best: tuple[int, str, str] | None = None
    for fallback in FALLBACK_CHARSETS:
        if codecs.lookup(fallback).name == codec:
            continue
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        score = _badness(text)
        if score == 0:
            problems.append(f"decoded as {fallback}")
            return text, fallback
        if best is None or score < best[0]:
            best = (score, text, fallback)
    if best is not None:
        problems.append(f"decoded as {best[2]}; the text may still be garbled")
        return best[1], best[2]
    problems.append("decoded as utf-8 with replacement characters")  # pragma: no cover
    return data.decode("utf-8", "replace"), "utf-8"  # pragma: no cover


def _suspicious(text: str, data: bytes, codec: str) -> str:
    """Why a successful decode still looks wrong, or "" if it looks right."""
    legacy = codec not in UNICODE_CODECS
    if (
        legacy
        and _valid_utf8_with_non_ascii(data)
        and (codec in CJK_CODECS or _MOJIBAKE.search(text) or _C1_CONTROLS.search(text))
    ):
        return "is really UTF-8"
    if "\ufffd" in text:
        return "contains replacement characters"
    if _C1_CONTROLS.search(text):
        return "contains control characters (probably cp1252)"
    if _MOJIBAKE.search(text):
        return "looks garbled (mojibake)"
    return ""
