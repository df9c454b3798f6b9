"""Every page and every mail, rendered by an installed wheel: production installs a wheel.

CI runs this with the Python of a fresh virtual environment that installed the wheel (not
editable), from a folder that is not the checkout, after `okr init-db` (an empty database
gets the demo company here; `okr quickstart --no-serve` may have loaded it already).
OKR_INSTANCE_PATH names a throwaway instance folder; MAIL_SERVER and REDIS_URL must be
unset, so mail is written to the outbox folder and sent before each command returns.

It goes the way people go: weekly forms and reminders, digests, replies to a form (one
understood, one not) and to a digest (a question), sign-in links asked for on the sign-in
page, each through the `okr` command or a page. Every kind of MailKind must have gone out,
so a new kind cannot be forgotten. Then it signs in as an admin (password), a manager and a
member (their links) and GETs every page of the URL map as each of them and as a visitor,
with arguments taken from the mails and the demo data; a page it cannot fill fails the
check instead of being skipped. Finally every template of the installed package must have
been loaded at least once.

A failure is one line on standard error and exit status 1.
"""

from __future__ import annotations

import email
import email.policy
import io
import itertools
import logging
import os
import re
import sys
import sysconfig
import tempfile
import traceback
from email.message import EmailMessage
from email.utils import make_msgid, parseaddr
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from werkzeug.routing.converters import AnyConverter

import app
import mailers
import okr
from okr import create_app, queue
from okr.cli.demo import ADMIN_EMAIL
from okr.extensions import db
from okr.models import (
    InboundMessage,
    KeyResult,
    KRState,
    MailKind,
    MailState,
    OutboxMessage,
    Person,
)
from okr.services import demo

# Endpoints that take a GET but are not pages, with the reason. Actions without GET (every
# POST-only route, the inbound mail hook among them) are found in the URL map and listed.
NOT_PAGES: dict[str, str] = {
    "health.healthz": "its status is the system's, not the page's: check_health() reads it",
}
# Templates that nothing renders, with the reason (the check fails on any other).
UNUSED_TEMPLATES: dict[str, str] = {}
# 403: a role that may not see the page; 410: a sign-in link already used.
OK_STATUSES = {200, 302, 303, 403, 410}
LINK = re.compile(r"https?://[^\s<>\"')\]]+")
ADMIN_PASSWORD = "wheel-check-password-0123"  # noqa: S105 - a throwaway database


class CheckFailed(Exception):
    """One line that says what is wrong."""


