"""Authentication-Results read as RFC 8601 writes it: real servers' headers, and headers
where the sender's own text (envelope sender, comments, quoted strings, forged headers)
tries to hide the receiving server's `dmarc=fail`.

The end-to-end forgeries through the inbound door are in test_reliability_intruders.py.
"""

from __future__ import annotations

import pytest

from okr.replies import authres, decode
from okr.services import reply_auth

OURS = "mx.ours.example"
TRUSTED = authres.trusted_ids(OURS)

# (name, Authentication-Results headers topmost first ("{id}" is ours), held?)
CASES = [
    # --- as real servers write them -------------------------------------------------------
    (
        "gmail-pass",
        [
            "{id}; dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEf12; "
            "spf=pass (google.com: domain of dana@example.com designates 209.85.220.41 as "
            "permitted sender) smtp.mailfrom=dana@example.com; "
            "dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com"
        ],
        False,
    ),
    (
        "gmail-fail",
        [
            "{id}; dkim=fail header.i=@example.com header.s=s1 header.b=AbCdEf12; "
            "spf=softfail (google.com: domain of transitioning x@example.com does not "
            "designate 203.0.113.9 as permitted sender) smtp.mailfrom=x@example.com; "
            "dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=example.com"
        ],
        True,
    ),
    (
        "microsoft-365-pass",
        [
            "{id}; spf=pass (sender IP is 40.107.22.1) smtp.mailfrom=example.com; "
            "dkim=pass (signature was verified) header.d=example.com;"
            "dmarc=pass action=none header.from=example.com;compauth=pass reason=100"
        ],
        False,
    ),
    (
        "microsoft-365-fail",
        [
            "{id}; spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; "
            "dkim=none (message not signed) header.d=none;"
            "dmarc=fail action=oreject header.from=example.com;compauth=fail reason=000"
        ],
        True,
    ),
    (
        # Microsoft 365 writes no authserv-id at all: no server can be trusted by it.
        "microsoft-365-without-authserv-id",
        [
            "spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; "
            "dkim=none (message not signed) header.d=none;"
            "dmarc=fail action=oreject header.from=example.com;compauth=fail reason=000"
        ],
        False,
    ),
    (
        "fastmail-pass",
        [
            "{id}; dkim=pass (2048-bit rsa key sha256) header.d=example.com "
            "header.i=@example.com header.b=AbCd x-bits=2048 x-keytype=rsa "
            "x-algorithm=sha256 x-selector=fm1; arc=none (no signatures); "
            "dmarc=pass policy.published-domain-policy=none "
            "policy.applied-disposition=none (p=none,sp=none,d=none,d.eval=none) "
            "policy.policy-from=p header.from=example.com; "
            "spf=pass smtp.mailfrom=dana@example.com smtp.helo=mail.example.com; "
            "x-aligned-from=pass (Address match); x-me-sender=none"
        ],
        False,
    ),
    (
        "fastmail-fail",
        [
            "{id}; dkim=none (no signatures found); arc=none (no signatures); "
            "dmarc=fail policy.published-domain-policy=reject "
            "policy.applied-disposition=reject (p=reject,d=reject,d.eval=reject) "
            "policy.policy-from=p header.from=example.com; "
            "spf=fail smtp.mailfrom=x@evil.example smtp.helo=evil.example"
        ],
        True,
    ),
    (
        "postfix-opendmarc-fail",
        ["{id}; dmarc=fail (p=reject dis=none) header.from=example.com"],
        True,
    ),
    (
        "postfix-opendmarc-pass",
        ["{id}; dmarc=pass (p=none dis=none) header.from=example.com"],
        False,
    ),
    (
        # opendkim, opendmarc and an SPF daemon each add their own header with our id.
        "postfix-one-header-per-filter",
        [
            "{id}; dkim=pass (2048-bit key; unprotected) header.d=example.com "
            "header.i=@example.com header.b=AbCdEf12",
            "{id}; dmarc=fail (p=quarantine dis=quarantine) header.from=example.com",
            "{id}; spf=fail smtp.mailfrom=evil.example",
        ],
        True,
    ),
    ("version-number", ["{id} 1; dmarc=fail header.from=example.com"], True),
    ("version-with-comment", ["{id} 1 (v1); dmarc=fail"], True),
    ("no-result", ["{id}; none"], False),
    ("no-dmarc-result", ["{id}; spf=pass smtp.mailfrom=example.com"], False),
    ("temperror-is-no-failure", ["{id}; dmarc=temperror header.from=example.com"], False),
    ("uppercase", ["{ID}; DMARC=FAIL header.from=example.com"], True),
    ("mixed-case-method", ["{id}; DMarc=Fail"], True),
    (
        "folded-lines",
        [
            "{id};\r\n\tspf=pass smtp.mailfrom=dana@example.com;\r\n"
            " dmarc=fail header.from=example.com"
        ],
        True,
    ),
    ("no-spaces", ["{id};dmarc=fail(p=reject)header.from=example.com"], True),
    ("spaces-around-equals", ["{id} ; dmarc = fail header.from = example.com"], True),
    ("method-version", ["{id}; dmarc/1=fail header.from=example.com"], True),
    ("method-version-spaced", ["{id}; dmarc / 1 = fail"], True),
    ("trailing-semicolon", ["{id}; dmarc=fail header.from=example.com;"], True),
    ("quoted-authserv-id", ['"{id}"; dmarc=fail'], True),
    ("authserv-id-with-trailing-dot", ["{id}.; dmarc=fail"], True),
    ("comment-before-authserv-id", ["(our MX) {id}; dmarc=fail"], True),
    ("8-bit-from-domain", ["{id}; dmarc=fail header.from=exämple.com"], True),
    (
        "two-from-domains",
        ["{id}; dmarc=pass header.from=a.example; dmarc=fail header.from=b.example"],
        True,
    ),
    (
        "arc-comment-says-fail-result-passes",
        ["{id}; arc=pass (i=1 spf=pass dkim=pass dmarc=fail); dmarc=pass header.from=example.com"],
        False,
    ),
    # --- the sender's text trying to hide the failure --------------------------------------
    (
        "envelope-sender-dmarc-pass",
        [
            "{id}; spf=pass smtp.mailfrom=dmarc=pass@evil.example; "
            "dmarc=fail header.from=example.com"
        ],
        True,
    ),
    (
        "envelope-sender-quoted-dmarc-pass",
        ['{id}; spf=pass smtp.mailfrom="dmarc=pass"@evil.example; dmarc=fail'],
        True,
    ),
    (
        "envelope-sender-quoted-semicolon",
        ['{id}; spf=pass smtp.mailfrom="x;dmarc=pass"@evil.example; dmarc=fail'],
        True,
    ),
    (
        "envelope-sender-escaped-quote",
        [r'{id}; spf=pass smtp.mailfrom="x\"; dmarc=pass"@evil.example; dmarc=fail'],
        True,
    ),
    (
        "comment-dmarc-none",
        ["{id}; spf=pass (dmarc=none) smtp.mailfrom=evil.example; dmarc=fail"],
        True,
    ),
    (
        "comment-dmarc-pass",
        ["{id}; dkim=pass (dmarc=pass) header.d=evil.example; dmarc=fail"],
        True,
    ),
    (
        "nested-comment",
        ["{id}; spf=pass (a (dmarc=pass) b) smtp.mailfrom=e.example; dmarc=fail"],
        True,
    ),
    (
        "comment-with-semicolon",
        ["{id}; spf=pass (x; dmarc=pass) smtp.mailfrom=e.example; dmarc=fail"],
        True,
    ),
    ("quoted-string-dmarc-pass", ['{id}; x-note=pass policy.text="dmarc=pass"; dmarc=fail'], True),
    (
        "reason-dmarc-pass",
        ['{id}; dmarc=fail reason="dmarc=pass; p=reject" header.from=x.example'],
        True,
    ),
    (
        "property-looking-like-a-result",
        ["{id}; spf=pass smtp.mailfrom=e.example dmarc=pass; dmarc=fail"],
        True,
    ),
    (
        # An envelope sender with an unclosed "(": read as a character, not a comment.
        "unclosed-parenthesis",
        ["{id}; spf=pass smtp.mailfrom=a(b@evil.example; dmarc=fail header.from=example.com"],
        True,
    ),
    (
        # An unclosed '"' pairs with a later one: the real result ends inside a quoted string.
        "quote-moves-the-result",
        ['{id}; spf=pass smtp.mailfrom=a"b@evil.example; dmarc=fail header.from="example.com"'],
        True,
    ),
    ("unclosed-quote", ['{id}; spf=pass smtp.mailfrom=a"b@evil.example; dmarc=fail'], True),
    ("junk-before-the-result", ["{id}; ??? junk; dmarc=fail"], True),
    ("stray-parenthesis", ["{id}; spf=pass smtp.mailfrom=a)b@evil.example; dmarc=fail"], True),
    (
        # The sender's forged header claiming our id, below the one our server added.
        "forged-pass-below-ours",
        ["{id}; dmarc=fail header.from=example.com", "{id}; dmarc=pass header.from=example.com"],
        True,
    ),
    (
        # Even above ours (a server that appends): a pass never outweighs a failure.
        "forged-pass-above-ours",
        ["{id}; dmarc=pass header.from=example.com", "{id}; dmarc=fail header.from=example.com"],
        True,
    ),
    (
        "forged-pass-and-another-servers-fail",
        ["{id}; dmarc=pass", "mx.evil.example; dmarc=fail"],
        False,
    ),
    ("other-servers-pass-ours-fails", ["mx.evil.example; dmarc=pass", "{id}; dmarc=fail"], True),
    ("only-another-servers-fail", ["mx.evil.example; dmarc=fail"], False),
    ("look-alike-id-suffix", ["{id}.evil.example; dmarc=fail"], False),
    ("look-alike-id-prefix", ["evil-{id}; dmarc=fail"], False),
    ("our-id-in-a-comment-only", ["mx.evil.example (via {id}); dmarc=fail"], False),
    ("our-id-as-a-property", ["mx.evil.example; dmarc=fail header.from={id}"], False),
    ("too-long-to-read", ["{id}; " + "x=pass; " * 15_000 + "dmarc=fail"], True),
    ("empty", [""], False),
    ("no-headers", [], False),
]


