"""Olga Kowalczyk, Warsaw, writes Polish, Russian and English. #101 Complete the SOC 2 audit
(a title that starts with a flag word), #102 Rotate all production secrets (due today),
#103 Phishing drill for all staff. She did not answer last week's form either."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

CASES = [
    Case(
        "olga-the-bat-ru",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        text="""
        #101 жёлтый - аудитор просит ещё доказательства
        #102 готово
        #103 зелёный
        """,
        expect={101: e("yellow", note="аудитор"), 102: done(E), 103: e("green")},
        sig="--\nС уважением,\n Ольга",
        tags=("colours-in-russian",),
    ),
    Case(
        "olga-the-bat-pl",
        "olga",
        "the_bat",
        lang="pl",
        layout="bottom",
        charset="iso-8859-2",
        text="""
        #101 żółty
        #102 zrobione
        #103 zielony

        Pozdrawiam,
        Olga
        """,
        expect={101: e("yellow"), 102: done(E), 103: e("green")},
        clean=("Pozdrawiam", "Olga"),
        tags=("colours-in-polish",),
    ),
    Case(
        "olga-wp-pl",
        "olga",
        "wp_pl",
        lang="pl",
        text="""
        #101 zielony - audytor zadowolony
        #102 czerwony, dwa serwisy bez rotacji
        #103 zielony

        Pozdrawiam serdecznie
        Olga Kowalczyk
        """,
        expect={
            101: e("green", note="audytor"),
            102: e("red", note="dwa serwisy"),
            103: e("green"),
        },
        clean=("Pozdrawiam serdecznie", "Olga Kowalczyk"),
    ),
    Case(
        "olga-gmail-pl-grammar",
        "olga",
        "gmail_web",
        lang="pl",
        prose="en",
        text="""
        #101 yellow
        #102 done
        #103 green 0.5
        """,
        expect={101: g("yellow"), 102: done(G), 103: g("green", 0.5)},
    ),
    Case(
        "olga-outlook-pl-titles",
        "olga",
        "outlook_desktop",
        lang="pl",
        prose="en",
        text="""
        Complete the SOC 2 audit: yellow - evidence pack at 80%
        Rotate all production secrets: green
        Phishing drill: green
        """,
        expect={101: g("yellow", note="evidence"), 102: g("green"), 103: g("green")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "olga-thunderbird-pl-inline",
        "olga",
        "thunderbird",
        lang="pl",
        layout="inline",
        text={
            "#101": "Żółty.",
            "#102": "Gotowe – wszystkie sekrety zrotowane.",
            "#103": "zielony",
        },
        expect={101: e("yellow"), 102: done(E, note="zrotowane"), 103: e("green")},
    ),
    Case(
        "olga-yandex-ru",
        "olga",
        "yandex",
        lang="ru",
        text="""
        #101 жёлтый
        #102 красный - два сервиса не ротированы
        #103 зелёный
        """,
        expect={101: e("yellow"), 102: e("red", note="сервиса"), 103: e("green")},
    ),
    Case(
        "olga-mailru-krome",
        "olga",
        "mailru",
        lang="ru",
        text="Всё зелёное, кроме #101 — жёлтый.",
        expect={102: e("green"), 103: e("green"), 101: e("yellow")},
    ),
    Case(
        "olga-gmail-koi8r",
        "olga",
        "gmail_web",
        lang="ru",
        charset="koi8-r",
        cte="8bit",
        text="""
        #101 зеленый
        #102 выполнено
        #103 зеленый
        """,
        expect={101: e("green"), 102: done(E), 103: e("green")},
    ),
    Case(
        "olga-outlook-ru-cp1251",
        "olga",
        "outlook_desktop",
        lang="ru",
        charset="windows-1251",
        text="""
        #102 перенос на 2026-12-18
        #101 жёлтый
        #103 зелёный
        """,
        expect={102: due(E, "2026-12-18"), 101: e("yellow"), 103: e("green")},
    ),
    Case(
        "olga-the-bat-late",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        form="W49",
        charset="koi8-r",
        text="""
        #101 жёлтый
        #102 зелёный
        #103 зелёный
        """,
        expect={101: e("yellow"), 102: e("green"), 103: e("green")},
        sig="--\nОльга",
    ),
    Case(
        "olga-gmail-late-pl",
        "olga",
        "gmail_web",
        lang="pl",
        prose="en",
        form="W49",
        text="""
        #102 green
        #101 yellow - audytor chce więcej dowodów
        #103 green
        """,
        expect={102: g("green"), 101: g("yellow", note="audytor"), 103: g("green")},
    ),
    Case(
        "olga-thunderbird-late-drop",
        "olga",
        "thunderbird",
        lang="pl",
        prose="en",
        form="W49",
        text="""
        #103 drop - the drill moves to the Q1 security week
        #101 yellow
        #102 green
        """,
        expect={103: drop(G, "security week"), 101: g("yellow"), 102: g("green")},
    ),
    Case(
        "olga-gmail-pl-albo",
        "olga",
        "gmail_web",
        lang="pl",
        text="""
        #101 żółty albo czerwony, zależy od audytora
        #102 zielony
        #103 zielony
        """,
        expect={101: amb(), 102: e("green"), 103: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "olga-ios-pl-ascii",
        "olga",
        "ios_mail",
        lang="pl",
        text="""
        #101 zolty
        #102 zielny
        #103 czerwony
        """,
        expect={101: near("yellow"), 102: near("green"), 103: e("red")},
        tags=("near-miss",),
    ),
    Case(
        "olga-mailru-reminder",
        "olga",
        "mailru",
        lang="ru",
        form="R50",
        text="#101 жёлтый, #102 готово, #103 зелёный",
        expect={101: e("yellow"), 102: done(E), 103: e("green")},
    ),
    Case(
        "olga-wp-pl-dziekuje",
        "olga",
        "wp_pl",
        lang="pl",
        text="Dziękuję, odpowiem w poniedziałek.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "olga-apple-ru-words",
        "olga",
        "apple_mail",
        lang="ru",
        text="""
        #101 в зоне риска
        #102 в срок
        #103 сделано
        """,
        expect={101: e("yellow"), 102: e("green"), 103: done(E)},
        tags=("status-words",),
    ),
    Case(
        "olga-ios-pl-circles",
        "olga",
        "ios_mail",
        lang="pl",
        text="""
        #101 🟡
        #102 🟢
        #103 🟢
        """,
        expect={101: g("yellow"), 102: g("green"), 103: g("green")},
        tags=("emoji",),
    ),
    Case(
        "olga-gmail-pl-html-only",
        "olga",
        "gmail_web",
        lang="pl",
        parts="html",
        text="Wszystko zielone.",
        expect={"*": e("green")},
    ),
    Case(
        "olga-outlook-pl-is-done",
        "olga",
        "outlook_web",
        lang="pl",
        prose="en",
        text="""
        #102 is done
        #101 yellow, 0,6
        #103 green
        """,
        expect={102: done(E), 101: e("yellow", 0.6), 103: g("green")},
        tags=("decimal-comma",),
    ),
    Case(
        "olga-the-bat-mislabelled",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        charset="koi8-r",
        mislabel="windows-1251",
        text="""
        #101 жёлтый
        #102 зелёный
        #103 зелёный
        """,
        expect={101: e("yellow"), 102: e("green"), 103: e("green")},
    ),
    Case(
        "olga-yandex-arrows",
        "olga",
        "yandex",
        lang="ru",
        text="""
        #102 → готово
        #101 → жёлтый
        #103 → зелёный
        """,
        expect={102: done(E), 101: e("yellow"), 103: e("green")},
        tags=("arrows",),
    ),
    Case(
        "olga-wp-pl-i",
        "olga",
        "wp_pl",
        lang="pl",
        layout="bottom",
        text="""
        #101 i #103: zielone
        #102: czerwony
        """,
        expect={101: e("green"), 103: e("green"), 102: e("red")},
    ),
    Case(
        "olga-thunderbird-ru",
        "olga",
        "thunderbird",
        lang="ru",
        text="""
        #101 yellow
        #102 red - осталось два сервиса
        #103 green
        """,
        expect={101: g("yellow"), 102: g("red", note="два сервиса"), 103: g("green")},
    ),
]

CASES += [
    Case(
        "olga-outlook-ru-late",
        "olga",
        "outlook_desktop",
        lang="ru",
        form="W49",
        text="""
        #101 жёлтый
        #102 зелёный
        #103 зелёный

        С уважением,
        Ольга Ковальчик
        """,
        expect={101: e("yellow"), 102: e("green"), 103: e("green")},
        clean=("С уважением", "Ольга"),
    ),
    Case(
        "olga-evolution-pl",
        "olga",
        "evolution",
        prose="pl",
        text="""
        #102 wykonane
        #101 żółty
        #103 przesunięte na 2026-12-22
        """,
        expect={102: done(E), 101: e("yellow"), 103: due(E, "2026-12-22")},
    ),
    Case(
        "olga-gmail-ru-in-order",
        "olga",
        "gmail_web",
        lang="ru",
        text="""
        жёлтый
        зелёный
        красный
        """,
        expect={101: e("yellow"), 102: e("green"), 103: e("red")},
        tags=("flags-in-form-order",),
    ),
]

CASES += [
    Case(
        "olga-the-bat-koi8r-grammar",
        "olga",
        "the_bat",
        lang="ru",
        layout="bottom",
        charset="koi8-r",
        text="""
        #101 yellow - аудитор просит ещё доказательства
        #102 done
        #103 green
        """,
        expect={101: g("yellow", note="аудитор"), 102: done(G), 103: g("green")},
        sig="--\nОльга",
    ),
    Case(
        "olga-outlook-cp1251-grammar",
        "olga",
        "outlook_desktop",
        lang="ru",
        charset="windows-1251",
        text="""
        #101 yellow 0.6 - ждём аудитора
        #102 green
        #103 due 2026-12-22
        """,
        expect={101: g("yellow", 0.6, note="аудитора"), 102: g("green"), 103: due(G, "2026-12-22")},
    ),
]
