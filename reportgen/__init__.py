"""reportgen: youth justice improvement plans, from the officers' workbook to board papers."""

from __future__ import annotations

__version__ = "0.1.0"

from .build import BuildResult, build  # noqa: E402
from .errors import BuildError, InputError, Problem, ReportgenError, WorkbookError  # noqa: E402
from .plan.blank_workbook import new_workbook  # noqa: E402
from .plan.reader import Reading, read_workbook  # noqa: E402

__all__ = [
    "BuildError",
    "BuildResult",
    "InputError",
    "Problem",
    "Reading",
    "ReportgenError",
    "WorkbookError",
    "__version__",
    "build",
    "new_workbook",
    "read_workbook",
]