def check(condition: object, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


def check_installed() -> None:
    """The check proves nothing if it imported the checkout instead of the wheel."""
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    for module in (app, mailers, okr):
        where = Path(module.__file__).resolve()
        check(site in where.parents, f"{module.__name__} was imported from {where}, not {site}")
    print(f"installed: okr, mailers and app from {site}")


def check_folders(application) -> None:
    """Templates and static files come from inside the installed package okr."""
    package = Path(okr.__file__).resolve().parent
    for what, folder in (
        ("templates", application.jinja_loader.searchpath[0]),
        ("static files", application.static_folder),
    ):
        where = Path(folder).resolve()
        check(package in where.parents, f"{what} are read from {where}, not from {package}")
        check(where.is_dir(), f"{what}: {where} is missing from the installed package")


class Forms(HTMLParser):
    """The forms of a page: action, method and the fields a browser would send."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "form":
            method = values.get("method", "get").lower()
            self.forms.append({"action": values.get("action", ""), "method": method, "types": {}})
            self.forms[-1]["fields"] = {}
            return
        if tag not in ("input", "button", "select", "textarea") or not self.forms:
            return
        kind = values.get("type", "text" if tag == "input" else tag).lower()
        self.forms[-1]["types"][values.get("name", "")] = kind
        if "name" in values and (kind not in ("checkbox", "radio") or "checked" in values):
            self.forms[-1]["fields"].setdefault(values["name"], values.get("value", ""))


def submit(client, path: str, has: str, **typed: str):
    """Post the form of the page at `path` that has a field of type `has`, with `typed`
    giving the value per field type (email, password) and the rest as the page set it."""
    page = client.get(path)
    check(page.status_code == 200, f"GET {path} answered {page.status_code}")
    for form in Forms(page.get_data(as_text=True)).forms:
        if form["method"] == "post" and has in form["types"].values():
            data = dict(form["fields"])
            for name, kind in form["types"].items():
                if kind in typed and name:
                    data[name] = typed[kind]
            return client.post(form["action"] or path, data=data)
    raise CheckFailed(f"{path} has no POST form with a {has} field")


class Outbox:
    """The mail written to the outbox folder, in the order it was written."""

    def __init__(self, folder: str) -> None:
        self.folder = Path(folder)
        self.seen: set[Path] = set()
        self.mails: list[EmailMessage] = []

    def new(self) -> list[EmailMessage]:
        fresh = sorted(set(self.folder.glob("*.eml")) - self.seen) if self.folder.is_dir() else []
        self.seen.update(fresh)
        mails = [
            email.message_from_bytes(p.read_bytes(), policy=email.policy.default) for p in fresh
        ]
        self.mails.extend(mails)
        return mails

    @staticmethod
    def text(mail: EmailMessage) -> str:
        part = mail.get_body(preferencelist=("plain",))
        check(part is not None, f"the mail {mail['Subject']!r} has no text part")
        return part.get_content()

    def paths(self, application, endpoint: str, to: str | None = None) -> list[str]:
        """The paths of the links to `endpoint` in the mail (to `to`), oldest first."""
        adapter = application.url_map.bind("localhost")
        found = []
        for mail in self.mails:
            if to is None or address(mail["To"]) == to:
                for url in LINK.findall(self.text(mail)):
                    path = urlsplit(url).path
                    if adapter.test(path) and adapter.match(path)[0] == endpoint:
                        found.append(path)
        return found


def address(header: object) -> str:
    return parseaddr(str(header))[1].lower()


def cli(application, *args: str) -> str:
    result = application.test_cli_runner().invoke(args=list(args))
    output = " ".join((result.output or repr(result.exception)).split())
    check(result.exit_code == 0, f"okr {' '.join(args)} exited {result.exit_code}: {output[-300:]}")
    return result.output


def write_reply(to_mail: EmailMessage, body: str, folder: Path) -> tuple[str, str]:
    """A reply to one of our mails as a mail client writes it, saved for `okr ingest`."""
    message = EmailMessage()
    message["From"] = str(to_mail["To"])
    message["To"] = str(to_mail["Reply-To"])
    message["Subject"] = f"Re: {to_mail['Subject']}"
    message["Message-ID"] = make_msgid(domain="client.example")
    message["In-Reply-To"] = message["References"] = str(to_mail["Message-ID"])
    message.set_content(body)
    path = folder / f"reply-{len(list(folder.glob('*.eml')))}.eml"
    path.write_bytes(message.as_bytes())
    return str(message["Message-ID"]), str(path)


def send_every_mail(application, outbox: Outbox, work: Path) -> dict[str, str]:
    """Send every kind of mail the way production does; return who to sign in as."""
    cli(application, "send-forms", "--now")
    forms = outbox.new()
    check(forms, "okr send-forms --now sent no form")
    cli(application, "send-forms", "--now", "--reminders")
    check(outbox.new(), "okr send-forms --now --reminders sent no reminder")
    cli(application, "send-digests", "--now")
    digests = outbox.new()
    check(digests, "okr send-digests --now sent no digest")

    with application.app_context():
        managers = {p.email.lower() for p in db.session.scalars(select(Person)) if p.reports}
    members = [mail for mail in forms if address(mail["To"]) not in managers]
    check(len(members) >= 2, "fewer than two people without reports got a form")
    digest = digests[0]
    refs = re.findall(r"#\d+", outbox.text(members[0]))
    check(refs, f"the form to {members[0]['To']} names no key result")
    digest_refs = re.findall(r"#\d+", outbox.text(digest))
    check(digest_refs, f"the digest to {digest['To']} names no key result")
    replies = {
        "the confirmation of an understood reply": write_reply(
            members[0], f"{refs[0]} green 0.6 - on track\n", work
        ),
        "the answer to a reply that was not understood": write_reply(
            members[1], "Thanks, see you on Monday.\n", work
        ),
        "the confirmation of a question asked in reply to a digest": write_reply(
            digest, f"{digest_refs[0]} what do you need from me?\n", work
        ),
    }
    cli(application, "ingest", *(path for _, path in replies.values()))
    answered = {str(mail["In-Reply-To"]).strip() for mail in outbox.new() if mail["In-Reply-To"]}
    with application.app_context():
        for what, (message_id, _) in replies.items():
            row = db.session.scalar(
                select(InboundMessage).where(InboundMessage.message_id == message_id)
            )
            state = f"{row.state.value}: {row.reason}" if row else "not stored"
            check(message_id in answered, f"{what} was not sent (the reply is {state})")

    # Sign-in links, asked for on the sign-in page; the member's second one stays unused.
    people = {"manager": address(digest["To"]), "member": address(members[0]["To"])}
    visitor = application.test_client()
    for who in (people["manager"], people["member"], people["member"]):
        response = submit(visitor, "/signin", "email", email=who)
        check(response.status_code in (200, 302, 303), f"POST /signin: {response.status_code}")
        # The request hands the link to the background (the same work for any address).
        check(queue.wait_for_background(application), "the sign-in link was never sent")
        check(outbox.new(), f"asking for a sign-in link for {who} sent no mail")

    with application.app_context():
        rows = db.session.scalars(select(OutboxMessage)).all()
    unsent = [r for r in rows if r.state is not MailState.SENT]
    if unsent:
        first = unsent[0]
        raise CheckFailed(
            f"{len(unsent)} mails were not sent; the first, {first.kind.value} to "
            f"{first.recipient}, is {first.state.value}: {first.last_error}"
        )
    kind_of = {r.message_id.strip().strip("<>"): r.kind for r in rows}
    kinds = {kind_of.get(str(mail["Message-ID"]).strip().strip("<>")) for mail in outbox.mails}
    missing = sorted(kind.value for kind in set(MailKind) - kinds)
    check(
        not missing, f"no mail of kind {', '.join(missing)} went out: teach this check to send it"
    )
    for mail in outbox.mails:
        check(mail["Subject"] and mail["To"], f"a mail without Subject or To: {mail['To']}")
        check(outbox.text(mail).strip(), f"{mail['Subject']!r}: the text part is empty")
        html = mail.get_body(preferencelist=("html",))
        check(html is not None and "</" in html.get_content(), f"{mail['Subject']!r}: no HTML")
    names = ", ".join(sorted(kind.value for kind in kinds if kind))
    print(f"mail: {len(outbox.mails)} messages, every kind ({names})")
    return people


def sign_in(application, outbox: Outbox, people: dict[str, str]) -> dict:
    """A test client per role, signed in the way that person signs in."""
    cli(application, "create-admin", ADMIN_EMAIL, "--password", ADMIN_PASSWORD)
    clients = {"visitor": application.test_client(), "admin": application.test_client()}
    submit(clients["admin"], "/signin", "password", email=ADMIN_EMAIL, password=ADMIN_PASSWORD)
    for role, who in people.items():
        links = outbox.paths(application, "auth.confirm_link", to=who)
        check(links, f"no sign-in link was mailed to {who}")
        clients[role] = application.test_client()
        submit(clients[role], links[0], "submit")
    for role, client in clients.items():
        status = client.get("/").status_code
        check((status == 200) == (role != "visitor"), f"GET / as the {role} answered {status}")
    print(f"signed in: {', '.join(role for role in clients if role != 'visitor')}")
    return clients


def argument_values(application, outbox: Outbox, people: dict[str, str]) -> dict[str, list]:
    """Values for the URL arguments of the pages, from the demo data."""
    with application.app_context():
        manager = db.session.scalar(select(Person).where(Person.email == people["manager"]))
        member = db.session.scalar(select(Person).where(Person.email == people["member"]))
        kr = db.session.scalars(
            select(KeyResult).where(
                KeyResult.owner_id == member.id, KeyResult.state == KRState.ACTIVE
            )
        ).first()
        inbound = db.session.scalars(select(InboundMessage.id)).first()
        check(kr and inbound, "the demo data has no key result or no inbound message")
        outgoing = [  # one message of each kind: each shows (or withholds) its text
            db.session.scalars(
                select(OutboxMessage.id).where(OutboxMessage.kind == kind).limit(1)
            ).first()
            for kind in MailKind
        ]
        return {
            "person_id": [manager.id, member.id],
            "kr_id": [kr.id],
            "objective_id": [kr.objective_id],
            "message_id": [inbound],
            "mailadmin.message:message_id": [one for one in outgoing if one is not None],
            "filename": sorted(p.name for p in Path(application.static_folder).iterdir()),
        }


def page_urls(application, outbox: Outbox, values: dict[str, list]) -> list[tuple[str, str]]:
    """(endpoint, path) for every page: each rule with GET, its arguments filled in."""
    adapter = application.url_map.bind("localhost")
    urls, actions = [], []
    for rule in sorted(application.url_map.iter_rules(), key=lambda r: r.rule):
        if "GET" not in rule.methods:
            actions.append(rule.rule)
            continue
        if rule.endpoint in NOT_PAGES:
            continue
        mailed = outbox.paths(application, rule.endpoint)
        if mailed:  # a link from a mail (the newest: a sign-in link not used yet)
            urls.append((rule.endpoint, mailed[-1]))
            continue
        choices = {}
        for name in sorted(rule.arguments):
            converter = rule._converters[name]
            if isinstance(converter, AnyConverter):
                choices[name] = sorted(converter.items)
            elif f"{rule.endpoint}:{name}" in values:  # where the name means another row
                choices[name] = values[f"{rule.endpoint}:{name}"]
            elif name in values:
                choices[name] = values[name]
            else:
                raise CheckFailed(f"{rule.rule}: no value for <{name}>; teach wheel_check.py")
        for combination in itertools.product(*choices.values()):
            arguments = dict(zip(choices, combination, strict=True))
            urls.append((rule.endpoint, adapter.build(rule.endpoint, arguments)))
    print(f"not pages (no GET): {', '.join(actions)}")
    return urls


def visit_every_page(application, clients: dict, urls: list[tuple[str, str]]) -> None:
    for endpoint, path in urls:
        statuses = {}
        for role, client in clients.items():
            response = client.get(path)
            body = response.get_data()  # read and closed: a streamed CSV ends its context
            response.close()
            statuses[role] = response.status_code
            check(
                response.status_code in OK_STATUSES, f"GET {path} as the {role}: {statuses[role]}"
            )
            if response.status_code == 200:
                check(body, f"GET {path} as the {role}: an empty page")
            if response.mimetype == "text/html" and not 300 <= response.status_code < 400:
                check(b"</html>" in body, f"GET {path} as the {role}: a cut page")
        check(200 in statuses.values(), f"GET {path} ({endpoint}) was 200 for nobody: {statuses}")
    missing = clients["visitor"].get("/no-such-page")
    check(missing.status_code == 404, f"GET /no-such-page answered {missing.status_code}")
    check(b"<title>Not found" in missing.data, "the 404 page is not ours (error.html)")
    print(f"pages: {len(urls)} URLs as {', '.join(clients)}, and the 404 page")


def check_health(application) -> None:
    """/healthz says 503 and why before the scheduler ever ticked, 200 after one tick."""
    visitor = application.test_client()
    before = visitor.get("/healthz")
    check(
        before.status_code == 503 and before.is_json and not before.json["checks"]["tick"]["ok"],
        f"GET /healthz before any tick answered {before.status_code}: {before.get_data()[:300]!r}",
    )
    cli(application, "tick")
    after = visitor.get("/healthz")
    check(
        after.status_code == 200 and after.json["status"] == "ok",
        f"GET /healthz after a tick answered {after.status_code}: {after.get_data()[:300]!r}",
    )
    print("health: 503 naming the tick before one ran, 200 after `okr tick`")


def preview_imports(application, admin) -> None:
    """The one page shown only after a POST: the CSV import preview, of our own export."""
    adapter = application.url_map.bind("localhost")
    page = admin.get("/admin/csv/").get_data(as_text=True)
    previews = 0
    for form in Forms(page).forms:
        if "file" not in form["types"].values():
            continue
        endpoint, arguments = adapter.match(form["action"], method="POST")
        check(endpoint == "imports.preview", f"an upload form posts to {endpoint}")
        export = admin.get(adapter.build("imports.download", arguments))
        check(export.status_code == 200, f"the {arguments} export answered {export.status_code}")
        data = dict(form["fields"])
        for name, kind in form["types"].items():
            if kind == "file":
                data[name] = (io.BytesIO(export.get_data()), "export.csv")
        response = admin.post(form["action"], data=data, content_type="multipart/form-data")
        check(response.status_code == 200, f"POST {form['action']}: {response.status_code}")
        previews += 1
    check(previews, "/admin/csv/ has no upload form")
    print(f"pages after a POST: {previews} CSV import previews")


def record_templates(application) -> set[str]:
    """Record every template the app loads (includes and imports too)."""
    loaded: set[str] = set()
    loader = application.jinja_env.loader
    original = loader.get_source

    def get_source(environment, template):
        loaded.add(template)
        return original(environment, template)

    loader.get_source = get_source
    return loaded


def main() -> None:
    check(os.environ.get("OKR_INSTANCE_PATH"), "set OKR_INSTANCE_PATH to a throwaway folder")
    for name in ("MAIL_SERVER", "REDIS_URL"):
        check(not os.environ.get(name), f"unset {name}: the check reads mail from the outbox")
    check_installed()

    application = create_app()
    application.config["PROPAGATE_EXCEPTIONS"] = True  # a TemplateNotFound names the template
    application.logger.setLevel(logging.WARNING)  # not a line per mail sent
    check_folders(application)
    loaded = record_templates(application)
    with application.app_context():
        empty = demo.count_people() == 0
    if empty:
        cli(application, "demo")
    outbox = Outbox(application.config["OUTBOX_DIR"])
    outbox.new()  # what earlier commands wrote is not this check's
    with tempfile.TemporaryDirectory() as work:
        people = send_every_mail(application, outbox, Path(work))
    clients = sign_in(application, outbox, people)
    urls = page_urls(application, outbox, argument_values(application, outbox, people))
    visit_every_page(application, clients, urls)
    check_health(application)
    preview_imports(application, clients["admin"])
    templates = {
        t for t in application.jinja_env.list_templates() if not t.endswith((".py", ".pyc"))
    }
    never = sorted(templates - loaded - set(UNUSED_TEMPLATES))
    check(not never, f"templates never loaded: {', '.join(never)}; add what shows them")
    print(f"templates: all {len(loaded)} loaded from the installed package")


if __name__ == "__main__":
    try:
        main()
    except CheckFailed as failure:
        print(f"wheel check FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
    except Exception as error:  # an exception from the app: its traceback, then one line
        traceback.print_exc()
        print(f"wheel check FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
    print("wheel check passed")
