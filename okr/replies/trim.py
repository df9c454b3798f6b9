"""Cut a plain-text email reply down to what the person just typed.

A reply to the weekly form carries the new text plus, below it, the quoted form, an
"On ... wrote:" line or an Outlook "From:/Sent:/To:" block, older history and a signature.
Only the new text may be read for flags, so this module removes the trailing history and
signatures while keeping inline answers (a quoted form line followed by the answer typed
under it), code blocks, lists and spacing.

How it works: every line gets a kind (empty, delimiter, mobile signature, attribution,
forward marker, header block, quote, text). The reply ends at the first delimiter line
(``-- ``, ``____``) and at the first history marker, unless the marker only introduces a
quote that the person answered inline. Trailing quotes and mobile signatures go last.
All language-specific words live in ``VOCABULARY`` below; the regular expressions are
built from it once, have no nested quantifiers, and only ever see bounded pieces of text,
so the run time stays linear in the size of the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# --------------------------------------------------------------------------------------
# Vocabulary: the only place with words from mail clients. Add a language here.
# --------------------------------------------------------------------------------------
# fmt: off
VOCABULARY: dict[str, dict] = {
    # "On <date>, <someone> wrote:" per language: the words such a line starts with, and
    # the verb that closes it (or sits before the name, as in "Am ... schrieb X:").
    "attribution": {
        "en": {"open": ("On", "At", "In message"), "wrote": ("wrote", "writes", "said", "says")},
        "de": {"open": ("Am",), "wrote": ("schrieb", "schrieben Sie", "geschrieben")},
        "fr": {"open": ("Le",), "wrote": ("a écrit", "nous a dit")},
        "es": {"open": ("El",), "wrote": ("escribió",)},
        "it": {"open": ("Il",), "wrote": ("ha scritto",)},
        "pt": {"open": ("Em", "No dia"), "wrote": ("escreveu",)},
        "nl": {"open": ("Op",), "wrote": ("het volgende geschreven", "schreef")},
        "sv": {"open": ("Den",), "wrote": ("skrev",)},
        "no": {"open": ("Den",), "wrote": ("skrev",)},
        "da": {"open": ("Den",), "wrote": ("skrev",)},
        "pl": {"open": ("Dnia", "W dniu"), "wrote": ("napisał(a)", "napisała", "napisał")},
        "cs": {"open": ("Dne",), "wrote": ("napsal(a)", "napsala", "napsal")},
        "sk": {"open": ("Dňa",), "wrote": ("napísal(a)", "napísala", "napísal")},
        "ru": {"open": (), "wrote": ("написал(а)", "написала", "написал", "пишет")},
        "uk": {"open": (), "wrote": ("написав", "написала", "пише")},
        "zh": {"open": ("在",), "wrote": ("写道", "寫道")},
        "ja": {"open": (), "wrote": ("が書きました", "は書きました", "のメール", "のメッセージ")},
        "tr": {"open": (), "wrote": ("şunu yazdı", "yazdı")},
    },
    # Whole lines (ignoring surrounding "-", "*", "_", "=" and a final ":") that start
    # forwarded or original-message history.
    "history_markers": (
        "begin forwarded message", "forwarded message", "original message", "reply message",
        "début du message transféré", "message transféré", "message d'origine",
        "ursprüngliche nachricht", "weitergeleitete nachricht",
        "mensaje original", "mensaje reenviado",
        "messaggio originale", "messaggio inoltrato",
        "mensagem original", "mensagem encaminhada",
        "oorspronkelijk bericht", "origineel bericht", "doorgestuurd bericht",
        "ursprungligt meddelande", "vidarebefordrat meddelande",
        "opprinnelig melding", "videresendt melding",
        "oprindelig meddelelse", "videresendt meddelelse",
        "wiadomość oryginalna", "oryginalna wiadomość", "przekazana wiadomość",
        "původní zpráva", "přeposlaná zpráva",
        "исходное сообщение", "пересылаемое сообщение",
        "оригінальне повідомлення", "переслане повідомлення",
        "原始邮件", "转发邮件", "元のメッセージ", "転送されたメッセージ",
        "orijinal mesaj", "iletilen mesaj",
    ),
    # Lines a sender puts into its own mails to mark where a reply must stop.
    "reply_above_markers": ("reply above this line", "type your reply above"),
    # Outlook-style header blocks ("From: / Sent: / To: / Subject:"), grouped by role.
    # Three such lines in a row, of at least two roles, start quoted history.
    "header_fields": {
        "from": (
            "From", "De", "Von", "Da", "Van", "Från", "Fra", "Od", "От", "Від", "Expéditeur",
            "Afzender", "Lähettäjä", "Feladó", "发件人", "寄件者", "差出人", "Kimden",
        ),
        "date": (  # a date field needs a digit in its value
            "Sent", "Date", "Datum", "Gesendet", "Envoyé", "Enviado", "Enviada em", "Fecha",
            "Data", "Inviato", "Verzonden", "Skickat", "Sendt", "Dato", "Wysłano", "Wysłane",
            "Odesláno", "Lähetetty", "Отправлено", "Дата", "Надіслано", "发送时间", "日期",
            "送信日時", "Gönderildi", "Tarih",
        ),
        "to": (
            "To", "An", "À", "A", "Para", "Aan", "Till", "Til", "Do", "Komu", "Кому",
            "Destinataire", "Vastaanottaja", "收件人", "宛先", "Kime",
        ),
        "cc": ("Cc", "Bcc", "Kopie", "Kopia", "Cópia", "Копия", "抄送"),
        "subject": (
            "Subject", "Objet", "Betreff", "Asunto", "Assunto", "Oggetto", "Onderwerp", "Ämne",
            "Emne", "Temat", "Předmět", "Aihe", "Tárgy", "Тема", "主题", "主旨", "件名", "Konu",
        ),
        "reply_to": (
            "Reply-To", "Répondre à", "Antwort an", "Responder a", "Risposta",
            "Beantwoorden - Aan",
        ),
    },
    # Mobile and webmail signatures. Removed only at the end of the reply (nothing but
    # blank lines, quotes or other such signatures after them).
    "mobile_signatures": {
        # English "Sent from/with/via ...": a signature when it names a device or an app
        # ("Sent from my iPhone", "Sent with Airmail"), or excuses typos after it; not
        # when it goes on as prose ("Sent from my desk, is much easier ...").
        "sent_verbs": ("sent from", "sent with", "sent via", "sent using", "sent by"),
        "app_verbs": ("sent from", "sent with", "sent via", "sent using"),  # "Sent with Airmail"
        "articles": ("my", "a", "an", "the"),
        # "From my iPhone", "Someone from mobile": short, and naming a device.
        "from_device": ("from my", "from"),
        "devices": (
            "iphone", "ipad", "ipod", "android", "blackberry", "galaxy", "samsung", "htc",
            "pixel", "huawei", "xiaomi", "nokia", "motorola", "sony", "lg", "oneplus",
            "mobile", "cell", "cellphone", "phone", "smartphone", "tablet", "device", "watch",
            "windows", "pc", "mac", "outlook", "mail", "gmail", "yahoo", "aol", "airmail",
            "mailbox", "spark", "k-9", "proton", "protonmail", "superhuman",
        ),
        "excuses": ("excuse", "typo", "typos", "brevity", "autocorrect", "spelling"),
        # Any language: a short line (up to 14 words) starting with one of these.
        "prefixes": (
            "get outlook for", "download outlook for", "télécharger outlook pour",
            "holen sie sich outlook für",
            "envoyé depuis mon", "envoyé de mon", "envoyé depuis yahoo",
            "von meinem", "gesendet von meinem", "gesendet mit", "gesendet von",
            "diese nachricht wurde von",
            "inviato da", "inviato dal mio",
            "enviado do meu", "enviado de meu", "enviado desde mi", "enviado de mi",
            "verzonden met", "verzonden vanaf mijn", "verstuurd vanaf mijn", "verstuurd met",
            "skickat från min", "skickat från", "från min",
            "sendt fra min", "sendt fra",
            "wysłane z mojego", "wysłano z", "odesláno z", "lähetetty",
            "отправлено с", "отправлено из", "надіслано з",
            "從我的", "发自我的", "来自我的",
        ),
        # A short line ending with one of these and naming a device ("iPhoneから送信").
        "suffixes": ("から送信",),
    },
    # Sign-offs, per language. The reply is kept with them (Discourse's golden files keep
    # them); the reply grammar ends the last note at one (`is_closing`).
    "closings": {
        "en": (
            "thanks", "thank you", "thanks a lot", "thanks again", "many thanks", "thx", "ty",
            "cheers", "best", "best regards", "best wishes", "regards", "kind regards",
            "warm regards", "warmest regards", "all the best", "sincerely",
            "yours sincerely", "yours", "br", "talk soon", "speak soon", "take care",
        ),
        "de": (
            "danke", "vielen dank", "danke schön", "dankeschön", "gruß", "grüße", "gruss",
            "grüsse", "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
            "liebe grüße", "liebe grüsse", "herzliche grüße", "schöne grüße",
            "freundliche grüße", "mit freundlichen grüßen", "mit freundlichen grüssen",
            "mit besten grüßen", "mfg", "lg", "vg", "bg",
        ),
        "fr": (
            "merci", "merci beaucoup", "cordialement", "bien cordialement", "bien à vous",
            "amicalement", "salutations", "meilleures salutations", "bonne journée",
            "à bientôt", "bises",
        ),
        "es": (
            "gracias", "muchas gracias", "saludos", "un saludo", "saludos cordiales",
            "atentamente", "un abrazo", "abrazos", "cordialmente",
        ),
        "it": (
            "grazie", "grazie mille", "saluti", "cordiali saluti", "distinti saluti",
            "un saluto", "buona giornata", "a presto",
        ),
        "pt": (
            "obrigado", "obrigada", "muito obrigado", "muito obrigada", "atenciosamente",
            "abraços", "abraço", "abs", "att", "cumprimentos", "melhores cumprimentos",
            "saudações",
        ),
        "nl": (
            "bedankt", "dank je", "dank u", "groeten", "groetjes", "met vriendelijke groet",
            "met vriendelijke groeten", "vriendelijke groet", "hartelijke groet", "mvg", "gr",
        ),
        "sv": (
            "tack", "tack så mycket", "hälsningar", "med vänliga hälsningar",
            "vänliga hälsningar", "mvh", "vh", "allt gott",
        ),
        "no": ("takk", "tusen takk", "hilsen", "med vennlig hilsen", "vennlig hilsen", "mvh"),
        "da": (
            "tak", "mange tak", "hilsen", "med venlig hilsen", "venlig hilsen",
            "kærlig hilsen", "mvh",
        ),
        "pl": (
            "dziękuję", "dzięki", "pozdrawiam", "pozdrawiam serdecznie",
            "serdecznie pozdrawiam", "z poważaniem", "pozdrowienia",
        ),
        "cs": ("děkuji", "díky", "s pozdravem", "zdravím", "hezký den"),
        "sk": ("ďakujem", "vďaka", "s pozdravom", "pekný deň"),
        "ru": (
            "спасибо", "с уважением", "всего доброго", "всего хорошего",
            "с наилучшими пожеланиями",
        ),
        "uk": ("дякую", "з повагою", "гарного дня", "всього доброго"),
        "zh": ("谢谢", "此致", "敬礼", "此致敬礼", "祝好", "顺祝商祺", "致礼"),
        "ja": (
            "よろしくお願いします", "よろしくお願いいたします", "よろしくお願い致します",
            "宜しくお願いします", "宜しくお願い致します", "ありがとうございます",
            "ありがとうございました", "以上です", "以上", "敬具",
        ),
        "fi": ("kiitos", "terveisin", "ystävällisin terveisin", "parhain terveisin"),
        "hu": ("köszönöm", "üdvözlettel", "üdv", "tisztelettel"),
        "tr": (
            "teşekkürler", "teşekkür ederim", "saygılarımla", "saygılar", "selamlar",
            "sevgiler", "iyi çalışmalar", "kolay gelsin",
        ),
    },
}
# fmt: on

# Characters a delimiter line is made of ("-- ", "_____", "=====", "ᐧ", "—").
DELIMITER_CHARACTERS = "-_=+~#*,—–ᐧ"

# --------------------------------------------------------------------------------------
# Patterns built from the vocabulary (bounded, no nested quantifiers).
# --------------------------------------------------------------------------------------
_MAX_LINE = 1000  # longer lines are text: no attribution, header or signature is this long
_MAX_ATTRIBUTION = 500  # joined length of a (multi-line) attribution
_MAX_SPAN = 6  # lines an attribution may be wrapped over


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _is_cjk(word: str) -> bool:
    return bool(word) and ord(word[0]) >= 0x2E80


_attr = VOCABULARY["attribution"]
_openers = [o for lang in _attr.values() for o in lang["open"]]
_verbs = [v for lang in _attr.values() for v in lang["wrote"]]
_OPENER = re.compile(
    rf"^(?:(?:{_alternation(o for o in _openers if not _is_cjk(o))})(?!\w)"
    rf"|(?:{_alternation(o for o in _openers if _is_cjk(o))}))"
)
_OPENER_WORD = re.compile(
    rf"(?<!\w)(?:{_alternation(o for o in _openers if not _is_cjk(o))})(?!\w)"
)
_VERB = re.compile(
    rf"(?<!\w)(?:{_alternation(v for v in _verbs if not _is_cjk(v))})(?!\w)"
    rf"|(?:{_alternation(v for v in _verbs if _is_cjk(v))})",
    re.IGNORECASE,
)
# Cheap pre-test on casefolded text (a case-sensitive alternation scans fast).
_VERB_ANYWHERE = re.compile(_alternation(v.casefold() for v in _verbs))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d(?!\d)")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d)")
_ADDRESS_AT_END = re.compile(r"<\s?[^<>@\s]{1,100}@[^<>@\s]{1,200}>\s?:?$")
_STARTS_WITH_DATE = re.compile(r"^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?!\d)")
_GMAIL_ISO = re.compile(r"^\d{4}-\d\d-\d\d \d\d?:\d\d GMT[+-]\d\d?:?\d\d [^\W\d][\w .'-]{0,80}$")
# Mutt's "* Dana <dana@example.com> [2026-11-26 09:14 +0100]:" (its leading "*" undecorated).
_MUTT = re.compile(r"^[^<>\[\]]{0,100}<[^<>@\s]{1,100}@[^<>@\s]{1,200}>\s?\[([^\[\]]{1,60})\]\s?:$")
_DECORATION = " \t-*_=<"

_fields = VOCABULARY["header_fields"]
_HEADER_FIELD = re.compile(
    rf"^[ \t*]{{0,4}}({_alternation(f for names in _fields.values() for f in names)})"
    r"[ \t*]{0,4}[:：](.*)$",
    re.IGNORECASE,
)
_ROLE = {name.casefold(): role for role, names in _fields.items() for name in names}

_MARKERS = frozenset(m.casefold() for m in VOCABULARY["history_markers"])
_REPLY_ABOVE = tuple(m.casefold() for m in VOCABULARY["reply_above_markers"])

_mobile = VOCABULARY["mobile_signatures"]
_SENT = re.compile(rf"^({_alternation(_mobile['sent_verbs'])})\s(.+)$", re.IGNORECASE)
_DEVICES = frozenset(_mobile["devices"])
_EXCUSES = frozenset(_mobile["excuses"])
_FROM_DEVICE = re.compile(
    rf"^(?:[\w-]{{1,30}} )?(?:{_alternation(_mobile['from_device'])})\s(.{{1,40}})$", re.IGNORECASE
)
_ARTICLES = frozenset(_mobile["articles"])
_APP_VERBS = frozenset(_mobile["app_verbs"])
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{0,200})\]\([^()\s]{0,500}\)")
_CLAUSE_END = re.compile(r"[,;!?<(]|\.(?:\s|$)|\s-\s")
_WORD = re.compile(r"[\w-]+")

_closings = [c.casefold() for words in VOCABULARY["closings"].values() for c in words]
_CLOSING = _alternation(_closings)
_CLOSING_JOIN = r"\s*(?:[&+,、，]|\s(?:and|und|et|e|y|en|och|og|i|a)\s)\s*"
_CLOSINGS = re.compile(rf"^(?:{_CLOSING})(?:{_CLOSING_JOIN}(?:{_CLOSING}))*(?!\w)")
_MULTI_WORD_CLOSING = frozenset(c for c in _closings if " " in c)
_CLOSING_PUNCTUATION = " \t.,!;:~-–—、，。！"

_QUOTE_PREFIX = re.compile(r"^[ \t]{0,12}(?:>|[A-Z][A-Za-z]{0,9}>(?=\s|$))")
_CODE_OPEN = re.compile(r"^```")
_CODE_CLOSE = re.compile(r"^ {0,3}```\s*$")
_BLANK = " \t\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000"

# Line kinds.
_EMPTY, _DELIMITER, _SIGNATURE, _ATTRIBUTION, _MARKER, _HEADER, _QUOTE, _TEXT, _CODE = range(9)
_HISTORY = (_ATTRIBUTION, _MARKER, _HEADER)


# --------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------
def new_text(text: str) -> str:
    """Return the visible new text of a plain-text reply (quotes, history, signature cut).

    The weekly reply is read for flags and notes, and the quoted form under it repeats
    last week's flags: reading the whole body would re-submit old answers. So this keeps
    what the person typed, including inline answers with the quoted lines they answer,
    and returns the quote itself when the message is nothing but a quote. It never
    raises and runs in time linear in the size of the message.
    """
    return split(text)[0]


def split(text: str) -> tuple[str, str]:
    """Return ``(kept, elided)``: the new text, and the lines that were cut, in order."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return _split(text)
    except Exception:  # a bug here must not lose a reply: keep everything instead
        return _strip_block(_normalise(text).split("\n")), ""


