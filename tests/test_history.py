"""A key result's own page: where it stands now and its record week by week, for anyone
signed in (goals are public to the people who depend on them)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from okr import clock
from okr.extensions import db
from okr.models import ChangeSource
from okr.services import checkins, okrs
from tests.conftest import NOW, make_kr, make_person, sign_in


def _weeks_on(page: str) -> list[tuple[str, str]]:
    """(week, flag) per row of the week-by-week table."""
    rows = re.findall(
        r"<tr class=\"[^\"]*\">\s*<td>(\d{4}-W\d\d)</td>\s*<td>(.*?)</td>", page, re.S
    )
    return [(week, re.sub(r"<[^>]+>", "", flag).strip()) for week, flag in rows]


def test_the_page_shows_every_week_silent_ones_too_and_the_moves(app, client):
    dana = make_person("dana@example.com", "Dana Scully")
    clock.freeze(NOW - timedelta(weeks=3))  # created in 2026-W44
    kr = make_kr(dana, due=date(2026, 12, 15))
    clock.freeze(NOW - timedelta(weeks=2))
    checkins.record(kr, "2026-W45", "green", note="on track", author=dana)
    clock.freeze(NOW)
    checkins.record(kr, "2026-W47", "yellow", note="vendor late", author=dana)
    checkins.record(kr, "2026-W47", "red", score=0.4, note="vendor slipped", source="<m@x>")
    okrs.change_due(kr, date(2027, 1, 29), ChangeSource.REPLY)
    db.session.commit()
    sign_in(client, make_person("eli@example.com", "Eli"))  # not the owner, not a manager

    page = client.get(f"/krs/{kr.id}").get_data(as_text=True)

    assert _weeks_on(page) == [
        ("2026-W47", "red"),
        ("2026-W46", "no report"),
        ("2026-W45", "green"),
        ("2026-W44", "no report"),
    ]
    assert "vendor slipped" in page and "40%" in page
    assert "replacing 1 earlier answer" in page
    assert 'This week (2026-W47): <span class="flag flag-red">red</span>' in page
    assert "2026-12-15 → 2027-01-29" in page and "moved 1 time" in page


def test_the_board_and_the_admin_pages_link_to_it(app, client, admin):
    dana = make_person("dana@example.com", "Dana Scully")
    kr = make_kr(dana)
    make_person("eli@example.com", "Eli", manager=dana)
    sign_in(client, admin)
    assert f'href="/krs/{kr.id}"' in client.get("/").get_data(as_text=True)
    assert f'href="/krs/{kr.id}"' in client.get(f"/admin/people/{dana.id}/okrs").get_data(
        as_text=True
    )
    people = client.get("/admin/people").get_data(as_text=True)
    assert people.count('href="/digest/') == 1 and f'href="/digest/{dana.id}"' in people


def test_it_is_for_people_signed_in(app, client):
    kr = make_kr(make_person("dana@example.com", "Dana Scully"))
    assert client.get(f"/krs/{kr.id}").status_code == 302
    sign_in(client, make_person("eli@example.com", "Eli"))
    assert client.get(f"/krs/{kr.id + 1}").status_code == 404


def test_the_admin_menu_leads_to_every_managers_digest(app, client, admin):
    dana = make_person("dana@example.com", "Dana Scully")
    make_person("eli@example.com", "Eli", manager=dana)
    make_person("fay@example.com", "Fay")
    sign_in(client, admin)
    assert 'href="/admin/people?managers=1">Digests</a>' in client.get("/").get_data(as_text=True)
    listing = client.get("/admin/people?managers=1").get_data(as_text=True)
    assert "Managers and their digests" in listing
    assert f'href="/digest/{dana.id}"' in listing
    assert "fay@example.com" not in listing and "eli@example.com" not in listing
