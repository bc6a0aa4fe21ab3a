"""Who counts as the same person: the one duplicate policy for the form, corrections and imports.

A document number belongs to one person: the same number is the same person, and a different name
beside it is a typing error on one side. Another number with the same name and the same phone is
most likely the same person too (a mistyped or a second document), so it is shown before saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class Person:
    id_number: str
    name: str
    phone: str


class Likeness(Enum):
    SAME_PERSON = "same_person"  # the same number and the same name
    NAME_DIFFERS = "name_differs"  # the same number under another name: refused, to be checked
    SAME_NAME_AND_PHONE = "same_name_and_phone"  # another number, same name and phone


def likeness(new: Person, known: Person) -> Likeness | None:
    """How `new` resembles a person already `known`, or None when they are different people."""
    if new.id_number and new.id_number == known.id_number:
        return Likeness.SAME_PERSON if new.name == known.name else Likeness.NAME_DIFFERS
    name, phone = new.name.strip(), new.phone.strip()
    if name and phone and (name, phone) == (known.name.strip(), known.phone.strip()):
        return Likeness.SAME_NAME_AND_PHONE
    return None


def same_number(found: Likeness | None) -> bool:
    """Whether it is the same document number: never saved twice, whatever the clerk says."""
    return found in (Likeness.SAME_PERSON, Likeness.NAME_DIFFERS)