@pytest.mark.parametrize(("name", "headers", "held"), CASES, ids=[c[0] for c in CASES])
def test_a_dmarc_failure_stamped_by_our_server_is_found(name, headers, held):
    values = [h.replace("{id}", OURS).replace("{ID}", OURS.upper()) for h in headers]
    found = authres.verdict(values, TRUSTED)
    assert ("fail" in found.results or found.doubtful) is held, (name, found)


def test_the_cases_cover_each_side_many_times():
    assert sum(1 for *_, held in CASES if held) >= 30
    assert sum(1 for *_, held in CASES if not held) >= 12


@pytest.mark.parametrize(
    ("value", "authserv_id", "version", "results"),
    [
        ("mx.example.com; dmarc=pass", "mx.example.com", None, [("dmarc", "pass")]),
        ("MX.Example.COM 1; SPF=Pass", "mx.example.com", 1, [("spf", "pass")]),
        ("mx.example.com; none", "mx.example.com", None, []),
        (
            "mx.example.com; spf=pass (a; dmarc=fail) smtp.mailfrom=a@b.example; dkim=fail",
            "mx.example.com",
            None,
            [("spf", "pass"), ("dkim", "fail")],
        ),
        ("spf=pass smtp.mailfrom=example.com; dmarc=pass", None, None, None),
        ("mx.example.com extra words; dmarc=pass", None, None, None),
    ],
)
def test_the_header_is_read_as_the_grammar_says(value, authserv_id, version, results):
    parsed = authres.parse(value)
    assert parsed.authserv_id == authserv_id
    if authserv_id is not None:
        assert parsed.version == version
        assert [(r.method, r.result) for r in parsed.results] == results


