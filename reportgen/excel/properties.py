"""A workbook's document properties: when it was created and last saved, and the plan's ID.

The plan's ID is a custom document property (File > Properties > Custom in Excel and
LibreOffice, which both keep it when they save), so it stays with the file whatever is typed
into its sheets.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

EARLIEST_SAVE = 1900
"""The first year of a spreadsheet's dates: a file's 'saved' date before it is none at all."""
PLAN_ID = "reportgen plan ID"
"""The custom document property holding the plan's ID."""
CUSTOM = "docProps/custom.xml"


@dataclass(frozen=True)
class DocumentDates:
    """The times the file's own properties give (UTC, without a time zone), where it has them.

    Excel and LibreOffice set ``modified`` each time they save; a conversion on the command line
    (``soffice --convert-to``) keeps the one the file had.
    """

    created: datetime | None
    modified: datetime | None


def document_dates(content: bytes, *, origin: str = "the workbook") -> DocumentDates:
    """The created and modified times of the .xlsx file ``content``; None where it has none.

    ``content`` is vouched for by file_checks.check_workbook_bytes; ``origin`` names it in the
    InputError raised if its properties part would expand too far.
    """
    from openpyxl.packaging.core import DocumentProperties
    from openpyxl.xml.constants import ARC_CORE
    from openpyxl.xml.functions import fromstring

    from .file_checks import check_parts

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        check_parts(origin, archive, {ARC_CORE: "its document properties"})
        try:
            core = archive.read(ARC_CORE)
        except (KeyError, zipfile.BadZipFile, OSError):
            return DocumentDates(None, None)
    try:
        properties = DocumentProperties.from_tree(fromstring(core))
    except Exception:  # properties that do not parse say nothing
        return DocumentDates(None, None)
    return DocumentDates(_plain(properties.created), _plain(properties.modified))


def _plain(moment: object) -> datetime | None:
    if not isinstance(moment, datetime):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    if moment.year < EARLIEST_SAVE:
        return None  # no spreadsheet saved it then: a hand-made date, not one to date rows by
    return moment


def plan_id(content: bytes, *, origin: str = "the workbook") -> str | None:
    """The plan ID the .xlsx file ``content`` carries as a custom document property, if any."""
    from openpyxl.xml.functions import fromstring

    from .file_checks import check_parts

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        check_parts(origin, archive, {CUSTOM: "its custom document properties"})
        try:
            custom = archive.read(CUSTOM)
        except (KeyError, zipfile.BadZipFile, OSError):
            return None
    try:
        tree = fromstring(custom)
    except Exception:  # properties that do not parse say nothing
        return None
    for prop in tree:
        if (prop.get("name") or "").strip().casefold() == PLAN_ID.casefold():
            value = "".join(prop.itertext()).strip()
            return value or None
    return None


def set_plan_id(book: object, value: str) -> None:
    """Give the openpyxl workbook ``book`` the plan ID ``value``, replacing any it has."""
    from openpyxl.packaging.custom import StringProperty

    props = book.custom_doc_props
    for prop in list(props.props):
        if prop.name.casefold() == PLAN_ID.casefold():
            props.props.remove(prop)
    props.append(StringProperty(name=PLAN_ID, value=value))
