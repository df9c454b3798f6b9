"""POST /inbound/email: the door for inbound-mail services and relays.

It answers 2xx only once the raw message is stored (committed); 503 when it cannot
store it, so the sending server keeps the message and retries.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging

from flask import Blueprint, Response, current_app, jsonify, request
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import RequestEntityTooLarge

from .. import jobs
from ..errors import InvalidInput
from ..extensions import csrf, db
from ..services.inbound import MessageTooLarge, store

bp = Blueprint("inbound", __name__, url_prefix="/inbound")
log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Flagpost-Signature"
FORM_FIELDS = ("message", "email", "body-mime", "mime", "raw")


def _authorised(body: bytes) -> bool:
    secret = current_app.config.get("INBOUND_SECRET")
    if not secret:
        return False
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if signature.startswith("sha256="):
        expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(signature[7:].strip().lower(), expected)
    auth = request.headers.get("Authorization", "")
    if auth.startswith("Basic "):
        try:
            _, _, password = base64.b64decode(auth[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return hmac.compare_digest(password.encode(), secret.encode())
    return False


def _raw_message(body: bytes) -> bytes | None:
    if request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        for name in FORM_FIELDS:
            if name in request.files:
                return request.files[name].read()
            if name in request.form:
                return request.form[name].encode("utf-8", "surrogateescape")
        return None
    return body


def _answer(status: int, **payload) -> Response:
    response = jsonify(payload)
    response.status_code = status
    return response


@bp.route("/email", methods=["POST"])
@csrf.exempt
def receive():
    if not current_app.config["INBOUND_WEBHOOK"]:
        return _answer(404, error="the inbound web hook is off (OKR_INBOUND_WEBHOOK=false)")
    limit = current_app.config["MAX_MESSAGE_BYTES"]
    # This door's own limit (OKR_MAX_MESSAGE_BYTES), not the one of CSV uploads; a message
    # posted form-encoded takes up to about twice its size.
    request.max_content_length = limit * 2
    request.max_form_memory_size = limit * 2
    too_large = _answer(413, error=f"message over the limit of {limit:,} bytes")
    if request.content_length is not None and request.content_length > limit * 2:
        return too_large
    try:
        body = request.get_data(cache=True)
        if not _authorised(body):
            return _answer(401, error="missing or wrong signature or credentials")
        raw = _raw_message(body)
    except RequestEntityTooLarge:  # a body without a length, or a form field, over the limit
        return too_large
    if raw is None:
        return _answer(
            400, error=f"no raw message: send message/rfc822, or a form field {FORM_FIELDS[0]!r}"
        )
    try:
        stored = store(raw, "http")
    except MessageTooLarge as error:
        return _answer(413, error=str(error))
    except InvalidInput as error:
        return _answer(400, error=str(error))
    except SQLAlchemyError:
        db.session.rollback()
        log.exception("could not store an inbound message")
        return _answer(503, error="cannot store the message now; retry later")
    if not stored.duplicate:
        try:
            jobs.submit_inbound(stored.id)
        except Exception:  # stored already: the sweeper processes it later
            log.exception("processing inbound message %s failed for now", stored.id)
    return _answer(200 if stored.duplicate else 202, id=stored.id, duplicate=stored.duplicate)