# --------------------------------------------------------------------------------------
# Line classification
# --------------------------------------------------------------------------------------
def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_blank(line: str) -> bool:
    return not line.strip(_BLANK)


def _is_delimiter(line: str) -> bool:
    stripped = line.strip(_BLANK)
    return bool(stripped) and all(c in DELIMITER_CHARACTERS for c in stripped)


def _has_date(text: str) -> bool:
    return bool(_YEAR.search(text) or _TIME.search(text) or _NUMERIC_DATE.search(text))


def _undecorate(text: str) -> str:
    return text.strip(_BLANK).strip(_DECORATION).strip(_BLANK)


def is_attribution(text: str) -> bool:
    """Whether ``text`` (one line, or a wrapped one joined by spaces) says who wrote what follows.

    "On <date>, <someone> wrote:" and its translations, "Am <date> schrieb <someone>:",
    "<someone> <address> wrote:", Gmail's "2016-03-03 17:21 GMT+01:00 <someone>". A date or
    an address is required, so "Dana wrote:" in running text is not one.
    """
    s = _undecorate(text)
    if not s or len(s) > _MAX_ATTRIBUTION:
        return False
    verb = _last_verb(s)
    if verb is not None:
        before, after = s[: verb.start()], s[verb.end() :].strip(_BLANK)
        if after in ("", ":", "："):  # the verb closes the line
            return _has_date(before) or "@" in before
        if s.endswith((":", "：")) and len(after) <= 120:  # "... schrieb <someone>:"
            return (bool(_OPENER.match(s)) or "@" in s) and _has_date(s)
        return False
    if _ADDRESS_AT_END.search(s):  # "2013/7/20 someone <someone@example.com>"
        head = s[: s.rfind("<")]
        if len(head) > 150 or _OPENER_WORD.search(head):  # "On ..." needs its "wrote"
            return False
        return bool(_STARTS_WITH_DATE.match(s) or (_YEAR.search(head) and _TIME.search(head)))
    if (mutt := _MUTT.match(s)) and _has_date(mutt[1]):
        return True
    return bool(_GMAIL_ISO.match(s))


