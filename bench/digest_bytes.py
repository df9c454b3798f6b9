"""Every digest of the demo company, as `okr send-digests --now` hands it to SMTP.

    python bench/digest_bytes.py OUTDIR      # one .eml per manager, then compare two runs
    diff -r before/ after/

A check that a change to the digest path changed no byte of what managers get: the demo
company (`okr demo`) on a fresh SQLite database, the clock frozen on the Thursday the
demo's history ends, the real command sending to aiosmtpd on loopback. Only what differs
between any two runs is replaced by a fixed value: the Date header, the Message-ID and
the multipart boundary (random by design).
"""

from __future__ import annotations

import re
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import free_port  # noqa: E402

NOW = datetime(2026, 11, 19, 12, 0, tzinfo=UTC)  # the demo's history ends this week
_DATE = re.compile(rb"^Date: .*$", re.MULTILINE)
_MESSAGE_ID = re.compile(rb"^Message-ID: .*$", re.MULTILINE)
_BOUNDARY = re.compile(rb"=_flagpost_[0-9a-f]{24}")


def normalise(raw: bytes) -> bytes:
    raw = _DATE.sub(b"Date: -", raw)
    raw = _MESSAGE_ID.sub(b"Message-ID: -", raw)
    return _BOUNDARY.sub(b"=_flagpost_-", raw)


class _Keep:
    def __init__(self) -> None:
        self.received: list[tuple[list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.received.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


def dump(out: Path) -> int:
    from aiosmtpd.controller import Controller

    from okr import clock, create_app
    from okr.extensions import db

    keep, port = _Keep(), free_port()
    controller = Controller(keep, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    try:
        with tempfile.TemporaryDirectory() as work:
            app = create_app(
                {
                    "SECRET_KEY": "digest-bytes-secret-key-0123456789-abcdefghij",
                    "SQLALCHEMY_DATABASE_URI": f"sqlite:///{work}/demo.sqlite",
                    "OUTBOX_DIR": f"{work}/outbox",
                    "REDIS_URL": None,
                    "BASE_URL": "http://flagpost.test",
                    "MAIL_SERVER": "127.0.0.1",
                    "MAIL_PORT": port,
                    "MAIL_DEFAULT_SENDER": "Flagpost <flagpost@okr.example.com>",
                },
                instance_path=f"{work}/instance",
            )
            clock.freeze(NOW)
            with app.app_context():
                db.create_all()
                runner = app.test_cli_runner()
                for args in (["demo"], ["send-digests", "--now"]):
                    result = runner.invoke(args=args)
                    if result.exit_code != 0:
                        raise SystemExit(f"okr {' '.join(args)} failed:\n{result.output}")
                db.session.remove()
                db.engine.dispose()
    finally:
        controller.stop()
    out.mkdir(parents=True, exist_ok=True)
    for recipients, raw in keep.received:
        (out / f"{recipients[0]}.eml").write_bytes(normalise(raw))
    return len(keep.received)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    count = dump(Path(sys.argv[1]))
    print(f"{count} digests written to {sys.argv[1]}")
