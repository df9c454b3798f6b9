"""Admin pages: people and their OKRs, changed only through the services' rules."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import aliased, selectinload
from werkzeug.wrappers import Response

from ..errors import InvalidInput
from ..extensions import db
from ..models import ChangeSource, KeyResult, Objective, Person
from ..services import dependencies, okrs, validate
from ..services import people as directory
from . import params
from .access import admin_required
from .admin_forms import (
    ActionForm,
    DependencyForm,
    DropForm,
    KeyResultForm,
    ObjectiveForm,
    PersonForm,
    key_result_options,
    owner_of,
    people_options,
    picked,
    refuse,
    require_token,
    status_after_post,
)

bp = Blueprint("admin", __name__, url_prefix="/admin")

PER_PAGE = 50

Page = Response | tuple[str, int]


# People


@bp.route("/people")
@admin_required
def people() -> str:
    query = params.search_text()
    page = params.page_number()
    only_managers = request.args.get("managers") == "1"  # the admin menu's "Digests"
    stmt = directory.search(query).options(selectinload(Person.manager))
    if only_managers:
        reports = aliased(Person)
        stmt = stmt.where(
            select(reports.id)
            .where(reports.manager_id == Person.id, reports.active.is_(True))
            .exists()
        )
    pagination = db.paginate(stmt, page=page, per_page=PER_PAGE, error_out=False)
    shown = [person.id for person in pagination.items]
    managers = set(  # who on this page has a digest to link to, in one query
        db.session.scalars(
            select(Person.manager_id)
            .where(Person.manager_id.in_(shown), Person.active.is_(True))
            .distinct()
        )
    )
    return render_template(
        "admin/people.html",
        pagination=pagination,
        q=query,
        managers=managers,
        only_managers=only_managers,
    )


def _person_fields(form: PersonForm) -> dict:
    """The form as keyword arguments for the people service."""
    return {
        "name": form.name.data,
        "email": form.email.data,
        "manager_email": picked(form.manager_email.data, "manager_email"),
        "timezone": form.timezone.data,
        "away_until": validate.day(
            form.away_until.data, "away_until", "the away-until date", required=False
        ),
    }


@bp.route("/people/new", methods=["GET", "POST"])
@admin_required
def new_person() -> Page:
    return _person_page(PersonForm(), None)


@bp.route("/people/<int:person_id>/edit", methods=["GET", "POST"])
@admin_required
def edit_person(person_id: int) -> Page:
    person = db.get_or_404(Person, person_id)
    form = PersonForm(
        obj=person,
        manager_email=person.manager.email if person.manager else "",
        aliases="\n".join(directory.aliases_of(person)),
    )
    return _person_page(form, person)


def _person_page(form: PersonForm, person: Person | None) -> Page:
    """Create (person None) or save a person; refused input stays on the form with a 400."""
    if form.validate_on_submit():
        try:
            if person is None:
                saved = directory.create(**_person_fields(form))
                message = f"Added {saved.name} <{saved.email}>."
            else:
                saved = directory.update(person, **_person_fields(form))
                message = f"Saved {saved.name}."
            saved.digest_depth = form.digest_depth.data
            directory.set_aliases(saved, form.aliases.data)
        except InvalidInput as error:
            refuse(form, error)
        else:
            db.session.commit()
            flash(message, "success")
            return redirect(url_for("admin.people", q=saved.email))
    return render_template(
        "admin/person_form.html", form=form, person=person, people_options=people_options()
    ), status_after_post()


def _set_active(person_id: int, active: bool) -> Response:
    require_token()
    person = db.get_or_404(Person, person_id)
    if not active and person.id == current_user.id:
        flash("You cannot deactivate yourself; ask another admin.", "error")
        return redirect(url_for("admin.edit_person", person_id=person.id))
    directory.set_active(person, active)
    db.session.commit()
    word = "Activated" if active else "Deactivated"
    flash(f"{word} {person.name}.", "success")
    return redirect(url_for("admin.edit_person", person_id=person.id))


@bp.route("/people/<int:person_id>/deactivate", methods=["POST"])
@admin_required
def deactivate_person(person_id: int) -> Response:
    return _set_active(person_id, False)


@bp.route("/people/<int:person_id>/activate", methods=["POST"])
@admin_required
def activate_person(person_id: int) -> Response:
    return _set_active(person_id, True)


# OKRs of one person


def _objectives_of(person: Person) -> list[Objective]:
    """Newest first, with everything the page shows loaded in a fixed number of queries."""
    krs = selectinload(Objective.key_results)
    stmt = (
        select(Objective)
        .where(Objective.owner_id == person.id)
        .order_by(Objective.period.desc(), Objective.id.desc())
        .options(
            krs.selectinload(KeyResult.owner),
            krs.selectinload(KeyResult.deadline_changes),
        )
    )
    return list(db.session.scalars(stmt))


def _krs_elsewhere(person: Person) -> list[KeyResult]:
    """Key results this person owns under someone else's objective."""
    stmt = (
        select(KeyResult)
        .join(KeyResult.objective)
        .where(KeyResult.owner_id == person.id, Objective.owner_id != person.id)
        .order_by(KeyResult.due, KeyResult.id)
        .options(
            selectinload(KeyResult.objective).selectinload(Objective.owner),
            selectinload(KeyResult.deadline_changes),
        )
    )
    return list(db.session.scalars(stmt))


