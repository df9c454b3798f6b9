"""Before the steps: the schema and the generated company (timed for information only)."""

from __future__ import annotations

from bench.common import Timer, make_app


def generate(spec: dict) -> dict:
    from sqlalchemy import func, select

    from bench import workload
    from okr.extensions import db
    from okr.models import Person

    app = make_app()
    with app.app_context():
        db.create_all()
        if db.session.scalar(select(func.count()).select_from(Person)):
            raise RuntimeError("the benchmark database is not empty")
        with Timer() as timer:
            summary = workload.generate(spec["size"], week=spec["week"])
    return {"seconds": timer.seconds, "workload": summary.as_dict()}
