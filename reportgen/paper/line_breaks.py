"""Where a printed line may not break: inside a date, or between a number and its per cent sign.

Every writer passes the words it prints through ``keep_together``: the HTML paper (and so the
PDF) through the Jinja environment, the Word paper where it writes a run. A date therefore never
wraps as "30 / November 2026" and a share never as "100 / %", whoever wrote the words: the
paper, or an officer in a cell.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
# "30 November", "1st March": a day and its month. "November 2026", "Mar 2021": a month and
# its year. Together they join "30 November 2026" whole.
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)?) ({_MONTH})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH}) (\d{{4}})\b")
_PERCENT = re.compile(r"(\d) (%)")


def keep_together(text: str) -> str:
    """``text`` with the spaces inside its dates and before a per cent sign made no-break
    spaces: it reads and copies the same, and a line never breaks there."""
    if " " not in text:
        return text
    joined = rf"\1{NO_BREAK_SPACE}\2"
    return _PERCENT.sub(joined, _MONTH_YEAR.sub(joined, _DAY_MONTH.sub(joined, text)))
