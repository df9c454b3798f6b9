"""a coherent week for installations that kept the first defaults

The first defaults sent the digest (Friday 09:00) before the reminder (Friday 10:00), so
the answers a reminder brought in never reached the mailed digest. An installation whose
two schedules are still exactly those defaults never chose them: it moves to the new
defaults (reminder Friday 08:00, digest Friday 11:00), starting now, so no slot already
past this week is caught up. A schedule an admin changed is left as it is.

Revision ID: d7e1c0a95b3f
Revises: bcd54550e660
Create Date: 2026-12-05 18:40:00

"""
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa


revision = 'd7e1c0a95b3f'
down_revision = 'bcd54550e660'
branch_labels = None
depends_on = None

FRIDAY = 4
OLD = {'reminder': '10:00', 'digest': '09:00'}
NEW = {'reminder': '08:00', 'digest': '11:00'}


def upgrade():
    conn = op.get_bind()
    rows = {
        kind: (weekday, local_time)
        for kind, weekday, local_time in conn.execute(
            sa.text("SELECT kind, weekday, local_time FROM schedule WHERE kind IN ('reminder', 'digest')")
        )
    }
    if rows != {kind: (FRIDAY, hhmm) for kind, hhmm in OLD.items()}:
        return  # a fresh installation, or a schedule someone chose: nothing to move
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for kind, hhmm in NEW.items():
        conn.execute(
            sa.text("UPDATE schedule SET local_time = :hhmm, starts_at = :now WHERE kind = :kind"),
            {"hhmm": hhmm, "now": now, "kind": kind},
        )


def downgrade():
    pass  # the old defaults were the incoherent week; nothing to restore
