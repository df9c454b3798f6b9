"""How mail clients write dates, attribution lines and header blocks, per language.

Written from what the clients print (Gmail, Outlook, Apple Mail, Thunderbird, ...), for
the quote headers of the held-out replies. A date is always the moment the form was sent,
in the replier's own timezone, as their client would show it.
"""

from __future__ import annotations

from datetime import datetime

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.",
    "da": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    "no": "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "ru": "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.",
    "tr": "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara",
}
DAYS = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье",
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar",
}
SHORT_DAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun",
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.",
    "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom",
    "pt": "seg. ter. qua. qui. sex. sáb. dom.",
    "it": "lun mar mer gio ven sab dom",
    "nl": "ma di wo do vr za zo",
    "sv": "mån tis ons tors fre lör sön",
    "da": "man. tir. ons. tor. fre. lør. søn.",
    "no": "man. tir. ons. tor. fre. lør. søn.",
    "pl": "pon., wt., śr., czw., pt., sob., niedz.",
    "ru": "пн вт ср чт пт сб вс",
    "tr": "Pzt Sal Çar Per Cum Cmt Paz",
}
JA_DAYS = "月火水木金土日"
ZH_DAYS = "一二三四五六日"


def month(moment: datetime, lang: str) -> str:
    return MONTHS[lang].split()[moment.month - 1]


def short_month(moment: datetime, lang: str) -> str:
    return SHORT_MONTHS[lang].split()[moment.month - 1]


def day(moment: datetime, lang: str) -> str:
    return DAYS[lang].split()[moment.weekday()]


def short_day(moment: datetime, lang: str) -> str:
    return SHORT_DAYS[lang].replace(",", "").split()[moment.weekday()]


def h12(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def hm(moment: datetime, sep: str = ":") -> str:
    return f"{moment.hour:02d}{sep}{moment.minute:02d}"


def offset(moment: datetime, colon: bool = False) -> str:
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}" if colon else text


# --- one-line attributions ---------------------------------------------------------------


def gmail(m: datetime, lang: str, who: str) -> str:
    """Gmail web and the Gmail apps, by interface language."""
    d, y = m.day, m.year
    return {
        "en": f"On {short_day(m, 'en')}, {short_month(m, 'en')} {d}, {y} at {h12(m)} {who} wrote:",
        "en-gb": f"On {short_day(m, 'en')}, {d} {short_month(m, 'en')} {y} at {hm(m)}, {who} "
        "wrote:",
        "de": f"Am {short_day(m, 'de')}, {d}. {short_month(m, 'de')} {y} um {hm(m)} Uhr schrieb "
        f"{who}:",
        "fr": f"Le {short_day(m, 'fr')} {d} {short_month(m, 'fr')} {y} à {hm(m)}, {who} a écrit :",
        "es": f"El {short_day(m, 'es')}, {d} {short_month(m, 'es')} {y} a las {hm(m)}, "
        f"{who.replace('<', '(<').replace('>', '>)')} escribió:",
        "pt": f"Em {short_day(m, 'pt')}, {d} de {short_month(m, 'pt')} de {y} às {hm(m)}, {who} "
        "escreveu:",
        "it": f"Il giorno {short_day(m, 'it')} {d} {short_month(m, 'it')} {y} alle ore {hm(m)} "
        f"{who} ha scritto:",
        "nl": f"Op {short_day(m, 'nl')} {d} {short_month(m, 'nl')} {y} om {hm(m)} schreef {who}:",
        "sv": f"Den {short_day(m, 'sv')} {d} {short_month(m, 'sv')} {y} kl {hm(m)} skrev {who}:",
        "da": f"Den {short_day(m, 'da')} {d}. {short_month(m, 'da')} {y} kl. {hm(m, '.')} skrev "
        f"{who}:",
        "no": f"{short_day(m, 'no')} {d}. {short_month(m, 'no')} {y} kl. {hm(m)} skrev {who}:",
        "pl": f"{short_day(m, 'pl')}, {d} {short_month(m, 'pl')} {y} o {hm(m)} {who} napisał(a):",
        "ru": f"{short_day(m, 'ru')}, {d} {short_month(m, 'ru')} {y} г. в {hm(m)}, {who}:",
        "tr": f"{who}, {d} {short_month(m, 'tr')} {y} {short_day(m, 'tr')}, {hm(m)} tarihinde "
        "şunu yazdı:",
        "ja": f"{y}年{m.month}月{d}日({JA_DAYS[m.weekday()]}) {m.hour}:{m.minute:02d} {who}:",
        "zh": f"{who} 于{y}年{m.month}月{d}日周{ZH_DAYS[m.weekday()]} {hm(m)}写道：",
    }[lang]