def _last_verb(text: str) -> re.Match[str] | None:
    """The last "wrote"-like verb in ``text`` (a substring test first: most lines have none)."""
    if not _VERB_ANYWHERE.search(text.casefold()):
        return None
    matches = list(_VERB.finditer(text))
    return matches[-1] if matches else None


def _could_close_attribution(line: str) -> bool:
    s = _undecorate(line.lstrip(_BLANK + ">"))
    if not s or len(s) > 300:
        return False
    if s.endswith((":", "：", ">")) or _STARTS_WITH_DATE.match(s):
        return True
    last = _last_verb(s)
    return last is not None and last.end() == len(s)


def _fragment(line: str) -> bool:
    """Whether a line may be a middle or first piece of a wrapped attribution."""
    s = line.strip(_BLANK)
    if len(s) > 120:
        return False
    if s.endswith((".", "!", "?")):
        body = s[:-1].rstrip(_BLANK)
        return not body or not body[-1].isalpha()
    return True


def is_history_marker(line: str) -> bool:
    """Whether a line is "-----Original Message-----", "Begin forwarded message:" or alike."""
    s = line.strip(_BLANK).strip(" \t-*_=").strip(_BLANK)
    if len(s) > 80:
        return False
    key = s.rstrip(": ").casefold()
    if key in _MARKERS:
        return True
    low = s.casefold()
    return any(marker in low for marker in _REPLY_ABOVE)


