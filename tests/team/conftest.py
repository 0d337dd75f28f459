"""A real PostgreSQL for the team tests: never a stand-in.

CI (.ci/run) starts a throwaway cluster and sets EINWANDFREI_TEST_PG_DIR to its folder and
EINWANDFREI_TEST_PG_REQUIRED=1, so a cluster that cannot be reached fails the run loudly. Without
them, the tests start their own throwaway cluster when PostgreSQL's initdb is installed, and are
skipped (with the reason) when it is not.

Each test gets its own database, copied from a template that `team init` set up once; the login
roles (cluster-wide) are made once: anna and carla are editors, ben and dora members, eve is in
no team role. Passwords reach libpq through a password file (PGPASSFILE), as a user's would.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

from tests.team import pg_cluster

if TYPE_CHECKING:
    from tests.team.sync_support import Reps

REQUIRED = os.environ.get("EINWANDFREI_TEST_PG_REQUIRED", "") not in ("", "0")
TEMPLATE = "einwandfrei_team_template"
PASSWORD = "s3cret-{user}"
LOGINS = {
    "anna": "einwandfrei_editor",
    "carla": "einwandfrei_editor",
    "ben": "einwandfrei_member",
    "dora": "einwandfrei_member",
    "eve": None,
}


@dataclass
class Cluster:
    """The session's PostgreSQL cluster."""

    folder: Path
    admin: Engine
    passfile: Path

    def tcp_url(self, user: str, database: str) -> str:
        return pg_cluster.tcp_url(self.folder, user=user, database=database)

    def admin_url(self, database: str) -> str:
        return pg_cluster.url(self.folder, database=database)


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"CI asks for PostgreSQL (EINWANDFREI_TEST_PG_REQUIRED), but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_folder() -> Iterator[Path]:
    """The cluster's folder: CI's, or one started for this test session."""
    given = os.environ.get("EINWANDFREI_TEST_PG_DIR")
    if given:
        yield Path(given)
        return
    if pg_cluster.bin_dir() is None:
        _unavailable("PostgreSQL's initdb is not installed")
    parent = Path(tempfile.mkdtemp(prefix="einwandfrei-pg-"))
    parent.chmod(0o755)  # the server runs as `postgres` when we are root
    folder = parent / "cluster"
    try:
        pg_cluster.start(folder)
    except (RuntimeError, OSError) as error:
        shutil.rmtree(parent, ignore_errors=True)
        _unavailable(f"a throwaway cluster could not be started ({error})")
    try:
        yield folder
    finally:
        pg_cluster.stop(folder, mode="immediate")
        shutil.rmtree(parent, ignore_errors=True)


@pytest.fixture(scope="session")
def cluster(pg_folder: Path) -> Iterator[Cluster]:
    """The cluster with the test logins and a template database holding the team schema."""
    from einwandfrei.team import server_schema

    admin = create_engine(
        pg_cluster.url(pg_folder), poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        _unavailable(f"the cluster in {pg_folder} cannot be reached ({error})")
    lines = []
    port = (pg_folder / pg_cluster.PORT_FILE).read_text(encoding="ascii").strip()
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE} WITH (FORCE)"))
        connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
    template = create_engine(pg_cluster.url(pg_folder, database=TEMPLATE), poolclass=NullPool)
    with template.begin() as connection:
        server_schema.upgrade(connection, TEMPLATE)
    template.dispose()
    with admin.connect() as connection:
        for user, role in LOGINS.items():
            password = PASSWORD.format(user=user)
            exists = connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :user"), {"user": user}
            ).first()
            verb = "ALTER" if exists else "CREATE"
            connection.execute(text(f"{verb} ROLE {user} LOGIN PASSWORD '{password}'"))
            if role:
                connection.execute(text(f"GRANT {role} TO {user}"))
            lines.append(f"127.0.0.1:{port}:*:{user}:{password}")
    passfile = pg_folder.parent / "pgpass"
    passfile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    passfile.chmod(0o600)
    yield Cluster(pg_folder, admin, passfile)
    admin.dispose()


@dataclass
class TeamDatabase:
    """One test's database with the team schema."""

    cluster: Cluster
    name: str

    def url(self, user: str) -> str:
        """A URL for `user` over TCP, without a password (libpq reads the password file)."""
        return self.cluster.tcp_url(user, self.name)

    @property
    def admin_url(self) -> str:
        return self.cluster.admin_url(self.name)

    def admin_engine(self) -> Engine:
        return create_engine(self.admin_url, poolclass=NullPool)


@pytest.fixture
def team_db(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamDatabase]:
    """A fresh database copied from the template (team schema in place); dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with cluster.admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"))
    monkeypatch.setenv("PGPASSFILE", str(cluster.passfile))
    for variable in ("PGPASSWORD", "PGSERVICE", "PGUSER", "PGHOST", "PGDATABASE"):
        monkeypatch.delenv(variable, raising=False)
    yield TeamDatabase(cluster, name)
    with cluster.admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
def bare_db(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamDatabase]:
    """A fresh database without the team schema."""
    name = f"b_{uuid.uuid4().hex[:12]}"
    with cluster.admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    monkeypatch.setenv("PGPASSFILE", str(cluster.passfile))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    yield TeamDatabase(cluster, name)
    with cluster.admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
def reps(tmp_path: Path, team_db: TeamDatabase) -> Iterator[Reps]:
    """Reps' libraries (a data folder each), linked to `team_db`."""
    from tests.team.sync_support import Reps

    opened = Reps(tmp_path / "reps", team_db)
    yield opened
    opened.close()
