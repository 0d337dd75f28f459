"""`einwandfrei install-desktop-entry [--remove]`: put the app into the Linux applications menu.

Writes the freedesktop.org desktop entry and the app icon for the current user, below
$XDG_DATA_HOME (default ~/.local/share): `applications/<APP_ID>.desktop` and
`icons/hicolor/<size>x<size>/apps/<APP_ID>.png` plus `icons/hicolor/scalable/apps/<APP_ID>.svg`.
The entry starts the installation that wrote it: the bundle's executable, the `einwandfrei` script
of a pip or pipx install, or `python -m einwandfrei`. resources/linux/ holds the same entry with the
plain `einwandfrei` command, for distributions.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from einwandfrei.cli.common import CommandError, add_global_options
from einwandfrei.cli.language import _, ngettext
from einwandfrei.resources import APP_ID, ICON_SIZES, icon_file

SCRIPT_NAMES = ("einwandfrei", "einwandfrei-gui")

# Characters that make the desktop entry spec require an argument in double quotes.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def register(subcommands: Any) -> None:
    """Add `install-desktop-entry` to the parser."""
    command = subcommands.add_parser(
        "install-desktop-entry",
        help=_("add Einwandfrei to your applications menu (Linux)"),
        description=_(
            "Write the desktop entry and the icon for the current user, below $XDG_DATA_HOME "
            "(default ~/.local/share), so that Einwandfrei appears in the applications menu and "
            "starts this installation."
        ),
    )
    command.add_argument(
        "--remove", action="store_true", help=_("take the desktop entry and the icon away again")
    )
    add_global_options(command)
    command.set_defaults(handler=run_install_desktop_entry)


def run_install_desktop_entry(args: argparse.Namespace) -> int:
    """Install or, with --remove, uninstall the desktop entry; prints what it did."""
    platform = current_platform()
    if platform == "darwin":
        raise CommandError(
            _(
                "install-desktop-entry is for Linux desktops; on macOS, drag Einwandfrei.app "
                "into your Applications folder instead."
            )
        )
    if platform in ("win32", "cygwin"):
        raise CommandError(
            _(
                "install-desktop-entry is for Linux desktops; on Windows, pin "
                "einwandfrei-gui.exe from the Einwandfrei folder to the Start menu instead."
            )
        )
    data_home = xdg_data_home()
    if args.remove:
        removed = remove_desktop_entry(data_home)
        if removed:
            icons = len(removed) - 1
            print(
                ngettext(
                    "Removed the desktop entry and {count} icon from {folder}.",
                    "Removed the desktop entry and {count} icons from {folder}.",
                    icons,
                ).format(count=icons, folder=data_home)
            )
        else:
            print(
                _("There was no desktop entry of Einwandfrei in {folder} to remove.").format(
                    folder=data_home
                )
            )
        return 0
    launch = launch_command()
    written = install_desktop_entry(data_home, launch)
    icons = len(written) - 1
    print(
        ngettext(
            "Wrote {path} (it runs {command}) and {count} icon; Einwandfrei is in your "
            "applications menu now.",
            "Wrote {path} (it runs {command}) and {count} icons; Einwandfrei is in your "
            "applications menu now.",
            icons,
        ).format(path=written[0], command=" ".join(launch), count=icons)
    )
    return 0


def current_platform() -> str:
    """`sys.platform`, behind a function so that tests can pretend another system."""
    return sys.platform


def xdg_data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (as the spec demands), else ~/.local/share."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this installation of the app without a terminal."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name in SCRIPT_NAMES and script.is_file():
        # Not resolved: pipx links ~/.local/bin/einwandfrei into a venv that an upgrade replaces.
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "einwandfrei"]


def desktop_entry_path(data_home: Path) -> Path:
    """Where the user's desktop entry of the app goes."""
    return data_home / "applications" / f"{APP_ID}.desktop"


def icon_paths(data_home: Path) -> dict[int | None, Path]:
    """Where each icon size goes in the user's hicolor theme; `None` is the scalable SVG."""
    hicolor = data_home / "icons" / "hicolor"
    paths: dict[int | None, Path] = {
        size: hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES
    }
    paths[None] = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    return paths


def install_desktop_entry(data_home: Path, launch: list[str]) -> list[Path]:
    """Write the desktop entry (returned first) and every icon size below `data_home`."""
    written = []
    for size, target in icon_paths(data_home).items():
        _write_atomically(target, icon_file(size).read_bytes())
        written.append(target)
    entry = desktop_entry_path(data_home)
    _write_atomically(entry, desktop_entry_text(exec_line(launch)).encode("utf-8"))
    return [entry, *written]


def remove_desktop_entry(data_home: Path) -> list[Path]:
    """Delete the desktop entry and the icons; returns what was there (the entry first)."""
    removed = []
    for path in (desktop_entry_path(data_home), *icon_paths(data_home).values()):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise CommandError(
                _("{path} cannot be removed ({reason}).").format(path=path, reason=error.strerror)
            ) from error
        removed.append(path)
    return removed


def exec_line(arguments: list[str]) -> str:
    """The desktop entry's Exec value for a command: quoted and escaped as the spec asks."""
    return " ".join(_exec_argument(argument) for argument in arguments)


def _exec_argument(argument: str) -> str:
    if argument and not _RESERVED.intersection(argument):
        quoted = argument
    else:
        inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
        quoted = f'"{inner}"'
    # The Exec value is a string value too: its backslashes are escaped once more; "%" starts
    # a field code, so a literal one is doubled.
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry_text(exec_value: str) -> str:
    """The desktop entry of the app, starting `exec_value` (already in Exec syntax)."""
    return f"""[Desktop Entry]
Type=Application
Name=Einwandfrei
GenericName=Sales Call Preparation
GenericName[de]=Vorbereitung von Verkaufsgesprächen
Comment=Prepare sales calls with your library of customer objections and prepared answers
Comment[de]=Ihre Sammlung von Kundeneinwänden und Antworten für Verkaufsgespräche
Keywords=sales;objection;objection handling;call;cheat sheet;customer;
Keywords[de]=Verkauf;Einwand;Einwandbehandlung;Gespräch;Telefonat;Spickzettel;Kunde;
Exec={exec_value}
Icon={APP_ID}
Terminal=false
Categories=Office;
StartupNotify=true
StartupWMClass=Einwandfrei
"""


def _write_atomically(target: Path, content: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(content)
        temporary.replace(target)
    except OSError as error:
        raise CommandError(
            _("{path} cannot be written ({reason}).").format(path=target, reason=error.strerror)
        ) from error