def _header_role(line: str) -> str | None:
    if len(line) > _MAX_LINE:
        return None
    m = _HEADER_FIELD.match(line)
    if not m:
        return None
    role = _ROLE.get(m.group(1).casefold())
    value = m.group(2).strip(_BLANK + "*")
    if role == "date" and not any(c.isdigit() for c in value):
        return None
    if not value and role not in ("cc", "reply_to"):
        return None
    return role


def is_mobile_signature(line: str) -> bool:
    """Whether a line is "Sent from my iPhone", "Von meinem iPad gesendet" or alike."""
    if len(line) > 300:
        return False
    s = _MARKDOWN_LINK.sub(r"\1", line).strip(_BLANK).strip("()<>[]").strip(_BLANK)
    if not s or len(s) > 160:
        return False
    low = s.casefold()
    if len(s.split()) <= 14 and low.startswith(_mobile["prefixes"]):
        return True
    if len(s) <= 40 and low.endswith(_mobile["suffixes"]):  # "iPhoneから送信"
        return any(_is_device(w) for w in _WORD.findall(low))
    m = _SENT.match(s)
    if m:
        return _device_clause(m.group(1).casefold(), m.group(2))
    m = _FROM_DEVICE.match(s)
    if m:
        words = [w.casefold() for w in _WORD.findall(m.group(1))]
        return 0 < len(words) <= 4 and any(_is_device(w) for w in words)
    return False


