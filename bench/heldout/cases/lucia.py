"""Lucía Fernández, Madrid, writes Spanish and English. #41 Cut time on track 3, #42 Launch
the partner portal (due tomorrow), then #43 Red team the login flow and #44 Amber rollout for
every service. Last week: #41 green, #42 red ("blocked: partner API keys still missing"),
#43 green, #44 yellow."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG = """
Saludos cordiales,
Lucía Fernández
Directora de Ingeniería | Halvard Labs
"""

CASES = [
    Case(
        "lucia-gmail-es-colores",
        "lucia",
        "gmail_web",
        lang="es",
        text="""
        Hola,

        #41 verde - ya estamos en 4 días
        #42 rojo, seguimos sin las claves de la API
        #43 verde
        #44 amarillo

        Un saludo,
        Lucía
        """,
        expect={
            41: e("green", note="4 días"),
            42: e("red", note="claves"),
            43: e("green"),
            44: e("yellow"),
        },
        clean=("Un saludo", "Lucía"),
        tags=("colours-in-spanish",),
    ),
    Case(
        "lucia-gmail-android-titles",
        "lucia",
        "gmail_android",
        lang="es",
        prose="en",
        text="""
        Cut time on track 3: red - back to 7 days after the reorg
        Launch the partner portal: yellow
        Red team the login flow: green
        Amber rollout: green 0.3
        """,
        expect={41: g("red", note="7 days"), 42: g("yellow"), 43: g("green"), 44: g("green", 0.3)},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "lucia-outlook-shipped",
        "lucia",
        "outlook_desktop",
        lang="es",
        prose="en",
        text="""
        #42 shipped! 🚀
        #41 green
        #43 yellow - 2 critical findings
        #44 yellow 30%
        """,
        expect={
            42: done(G),
            41: g("green"),
            43: g("yellow", note="critical"),
            44: g("yellow", 0.3),
        },
        sig=SIG,
    ),
    Case(
        "lucia-ios-ok-listo",
        "lucia",
        "ios_mail",
        lang="es",
        text="""
        #41 ok
        #42 listo
        #43 verde
        #44 amarillo
        """,
        expect={41: near("green"), 42: done(E), 43: e("green"), 44: e("yellow")},
    ),
    Case(
        "lucia-samsung-nueva-fecha",
        "lucia",
        "samsung",
        lang="es",
        text="""
        #42 nueva fecha 18 de diciembre - el partner pidió una semana más
        #44 amarillo
        """,
        expect={42: due(E, "2026-12-18"), 44: e("yellow")},
    ),
    Case(
        "lucia-yahoo-todo-salvo",
        "lucia",
        "yahoo",
        lang="es",
        text="Todo en verde salvo #43: amarillo (dos hallazgos críticos).",
        expect={41: e("green"), 42: e("green"), 44: e("green"), 43: e("yellow", note="hallazgos")},
    ),
    Case(
        "lucia-apple-phrases",
        "lucia",
        "apple_mail",
        lang="es",
        prose="en",
        text="""
        #41 on track
        #42 off track - the partner has not sent the keys
        #43 on track
        #44 at risk
        """,
        expect={41: g("green"), 42: g("red", note="keys"), 43: g("green"), 44: g("yellow")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "lucia-thunderbird-inline",
        "lucia",
        "thunderbird",
        lang="es",
        layout="inline",
        text={"#41": "Verde.", "#42": "Rojo: sin claves todavía.", "#44": "amarillo, 0,4"},
        expect={41: e("green"), 42: e("red", note="claves"), 44: e("yellow", 0.4)},
    ),
    Case(
        "lucia-outlook-mobile",
        "lucia",
        "outlook_mobile",
        lang="es",
        prose="en",
        text="""
        #42 done
        #41 green
        #43 green
        #44 yellow
        """,
        expect={42: done(G), 41: g("green"), 43: g("green"), 44: g("yellow")},
    ),
    Case(
        "lucia-gmail-depende",
        "lucia",
        "gmail_web",
        lang="es",
        text="""
        #41 verde o amarillo, depende del release del lunes
        #42 rojo
        #43 verdeish/amarillo
        #44 amarillo
        """,
        expect={41: amb(), 42: e("red"), 43: amb(), 44: e("yellow")},
        tags=("ambiguous",),
    ),
    Case(
        "lucia-ios-erratas",
        "lucia",
        "ios_mail",
        lang="es",
        text="""
        #41 verdee
        #42 rojjo
        #43 green
        #44 amarilo
        """,
        expect={41: near("green"), 42: near("red"), 43: g("green"), 44: near("yellow")},
        tags=("near-miss",),
    ),
    Case(
        "lucia-gmail-recordatorio",
        "lucia",
        "gmail_web",
        lang="es",
        form="R50",
        text="""
        Perdón por el retraso.
        41 verde, 42 rojo, 43 verde, 44 amarillo
        """,
        expect={41: e("green"), 42: e("red"), 43: e("green"), 44: e("yellow")},
    ),
    Case(
        "lucia-outlook-web-cancelado",
        "lucia",
        "outlook_web",
        lang="es",
        text="""
        #44 cancelado - lo sustituimos por canary releases
        #41 verde
        #42 rojo
        #43 verde
        """,
        expect={44: drop(E, "canary"), 41: e("green"), 42: e("red"), 43: e("green")},
    ),
    Case(
        "lucia-gmail-push",
        "lucia",
        "gmail_web",
        lang="es",
        prose="en",
        text="""
        #42 push to Jan 13, the partner's keys only arrive after the holidays
        #41 green
        #43 green
        #44 yellow
        """,
        expect={42: due(E, "2027-01-13"), 41: g("green"), 43: g("green"), 44: g("yellow")},
    ),
    Case(
        "lucia-gmail-android-gracias",
        "lucia",
        "gmail_android",
        lang="es",
        text="¡Gracias! Te respondo el lunes con los datos.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "lucia-gmail-reenvio",
        "lucia",
        "gmail_web",
        lang="es",
        layout="forward",
        text="""
        (lo reenvío porque respondí desde otra cuenta y no llegó)

        #41 verde
        #42 rojo
        #43 verde
        #44 amarillo
        """,
        expect={41: e("green"), 42: e("red"), 43: e("green"), 44: e("yellow")},
        tags=("forwarded",),
    ),
    Case(
        "lucia-outlook-status",
        "lucia",
        "outlook_desktop",
        lang="es",
        prose="en",
        text="""
        #41 Status: green.
        #42 Status: red.
        #43 Status: green.
        #44 Status: yellow.
        """,
        expect={41: e("green"), 42: e("red"), 43: e("green"), 44: e("yellow")},
    ),
    Case(
        "lucia-thunderbird-wrap",
        "lucia",
        "thunderbird",
        lang="es",
        flowed=False,
        text="""
        #42 rojo - el partner sigue sin mandarnos las claves de producción y sin ellas no podemos abrir el portal, lo hablamos el martes con su CTO
        #41 verde
        """,  # noqa: E501
        expect={42: e("red", note="su CTO"), 41: e("green")},
        tags=("long-note-wrapped",),
    ),
    Case(
        "lucia-gmail-y",
        "lucia",
        "gmail_web",
        lang="es",
        text="""
        #41 y #43: verde
        #42: rojo
        #44: amarillo
        """,
        expect={41: e("green"), 43: e("green"), 42: e("red"), 44: e("yellow")},
    ),
    Case(
        "lucia-gmail-html-circles",
        "lucia",
        "gmail_web",
        lang="es",
        parts="html",
        text="""
        #41 🟢
        #42 🔴 sin claves
        #43 🟢
        #44 🟡
        """,
        expect={41: g("green"), 42: g("red", note="sin claves"), 43: g("green"), 44: g("yellow")},
        tags=("emoji",),
    ),
    Case(
        "lucia-apple-porcentajes",
        "lucia",
        "apple_mail",
        lang="es",
        text="""
        #41 verde 80 %
        #42 rojo 0,2
        #43 verde 9/10
        #44 amarillo 30%
        """,
        expect={41: e("green", 0.8), 42: e("red", 0.2), 43: e("green", 0.9), 44: e("yellow", 0.3)},
        tags=("decimal-comma", "score-out-of-ten"),
    ),
    Case(
        "lucia-outlook-inline-es",
        "lucia",
        "outlook_desktop",
        lang="es",
        layout="inline",
        text={
            "^": "Te contesto en el texto.",
            "#42": "LF: sigue en rojo, sin claves",
            "#44": "LF: amarillo",
        },
        expect={42: e("red", note="sin claves"), 44: e("yellow")},
    ),
]

CASES += [
    Case(
        "lucia-fastmail-delivered",
        "lucia",
        "fastmail",
        prose="en",
        text="""
        #42 delivered 🎉
        #41 green
        #43 green
        #44 yellow
        """,
        expect={42: done(E), 41: g("green"), 43: g("green"), 44: g("yellow")},
        tags=("status-words",),
    ),
    Case(
        "lucia-k9-dashes",
        "lucia",
        "k9",
        prose="es",
        text="""
        41 - verde
        42 - rojo
        43 - verde
        44 - amarillo
        """,
        expect={41: e("green"), 42: e("red"), 43: e("green"), 44: e("yellow")},
    ),
    Case(
        "lucia-gmail-android-movemos",
        "lucia",
        "gmail_android",
        lang="es",
        text="#42 la movemos al 13 de enero, el partner no llega",
        expect={42: due(E, "2027-01-13")},
    ),
    Case(
        "lucia-outlook-all-green",
        "lucia",
        "outlook_desktop",
        lang="es",
        prose="en",
        text="All green, thanks!",
        expect={"*": g("green")},
    ),
]