def apple(m: datetime, lang: str, who: str) -> str:
    """Apple Mail on the Mac and iOS Mail."""
    d, y, t = m.day, m.year, hm(m)
    return {
        "en": f"On {d} {short_month(m, 'en')} {y}, at {t}, {who} wrote:",
        "en-us": f"On {short_month(m, 'en')} {d}, {y}, at {h12(m)}, {who} wrote:",
        "de": f"Am {d:02d}.{m.month:02d}.{y} um {t} schrieb {who}:",
        "fr": f"Le {d} {short_month(m, 'fr')} {y} à {t}, {who} a écrit :",
        "es": f"El {d} {short_month(m, 'es')} {y}, a las {t}, {who} escribió:",
        "pt": f"Em {d} de {short_month(m, 'pt')} de {y}, à(s) {t}, {who} escreveu:",
        "it": f"Il giorno {d} {short_month(m, 'it')} {y}, alle ore {t}, {who} ha scritto:",
        "nl": f"Op {d} {short_month(m, 'nl')} {y} om {t} heeft {who} het volgende geschreven:",
        "sv": f"{d} {short_month(m, 'sv')} {y} kl. {t} skrev {who}:",
        "da": f"Den {d}. {short_month(m, 'da')} {y} kl. {hm(m, '.')} skrev {who}:",
        "no": f"{d}. {short_month(m, 'no')} {y} kl. {t} skrev {who}:",
        "pl": f"Wiadomość napisana przez {who} w dniu {d:02d}.{m.month:02d}.{y}, o godz. {t}:",
        "ru": f"{d} {short_month(m, 'ru')} {y} г., в {t}, {who} написал(а):",
        "tr": f"{d} {short_month(m, 'tr')} {y} tarihinde {t} saatinde, {who} şunları yazdı:",
        "ja": f"{y}/{m.month:02d}/{d:02d} {m.hour}:{m.minute:02d}、{who}のメール:",
        "zh": f"{y}年{m.month}月{d}日 {t}，{who} 写道：",
    }[lang]


def thunderbird(m: datetime, lang: str, name: str) -> str:
    """Thunderbird's default "reply header": date and name, no address."""
    d, y, t = m.day, m.year, hm(m)
    return {
        "en": f"On {d:02d}/{m.month:02d}/{y} {t}, {name} wrote:",
        "en-us": f"On {m.month}/{d}/{y % 100} {h12(m)}, {name} wrote:",
        "de": f"Am {d:02d}.{m.month:02d}.{y % 100} um {t} schrieb {name}:",
        "fr": f"Le {d:02d}/{m.month:02d}/{y} à {t}, {name} a écrit :",
        "es": f"El {d}/{m.month}/{y % 100} a las {t}, {name} escribió:",
        "it": f"Il {d:02d}/{m.month:02d}/{y % 100} {t}, {name} ha scritto:",
        "nl": f"Op {d:02d}-{m.month:02d}-{y} om {t} schreef {name}:",
        "sv": f"Den {y}-{m.month:02d}-{d:02d} kl. {t}, skrev {name}:",
        "da": f"Den {d:02d}.{m.month:02d}.{y} kl. {t} skrev {name}:",
        "no": f"Den {d:02d}.{m.month:02d}.{y} {t}, skrev {name}:",
        "pl": f"W dniu {d:02d}.{m.month:02d}.{y} o {t}, {name} pisze:",
        "ru": f"{d:02d}.{m.month:02d}.{y} {t}, {name} пишет:",
        "pt": f"Em {d:02d}/{m.month:02d}/{y} {t}, {name} escreveu:",
        "ja": f"On {y}/{m.month:02d}/{d:02d} {t}, {name} wrote:",
        "tr": f"{d:02d}.{m.month:02d}.{y} {t} tarihinde {name} yazdı:",
    }[lang]


# --- Outlook's header block ----------------------------------------------------------------

