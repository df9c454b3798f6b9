"""Words as people type them without accents: on a phone, on a keyboard of another
language, or out of habit ("zolty" for "żółty", "gront" for "grönt", "laeuft" for
"läuft", "concluido" for "concluído")."""

from __future__ import annotations

import unicodedata

# Letters that decomposition does not reduce to a plain one.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i", "œ": "oe"})
# German writes a missing umlaut as the vowel and "e": "laeuft", "Gruesse".
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def unaccented(phrase: str) -> set[str]:
    """The ways `phrase` is typed without its accents, itself excluded; nothing for a
    phrase in another script (Cyrillic, CJK) or one without accents."""
    if phrase.isascii() or not all(c.isascii() or _latin(c) for c in phrase):
        return set()
    forms = {_strip(phrase), _strip(phrase.translate(_UMLAUTS))}
    forms.discard(phrase)
    return {form for form in forms if form.isascii()}


def _strip(phrase: str) -> str:
    decomposed = unicodedata.normalize("NFKD", phrase.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "") or not char.isalpha()
