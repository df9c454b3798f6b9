"""Wei Zhang, Shanghai, writes Chinese and English. #121 Three distribution partners live,
#122 ICP licence approved (overdue since 20 Nov). Last week: #121 green, #122 red."""

from __future__ import annotations

from bench.heldout.spec import EVERYDAY as E
from bench.heldout.spec import GRAMMAR as G
from bench.heldout.spec import Case, amb, done, drop, due, e, g, near

CASES = [
    Case(
        "wei-foxmail-gb18030",
        "wei",
        "foxmail",
        lang="zh",
        text="""
        #121 绿色 - 第三家合作伙伴下周上线
        #122 红色，仍在等待审批

        谢谢！
        张伟
        """,
        expect={121: e("green", note="合作伙伴"), 122: e("red", note="审批")},
        clean=("谢谢", "张伟"),
        tags=("colours-in-chinese",),
        from_name="张伟",
    ),
    Case(
        "wei-netease-gbk",
        "wei",
        "netease",
        lang="zh",
        text="""
        #121 绿
        #122 黄 - 材料已补交
        """,
        expect={121: e("green"), 122: e("yellow", note="补交")},
    ),
    Case(
        "wei-gmail-zh-grammar",
        "wei",
        "gmail_web",
        lang="zh",
        prose="en",
        text="""
        #121 green
        #122 red - still waiting for the regulator
        """,
        expect={121: g("green"), 122: g("red", note="regulator")},
    ),
    Case(
        "wei-outlook-zh-wancheng",
        "wei",
        "outlook_desktop",
        lang="zh",
        text="""
        #122 已完成！许可证已批准
        #121 绿色
        """,
        expect={122: done(E, note="许可证"), 121: e("green")},
    ),
    Case(
        "wei-apple-titles",
        "wei",
        "apple_mail",
        lang="zh",
        prose="en",
        text="""
        Three distribution partners live: green
        ICP licence approved: red
        """,
        expect={121: g("green"), 122: g("red")},
    ),
    Case(
        "wei-ios-quanbu",
        "wei",
        "ios_mail",
        lang="zh",
        text="全部绿色",
        expect={"*": e("green")},
    ),
    Case(
        "wei-gmail-zh-inline",
        "wei",
        "gmail_web",
        lang="zh",
        layout="inline",
        text={"#121": "绿", "#122": "红 - 还在等"},
        expect={121: e("green"), 122: e("red", note="还在等")},
    ),
    Case(
        "wei-gmail-zh-buqueding",
        "wei",
        "gmail_web",
        lang="zh",
        text="""
        #121 绿色或黄色，还不确定
        #122 红色
        """,
        expect={121: amb(), 122: e("red")},
        tags=("ambiguous",),
    ),
    Case(
        "wei-ios-typo",
        "wei",
        "ios_mail",
        lang="zh",
        prose="en",
        text="""
        #121 greeen
        #122 red
        """,
        expect={121: near("green"), 122: g("red")},
        tags=("near-miss",),
    ),
    Case(
        "wei-foxmail-drop",
        "wei",
        "foxmail",
        lang="zh",
        text="""
        #122 drop - 改为通过合作伙伴的许可证运营
        #121 green
        """,
        expect={122: drop(G, "合作伙伴"), 121: g("green")},
    ),
    Case(
        "wei-netease-xin-riqi",
        "wei",
        "netease",
        lang="zh",
        text="""
        #122 新日期 2027-01-20
        #121 绿色
        """,
        expect={122: due(E, "2027-01-20"), 121: e("green")},
    ),
    Case(
        "wei-gmail-reminder",
        "wei",
        "gmail_web",
        lang="zh",
        form="R50",
        text="#121 绿色，#122 红色",
        expect={121: e("green"), 122: e("red")},
    ),
    Case(
        "wei-apple-xiexie",
        "wei",
        "apple_mail",
        lang="zh",
        text="谢谢，周一回复。",
        expect={},
        tags=("thanks-only",),
    ),
    Case(
        "wei-foxmail-gb2312",
        "wei",
        "foxmail",
        lang="zh",
        charset="gb2312",
        text="""
        #121 黄色
        #122 红色
        """,
        expect={121: e("yellow"), 122: e("red")},
    ),
    Case(
        "wei-ios-fullwidth",
        "wei",
        "ios_mail",
        lang="zh",
        text="""
        ＃１２１ 绿
        ＃１２２ 红
        """,
        expect={121: e("green"), 122: e("red")},
        tags=("full-width-digits",),
    ),
    Case(
        "wei-outlook-shunli",
        "wei",
        "outlook_web",
        lang="zh",
        text="""
        #121 进展顺利
        #122 有风险
        """,
        expect={121: e("green"), 122: e("yellow")},
        tags=("status-words",),
    ),
    Case(
        "wei-netease-html-only",
        "wei",
        "netease",
        lang="zh",
        parts="html",
        text="""
        #121 🟢
        #122 🔴 还在等批文
        """,
        expect={121: g("green"), 122: g("red", note="批文")},
        tags=("emoji",),
    ),
    Case(
        "wei-gmail-en-is",
        "wei",
        "gmail_android",
        lang="zh",
        prose="en",
        text="#121 is on schedule, #122 is stuck at the regulator",
        expect={121: e("green"), 122: e("red", note="regulator")},
        tags=("status-words",),
    ),
    Case(
        "wei-evolution-over",
        "wei",
        "evolution",
        lang="en",
        prose="zh",
        layout="over",
        text={"#122": "本周：仍然红色，监管部门要求补充材料", "#121": "本周：绿色"},
        expect={122: e("red", note="补充材料"), 121: e("green")},
        tags=("typed-over-last-week",),
    ),
    Case(
        "wei-netease-mislabelled",
        "wei",
        "netease",
        lang="zh",
        charset="gbk",
        mislabel="gb2312",
        text="""
        #121 绿色 - 三家都签了
        #122 黄色
        """,
        expect={121: e("green", note="三家"), 122: e("yellow")},
    ),
    Case(
        "wei-outlook-zh-grammar",
        "wei",
        "outlook_desktop",
        lang="zh",
        prose="en",
        text="""
        #121 on track, 0.7
        #122 due 2027-01-20 - regulator asked for more documents
        """,
        expect={121: e("green", 0.7), 122: due(G, "2027-01-20")},
        tags=("score-after-comma",),
    ),
]

CASES += [
    Case(
        "wei-yahoo-one-line",
        "wei",
        "yahoo",
        prose="en",
        text="#121 green, #122 red",
        expect={121: e("green"), 122: e("red")},
    ),
    Case(
        "wei-outlook-mac-approved",
        "wei",
        "outlook_mac",
        prose="en",
        text="""
        #122 approved!! finally
        #121 green
        """,
        expect={122: done(E), 121: g("green")},
        tags=("status-words",),
    ),
]

CASES += [
    Case(
        "wei-foxmail-gb2312-grammar",
        "wei",
        "foxmail",
        lang="zh",
        charset="gb2312",
        text="""
        #121 green - 第三家下周上线
        #122 red - 还在等批文
        """,
        expect={121: g("green", note="第三家"), 122: g("red", note="批文")},
    ),
]
