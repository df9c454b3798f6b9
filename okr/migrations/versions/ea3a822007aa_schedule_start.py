"""schedule start

A schedule starts when it is first used or changed; slots before its start are never
caught up. An installation whose scheduler already ran (it has weekly mail in the outbox)
keeps catching up as before: its missing schedule rows are written with the defaults and
no start, so an upgrade's downtime is caught up like any other restart. A new database
gets its rows, started, from its first tick.

Revision ID: ea3a822007aa
Revises: 2a25e7c44961
Create Date: 2026-12-04 18:26:09.854831

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ea3a822007aa'
down_revision = '2a25e7c44961'
branch_labels = None
depends_on = None

# The defaults of that time (okr/services/schedule.py): kind, weekday (0 = Monday), HH:MM.
DEFAULTS = [("form", 3, "16:00"), ("reminder", 4, "10:00"), ("digest", 4, "09:00")]


def upgrade():
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.add_column(sa.Column('starts_at', sa.DateTime(), nullable=True))

    for kind, weekday, local_time in DEFAULTS:
        op.execute(
            sa.text(
                "INSERT INTO schedule (kind, weekday, local_time, enabled, starts_at) "
                "SELECT :kind, :weekday, :local_time, :enabled, NULL "
                "WHERE EXISTS (SELECT 1 FROM outbox_message "
                "WHERE kind IN ('form', 'reminder', 'digest')) "
                "AND NOT EXISTS (SELECT 1 FROM schedule WHERE kind = :kind)"
            ).bindparams(kind=kind, weekday=weekday, local_time=local_time, enabled=True)
        )


def downgrade():
    with op.batch_alter_table('schedule', schema=None) as batch_op:
        batch_op.drop_column('starts_at')
