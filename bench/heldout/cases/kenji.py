"""Kenji Watanabe, Tokyo, writes Japanese and English. #111 Localise the product into
Japanese, #112 Sign 3 launch customers in Japan, #113 Stop-ship bugs to zero (due tomorrow),
#114 Red-carpet onboarding for launch partners. He did not answer last week's form either."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

CASES = [
    Case(
        "kenji-becky-iso2022jp",
        "kenji",
        "becky",
        lang="ja",
        text="""
        お疲れ様です。

        #111 緑 - 翻訳95%完了
        #112 黄 - 2社目の契約が来週
        #113 赤、残り6件
        #114 緑

        よろしくお願いします。
        渡辺
        """,
        expect={
            111: e("green", note="翻訳"),
            112: e("yellow", note="来週"),
            113: e("red", note="6件"),
            114: e("green"),
        },
        clean=("よろしくお願いします", "渡辺"),
        tags=("colours-in-japanese",),
        from_name="渡辺 健二",
    ),
    Case(
        "kenji-gmail-ja-grammar",
        "kenji",
        "gmail_web",
        lang="ja",
        prose="en",
        text="""
        #111 green
        #112 yellow
        #113 red - 6 bugs left
        #114 green

        よろしくお願いします。
        渡辺 健二
        """,
        expect={111: g("green"), 112: g("yellow"), 113: g("red", note="6 bugs"), 114: g("green")},
        clean=("よろしくお願いします", "渡辺"),
    ),
    Case(
        "kenji-outlook-sjis",
        "kenji",
        "outlook_desktop",
        lang="ja",
        charset="shift_jis",
        cte="base64",
        text="""
        #111 緑
        #112 黄色
        #113 赤
        #114 緑
        """,
        expect={111: e("green"), 112: e("yellow"), 113: e("red"), 114: e("green")},
    ),
    Case(
        "kenji-apple-titles",
        "kenji",
        "apple_mail",
        lang="ja",
        prose="en",
        text="""
        Localise the product: green
        Sign 3 launch customers: yellow
        Stop-ship bugs: red
        Red-carpet onboarding: green
        """,
        expect={111: g("green"), 112: g("yellow"), 113: g("red"), 114: g("green")},
        tags=("titles-with-flag-words",),
    ),
    Case(
        "kenji-ios-kanryo",
        "kenji",
        "ios_mail",
        lang="ja",
        text="""
        #113 完了！
        #111 緑
        """,
        expect={113: done(E), 111: e("green")},
    ),
    Case(
        "kenji-thunderbird-inline",
        "kenji",
        "thunderbird",
        lang="ja",
        prose="en",
        layout="inline",
        text={"#111": "green", "#113": "red - 4 left"},
        expect={111: g("green"), 113: g("red", note="4 left")},
    ),
    Case(
        "kenji-becky-late",
        "kenji",
        "becky",
        lang="ja",
        form="W49",
        text="""
        #111 緑
        #112 黄
        #113 赤
        #114 緑
        """,
        expect={111: e("green"), 112: e("yellow"), 113: e("red"), 114: e("green")},
    ),
    Case(
        "kenji-gmail-late-done",
        "kenji",
        "gmail_web",
        lang="ja",
        prose="en",
        form="W49",
        text="""
        #113 done - all 14 closed
        #111 green
        #112 yellow
        #114 green
        """,
        expect={113: done(G, note="14 closed"), 111: g("green"), 112: g("yellow"), 114: g("green")},
    ),
    Case(
        "kenji-gmail-ja-wakaranai",
        "kenji",
        "gmail_web",
        lang="ja",
        text="""
        #112 黄か赤、まだ分かりません
        #111 緑
        """,
        expect={112: amb(), 111: e("green")},
        tags=("ambiguous",),
    ),
    Case(
        "kenji-ios-typos",
        "kenji",
        "ios_mail",
        lang="ja",
        prose="en",
        text="""
        #111 gren
        #112 yelow
        """,
        expect={111: near("green"), 112: near("yellow")},
        tags=("near-miss",),
    ),
    Case(
        "kenji-gmail-reminder",
        "kenji",
        "gmail_web",
        lang="ja",
        form="R50",
        text="#111 緑、#112 黄、#113 赤、#114 緑",
        expect={111: e("green"), 112: e("yellow"), 113: e("red"), 114: e("green")},
    ),
    Case(
        "kenji-apple-thanks",
        "kenji",
        "apple_mail",
        lang="ja",
        text="ありがとうございます。月曜日に返信します。",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "kenji-ios-zenbu",
        "kenji",
        "ios_mail",
        lang="ja",
        text="全部緑です。",
        expect={"*": e("green")},
    ),
    Case(
        "kenji-gmail-chushi",
        "kenji",
        "gmail_web",
        lang="ja",
        text="""
        #114 中止 - パートナー側の事情で来期に延期
        #111 緑
        #112 黄
        #113 赤
        """,
        expect={114: drop(E, "パートナー"), 111: e("green"), 112: e("yellow"), 113: e("red")},
    ),
    Case(
        "kenji-outlook-kigen",
        "kenji",
        "outlook_desktop",
        lang="ja",
        text="""
        #113 期限を2026-12-19に変更
        #111 緑
        """,
        expect={113: due(E, "2026-12-19"), 111: e("green")},
    ),
    Case(
        "kenji-ios-sjis",
        "kenji",
        "ios_mail",
        lang="ja",
        charset="shift_jis",
        cte="base64",
        text="""
        #111 緑
        #112 黄
        #113 赤
        #114 緑
        """,
        expect={111: e("green"), 112: e("yellow"), 113: e("red"), 114: e("green")},
    ),
    Case(
        "kenji-apple-wont-make-it",
        "kenji",
        "apple_mail",
        lang="ja",
        prose="en",
        text="""
        #113 won't make it - 5 bugs left
        #111 looks good
        """,
        expect={113: e("red", note="5 bugs"), 111: e("green")},
        tags=("status-words",),
    ),
    Case(
        "kenji-becky-fullwidth",
        "kenji",
        "becky",
        lang="ja",
        text="""
        ＃１１１ 緑
        ＃１１２ 黄
        ＃１１３ 赤
        """,
        expect={111: e("green"), 112: e("yellow"), 113: e("red")},
        tags=("full-width-digits",),
    ),
    Case(
        "kenji-thunderbird-over",
        "kenji",
        "thunderbird",
        lang="ja",
        layout="over",
        text={"#112": "今週: 黄 - 2社目は来週", "#113": "今週: 赤、残り4件"},
        expect={112: e("yellow", note="来週"), 113: e("red", note="4件")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "kenji-gmail-letters",
        "kenji",
        "gmail_web",
        lang="ja",
        prose="en",
        text="""
        #113 R
        #111 G
        #112 Y
        #114 G
        """,
        expect={113: g("red"), 111: g("green"), 112: g("yellow"), 114: g("green")},
    ),
    Case(
        "kenji-gmail-html-only",
        "kenji",
        "gmail_web",
        lang="ja",
        parts="html",
        text="""
        #111 🟢
        #112 🟡 2社目は来週
        #113 🔴
        #114 🟢
        """,
        expect={111: g("green"), 112: g("yellow", note="来週"), 113: g("red"), 114: g("green")},
        tags=("emoji",),
    ),
    Case(
        "kenji-apple-atarashii-kigen",
        "kenji",
        "apple_mail",
        lang="ja",
        text="""
        #113 新しい期限 12月19日
        #114 緑
        """,
        expect={113: due(E, "2026-12-19"), 114: e("green")},
    ),
]

CASES += [
    Case(
        "kenji-outlook-ja-late",
        "kenji",
        "outlook_desktop",
        lang="ja",
        form="W49",
        text="""
        #112 黄
        #113 赤 - 残り9件
        #111 緑
        #114 緑
        """,
        expect={112: e("yellow"), 113: e("red", note="9件"), 111: e("green"), 114: e("green")},
    ),
    Case(
        "kenji-k9-phrases",
        "kenji",
        "k9",
        text="""
        111: on track
        112: at risk
        113: blocked - waiting on QA
        114: on track
        """,
        expect={111: g("green"), 112: g("yellow"), 113: g("red", note="QA"), 114: g("green")},
    ),
    Case(
        "kenji-gmail-name-line",
        "kenji",
        "gmail_web",
        lang="ja",
        prose="en",
        text="""
        #111 green
        #112 yellow
        #113 red
        #114 green
        Kenji
        """,
        expect={111: g("green"), 112: g("yellow"), 113: g("red"), 114: g("green")},
        clean=("Kenji",),
        tags=("name-as-last-line",),
    ),
]

CASES += [
    Case(
        "kenji-becky-grammar-notes-ja",
        "kenji",
        "becky",
        lang="ja",
        text="""
        #111 green - 翻訳95%完了
        #112 yellow - 2社目の契約は来週
        #113 red - 残り6件
        #114 green

        渡辺
        """,
        expect={
            111: g("green", note="翻訳"),
            112: g("yellow", note="来週"),
            113: g("red", note="6件"),
            114: g("green"),
        },
        clean=("渡辺",),
    ),
    Case(
        "kenji-ios-sjis-grammar",
        "kenji",
        "ios_mail",
        lang="ja",
        charset="shift_jis",
        cte="base64",
        text="""
        #111 green
        #112 yellow - 来週に延期
        #113 red
        #114 green
        """,
        expect={111: g("green"), 112: g("yellow", note="来週"), 113: g("red"), 114: g("green")},
    ),
]