OUTLOOK_LABELS = {  # From, Sent, To, Subject
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "no": ("Fra:", "Sendt:", "Til:", "Emne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Тема:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "主题:"),
}
ORIGINAL_MESSAGE = {
    "en": "-----Original Message-----",
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----",
    "it": "-----Messaggio originale-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "sv": "-----Ursprungligt meddelande-----",
    "da": "-----Oprindelig meddelelse-----",
    "no": "-----Opprinnelig melding-----",
    "pl": "-----Wiadomość oryginalna-----",
    "ru": "-----Исходное сообщение-----",
    "tr": "-----Özgün İleti-----",
    "ja": "-----Original Message-----",
    "zh": "-----原始邮件-----",
}


def outlook_date(m: datetime, lang: str) -> str:
    d, y, t = m.day, m.year, hm(m)
    return {
        "en": f"{day(m, 'en')}, {month(m, 'en')} {d}, {y} {h12(m)}",
        "de": f"{day(m, 'de')}, {d}. {month(m, 'de')} {y} {t}",
        "fr": f"{day(m, 'fr')} {d} {month(m, 'fr')} {y} {t}",
        "es": f"{day(m, 'es')}, {d} de {month(m, 'es')} de {y} {t}",
        "pt": f"{day(m, 'pt')}, {d} de {month(m, 'pt')} de {y} {t}",
        "it": f"{day(m, 'it')} {d} {month(m, 'it')} {y} {t}",
        "nl": f"{day(m, 'nl')} {d} {month(m, 'nl')} {y} {t}",
        "sv": f"den {d} {month(m, 'sv')} {y} {t}",
        "da": f"{d}. {month(m, 'da')} {y} {t}",
        "no": f"{day(m, 'no')} {d}. {month(m, 'no')} {y} {t}",
        "pl": f"{day(m, 'pl')}, {d} {month(m, 'pl')} {y} {t}",
        "ru": f"{d} {month(m, 'ru')} {y} г. {t}",
        "tr": f"{d} {month(m, 'tr')} {y} {day(m, 'tr')} {t}",
        "ja": f"{y}年{m.month}月{d}日 {m.hour}:{m.minute:02d}",
        "zh": f"{y}年{m.month}月{d}日 {m.hour}:{m.minute:02d}",
    }[lang]


def outlook_block(
    m: datetime, lang: str, sender: str, to: str, subject: str, *, bold: bool = False
) -> list[str]:
    labels = OUTLOOK_LABELS[lang]
    values = (sender, outlook_date(m, lang), to, subject)
    if bold:
        return [f"*{label}* {value}" for label, value in zip(labels, values, strict=True)]
    return [f"{label} {value}" for label, value in zip(labels, values, strict=True)]


# --- mobile footers and subject prefixes ---------------------------------------------------

IPHONE = {
    "en": "Sent from my iPhone",
    "de": "Von meinem iPhone gesendet",
    "fr": "Envoyé de mon iPhone",
    "es": "Enviado desde mi iPhone",
    "pt": "Enviado do meu iPhone",
    "it": "Inviato da iPhone",
    "nl": "Verstuurd vanaf mijn iPhone",
    "sv": "Skickat från min iPhone",
    "da": "Sendt fra min iPhone",
    "no": "Sendt fra min iPhone",
    "pl": "Wysłane z iPhone'a",
    "ru": "Отправлено с iPhone",
    "tr": "iPhone'umdan gönderildi",
    "ja": "iPhoneから送信",
    "zh": "发自我的iPhone",
}
GALAXY = {
    "en": "Sent from my Galaxy",
    "de": "Von meinem Galaxy gesendet",
    "fr": "Envoyé depuis mon appareil Galaxy",
    "es": "Enviado desde mi Galaxy",
    "pt": "Enviado do meu Galaxy",
    "it": "Inviato dal mio Galaxy",
    "nl": "Verzonden vanaf mijn Galaxy",
    "sv": "Skickat från min Galaxy",
    "pl": "Wysłane z mojego Galaxy",
    "tr": "Samsung Galaxy cihazımdan gönderildi",
}
OUTLOOK_MOBILE = {
    "en": "Get Outlook for iOS<https://aka.ms/o0ukef>",
    "en-android": "Get Outlook for Android<https://aka.ms/AAb9ysg>",
    "de": "Outlook für iOS<https://aka.ms/o0ukef> beziehen",
    "fr": "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    "es": "Obtener Outlook para iOS<https://aka.ms/o0ukef>",
    "nl": "Outlook voor iOS<https://aka.ms/o0ukef> downloaden",
}
REPLY_PREFIX = {
    "en": "Re:",
    "de": "AW:",
    "fr": "RE :",
    "es": "RE:",
    "pt": "RES:",
    "it": "R:",
    "nl": "RE:",
    "sv": "SV:",
    "da": "SV:",
    "no": "SV:",
    "pl": "Odp:",
    "ru": "RE:",
    "tr": "YNT:",
    "ja": "RE:",
    "zh": "答复:",
}
FORWARD_PREFIX = {"en": "Fwd:", "de": "WG:", "fr": "TR :", "es": "RV:", "nl": "FW:", "pt": "Fwd:"}
