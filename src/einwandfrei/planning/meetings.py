"""Meetings read from a calendar file, offered as draft call plans: plain data and the rules
for naming a customer from a meeting."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

UID_LIMIT = 255
"""Longer event UIDs are remembered by their hash (the column holds 255 characters)."""


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone invited to a meeting: the name the invitation shows and the address (lower case),
    either of which may be empty."""

    name: str
    email: str = ""

    def best_name(self) -> str:
        """The name, or one guessed from the address (`anna.keller@…` → "Anna Keller")."""
        return self.name or name_from_email(self.email)


@dataclass(frozen=True, slots=True)
class Meeting:
    """A single, timed, upcoming meeting of a calendar file.

    `participants` are the people in it other than the calendar's owner, the organiser first.
    """

    uid: str
    summary: str
    start: datetime
    participants: tuple[Participant, ...] = ()
    location: str = ""

    @property
    def uid_key(self) -> str:
        """How the plan drafted from this meeting remembers it."""
        return uid_key(self.uid)


def uid_key(uid: str) -> str:
    """An event UID as stored: itself, or a hash of it when it is too long for the column."""
    if len(uid) <= UID_LIMIT:
        return uid
    return "sha256:" + hashlib.sha256(uid.encode("utf-8")).hexdigest()


_SEPARATORS = re.compile(r"[._\-+]+")


def name_from_email(email: str) -> str:
    """A name guessed from an address's local part: `anna.keller@x.ch` → "Anna Keller";
    empty for no address."""
    local = email.partition("@")[0]
    words = [word for word in _SEPARATORS.split(local) if word and not word.isdigit()]
    return " ".join(word[:1].upper() + word[1:] for word in words)


def names_in(text: str, name: str) -> bool:
    """Whether `name` (two words or more) appears as whole words in `text`, ignoring case."""
    words = name.split()
    if len(words) < 2:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"
    return re.search(pattern, text, flags=re.IGNORECASE) is not None
