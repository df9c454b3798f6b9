"""A real IMAP server for tests: Dovecot (Debian's dovecot-imapd) over TLS on loopback.

One server per session (implicit TLS on one port, STARTTLS on another), started as a
foreground process from a config written to a temporary folder, with a self-signed
certificate made by the `openssl` program. Any user name logs in with the password
PASSWORD and gets an empty Maildir of its own, so each test takes a fresh mailbox by
using a new user name (the `dovecot` fixture).
"""

from __future__ import annotations

import contextlib
import grp
import imaplib
import os
import pwd
import shutil
import ssl
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers import _wait_for, free_port, unavailable

DOVECOT = "/usr/sbin/dovecot"
PASSWORD = "imap-test-password"
DOVECOT_CONF = """\
# Written by tests/imap.py: a throwaway server, nothing from /etc/dovecot is read.
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1, 127.0.0.2
ssl = required
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
auth_mechanisms = plain
auth_failure_delay = 0
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={folder}/home/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    port = {starttls_port}
  }}
  inet_listener imaps {{
    port = {port}
  }}
{login_chroot}}}
"""


@dataclass(frozen=True)
class DovecotServer:
    host: str
    port: int  # implicit TLS (imaps)
    starttls_port: int  # plain IMAP; STARTTLS before anything else
    ca_file: str  # the self-signed certificate the server presents
    folder: Path

    @property
    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


@dataclass(frozen=True)
class IMAPAccount:
    """One user's mailbox on the test server, with helpers that talk plain imaplib."""

    server: DovecotServer
    user: str
    password: str = PASSWORD

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def ca_file(self) -> str:
        return self.server.ca_file

    @contextlib.contextmanager
    def connect(self) -> Iterator[imaplib.IMAP4_SSL]:
        context = ssl.create_default_context(cafile=self.ca_file)
        client = imaplib.IMAP4_SSL(self.host, self.port, ssl_context=context, timeout=10)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def folder(self, client: imaplib.IMAP4, name: str) -> str:
        """A folder name written with "/" in the server's separator (Dovecot's Maildir: ".")."""
        typ, data = client.list('""', '""')
        assert typ == "OK", data
        delimiter = data[0].split(b'"')[1].decode()
        return name.replace("/", delimiter)

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.connect() as client:
            typ, data = client.append(_quoted(self.folder(client, folder)), None, None, raw)
            assert typ == "OK", data

    def messages(self, folder: str = "INBOX") -> list[bytes]:
        """The raw messages in `folder` (oldest first), or [] if it does not exist."""
        with self.connect() as client:
            typ, _ = client.select(_quoted(self.folder(client, folder)), readonly=True)
            if typ != "OK":
                return []
            typ, data = client.uid("SEARCH", "ALL")
            uids = data[0].split()
            found = []
            for uid in uids:
                typ, fetched = client.uid("FETCH", uid, "(BODY.PEEK[])")
                assert typ == "OK", fetched
                found.append(fetched[0][1])
            return found

    def flags(self, folder: str = "INBOX") -> list[str]:
        with self.connect() as client:
            client.select(_quoted(self.folder(client, folder)), readonly=True)
            typ, data = client.fetch("1:*", "(FLAGS)")
            return [item.decode() for item in data if item]


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _users() -> dict[str, str | int]:
    """Who runs what: as root, Dovecot wants unprivileged users for logins and mail."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return {
            "internal_user": me.pw_name,
            "internal_group": grp.getgrgid(os.getgid()).gr_name,
            "login_user": me.pw_name,
            "mail_uid": os.getuid(),
            "mail_gid": os.getgid(),
            "login_chroot": "  chroot =\n",  # only root can chroot
        }
    login = next((name for name in ("dovenull", "nobody") if _user_exists(name)), None)
    if login is None:
        unavailable("running Dovecot as root needs a `dovenull` or `nobody` user")
    mail = pwd.getpwnam("nobody") if _user_exists("nobody") else pwd.getpwnam(login)
    return {
        "internal_user": "root",
        "internal_group": "root",
        "login_user": login,
        "mail_uid": mail.pw_uid,
        "mail_gid": mail.pw_gid,
        "login_chroot": "",
    }


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _make_certificate(folder: Path) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        unavailable("openssl is not installed (apt-get install openssl)")
    done = subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem")],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.fail(f"openssl could not make a certificate:\n{done.stderr}", pytrace=False)
    (folder / "key.pem").chmod(0o600)


def _greets(host: str, port: int, ca_file: str) -> bool:
    context = ssl.create_default_context(cafile=ca_file)
    client = imaplib.IMAP4_SSL(host, port, ssl_context=context, timeout=2)
    with contextlib.suppress(Exception):
        client.logout()
    return True


@pytest.fixture(scope="session")
def dovecot_server() -> Iterator[DovecotServer]:
    if not Path(DOVECOT).exists():
        unavailable(f"{DOVECOT} is not installed (apt-get install dovecot-imapd)")
    users = _users()
    # A short path of its own: Dovecot's sockets live in base_dir (108-byte socket paths).
    folder = Path(tempfile.mkdtemp(prefix="flagpost-imap-"))
    folder.chmod(0o755)  # the mail user (not root) must reach its home below
    home = folder / "home"
    home.mkdir()
    os.chown(home, int(users["mail_uid"]), int(users["mail_gid"]))
    port, starttls_port = free_port(), free_port()
    config = folder / "dovecot.conf"
    config.write_text(
        DOVECOT_CONF.format(
            folder=folder, port=port, starttls_port=starttls_port, password=PASSWORD, **users
        )
    )
    _make_certificate(folder)
    ca_file = str(folder / "cert.pem")
    output = open(folder / "stdout.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(
            lambda: _greets("127.0.0.1", port, ca_file), "Dovecot", proc, folder / "dovecot.log"
        )
        yield DovecotServer("127.0.0.1", port, starttls_port, ca_file, folder)
    finally:
        proc.terminate()  # the master stops its children and removes its pid file
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        output.close()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def dovecot(dovecot_server) -> IMAPAccount:
    """An empty mailbox of its own on the session's Dovecot (a new user name per test)."""
    return IMAPAccount(dovecot_server, f"flagpost-{uuid.uuid4().hex[:10]}")


@pytest.fixture
def imap_config(app_config, dovecot) -> dict:
    """Point the app at the test mailbox over verified TLS."""
    app_config.update(
        IMAP_HOST=dovecot.host,
        IMAP_PORT=dovecot.port,
        IMAP_USER=dovecot.user,
        IMAP_PASSWORD=dovecot.password,
        IMAP_SSL=True,
        IMAP_STARTTLS=False,
        IMAP_VERIFY_TLS=True,
        IMAP_CA_FILE=dovecot.ca_file,
        IMAP_TIMEOUT=10,
    )
    return app_config
