"""A plan's identity: an ID written into the workbook once, kept while the plan changes.

``reportgen new`` writes the ID as a custom document property, which Excel and LibreOffice
keep when they save. A plan written before plans had IDs has none; its requests then carry an
ID derived from its SHA-256 (``sha256:`` and the hash), and ``collect`` writes that ID into the
collected copy, so from then on the plan keeps it however it is edited. Until it has been
collected once, such a plan is known only by its bytes: its returns go into it as it was when
the requests were written.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from ..excel import plan_id

DERIVED = "sha256:"
"""How an ID derived from a plan's SHA-256 begins."""


@dataclass(frozen=True)
class PlanIdentity:
    """A plan's ID, whether the workbook holds it, and the SHA-256 of its bytes."""

    plan_id: str
    sha256: str
    written_in: bool
    """Whether the ID is written into the workbook (else it is derived from its SHA-256)."""


def plan_identity(content: bytes, *, origin: str = "the workbook") -> PlanIdentity:
    """The identity of the plan workbook ``content``."""
    sha256 = hashlib.sha256(content).hexdigest()
    stored = plan_id(content, origin=origin)
    return PlanIdentity(stored or derived_id(sha256), sha256, stored is not None)


def derived_id(sha256: str) -> str:
    """The ID of a plan that has none written into it: its SHA-256's."""
    return DERIVED + sha256.lower()


def new_plan_id() -> str:
    """A new plan's ID: random, so that no two plans share one."""
    return str(uuid.uuid4())


def settled_plan_id(parts: Iterable[object]) -> str:
    """An ID worked out from ``parts`` (what a plan is written from), so that writing the same
    plan again gives the same file."""
    digest = hashlib.sha256(repr(tuple(parts)).encode("utf-8")).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))