def _is_device(word: str) -> bool:
    return (
        word in _DEVICES
        or word.startswith(("iphone", "ipad", "android", "galaxy"))
        or any(word.startswith(d) or word.endswith(d) for d in ("iphone", "ipad", "android"))
    )


def _device_clause(verb: str, rest: str) -> bool:
    cut = _CLAUSE_END.search(rest)
    first, tail = (rest[: cut.start()], rest[cut.start() :]) if cut else (rest, "")
    words = _WORD.findall(first)
    if not words or len(words) > 7:
        return False
    if any(_is_device(w.casefold()) for w in words):
        return True
    tail_words = {w.casefold() for w in _WORD.findall(tail)}
    if tail_words:
        return bool(tail_words & _EXCUSES)
    named = [w for w in words if w.casefold() not in _ARTICLES]
    return verb in _APP_VERBS and any(w[0].isupper() or w[0].isdigit() for w in named)


def is_closing(line: str) -> bool:
    """Whether a line is a sign-off: "Best regards,", "Met vriendelijke groet", "VG Jan",
    "Thanks, Dana", "よろしくお願いします。", "Danke & Gruß".

    A sign-off may be followed by a name: after a comma or a dash, up to three words; without
    one, a single capitalised word ("Mvh Lars"), or any three words after a sign-off of
    several words ("Schöne Grüße aus Berlin"). "Thanks to legal we signed" and "Best case
    we ship Monday" are prose.
    """
    s = line.strip(_BLANK).lstrip("-–—*_ ").rstrip(_CLOSING_PUNCTUATION)
    if not s or len(s) > 80 or any(c.isdigit() for c in s):
        return False
    match = _CLOSINGS.match(s.casefold())
    if match is None:
        return False
    rest = s[match.end() :]
    if not rest.strip(_CLOSING_PUNCTUATION):
        return True
    words = rest.strip(_CLOSING_PUNCTUATION).split()
    if rest.lstrip()[:1] in (",", "-", "–", "—", "、", "，", "!") or "\n" in rest:
        return len(words) <= 3
    if match.group(0) in _MULTI_WORD_CLOSING:
        return len(words) <= 3
    return len(words) == 1 and (words[0][:1].isupper() or _is_cjk(words[0]))


