"""outbox envelope

The SMTP envelope's recipients are kept on the outbox row when a message is composed,
instead of being read back from the stored bytes when it is sent. Rows already holding
bytes get theirs here, once, from the message's own To and Cc headers (the row's recipient
first), as the sender used to find them.

Revision ID: c41d7e9b2f08
Revises: 5c0e1f3a9b7d
Create Date: 2026-12-05 05:40:00.000000

"""

from email.parser import BytesHeaderParser
from email.utils import getaddresses

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c41d7e9b2f08"
down_revision = "5c0e1f3a9b7d"
branch_labels = None
depends_on = None


def _wire(address):
    """The addr-spec as a sender wrote it on the wire: an internationalised domain in its
    IDNA form. What cannot be written is left as it is: sending that row fails with the
    reason, as it did before."""
    local, at, domain = address.strip().rpartition("@")
    if at and not domain.isascii():
        try:
            import idna

            domain = idna.encode(domain, uts46=True).decode("ascii")
        except Exception:
            return address.strip()
    return f"{local}{at}{domain}" if at else address.strip()


def envelope_of(recipient, raw):
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    headers = BytesHeaderParser().parsebytes(head)
    found = getaddresses(headers.get_all("To", []) + headers.get_all("Cc", []))
    out, seen = [], set()
    for address in [recipient, *(a for _, a in found)]:
        if not address:
            continue
        wire = _wire(address)
        if wire.lower() not in seen:
            out.append(wire)
            seen.add(wire.lower())
    return ", ".join(out)


def upgrade():
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.add_column(sa.Column("envelope", sa.Text(), nullable=True))

    bind = op.get_bind()
    update = sa.text("UPDATE outbox_message SET envelope = :envelope WHERE id = :id")
    last = 0
    while True:  # in chunks: the stored messages of a large outbox need not fit in memory
        rows = bind.execute(
            sa.text(
                "SELECT id, recipient, raw FROM outbox_message "
                "WHERE raw IS NOT NULL AND id > :last ORDER BY id LIMIT 500"
            ),
            {"last": last},
        ).fetchall()
        if not rows:
            break
        for row_id, recipient, raw in rows:
            bind.execute(update, {"id": row_id, "envelope": envelope_of(recipient, bytes(raw))})
        last = rows[-1][0]


def downgrade():
    with op.batch_alter_table("outbox_message", schema=None) as batch_op:
        batch_op.drop_column("envelope")
