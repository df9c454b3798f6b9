"""A forked child (an RQ work horse) never uses a pooled connection its parent opened."""

import os

import pytest
from sqlalchemy import create_engine, text

import okr.extensions  # noqa: F401  (registers the engine events under test)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_opens_its_own_connection(tmp_path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'fork.db'}")
    with engine.connect() as connection:
        connection.execute(text("select 1"))
        parents = id(connection.connection.dbapi_connection)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child reports whether the pool handed it the parent's connection
        try:
            with engine.connect() as connection:
                connection.execute(text("select 1"))
                shared = id(connection.connection.dbapi_connection) == parents
            os.write(write, b"shared" if shared else b"own")
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    answer = os.read(read, 16)
    os.close(read)
    assert answer == b"own"
    with engine.connect() as connection:  # the parent keeps its own
        assert id(connection.connection.dbapi_connection) == parents
    engine.dispose()
