"""Contacts from vCard files (`.vcf`) as Outlook (2.1), Apple Contacts and Google (3.0) and
others (4.0) write them, read with `vobject`.

Of each card: the name (FN, else N), the company (ORG's first part), the role (TITLE, else
ROLE), one address (the preferred, else a work one, else the first) and one phone number (the
same order; a 4.0 `tel:` URI loses its scheme).
"""

from __future__ import annotations

from typing import Any

from einwandfrei.interchange.errors import refused_file
from einwandfrei.messages import QT_TRANSLATE_NOOP, Message
from einwandfrei.planning.contacts import Contact


def _types(line: Any) -> set[str]:
    """A property's TYPE values (`TYPE=WORK,VOICE`, `type=pref`, 2.1's bare `WORK`), upper
    case, with PREF=1 as PREF."""
    params = getattr(line, "params", {})
    found: set[str] = set()
    for value in params.get("TYPE", []):
        found.update(part.strip().strip('"').upper() for part in str(value).split(","))
    found.update(str(value).upper() for value in getattr(line, "singletonparams", []))
    if params.get("PREF"):
        found.add("PREF")
    return found


def _best(lines: list[Any]) -> str:
    def rank(item: tuple[int, Any]) -> tuple[int, int]:
        position, line = item
        types = _types(line)
        return (0 if "PREF" in types else 1 if "WORK" in types else 2, position)

    for _position, line in sorted(enumerate(lines), key=rank):
        value = _text(line.value)
        if value:
            return value
    return ""


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((str(part) for part in value if str(part).strip()), "")
    return " ".join(str(value).split())


def _name(card: Any) -> str:
    name = _text(getattr(card, "fn", None) and card.fn.value)
    if name:
        return name
    structured = card.contents.get("n")
    if structured:
        value = structured[0].value
        parts = [
            getattr(value, "prefix", ""),
            getattr(value, "given", ""),
            getattr(value, "additional", ""),
            getattr(value, "family", ""),
        ]
        return " ".join(" ".join(_text(part) for part in parts).split())
    return ""


def contact_from_card(card: Any, record: int = 0) -> Contact | None:
    """The contact of one vCard, or None for a card without a name."""
    contents = card.contents
    name = _name(card)
    organisation = contents.get("org")
    company = _text(organisation[0].value) if organisation else ""
    role = _best(contents.get("title", [])) or _best(contents.get("role", []))
    email = _best(contents.get("email", [])).lower()
    phone = _best(contents.get("tel", []))
    if phone.lower().startswith("tel:"):
        phone = phone[4:]
    if not name:
        name = company
    if not name:
        return None
    return Contact(name=name, company=company, role=role, email=email, phone=phone, record=record)


def parse_vcards(text: str) -> tuple[list[Contact], int]:
    """The contacts of a vCard file's text, and how many of its cards had no name."""
    import vobject

    contacts: list[Contact] = []
    nameless = 0
    try:
        cards = (
            card
            for card in vobject.readComponents(text, ignoreUnreadable=True)
            if card.name.upper() == "VCARD"
        )
        for number, card in enumerate(cards, start=1):
            contact = contact_from_card(card, number)
            if contact is None:
                nameless += 1
            else:
                contacts.append(contact)
    except Exception as error:  # vobject raises its ParseError, and others for broken input
        raise refused_file(
            Message(
                QT_TRANSLATE_NOOP("Messages", "its vCard data cannot be read ({reason})"),
                reason=" ".join(str(error).split()).rstrip(".") or type(error).__name__,
            )
        ) from error
    return contacts, nameless