def _okr_page(
    person: Person,
    *,
    objective_form: ObjectiveForm | None = None,
    kr_form: KeyResultForm | None = None,
    kr_form_for: int | None = None,
    drop_errors: dict[int, list[str]] | None = None,
    status: int = 200,
) -> tuple[str, int]:
    """One renderer for the page and for its forms refused, so errors show in place."""
    blank_kr_form = KeyResultForm(formdata=None, owner_email=person.email)
    return render_template(
        "admin/okrs.html",
        person=person,
        objectives=_objectives_of(person),
        elsewhere=_krs_elsewhere(person),
        objective_form=objective_form or ObjectiveForm(formdata=None),
        kr_form=kr_form,
        kr_form_for=kr_form_for,
        blank_kr_form=blank_kr_form,
        drop_form=DropForm(formdata=None),
        action_form=ActionForm(formdata=None),
        drop_errors=drop_errors or {},
        people_options=people_options(),
    ), status


@bp.route("/people/<int:person_id>/okrs")
@admin_required
def person_okrs(person_id: int) -> Page:
    return _okr_page(db.get_or_404(Person, person_id))


@bp.route("/people/<int:person_id>/objectives", methods=["POST"])
@admin_required
def new_objective(person_id: int) -> Page:
    person = db.get_or_404(Person, person_id)
    form = ObjectiveForm()
    if form.validate_on_submit():
        try:
            objective = okrs.create_objective(
                person, form.title.data, form.period.data, form.description.data
            )
        except InvalidInput as error:
            refuse(form, error)
        else:
            db.session.commit()
            flash(f"Added the objective {objective.title!r}.", "success")
            return redirect(url_for("admin.person_okrs", person_id=person.id))
    return _okr_page(person, objective_form=form, status=400)


@bp.route("/objectives/<int:objective_id>/edit", methods=["GET", "POST"])
@admin_required
def edit_objective(objective_id: int) -> Page:
    objective = db.get_or_404(Objective, objective_id)
    form = ObjectiveForm(obj=objective)
    if form.validate_on_submit():
        try:
            okrs.update_objective(
                objective,
                title=form.title.data,
                period=form.period.data,
                description=form.description.data,
            )
        except InvalidInput as error:
            refuse(form, error)
        else:
            db.session.commit()
            flash(f"Saved the objective {objective.title!r}.", "success")
            return redirect(url_for("admin.person_okrs", person_id=objective.owner_id))
    page = render_template("admin/objective_form.html", form=form, objective=objective)
    return page, status_after_post()


@bp.route("/objectives/<int:objective_id>/krs", methods=["POST"])
@admin_required
def new_key_result(objective_id: int) -> Page:
    objective = db.get_or_404(Objective, objective_id)
    form = KeyResultForm()
    if form.validate_on_submit():
        try:
            kr = okrs.create_key_result(
                objective,
                owner_of(form),
                form.title.data,
                validate.day(form.due.data, "due", "the due date"),
            )
        except InvalidInput as error:
            refuse(form, error)
        else:
            db.session.commit()
            flash(f"Added {kr.ref} {kr.title!r}.", "success")
            return redirect(url_for("admin.person_okrs", person_id=objective.owner_id))
    return _okr_page(objective.owner, kr_form=form, kr_form_for=objective.id, status=400)


# One key result