def _quote_inner(line: str) -> str:
    """The text of a quoted line without its quote markers."""
    return line.lstrip(_BLANK + ">").strip(_BLANK)


def _classify(lines: list[str]) -> list[int]:
    n = len(lines)
    kinds = [_TEXT] * n
    code = _code_lines(lines)
    for i, line in enumerate(lines):
        if code[i]:
            kinds[i] = _CODE
        elif _is_blank(line):
            kinds[i] = _EMPTY
        elif len(line) > _MAX_LINE:
            kinds[i] = _QUOTE if _QUOTE_PREFIX.match(line) else _TEXT
        elif _is_delimiter(line):
            kinds[i] = _DELIMITER
        elif _QUOTE_PREFIX.match(line):
            kinds[i] = _QUOTE
        elif is_mobile_signature(line):
            kinds[i] = _SIGNATURE
        elif is_history_marker(line):
            kinds[i] = _MARKER
    _mark_attributions(lines, kinds)
    _mark_header_blocks(lines, kinds)
    return kinds


def _code_lines(lines: list[str]) -> list[bool]:
    """Lines inside closed ``` fences (an unclosed fence protects nothing)."""
    code = [False] * len(lines)
    start = None
    for i, line in enumerate(lines):
        if start is None:
            if _CODE_OPEN.match(line):
                start = i
        elif _CODE_CLOSE.match(line):
            for k in range(start, i + 1):
                code[k] = True
            start = None
    return code


