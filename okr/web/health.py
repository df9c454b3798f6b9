"""`/healthz` for load balancers and monitors, `/metrics` for Prometheus."""

from __future__ import annotations

import hmac
from ipaddress import ip_address

from flask import Blueprint, Response, current_app, jsonify, request

from .. import health, metrics
from ..extensions import csrf, limiter

bp = Blueprint("health", __name__)


@bp.route("/healthz")
@limiter.exempt
def healthz() -> Response:
    """200 when the weekly work is flowing, 503 with the failing checks otherwise. Only
    ages and counts: nothing about people."""
    healthy, body = health.report()
    response = jsonify(body)
    response.status_code = 200 if healthy else 503
    response.headers["Cache-Control"] = "no-store"
    return response


def _may_scrape() -> bool:
    """With OKR_METRICS_TOKEN set, a bearer token; without it, loopback clients only."""
    token = current_app.config.get("METRICS_TOKEN")
    if token:
        given = request.headers.get("Authorization", "")
        return given.startswith("Bearer ") and hmac.compare_digest(
            given[7:].strip().encode(), token.encode()
        )
    try:
        return ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False


@bp.route("/metrics")
@limiter.exempt
@csrf.exempt
def scrape() -> Response:
    if not _may_scrape():
        response = jsonify(
            error="metrics are served to loopback clients, or with OKR_METRICS_TOKEN "
            "as a bearer token"
        )
        response.status_code = 403
        return response
    return Response(
        metrics.exposition(current_app),
        mimetype="text/plain",
        headers={"Cache-Control": "no-store", "Content-Type": "text/plain; version=0.0.4"},
    )