def _kr_page(
    kr: KeyResult,
    form: KeyResultForm | None = None,
    dependency_form: DependencyForm | None = None,
    status: int = 200,
) -> tuple[str, int]:
    """The edit page, with its dependencies; one renderer, so a refusal shows in place."""
    return render_template(
        "admin/kr_form.html",
        form=form or KeyResultForm(formdata=None, obj=kr, owner_email=kr.owner.email),
        kr=kr,
        people_options=people_options(),
        dependency_form=dependency_form or DependencyForm(formdata=None),
        depends_on=dependencies.depends_on(kr),
        dependents=dependencies.dependents(kr),
        kr_options=key_result_options(kr.id),
    ), status


@bp.route("/krs/<int:kr_id>/edit", methods=["GET", "POST"])
@admin_required
def edit_key_result(kr_id: int) -> Page:
    kr = db.get_or_404(KeyResult, kr_id)
    form = KeyResultForm(obj=kr, owner_email=kr.owner.email)
    if form.validate_on_submit():
        try:
            okrs.update_key_result(
                kr,
                title=form.title.data,
                owner=owner_of(form),
                due=validate.day(form.due.data, "due", "the due date"),
                author=current_user._get_current_object(),
            )
        except InvalidInput as error:
            refuse(form, error)
        else:
            db.session.commit()
            flash(f"Saved {kr.ref} {kr.title!r}.", "success")
            return redirect(url_for("admin.person_okrs", person_id=kr.objective.owner_id))
    return _kr_page(kr, form, status=status_after_post())


@bp.route("/krs/<int:kr_id>/dependencies", methods=["POST"])
@admin_required
def add_dependency(kr_id: int) -> Page:
    kr = db.get_or_404(KeyResult, kr_id)
    form = DependencyForm()
    if not form.validate_on_submit():
        abort(400, "The form expired; reload the page and try again.")
    try:
        on = dependencies.key_result(form.ref.data or "", "ref")
        dependencies.add(
            kr, on, source=ChangeSource.ADMIN, author=current_user._get_current_object()
        )
    except InvalidInput as error:
        db.session.rollback()
        form.ref.errors = [str(error)]
        return _kr_page(kr, dependency_form=form, status=400)
    db.session.commit()
    flash(f"{kr.ref} now depends on {on.ref} {on.title!r}.", "success")
    return redirect(url_for("admin.edit_key_result", kr_id=kr.id))


@bp.route("/krs/<int:kr_id>/dependencies/<int:on_id>/remove", methods=["POST"])
@admin_required
def remove_dependency(kr_id: int, on_id: int) -> Response:
    require_token()
    kr = db.get_or_404(KeyResult, kr_id)
    on = db.get_or_404(KeyResult, on_id)
    if dependencies.remove(kr, on):
        db.session.commit()
        flash(f"{kr.ref} no longer depends on {on.ref}.", "success")
    return redirect(url_for("admin.edit_key_result", kr_id=kr.id))


def _page_to_return_to(kr: KeyResult) -> Person:
    """The OKR page the button was on (`back`), else the objective owner's."""
    back = params.database_id(request.form.get("back"))
    person = db.session.get(Person, back) if back is not None else None
    return person or kr.objective.owner


def _done_with(kr: KeyResult, message: str) -> Response:
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("admin.person_okrs", person_id=_page_to_return_to(kr).id))


@bp.route("/krs/<int:kr_id>/done", methods=["POST"])
@admin_required
def kr_done(kr_id: int) -> Response:
    require_token()
    kr = db.get_or_404(KeyResult, kr_id)
    okrs.mark_done(kr)
    return _done_with(kr, f"Marked {kr.ref} done.")


@bp.route("/krs/<int:kr_id>/drop", methods=["POST"])
@admin_required
def kr_drop(kr_id: int) -> Page:
    kr = db.get_or_404(KeyResult, kr_id)
    form = DropForm()
    if not form.validate_on_submit():
        abort(400, "The form expired; reload the page and try again.")
    try:
        okrs.drop(kr, form.reason.data)
    except InvalidInput as error:
        db.session.rollback()
        errors = {kr.id: [str(error)]}
        return _okr_page(_page_to_return_to(kr), drop_errors=errors, status=400)
    return _done_with(kr, f"Dropped {kr.ref}.")


@bp.route("/krs/<int:kr_id>/reopen", methods=["POST"])
@admin_required
def kr_reopen(kr_id: int) -> Response:
    require_token()
    kr = db.get_or_404(KeyResult, kr_id)
    okrs.reopen(kr)
    return _done_with(kr, f"Reopened {kr.ref}.")