def _joined(lines: list[str], start: int, end: int) -> str:
    parts = [lines[start].strip(_BLANK)]
    parts += [
        lines[k].strip(_BLANK).lstrip(">- \t").strip(_BLANK) for k in range(start + 1, end + 1)
    ]
    return " ".join(p for p in parts if p)


def _mark_attributions(lines: list[str], kinds: list[int]) -> None:
    """Mark attribution lines, including ones a mail client wrapped over several lines."""
    hints: dict[int, bool] = {}  # line -> mentions a "wrote" verb or an address
    taken = -1  # last line of the last attribution found
    for j, line in enumerate(lines):
        if kinds[j] in (_CODE, _EMPTY, _DELIMITER) or not _could_close_attribution(line):
            continue
        if kinds[j] == _QUOTE and not _is_wrapped_end(lines, kinds, j):
            continue
        span = _attribution_span(lines, kinds, j, taken, hints)
        if span is not None:
            for k in range(span, j + 1):
                kinds[k] = _ATTRIBUTION
            taken = j


def _is_wrapped_end(lines: list[str], kinds: list[int], j: int) -> bool:
    """A quoted-looking "> wrote:" that ends an unquoted attribution wrapped by the client."""
    return j > 0 and kinds[j - 1] != _QUOTE and len(_quote_inner(lines[j])) <= 40


def _hint(lines: list[str], k: int, hints: dict[int, bool]) -> bool:
    if k not in hints:
        hints[k] = "@" in lines[k] or _last_verb(lines[k]) is not None
    return hints[k]


def _attribution_span(
    lines: list[str], kinds: list[int], j: int, taken: int, hints: dict[int, bool]
) -> int | None:
    """First line of the attribution that ends on line ``j``, or None.

    Prefers the shortest span ending on ``j`` (so a text line above a one-line attribution
    stays text), then reaches up to an opening line ("On", "Le", a date) when the client
    wrapped the attribution, as in "On <date>, <someone>" / "<address>" / "wrote:".
    """
    lowest = max(taken + 1, j - _MAX_SPAN + 1)
    if not any(_hint(lines, k, hints) for k in range(lowest, j + 1)):
        # no verb and no address nearby: only Gmail's "2016-03-03 17:21 GMT+01:00 X"
        return j if kinds[j] != _QUOTE and is_attribution(lines[j]) else None
    if _header_role(lines[j]) is not None:
        return None
    shortest = None
    opener_below = False
    hinted = False  # some line of the span names a verb or an address
    for start in range(j, lowest - 1, -1):
        line = lines[start]
        if kinds[start] == _EMPTY:
            continue
        if start < j and (
            kinds[start] in (_CODE, _DELIMITER, _QUOTE)
            or not _fragment(line)
            or _header_role(line) is not None
        ):
            break
        hinted = hinted or _hint(lines, start, hints)
        if start < j and not hinted:
            opener_below = opener_below or _opens_attribution(line)
            continue
        joined = _joined(lines, start, j)
        if len(joined) > _MAX_ATTRIBUTION:
            break
        opens = _opens_attribution(line)
        if shortest is None:
            if (start < j or kinds[j] != _QUOTE) and is_attribution(joined):
                shortest = start
                if opens:
                    return start
        elif opener_below:
            break
        elif opens and is_attribution(joined):
            return start
        opener_below = opener_below or opens
    return shortest


def _opens_attribution(line: str) -> bool:
    """Whether a line may be the first piece of a wrapped attribution."""
    s = line.strip(_BLANK)
    if _OPENER.match(s) or _STARTS_WITH_DATE.match(s):
        return True
    return bool(_YEAR.search(s) and _TIME.search(s))


def _mark_header_blocks(lines: list[str], kinds: list[int]) -> None:
    """Mark runs of three or more header lines ("From:", "Sent:", "To:", "Subject:")."""
    n = len(lines)
    i = 0
    while i < n:
        if kinds[i] not in (_TEXT, _SIGNATURE) or _header_role(lines[i]) is None:
            i += 1
            continue
        roles, count, last_header, k = set(), 0, i, i
        while k < n and kinds[k] in (_TEXT, _SIGNATURE):
            role = _header_role(lines[k])
            if role is not None:
                roles.add(role)
                count += 1
                last_header = k
            elif k - last_header > 1:  # at most one wrapped line between two headers
                break
            k += 1
        if count >= 3 and len(roles) >= 2:
            for m in range(i, last_header + 1):
                kinds[m] = _HEADER
        i = last_header + 1


