"""The outbox folder (the embedded default) never shows a message half written: whoever
watches it, a person, a mail program or a test, opens only whole .eml files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from flask import Flask

from okr import delivery


def test_a_message_appears_under_its_eml_name_only_when_whole(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = b"Subject: hello\r\n\r\n" + b"x" * 100_000
    folder = Path(app.config["OUTBOX_DIR"])
    seen: list[tuple[list[str], int]] = []
    real_replace = os.replace

    def watching_replace(src, dst):  # what a reader of the folder sees just before
        seen.append((sorted(p.name for p in folder.glob("*.eml")), Path(src).stat().st_size))
        return real_replace(src, dst)

    monkeypatch.setattr(delivery.os, "replace", watching_replace)
    with app.app_context():
        path = delivery.write_eml(raw, "Dana@Example.com")
    assert seen == [([], len(raw))]  # no .eml yet, the whole message under another name
    assert path.read_bytes() == raw and "-dana-example-com-" in path.name
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
