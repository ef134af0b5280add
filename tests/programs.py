"""Programs the tests need beyond Python: found on the PATH, or a failed test saying how to
install them (`make test` does, through scripts/test-deps.sh)."""

from __future__ import annotations

import shutil

import pytest


def program(*names: str, what: str, so: str, package: str) -> str:
    """The first of ``names`` on the PATH; else fail: ``what`` is missing, ``so`` cannot be."""
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    pytest.fail(f"{what} is not installed, so {so}: run `make test` (scripts/test-deps.sh "
                f"installs it) or `apt-get install {package}`")
