"""The digest on the web: who may read which, what it shows, and the depth on the person form."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from okr import dispatch
from okr.extensions import db
from okr.models import MailKind, MailState, OutboxMessage, Person
from okr.services import checkins
from tests.conftest import NOW, make_kr, make_person, sign_in

WEEK = "2026-W47"
SECTION_IDS = [
    "headline", "rollup", "red", "no-report", "away", "yellow", "warnings", "done", "green",
]  # fmt: skip


@pytest.fixture
def org(app):
    """Cy heads Bo, who manages Dana; Olga runs another organisation with Otto."""
    cy = make_person("cy@example.com", "Cy Chief")
    bo = make_person("bo@example.com", "Bo Boss", manager=cy)
    dana = make_person("dana@example.com", "Dana Scully", manager=bo)
    eli = make_person("eli@example.com", "Eli Silent", manager=bo)
    olga = make_person("olga@example.com", "Olga Other")
    otto = make_person("otto@example.com", "Otto", manager=olga)
    red = make_kr(dana, "Sign 5 design partners")
    green = make_kr(dana, "Ship the beta", objective="Launch")
    make_kr(eli, "Hire two engineers")
    make_kr(otto, "Secret other-org plan")
    checkins.record(red, "2026-W46", "yellow", note="slow", author=dana)
    checkins.record(red, WEEK, "red", note="<script>alert(1)</script> vendor slipped", author=dana)
    checkins.record(green, WEEK, "green", score=0.8, author=dana)
    db.session.commit()
    return {"cy": cy, "bo": bo, "dana": dana, "olga": olga, "otto": otto, "red": red}


def _get(client, person: Person | None, url: str):
    if person is not None:
        sign_in(client, person)
    return client.get(url)


def test_anonymous_visitors_sign_in_first(client, org):
    for url in ("/digest", f"/digest/{org['bo'].id}"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/signin")


def test_own_digest(client, org):
    response = _get(client, org["cy"], "/digest")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Your digest" in page and f"week {WEEK}" in page
    assert "Sign 5 design partners" in page and "Dana Scully · via Bo Boss" in page
    assert "Raised early - thank them" in page
    assert "Hire two engineers" in page and "no report this week" in page
    assert "Secret other-org plan" not in page


def test_sections_come_in_the_mails_order(client, org):
    page = _get(client, org["cy"], "/digest").get_data(as_text=True)
    ids = re.findall(r'<section class="card digest-section" id="([\w-]+)"', page)
    shown = [i for i in ids if i in SECTION_IDS]
    assert shown == sorted(shown, key=SECTION_IDS.index)
    assert ids[-1] == "record"
    assert {"red", "no-report", "green", "rollup"} <= set(ids)


def test_rollup_rows_link_to_the_digests_the_viewer_may_open(client, org):
    page = _get(client, org["cy"], "/digest").get_data(as_text=True)
    rollup = page.split('id="rollup"')[1].split("</section>")[0]
    link = f'href="/digest/{org["bo"].id}?week={WEEK}"'
    assert f"<a {link}>Bo Boss</a>" in rollup
    assert client.get(f"/digest/{org['bo'].id}?week={WEEK}").status_code == 200  # allowed
    bo_page = _get(client, org["bo"], "/digest").get_data(as_text=True)
    bo_rollup = bo_page.split('id="rollup"')[1].split("</section>")[0]
    assert "<td>Dana Scully</td>" in bo_rollup and "<a " not in bo_rollup  # no reports


def test_away_has_its_own_section_never_no_report(client, org):
    eli = db.session.scalar(db.select(Person).where(Person.email == "eli@example.com"))
    eli.away_until = date(2026, 11, 30)
    db.session.commit()
    page = _get(client, org["cy"], "/digest").get_data(as_text=True)
    away = page.split('id="away"')[1].split("</section>")[0]
    assert "Eli Silent · via Bo Boss · away until 30 Nov 2026" in away
    assert "Hire two engineers" in away and "Ask:" not in away
    assert 'id="no-report"' not in page  # nobody else is silent


def test_what_changed_since_the_mail_went_out_is_marked(client, org):
    [row] = dispatch.queue_weekly(
        MailKind.DIGEST, [dispatch.Recipient(org["cy"].id, org["cy"].email, WEEK)]
    )
    sent = db.session.get(OutboxMessage, row)
    sent.state, sent.sent_at = MailState.SENT, NOW - timedelta(hours=1)
    later = make_kr(org["dana"], "Answered after the mail")
    checkins.record(later, WEEK, "green", author=org["dana"])  # at NOW: after the mail
    db.session.commit()
    page = _get(client, org["cy"], "/digest").get_data(as_text=True)
    assert "The mail of this digest went out Thu 19 Nov, 11:00 (UTC)" in page
    # the three reports, all made at 12:00, an hour after the mail
    assert page.count('</strong> <span class="changed">changed since the mail</span>') == 3
    unmarked = _get(client, org["bo"], "/digest").get_data(as_text=True)  # Bo got no mail
    assert "changed since the mail" not in unmarked


def test_trends_are_inline_svg_without_style_attributes_or_script(client, org):
    page = _get(client, org["cy"], "/digest").get_data(as_text=True)
    assert page.count('<svg class="trend"') >= 3
    chart = page.split('<svg class="trend"')[1].split("</svg>")[0]
    assert chart.count("<rect") == 6
    assert chart.count('class="t-none"') == 5 and 'class="t-red"' in chart  # new this week
    assert "oldest first" in chart  # an accessible name
    assert "style=" not in page  # the CSP allows no inline styles
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; vendor slipped" in page


def test_a_manager_reads_the_digests_within_their_scope_only(client, org):
    assert _get(client, org["cy"], f"/digest/{org['cy'].id}").status_code == 200
    bo = _get(client, None, f"/digest/{org['bo'].id}")
    assert bo.status_code == 200 and "Digest of Bo Boss" in bo.get_data(as_text=True)
    assert _get(client, None, f"/digest/{org['olga'].id}").status_code == 403


def test_nobody_reads_up_or_across(client, org):
    assert _get(client, org["bo"], f"/digest/{org['cy'].id}").status_code == 403
    assert _get(client, org["olga"], f"/digest/{org['bo'].id}").status_code == 403
    assert _get(client, org["dana"], f"/digest/{org['bo'].id}").status_code == 403


def test_an_admin_reads_any_digest(admin_client, org):
    for who in ("cy", "bo", "olga"):
        response = admin_client.get(f"/digest/{org[who].id}")
        assert response.status_code == 200, who
    page = admin_client.get(f"/digest/{org['olga'].id}").get_data(as_text=True)
    assert "Secret other-org plan" in page
    assert admin_client.get("/digest/99999").status_code == 404


def test_a_person_without_reports_is_told_so(client, org):
    response = _get(client, org["dana"], "/digest")
    assert response.status_code == 200
    assert "You have no reports" in response.get_data(as_text=True)


def test_the_week_can_be_chosen_and_a_bad_one_is_a_400(client, org):
    older = _get(client, org["cy"], "/digest?week=2026-W46").get_data(as_text=True)
    assert "week 2026-W46" in older  # the key results were made this week: none yet
    assert "Nothing is red this week" in older and "Sign 5 design partners" not in older
    bad = _get(client, None, "/digest?week=2026-W60")
    assert bad.status_code == 400 and "2026 has no week 60" in bad.get_data(as_text=True)
    assert _get(client, None, "/digest?week=soon").status_code == 400


def test_the_nav_links_the_digest_for_managers_only(client, org):
    board = _get(client, org["bo"], "/").get_data(as_text=True)
    assert 'href="/digest"' in board
    board = _get(client, org["dana"], "/").get_data(as_text=True)
    assert 'href="/digest"' not in board


# --- The digest depth on the admin's person form -------------------------------------------


def _person_form(person: Person, **changes) -> dict:
    data = {
        "name": person.name,
        "email": person.email,
        "manager_email": person.manager.email if person.manager else "",
        "timezone": person.timezone,
        "away_until": "",
    }
    data.update(changes)
    return data


def test_the_person_form_sets_the_digest_depth(admin_client, org):
    bo = org["bo"]
    page = admin_client.get(f"/admin/people/{bo.id}/edit").get_data(as_text=True)
    assert '<option selected value="3">3 levels</option>' in page
    assert '<option value="">Whole organisation</option>' in page

    response = admin_client.post(
        f"/admin/people/{bo.id}/edit", data=_person_form(bo, digest_depth="")
    )
    assert response.status_code == 302
    db.session.refresh(bo)
    assert bo.digest_depth is None
    page = admin_client.get(f"/admin/people/{bo.id}/edit").get_data(as_text=True)
    assert '<option selected value="">Whole organisation</option>' in page

    admin_client.post(f"/admin/people/{bo.id}/edit", data=_person_form(bo, digest_depth="1"))
    db.session.refresh(bo)
    assert bo.digest_depth == 1

    refused = admin_client.post(
        f"/admin/people/{bo.id}/edit", data=_person_form(bo, digest_depth="99")
    )
    assert refused.status_code == 400
    db.session.refresh(bo)
    assert bo.digest_depth == 1


def test_a_new_person_gets_the_default_depth(admin_client, org):
    response = admin_client.post(
        "/admin/people/new",
        data={
            "name": "Nia New",
            "email": "nia@example.com",
            "timezone": "UTC",
            "digest_depth": "5",
        },
    )
    assert response.status_code == 302
    nia = db.session.scalar(db.select(Person).where(Person.email == "nia@example.com"))
    assert nia.digest_depth == 5


def test_the_depth_limits_whose_digest_a_manager_reads(client, org):
    cy = org["cy"]
    cy.digest_depth = 1
    db.session.commit()
    sign_in(client, cy)
    assert client.get(f"/digest/{org['bo'].id}").status_code == 200  # level 1
    assert client.get(f"/digest/{org['dana'].id}").status_code == 403  # level 2
