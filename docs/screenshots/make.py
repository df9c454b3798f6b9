"""Make the README's pictures from the demo company, with Chromium, so they stay current.

    python docs/screenshots/make.py        (needs Debian's chromium and playwright)

A throwaway instance (SQLite, mail kept as .eml files) gets the demo company, this week's
forms and digests; the pictures are the form email and a digest as a mail program shows
their HTML, the status page the form links to, and the board a manager lands on, each at
1280 and 390 px wide. They are written beside this script.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
WIDTHS = {"wide": 1280, "phone": 390}


def _html_of(path: Path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return message.get_body(preferencelist=("html",)).get_content()


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="flagpost-pictures-"))
    os.environ.update(OKR_INSTANCE_PATH=str(work), OKR_SECRET_KEY="pictures-" + "x" * 40)
    for name in ("DATABASE_URL", "REDIS_URL", "MAIL_SERVER", "OKR_BASE_URL"):
        os.environ.pop(name, None)
    from playwright.sync_api import sync_playwright
    from sqlalchemy import select
    from werkzeug.serving import make_server

    from okr import create_app
    from okr.extensions import db
    from okr.models import Person
    from okr.services import signin

    app = create_app()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    app.config["BASE_URL"] = base
    runner = app.test_cli_runner()
    for command in (["init-db"], ["demo"], ["send-forms", "--now"], ["send-digests", "--now"]):
        result = runner.invoke(args=command)
        if result.exit_code != 0:
            sys.exit(f"okr {' '.join(command)} failed: {result.output}")
    outbox = Path(app.config["OUTBOX_DIR"])
    mails = sorted(outbox.glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    with app.app_context():
        manager = db.session.scalars(
            select(Person).where(Person.manager_id.is_(None), Person.active.is_(True))
        ).first()
        link_tokens = {label: signin.issue_link_token(manager) for label in WIDTHS}
        db.session.commit()  # a link works once: one per browser
        manager_email = manager.email
    form = next(p for p in mails if "Weekly status" in p.read_text(errors="replace"))
    digest = next(
        p
        for p in mails
        if "Subject: Digest" in p.read_text(errors="replace")
        and manager_email.replace("@", "-").replace(".", "-") in p.name
    )
    status_link = re.search(rf"{re.escape(base)}/status/[^\s\"<>]+", _html_of(form)).group(0)

    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        for label, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 1400})
            page.set_content(_html_of(form))
            page.screenshot(path=HERE / f"form-{label}.png", full_page=True)
            page.set_content(_html_of(digest))
            page.screenshot(path=HERE / f"digest-{label}.png")  # its top, as one reads it
            page.goto(status_link)
            page.screenshot(path=HERE / f"status-{label}.png", full_page=True)
            page.goto(f"{base}/signin/link/{link_tokens[label]}")
            page.get_by_role("button").first.click()
            page.wait_for_load_state()
            page.goto(f"{base}/")
            page.screenshot(path=HERE / f"board-{label}.png", full_page=False)
            page.close()
        browser.close()
    server.shutdown()
    print(f"pictures written to {HERE}")


if __name__ == "__main__":
    main()
