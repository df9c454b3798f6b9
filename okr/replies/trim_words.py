"""The words of mail clients that the trimmer (`trim.py`) looks for, per language.

Data only: add a language here. Attributions ("On ... wrote:"), history markers, header
fields, mobile signatures and sign-offs.
"""

from __future__ import annotations

from typing import TypedDict


class Attribution(TypedDict):
    open: tuple[str, ...]  # the words an attribution line starts with
    wrote: tuple[str, ...]  # the verb that closes it (or sits before the name)


class MobileSignatures(TypedDict):
    sent_verbs: tuple[str, ...]
    app_verbs: tuple[str, ...]
    articles: tuple[str, ...]
    from_device: tuple[str, ...]
    devices: tuple[str, ...]
    excuses: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    cjk_devices: tuple[str, ...]


class Vocabulary(TypedDict):
    attribution: dict[str, Attribution]  # per language
    history_markers: tuple[str, ...]
    reply_above_markers: tuple[str, ...]
    header_fields: dict[str, tuple[str, ...]]  # field names per role
    mobile_signatures: MobileSignatures
    closings: dict[str, tuple[str, ...]]  # per language


# --------------------------------------------------------------------------------------
# Vocabulary: the only place with words from mail clients. Add a language here.
# --------------------------------------------------------------------------------------
# fmt: off
VOCABULARY: Vocabulary = {
    # "On <date>, <someone> wrote:" per language: the words such a line starts with, and
    # the verb that closes it (or sits before the name, as in "Am ... schrieb X:").
    "attribution": {
        "en": {"open": ("On", "At", "In message"), "wrote": ("wrote", "writes", "said", "says")},
        "de": {"open": ("Am",), "wrote": ("schrieb", "schrieben Sie", "geschrieben", "schreibt")},
        "fr": {"open": ("Le",), "wrote": ("a écrit", "nous a dit", "écrit")},
        "es": {"open": ("El",), "wrote": ("escribió", "escribe")},
        "it": {"open": ("Il",), "wrote": ("ha scritto", "scrive")},
        "pt": {"open": ("Em", "No dia"), "wrote": ("escreveu", "escreve")},
        "nl": {"open": ("Op",), "wrote": ("het volgende geschreven", "schreef")},
        "sv": {"open": ("Den",), "wrote": ("skrev", "skriver")},
        "no": {"open": ("Den",), "wrote": ("skrev", "skriver")},
        "da": {"open": ("Den",), "wrote": ("skrev", "skriver")},
        "pl": {"open": ("Dnia", "W dniu"), "wrote": ("napisał(a)", "napisała", "napisał", "pisze")},
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
        "mail original", "message original", "courriel original", "e-mail original",
        "mail d'origine", "originalnachricht", "original-nachricht", "ursprüngliche mail",
        "ursprüngliche e-mail", "correo original", "mail originale", "e-mail originale",
        "oorspronkelijke e-mail", "oorspronkelijke mail", "originalmeddelande",
        "originalmelding", "opprinnelig e-post", "oprindelig e-mail", "исходное письмо",
        "пересланное сообщение", "原邮件", "原始郵件", "元のメール", "orijinal ileti",
        "özgün ileti",
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
            "holen sie sich outlook für", "obter o outlook para", "obtenha o outlook para",
            "obtener outlook para", "scarica outlook per", "outlook voor", "download outlook voor",
            "hämta outlook för", "skaffa outlook för", "hent outlook til", "få outlook til",
            "pobierz outlook dla", "скачайте outlook для", "скачать outlook для",
            "envoyé depuis l'application", "envoyé depuis l’application", "wysłane z telefonu",
            "wysłane z aplikacji", "wysłane z urządzenia",
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
            "從我的", "发自我的", "来自我的", "发自网易邮箱", "发自 网易邮箱", "发自qq邮箱",
            "发自企业微信", "发自钉钉", "发自 outlook", "发自outlook",
        ),
        # A short line ending with one of these and naming a device ("iPhoneから送信").
        "suffixes": ("から送信", "から送信しました", "gönderildi"),
        # Devices named in Japanese, in such a line: "スマホから送信", "携帯から送信"
        "cjk_devices": ("スマホ", "スマートフォン", "携帯", "ケータイ", "アイフォン", "iphone"),
    },
    # Sign-offs, per language. The reply is kept with them (Discourse's golden files keep
    # them); the reply grammar ends the last note at one (`is_closing`).
    "closings": {
        "en": (
            "thanks", "thank you", "thanks a lot", "thanks again", "many thanks", "thx", "ty",
            "cheers", "best", "best regards", "best wishes", "regards", "kind regards",
            "warm regards", "warmest regards", "all the best", "sincerely",
            "yours sincerely", "yours", "br", "talk soon", "speak soon", "take care",
            "with thanks", "with best regards", "with kind regards", "thanks and regards",
            "best regards and thanks", "have a good weekend", "have a great weekend",
            "have a nice weekend",
        ),
        "de": (
            "danke", "vielen dank", "danke schön", "dankeschön", "gruß", "grüße", "gruss",
            "grüsse", "viele grüße", "viele grüsse", "beste grüße", "beste grüsse",
            "liebe grüße", "liebe grüsse", "herzliche grüße", "schöne grüße",
            "freundliche grüße", "mit freundlichen grüßen", "mit freundlichen grüssen",
            "mit besten grüßen", "mfg", "lg", "vg", "bg", "tschüss", "tschüs", "ciao",
            "schönes wochenende",
            "mit freundlichem gruß", "mit freundlichem gruss", "freundliche grüsse",
            "herzliche grüsse", "schöne grüsse", "mit besten grüssen", "viele liebe grüße",
            "herzlichst", "servus", "einen schönen tag",
        ),
        "fr": (
            "merci", "merci beaucoup", "cordialement", "bien cordialement", "bien à vous",
            "amicalement", "salutations", "meilleures salutations", "bonne journée",
            "à bientôt", "bises",
            "bien amicalement", "sincères salutations", "salutations distinguées",
            "bonne soirée", "bon week-end", "bonne fin de journée", "merci d'avance",
            "bonne fin de semaine", "bonne semaine",
            "merci encore",
        ),
        "es": (
            "gracias", "muchas gracias", "saludos", "un saludo", "saludos cordiales",
            "atentamente", "un abrazo", "abrazos", "cordialmente",
            "un cordial saludo", "cordiales saludos", "muchos saludos", "un beso", "besos",
            "buen fin de semana", "gracias de antemano", "gracias de nuevo",
        ),
        "it": (
            "grazie", "grazie mille", "saluti", "cordiali saluti", "distinti saluti",
            "un saluto", "buona giornata", "a presto", "un caro saluto", "un cordiale saluto",
            "cari saluti", "tanti saluti", "un abbraccio", "saluti cordiali",
            "cordialità", "buon weekend", "buona serata", "grazie ancora", "grazie in anticipo",
            "buon fine settimana", "buona settimana",
        ),
        "pt": (
            "obrigado", "obrigada", "muito obrigado", "muito obrigada", "atenciosamente",
            "abraços", "abraço", "abs", "att", "cumprimentos", "melhores cumprimentos",
            "saudações",
            "um abraço", "grande abraço", "beijos", "bjs", "cordialmente",
            "bom fim de semana", "saudações cordiais", "obrigado desde já",
        ),
        "nl": (
            "bedankt", "dank je", "dank u", "groeten", "groetjes", "met vriendelijke groet",
            "met vriendelijke groeten", "vriendelijke groet", "hartelijke groet", "mvg", "gr",
            "groet", "dank je wel", "fijn weekend",
            "hartelijke groeten", "vriendelijke groeten", "met hartelijke groet",
            "alvast bedankt", "prettig weekend", "fijne dag",
        ),
        "sv": (
            "tack", "tack så mycket", "hälsningar", "med vänliga hälsningar",
            "vänliga hälsningar", "mvh", "vh", "allt gott", "tack och hej", "ha det bra",
            "trevlig helg", "ha en bra helg", "ha en fin helg", "ha en trevlig helg",
            "med vänlig hälsning", "vänlig hälsning", "bästa hälsningar",
            "varma hälsningar", "hälsning", "tack på förhand", "trevlig dag",
            "många hälsningar", "bästa hälsning",
        ),
        "no": (
            "takk", "tusen takk", "hilsen", "med vennlig hilsen", "vennlig hilsen", "mvh",
            "vennlige hilsener", "med vennlige hilsener", "beste hilsen", "god helg",
            "ha en fin dag", "takk for nå", "ha en fin helg", "ha en god helg", "god helg!",
            "mange hilsner", "mange hilsener", "hilsner", "hilsener", "beste hilsener",
            "varme hilsener", "vennlig hilsen fra",
        ),
        "da": (
            "tak", "mange tak", "hilsen", "med venlig hilsen", "venlig hilsen",
            "kærlig hilsen", "mvh",
            "venlige hilsner", "med venlige hilsner", "bedste hilsner", "god weekend",
            "hav en god dag", "vh", "mange hilsner", "mange hilsener", "hilsner",
            "de bedste hilsner", "bedste hilsen", "varme hilsner",
        ),
        "pl": (
            "dziękuję", "dzięki", "pozdrawiam", "pozdrawiam serdecznie",
            "serdecznie pozdrawiam", "z poważaniem", "pozdrowienia",
            "z wyrazami szacunku", "serdeczne pozdrowienia", "miłego dnia",
            "dziękuję bardzo", "pozdr",
        ),
        "cs": ("děkuji", "díky", "s pozdravem", "zdravím", "hezký den"),
        "sk": ("ďakujem", "vďaka", "s pozdravom", "pekný deň"),
        "ru": (
            "спасибо", "с уважением", "всего доброго", "всего хорошего",
            "с наилучшими пожеланиями",
            "всего наилучшего", "благодарю", "хорошего дня", "хороших выходных",
        ),
        "uk": (
            "дякую", "з повагою", "гарного дня", "всього доброго", "з найкращими побажаннями",
            "щиро", "гарних вихідних",
        ),
        "zh": (
            "谢谢", "此致", "敬礼", "此致敬礼", "祝好", "顺祝商祺", "致礼", "祝工作顺利", "多谢",
            "感谢", "祝顺利",
        ),
        "ja": (
            "よろしくお願いします", "よろしくお願いいたします", "よろしくお願い致します",
            "宜しくお願いします", "宜しくお願い致します", "ありがとうございます",
            "ありがとうございました", "以上です", "以上", "敬具",
            "引き続きよろしくお願いいたします", "今後ともよろしくお願いいたします",
            "取り急ぎ", "失礼いたします",
        ),
        "fi": (
            "kiitos", "terveisin", "ystävällisin terveisin", "parhain terveisin",
            "hyvää viikonloppua", "hyvää päivänjatkoa",
            "kiitos paljon", "hyvää päivää",
        ),
        "hu": ("köszönöm", "üdvözlettel", "üdv", "tisztelettel"),
        "tr": (
            "teşekkürler", "teşekkür ederim", "saygılarımla", "saygılar", "selamlar",
            "sevgiler", "iyi çalışmalar", "İyi çalışmalar", "kolay gelsin", "İyi günler",
            "iyi günler", "iyi hafta sonları", "İyi hafta sonları",
            "iyi akşamlar", "hoşça kal", "saygılarımızla",
        ),
    },
}
# fmt: on

# Characters a delimiter line is made of ("-- ", "_____", "=====", "ᐧ", "—").
DELIMITER_CHARACTERS = "-_=+~#*,—–ᐧ"