def test_properties_and_reason_are_kept_apart_from_results():
    parsed = authres.parse(
        'mx.example.com; spf=pass smtp.mailfrom="a b"@example.com smtp.helo=mail.example.com; '
        'dmarc=fail reason="dmarc=pass" header.from=example.com'
    )
    spf, dmarc = parsed.results
    assert spf.properties == (
        ("smtp", "mailfrom", "a b@example.com"),
        ("smtp", "helo", "mail.example.com"),
    )
    assert dmarc.reason == "dmarc=pass"
    assert dmarc.properties == (("header", "from", "example.com"),)


def test_several_trusted_ids_separated_by_commas():
    trusted = authres.trusted_ids(" MX1.ours.example , mx2.ours.example.,")
    assert trusted == {"mx1.ours.example", "mx2.ours.example"}
    assert authres.verdict(["mx2.ours.example; dmarc=fail"], trusted).results == ("fail",)
    assert authres.trusted_ids(None) == authres.trusted_ids("") == frozenset()


@pytest.mark.parametrize(
    "hostile",
    [
        "(" * 50_000,
        '"' * 50_000,
        '\\"' * 50_000,
        "(" * 25_000 + ")" * 25_000,
        "a=" * 50_000,
        ";" * 100_000,
        "x (" * 30_000,
    ],
)
def test_hostile_headers_never_raise_and_hide_no_failure(hostile):
    """Unclosed comments and quotes by the ten thousand are read in one pass each."""
    found = authres.verdict([f"{OURS}; {hostile}; dmarc=fail"], TRUSTED)
    assert "fail" in found.results or found.doubtful


def _message_with(headers: list[str]) -> bytes:
    """A reply as our mail server hands it over: its headers on top, folded as they came."""
    stamped = "".join(f"Authentication-Results: {value}\r\n" for value in headers)
    return (
        stamped + "From: dana@example.com\r\nTo: status@flagpost.test\r\nSubject: Re: Weekly\r\n"
        "Message-ID: <r1@client.example.com>\r\n\r\n#1 green\r\n"
    ).encode()


@pytest.mark.parametrize(("name", "headers", "held"), CASES, ids=[c[0] for c in CASES])
def test_every_case_reads_the_same_from_a_whole_message(app, name, headers, held):
    """The same table through the message's own header reading (unfolding, 8-bit)."""
    app.config["TRUSTED_AUTHSERV_ID"] = OURS
    values = [h.replace("{id}", OURS).replace("{ID}", OURS.upper()) for h in headers]
    msg = decode.parse(_message_with(values))
    assert reply_auth._dmarc_failed(msg) is held, name
