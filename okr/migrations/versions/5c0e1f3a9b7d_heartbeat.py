"""heartbeat

When the tick last ran, for the health check.

Revision ID: 5c0e1f3a9b7d
Revises: c4d1e2f3a5b6
Create Date: 2026-12-05 05:25:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '5c0e1f3a9b7d'
down_revision = 'c4d1e2f3a5b6'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'heartbeat',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('beat_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_heartbeat')),
    )


def downgrade():
    op.drop_table('heartbeat')
