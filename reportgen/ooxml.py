"""Office Open XML packages (the officers' workbook, the Word paper): rezipped so the bytes repeat.

Both sides write one: the workbook side its .xlsx, the paper side its .docx; this holds what
they share and imports neither.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from datetime import datetime

ZIP_EPOCH = datetime(1980, 1, 1)
ZIP_LAST = datetime(2107, 12, 31, 23, 59, 58)
"""A zip entry's date is held in 16 bits counting years from 1980: it holds 1980 to 2107."""


def repack(data: bytes, replace: Mapping[str, bytes], stamp: datetime) -> bytes:
    """The zip ``data`` with some parts replaced and every part dated ``stamp``.

    Parts keep the order the writer gave them (each writer gives a fixed one); the date,
    permissions and system of every entry are fixed, so the same parts give the same bytes.
    """
    stamp = zip_date(stamp)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            part.compress_type = zipfile.ZIP_DEFLATED
            part.create_system = 3  # the same bytes whatever system writes them
            part.external_attr = 0o644 << 16
            target.writestr(part, replace.get(info.filename, source.read(info.filename)))
    return out.getvalue()


def zip_date(stamp: datetime) -> datetime:
    """``stamp`` moved into the years a zip entry can be dated (1980 to 2107), so that any
    meeting date the reader accepts (31/12/9999, 01/01/0001) can date the parts."""
    return min(max(stamp.replace(tzinfo=None), ZIP_EPOCH), ZIP_LAST)
