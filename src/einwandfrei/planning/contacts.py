"""Contacts read from an address book export (vCard or CSV), merged into the customers."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ContactField(enum.StrEnum):
    """What a contact holds, and so what a CSV column can be mapped to."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    COMPANY = "company"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True, slots=True)
class Contact:
    """One person of an address book: name, company, role, email and phone (any may be empty
    except the name)."""

    name: str
    company: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    record: int = 0
    """Which card of a vCard file, or which row of a CSV file, it is (1 = the first)."""
