"""key result done note

What the owner wrote when closing a key result as done ("#12 done - shipped on Tuesday"):
kept like a drop's reason, so the status and the digest can show it.

Revision ID: c4d1e2f3a5b6
Revises: ea3a822007aa
Create Date: 2026-12-05 05:40:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'c4d1e2f3a5b6'
down_revision = 'ea3a822007aa'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('key_result', schema=None) as batch_op:
        batch_op.add_column(sa.Column('done_note', sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table('key_result', schema=None) as batch_op:
        batch_op.drop_column('done_note')