# --------------------------------------------------------------------------------------
# Deciding what stays
# --------------------------------------------------------------------------------------
def _split(text: str) -> tuple[str, str]:
    lines = _normalise(text).split("\n")
    kinds = _classify(lines)
    n = len(lines)
    keep = [True] * n

    # 1. A delimiter line ("-- ", "_____") ends the reply.
    end = next((i for i, k in enumerate(kinds) if k == _DELIMITER), n)

    # 2. History at the very top (a bottom-posted reply or a forward): drop the marker;
    #    drop the quote under it too when the person answered below the whole quote.
    start = _skip(kinds, 0, end, (_EMPTY,))
    if start < end and kinds[start] in _HISTORY:
        after = _skip(kinds, start, end, (*_HISTORY, _EMPTY))
        for k in range(start, after):
            keep[k] = False
        if after < end and kinds[after] == _QUOTE:
            answer = _skip(kinds, after, end, (_QUOTE, _EMPTY))
            if answer < end and kinds[answer] in (_TEXT, _CODE) and _QUOTE not in kinds[answer:end]:
                for k in range(after, answer):
                    keep[k] = False
        start = after

    # 3. The first history marker ends the reply, unless it introduces a quote that is
    #    answered inline: then only the marker goes.
    i = start
    while i < end:
        if kinds[i] not in _HISTORY:
            i += 1
            continue
        after = _skip(kinds, i, end, (_ATTRIBUTION, _EMPTY))
        if kinds[i] == _ATTRIBUTION and after < end and _is_plain_quote(lines[after], kinds[after]):
            answer = _skip(kinds, after, end, (_QUOTE, _EMPTY))
            if (
                answer < end
                and kinds[answer] in (_TEXT, _CODE)
                and not _quotes_history(lines, kinds, after, answer)
            ):
                for k in range(i, after):
                    if kinds[k] == _ATTRIBUTION:
                        keep[k] = False
                i = answer
                continue
        end = i
        break

    # 4. Trailing quotes (when there is new text) and mobile signatures go.
    has_text = any(keep[k] and kinds[k] in (_TEXT, _CODE) for k in range(start, end))
    while end > start:
        kind = kinds[end - 1]
        if not keep[end - 1] or kind in (_EMPTY, _SIGNATURE) or (kind == _QUOTE and has_text):
            end -= 1
            continue
        break

    # 5. Only a quote left: it is the message, unless it holds nothing but attributions.
    kept_idx = [k for k in range(start, end) if keep[k]]
    if not has_text and not any(_quote_has_text(lines[k]) for k in kept_idx):
        kept_idx = []
    chosen = set(kept_idx)
    kept = _strip_block([lines[k] for k in kept_idx])
    elided = _strip_block([lines[k] for k in range(n) if k not in chosen])
    return kept, elided


def _is_plain_quote(line: str, kind: int) -> bool:
    """A "> " quote, as opposed to a Supercite "Name> " one (inline answers use the former)."""
    return kind == _QUOTE and line.lstrip(_BLANK).startswith(">")


def _quotes_history(lines: list[str], kinds: list[int], start: int, end: int) -> bool:
    """Whether a quote block holds older history (a quoted attribution, forward or headers).

    An inline answer sits under a quoted question; a quote that carries a whole earlier
    thread is history, even when some text follows it further down.
    """
    headers = 0
    for k in range(start, end):
        if kinds[k] != _QUOTE:
            continue
        inner = _quote_inner(lines[k])
        if not inner or len(inner) > _MAX_ATTRIBUTION:
            continue
        if is_history_marker(inner) or is_attribution(inner):
            return True
        headers = headers + 1 if _header_role(inner) else 0
        if headers >= 3:
            return True
    return False


def _skip(kinds: list[int], i: int, end: int, skipped: tuple[int, ...]) -> int:
    while i < end and kinds[i] in skipped:
        i += 1
    return i


def _quote_has_text(line: str) -> bool:
    inner = _quote_inner(line)
    return bool(inner) and not is_attribution(inner) and not _is_delimiter(inner)


def _strip_block(lines: list[str]) -> str:
    """Join lines, dropping blank lines at both ends and trailing whitespace at the end."""
    first = 0
    while first < len(lines) and _is_blank(lines[first]):
        first += 1
    return "\n".join(lines[first:]).rstrip()
