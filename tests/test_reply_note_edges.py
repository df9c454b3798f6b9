"""Where a note ends and how it reads (issue 12): a name in Chinese or Japanese characters
that starts with a common family name, right under the last answer, or the person's own name
beside a name in other letters, is a signature, never the note going on; a sentence a client
wrapped is joined back."""

from __future__ import annotations

from datetime import date

import pytest

from okr.replies.signature import cjk_name, names_own, own_names
from okr.replies.understand import FormEntry, understand

THURSDAY = date(2026, 11, 19)
ENTRIES = [FormEntry("#13", "Ship the beta")]


@pytest.mark.parametrize("line", ["渡辺", "渡辺 健二", "佐々木", "张伟", "王小明", "（陈静）"])
def test_a_name_starting_with_a_common_family_name_is_a_name(line: str) -> None:
    assert cjk_name(line)


@pytest.mark.parametrize("line", ["要確認", "要対応 明日", "完了", "黄色", "赤", "顺利完成了的"])
def test_words_that_start_with_no_family_name_are_no_name(line: str) -> None:
    assert not cjk_name(line)


def test_the_own_name_beside_another_script_is_the_person_signing() -> None:
    own = own_names(("Wei Zhang",))
    assert names_own("张伟 | Wei Zhang", own)
    assert names_own("Wei Zhang | Head of Growth", own)
    assert not names_own("张伟 | documents accepted", own)


@pytest.mark.parametrize("signed", ["渡辺", "渡辺 健二"])
def test_a_name_signed_under_the_last_answer_is_not_its_note(signed: str) -> None:
    result = understand(f"#13 黄色 - テスト遅延\n{signed}", ENTRIES, THURSDAY)
    assert [(a.status, a.note) for a in result.items] == [("yellow", "テスト遅延")]


def test_words_under_the_last_answer_that_are_no_name_stay_the_note() -> None:
    result = understand("#13 黄色 - テスト遅延\n要確認 明日", ENTRIES, THURSDAY)
    assert [a.note for a in result.items] == ["テスト遅延\n要確認 明日"]


def test_a_note_a_client_wrapped_mid_sentence_is_joined_back() -> None:
    text = (
        "#13 yellow - QA found two bugs; one of them is a regression we marked\n"
        "red in the tracker, the other is cosmetic\n"
        "- and a list item of its own"
    )
    result = understand(text, ENTRIES, THURSDAY)
    assert [(a.status, a.note) for a in result.items] == [
        (
            "yellow",
            "QA found two bugs; one of them is a regression we marked red in the tracker, "
            "the other is cosmetic\n- and a list item of its own",
        )
    ]
