"""Does a sign-in link request take longer for someone who works here than for a stranger?

The sign-in page answers every address the same way; if its answer came faster for an
unknown address, an outsider could still learn who works here by timing it. This posts
link requests for a known and for an unknown address, interleaved in random order, through
the whole web app (rate limit, CSRF form, session, the flash and the redirect), and prints
the median and p90 of each and their difference.

    python bench/signin_timing.py                  # 300 of each, embedded mode (no Redis)
    python bench/signin_timing.py --requests 500 --redis redis://127.0.0.1:6379/0

It uses a throwaway SQLite database and outbox folder under a temporary directory; with
`--redis` the links are handed to RQ (nothing runs them: run `okr worker` to see mail).
Requests follow each other without a pause, as an outsider's would, so work the app left
running in the background for one request is felt by the next, whichever address it has.
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from okr import create_app, queue  # noqa: E402
from okr.extensions import db  # noqa: E402
from okr.services import people  # noqa: E402

KNOWN = "dana@example.com"
UNKNOWN = "nobody@example.com"
WARMUP = 20


def _app(workdir: Path, redis_url: str | None):
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir / 'okr.sqlite'}",
            "OUTBOX_DIR": str(workdir / "outbox"),
            "SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789abcdef",
            "WTF_CSRF_ENABLED": False,
            "MAIL_SERVER": None,
            "REDIS_URL": redis_url,
            "SIGNIN_RATE_LIMIT": "1000000 per minute",
            "BASE_URL": "http://flagpost.bench",
        },
        instance_path=str(workdir / "instance"),
    )
    app.logger.setLevel(logging.WARNING)
    with app.app_context():
        db.create_all()
        people.create(email=KNOWN, name="Dana", manager_email=None, timezone="UTC")
        db.session.commit()
    return app


def _settle(app) -> None:
    """Let background work of the warm-up finish (older code has none)."""
    wait = getattr(queue, "wait_for_background", None)
    if wait is not None:
        wait(app)


def measure(requests: int, redis_url: str | None, seed: int) -> dict[str, list[float]]:
    """Times in ms by the address asked for, and (keys `after:ADDRESS`) by the address the
    request before asked for: work left running for one request slows the next."""
    with tempfile.TemporaryDirectory(prefix="flagpost-signin-") as tmp:
        app = _app(Path(tmp), redis_url)
        client = app.test_client()
        order = [KNOWN, UNKNOWN] * requests
        random.Random(seed).shuffle(order)
        for address in [KNOWN, UNKNOWN] * (WARMUP // 2):
            client.post("/signin", data={"link-email": address})
        _settle(app)
        times: dict[str, list[float]] = {
            key: [] for key in (KNOWN, UNKNOWN, f"after:{KNOWN}", f"after:{UNKNOWN}")
        }
        previous = None
        for address in order:
            start = time.perf_counter()
            response = client.post("/signin", data={"link-email": address})
            elapsed = (time.perf_counter() - start) * 1000
            if response.status_code != 302:
                raise SystemExit(f"unexpected answer {response.status_code} for {address}")
            times[address].append(elapsed)
            if previous is not None:
                times[f"after:{previous}"].append(elapsed)
            previous = address
        _settle(app)
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per address")
    parser.add_argument("--redis", default=None, help="REDIS_URL; default: embedded mode")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    times = measure(args.requests, args.redis, args.seed)
    mode = "RQ on Redis" if args.redis else "embedded (no Redis)"
    print(f"sign-in link requests, {args.requests} per address, {mode}")
    rows = (
        ("known address", KNOWN),
        ("unknown address", UNKNOWN),
        ("after a known one", f"after:{KNOWN}"),
        ("after an unknown", f"after:{UNKNOWN}"),
    )
    for label, key in rows:
        values = sorted(times[key])
        p90 = values[int(len(values) * 0.9)]
        print(f"  {label:18} median {statistics.median(values):6.2f} ms   p90 {p90:6.2f} ms")
    for label, first, second in (
        ("the address asked for", KNOWN, UNKNOWN),
        ("the address asked just before", f"after:{KNOWN}", f"after:{UNKNOWN}"),
    ):
        gap = statistics.median(times[first]) - statistics.median(times[second])
        print(f"  difference of the medians by {label}: {gap:+.2f} ms")


if __name__ == "__main__":
    main()
