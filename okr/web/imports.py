"""CSV import with a dry-run preview, and streamed CSV export, for admins."""

from __future__ import annotations

from collections.abc import Iterator

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import TextAreaField
from wtforms.validators import DataRequired

from ..errors import InvalidInput
from ..extensions import csrf
from ..services import csvio
from .access import admin_required

bp = Blueprint("imports", __name__, url_prefix="/admin/csv")

KIND = "<any(people, okrs):kind>"
ERRORS_SHOWN = 500  # a file full of mistakes should not make a page of megabytes
CHANGES_SHOWN = 1000  # rows listed in the preview; the counts above cover them all


class UploadForm(FlaskForm):
    file = FileField("CSV file", validators=[FileRequired("Choose a CSV file to upload.")])


class ConfirmForm(FlaskForm):
    # The checked CSV travels back with the confirm button: nothing is kept on the server.
    csv_text = TextAreaField("CSV", validators=[DataRequired("The file is missing.")])


def _upload_forms() -> dict[str, UploadForm]:
    return {kind: UploadForm(prefix=kind) for kind in csvio.KINDS}


def _index_page(forms: dict[str, UploadForm], status: int = 200, **context):
    return render_template(
        "admin/import_index.html",
        forms=forms,
        columns=csvio.COLUMNS,
        optional=csvio.OPTIONAL,
        **context,
    ), status


@bp.route("/")
@admin_required
def index():
    return _index_page(_upload_forms())


@bp.route(f"/{KIND}/preview", methods=["POST"])
@admin_required
def preview(kind: str):
    """Dry run of an uploaded file: counts and row errors, nothing written."""
    forms = _upload_forms()
    form = forms[kind]
    if not form.validate_on_submit():
        return _index_page(forms, 400)
    try:
        text = csvio.decode(form.file.data.read())
        plan = csvio.plan(kind, text)
    except csvio.CsvFileError as error:
        return _index_page(forms, 400, file_error={kind: str(error)})
    return _preview_page(kind, plan, text)


def _preview_page(kind: str, plan: csvio.ImportPlan, text: str, status: int = 200):
    changing = plan.creates + plan.updates
    confirm = ConfirmForm(formdata=None, csv_text=text) if plan.ok and changing else None
    # Changes first (what the admin must check), then the unchanged rows.
    listed = sorted(plan.changes, key=lambda change: (change.action == "unchanged", change.line))
    return render_template(
        "admin/import_preview.html",
        kind=kind,
        plan=plan,
        changing=changing,
        changes=listed[:CHANGES_SHOWN],
        hidden_changes=max(0, len(listed) - CHANGES_SHOWN),
        errors=plan.errors[:ERRORS_SHOWN],
        hidden_errors=max(0, len(plan.errors) - ERRORS_SHOWN),
        confirm=confirm,
    ), status


@bp.route(f"/{KIND}/import", methods=["POST"])
@csrf.exempt  # checked below, once the form may be as large as an upload
@admin_required
def confirm(kind: str):
    """Check the previewed CSV again (the database may have changed) and import it."""
    # The CSV comes back as a form field, which Flask caps far below the upload limit.
    request.max_form_memory_size = current_app.config.get("MAX_CONTENT_LENGTH")
    if current_app.config.get("WTF_CSRF_ENABLED", True):
        csrf.protect()
    form = ConfirmForm()
    if not form.validate_on_submit():
        return _index_page(
            _upload_forms(), 400, file_error={kind: "The import form was incomplete; upload again."}
        )
    try:
        plan = csvio.plan(kind, form.csv_text.data)
    except csvio.CsvFileError as error:
        return _index_page(_upload_forms(), 400, file_error={kind: str(error)})
    if not plan.ok:
        return _preview_page(kind, plan, form.csv_text.data, 400)
    try:
        csvio.apply(plan)
    except InvalidInput as error:
        return _index_page(_upload_forms(), 409, file_error={kind: str(error)})
    flash(plan.summary(), "success")
    return redirect(url_for("imports.index"))


@bp.route("/<any(people, okrs):kind>.csv")
@admin_required
def download(kind: str):
    """Stream the export, so a large organisation does not build the file in memory."""
    chunks = csvio.export(kind)
    return Response(
        stream_with_context(_with_bom(chunks)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{kind}.csv"'},
    )


def _with_bom(chunks: Iterator[str]) -> Iterator[str]:
    """Excel reads a CSV as UTF-8 only when it starts with a BOM; the import accepts one."""
    yield "\ufeff"
    yield from chunks
