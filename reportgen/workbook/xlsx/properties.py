"""A workbook's document properties: when it was created and when it was last saved."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

EARLIEST_SAVE = 1900
"""The first year of a spreadsheet's dates: a file's 'saved' date before it is none at all."""


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

    from ..file_checks import check_parts

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
