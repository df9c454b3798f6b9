"""Mariana Costa, São Paulo, writes Brazilian Portuguese and English. #51 Open the São Paulo
office, #52 10 reseller agreements signed (a title that starts with a number), #53 Portuguese
help centre complete (overdue since 4 Dec on this week's form). She did not answer last
week's form, so some replies answer it late."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

SIG = """
Atenciosamente,
Mariana Costa
Country Manager Brasil | Halvard Labs
+55 11 91234-5678
"""

CASES = [
    Case(
        "mariana-gmail-pt-cores",
        "mariana",
        "gmail_web",
        lang="pt",
        text="""
        Oi,

        #51 amarelo - contrato de locação ainda em negociação
        #52 verde, 8 de 10 assinados
        #53 concluído!
        """,
        expect={51: e("yellow", note="locação"), 52: e("green", note="8 de 10"), 53: done(E)},
        sig=SIG,
        tags=("colours-in-portuguese",),
    ),
    Case(
        "mariana-uol-latin1",
        "mariana",
        "uol",
        lang="pt",
        text="""
        #51 verde
        #52 amarelo - só 7 assinados
        #53 nova data 2027-01-15

        Abraços,
        Mariana
        """,
        expect={51: e("green"), 52: e("yellow", note="7 assinados"), 53: due(E, "2027-01-15")},
        clean=("Abraços", "Mariana"),
    ),
    Case(
        "mariana-outlook-grammar",
        "mariana",
        "outlook_desktop",
        lang="pt",
        prose="en",
        text="""
        #51 yellow
        #52 green 0.8
        #53 done
        """,
        expect={51: g("yellow"), 52: g("green", 0.8), 53: done(G)},
        sig=SIG,
    ),
    Case(
        "mariana-ios-circles",
        "mariana",
        "ios_mail",
        lang="pt",
        text="""
        #51 🟡
        #52 🟢
        #53 ✅ concluído
        """,
        expect={51: g("yellow"), 52: g("green"), 53: done(E)},
        tags=("emoji",),
    ),
    Case(
        "mariana-samsung-vermelho",
        "mariana",
        "samsung",
        lang="pt",
        text="""
        #52 vermelho - dois revendedores desistiram
        #51 amarelo
        """,
        expect={52: e("red", note="desistiram"), 51: e("yellow")},
    ),
    Case(
        "mariana-apple-late",
        "mariana",
        "apple_mail",
        lang="pt",
        form="W49",
        text="""
        Desculpe o atraso!
        #51 amarelo
        #52 verde
        #53 verde - termina amanhã
        """,
        expect={51: e("yellow"), 52: e("green"), 53: e("green", note="amanhã")},
    ),
    Case(
        "mariana-gmail-late-done",
        "mariana",
        "gmail_web",
        lang="pt",
        prose="en",
        form="W49",
        text="""
        #53 done - the last 20 articles went live on Friday
        #51 yellow
        #52 green
        """,
        expect={53: done(G, note="20 articles"), 51: g("yellow"), 52: g("green")},
    ),
    Case(
        "mariana-outlook-web-exceto",
        "mariana",
        "outlook_web",
        lang="pt",
        text="Tudo verde, exceto #51: amarelo (locação).",
        expect={52: e("green"), 53: e("green"), 51: e("yellow", note="locação")},
    ),
    Case(
        "mariana-thunderbird-inline",
        "mariana",
        "thunderbird",
        lang="pt",
        layout="inline",
        text={
            "#51": "amarelo",
            "#52": "verde - 8 assinados",
            "#53": "cancelado - vamos usar a central em inglês por enquanto",
        },
        expect={51: e("yellow"), 52: e("green", note="8 assinados"), 53: drop(E, "inglês")},
    ),
    Case(
        "mariana-gmail-depende",
        "mariana",
        "gmail_web",
        lang="pt",
        text="""
        #51 amarelo ou vermelho, depende do proprietário
        #52 verde
        #53 verde
        """,
        expect={51: amb(), 52: e("green"), 53: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "mariana-ios-typo",
        "mariana",
        "ios_mail",
        lang="pt",
        text="""
        #51 amarelo
        #52 verdi
        #53 done
        """,
        expect={51: e("yellow"), 52: near("green"), 53: done(G)},
        tags=("near-miss",),
    ),
    Case(
        "mariana-apple-titles",
        "mariana",
        "apple_mail",
        lang="pt",
        prose="en",
        text="""
        Open the São Paulo office: yellow
        10 reseller agreements: green - 8 signed
        Portuguese help centre complete: yellow, 100 of 120
        """,
        expect={51: g("yellow"), 52: g("green", note="8 signed"), 53: g("yellow", note="100")},
        tags=("titles-with-flag-words", "title-starts-with-number"),
    ),
    Case(
        "mariana-gmail-lembrete",
        "mariana",
        "gmail_android",
        lang="pt",
        form="R50",
        text="#51 amarelo, #52 verde, #53 concluído",
        expect={51: e("yellow"), 52: e("green"), 53: done(E)},
    ),
    Case(
        "mariana-samsung-obrigada",
        "mariana",
        "samsung",
        lang="pt",
        text="Obrigada! Respondo amanhã com os números.",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "mariana-thunderbird-bottom",
        "mariana",
        "thunderbird",
        lang="pt",
        prose="en",
        layout="bottom",
        text="""
        #51 yellow
        #52 green
        #53 due Jan 15
        """,
        expect={51: g("yellow"), 52: g("green"), 53: due(G, "2027-01-15")},
    ),
    Case(
        "mariana-samsung-virgula",
        "mariana",
        "samsung",
        lang="pt",
        text="""
        #52 verde 0,8
        #51 amarelo 0,5
        """,
        expect={52: e("green", 0.8), 51: e("yellow", 0.5)},
        tags=("decimal-comma",),
    ),
    Case(
        "mariana-outlook-esta",
        "mariana",
        "outlook_web",
        lang="pt",
        text="""
        #51 está em risco - o proprietário quer mais garantias
        #52 está no prazo
        #53 nova data 18/12
        """,
        expect={
            51: e("yellow", note="garantias"),
            52: e("green"),
            53: due(E, "2026-12-18", accept_abstain=True),
        },
    ),
    Case(
        "mariana-gmail-html-only",
        "mariana",
        "gmail_web",
        lang="pt",
        parts="html",
        text="""
        #51 on track
        #52 on track
        #53 at risk, 110 of 120
        """,
        expect={51: g("green"), 52: g("green"), 53: g("yellow", note="110")},
        prose="en",
    ),
    Case(
        "mariana-k9-late-titles-pt",
        "mariana",
        "k9",
        form="W49",
        text="""
        Escritório de São Paulo: amarelo
        #52 verde
        #53 amarelo, falta revisar 30 artigos
        """,
        expect={51: e("yellow"), 52: e("green"), 53: e("yellow", note="30 artigos")},
        prose="pt",
        tags=("translated-title",),
    ),
    Case(
        "mariana-outlook-mobile-seta",
        "mariana",
        "outlook_mobile",
        lang="en",
        prose="pt",
        text="""
        #51 → amarelo
        #52 → verde
        #53 → concluído ontem
        """,
        expect={51: e("yellow"), 52: e("green"), 53: done(E)},
        tags=("arrows",),
    ),
]

CASES += [
    Case(
        "mariana-gmail-todos-verdes",
        "mariana",
        "gmail_web",
        lang="pt",
        text="Todos verdes esta semana!",
        expect={"*": e("green")},
    ),
    Case(
        "mariana-yahoo-behind",
        "mariana",
        "yahoo",
        prose="en",
        text="""
        #52 is behind: only 7 signed, 3 weeks left
        #51 green
        #53 done
        """,
        expect={52: e("red", note="7 signed"), 51: g("green"), 53: done(G)},
    ),
]
