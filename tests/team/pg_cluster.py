"""A throwaway PostgreSQL cluster for the team tests, CI and the benchmarks.

`start(folder)` runs `initdb` into `folder`, starts the server on 127.0.0.1 (a free port) and on
a Unix socket inside `folder`, and returns its superuser URL; `stop(folder)` stops it. PostgreSQL
refuses to run as root, so as root both run as the `postgres` system user (`runuser`).

Authentication: over the socket the superuser is trusted; over TCP every role needs its password
(scram-sha-256), so a refused password can be tested for real.

Command line (what .ci/run calls): `python tests/team/pg_cluster.py start DIR` prints the URL;
`python tests/team/pg_cluster.py stop DIR`.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

SUPERUSER = "einwandfrei_admin"
SYSTEM_USER = "postgres"
"""The system account the server runs as when we are root."""
PORT_FILE = "port"


def bin_dir() -> Path | None:
    """The folder holding `initdb` and `pg_ctl`: on PATH, else Debian's newest
    /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0,
    )
    return candidates[-1].parent if candidates else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SYSTEM_USER, "--", *command]


def _run(command: list[str]) -> None:
    result = subprocess.run(_as_server_user(command), check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def url(folder: Path, *, user: str = SUPERUSER, database: str = "postgres") -> str:
    """A SQLAlchemy URL reaching the cluster in `folder` through its Unix socket."""
    port = (folder / PORT_FILE).read_text(encoding="ascii").strip()
    return f"postgresql+psycopg://{user}@/{database}?host={folder / 'socket'}&port={port}"


def tcp_url(folder: Path, *, user: str, database: str) -> str:
    """A SQLAlchemy URL reaching the cluster in `folder` over TCP on 127.0.0.1 (password needed)."""
    port = (folder / PORT_FILE).read_text(encoding="ascii").strip()
    return f"postgresql+psycopg://{user}@127.0.0.1:{port}/{database}"


def _server_options(folder: Path, port: str, *, durable: bool) -> str:
    options = (
        f"-p {port} -k {folder / 'socket'} -c listen_addresses=127.0.0.1 -c max_connections=120"
    )
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    return options


def _pg_ctl(folder: Path, *arguments: str) -> None:
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError("PostgreSQL's pg_ctl was not found (install Debian's postgresql)")
    _run([str(binaries / "pg_ctl"), "--pgdata", str(folder / "data"), *arguments])


def start(folder: Path, *, durable: bool = False) -> str:
    """Create and start a cluster in `folder` (an empty or missing folder whose parents every
    user may enter); returns the superuser's URL. `durable=False` turns fsync off (for tests)."""
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError("PostgreSQL's initdb was not found (install Debian's postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    sockets = folder / "socket"
    sockets.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, SYSTEM_USER)
        shutil.chown(sockets, SYSTEM_USER)
    _run(
        [
            str(binaries / "initdb"),
            "--pgdata",
            str(folder / "data"),
            "--username",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        ]
    )
    port = str(_free_port())
    (folder / PORT_FILE).write_text(port, encoding="ascii")
    (folder / "durable").write_text("1" if durable else "0", encoding="ascii")
    restart(folder)
    return url(folder)


def restart(folder: Path) -> None:
    """Start the (stopped) cluster in `folder`, on the port it was given, and wait for it."""
    port = (folder / PORT_FILE).read_text(encoding="ascii").strip()
    durable = (folder / "durable").read_text(encoding="ascii") == "1"
    options = _server_options(folder, port, durable=durable)
    _pg_ctl(folder, "--log", str(folder / "server.log"), "--options", options, "--wait", "start")


def stop(folder: Path, *, mode: str = "fast") -> None:
    """Stop the cluster in `folder` (if it runs) and wait until it has stopped."""
    if (folder / "data" / "postmaster.pid").exists():
        _pg_ctl(folder, "--mode", mode, "--wait", "stop")


def main(argv: list[str]) -> int:
    """`start DIR` (prints the URL) or `stop DIR`."""
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: pg_cluster.py start|stop DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "start":
        print(start(folder))
    else:
        stop(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
