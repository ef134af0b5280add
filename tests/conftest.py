"""Shared fixtures: small workbooks built inside each test, and the realistic example."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from workbooks import small_plan

from reportgen.build import example_workbook
from reportgen.excel import write_workbook
from reportgen.plan.blank_workbook import write_plan

WorkbookMaker = Callable[..., Path]


@pytest.fixture
def make_workbook(tmp_path: Path) -> WorkbookMaker:
    """Write the officers' workbook holding the small plan, changed by ``edit(fields, rows)``.

    ``sheets`` writes plain (name, headers, rows) sheets instead, for layouts the template
    never makes (a missing column, a renamed header).
    """
    counter = iter(range(1000))

    def make(edit: Callable[[dict, dict], None] | None = None, *,
             sheets: list | None = None, name: str | None = None) -> Path:
        fields, rows = small_plan()
        fields, rows = copy.deepcopy(fields), copy.deepcopy(rows)
        if edit is not None:
            edit(fields, rows)
        path = tmp_path / (name or f"plan-{next(counter)}.xlsx")
        if sheets is not None:
            write_workbook(path, sheets)
        else:
            write_plan(path, fields, rows)
        return path

    return make


@pytest.fixture(scope="session")
def example() -> Path:
    """The committed example workbook (Medway)."""
    return example_workbook()


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory, example: Path) -> dict[str, Path]:
    """The example paper built once for the session: {'pdf': path, 'html': path, 'docx': path}."""
    from reportgen.build import build

    out = tmp_path_factory.mktemp("paper")
    result = build(example, out_dir=out)
    assert result.render_warnings == ()
    return {p.suffix[1:]: p for p in result.outputs}


@pytest.fixture
def no_logged_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail the test if anything logs a warning (a missing font, bad CSS, a blocked URL)."""
    with caplog.at_level(logging.WARNING):
        yield
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == []


@pytest.fixture(scope="session")
def papers(tmp_path_factory: pytest.TempPathFactory, example_build) -> dict[str, Path]:
    """The HTML paper of each plan in papers.PLANS, built once for the session."""
    from papers import PLANS, synthetic_plan

    from reportgen.build import build

    built = {}
    for name, actions in PLANS.items():
        if actions is None:
            built[name] = example_build["html"]
            continue
        folder = tmp_path_factory.mktemp("plan")
        workbook = synthetic_plan(folder / f"plan-{actions}.xlsx", actions)
        (html,) = build(workbook, out_dir=folder, formats=("html",)).outputs
        built[name] = html
    return built
