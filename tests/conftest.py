"""Shared fixtures: small workbooks built inside each test, and the realistic example.

Each test is also marked with what it needs beyond Python (pytest's ``-m`` chooses by these
marks; `make check` leaves them out): see ``pytest_collection_modifyitems`` below.
"""

from __future__ import annotations

import copy
import inspect
import logging
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath
from types import CodeType, FunctionType, ModuleType

import pytest
from workbooks import small_plan

from reportgen.build import example_workbook
from reportgen.excel import write_workbook
from reportgen.plan.blank_workbook import write_plan

WorkbookMaker = Callable[..., Path]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--quick", action="store_true",
                     help="skip each test as it starts to render a paper to PDF (make check)")


@pytest.fixture(scope="session", autouse=True)
def quick_skips_pdf(request: pytest.FixtureRequest) -> Iterator[None]:
    """With --quick, a test (or fixture) that renders a paper to PDF is skipped there and then:
    `make check` stays quick however the tests to come build their papers; `make test` runs
    them."""
    if not request.config.getoption("--quick"):
        yield
        return

    def skip(*args: object, **kwargs: object) -> None:
        pytest.skip("renders a paper to PDF: `make test` runs it")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("reportgen.formats.pdf.html_to_pdf", skip)
        yield


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


# What a test needs beyond Python, read from the code it runs: the test, its fixtures, and the
# helpers in tests/ they name, followed to any depth. A program's name written as a string
# (program("soffice", ...), shutil.which("faketime"), tests/browser.py's chromium()) or a path
# into axe-core marks the test; so a new test that opens tests/browser.py's Browser, or saves a
# return through LibreOffice, is marked without anyone marking it.
NEEDS = {"chromium": "browser", "chromium-browser": "browser", "soffice": "libreoffice",
         "faketime": "faketime", "axe-core": "axe"}
# The fixtures that render a whole paper to PDF: once per session, but tens of seconds.
WHOLE_PAPER = {"example_build": "slow", "papers": "slow"}
TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test with the needs (``NEEDS``, ``WHOLE_PAPER``) its code reveals."""
    found: dict[object, frozenset[str]] = {}
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        needs: set[str] = set()
        runs = [item.function]
        for name, definitions in item._fixtureinfo.name2fixturedefs.items():
            if name in WHOLE_PAPER:
                needs.add(WHOLE_PAPER[name])
            runs += [definition.func for definition in definitions]
        for code in runs:
            needs |= _needs_of(code, found)
        for need in sorted(needs - {mark.name for mark in item.iter_markers()}):
            item.add_marker(need)


def _in_tests(thing: object) -> bool:
    """Whether ``thing`` (a function, class or module) was written in tests/."""
    try:
        source = inspect.getsourcefile(thing)
    except TypeError:
        return False
    return source is not None and Path(source).resolve().is_relative_to(TESTS)


def _needs_of(thing: object, found: dict[object, frozenset[str]]) -> frozenset[str]:
    """The needs of a function or class from tests/, and of the tests/ helpers it names."""
    thing = inspect.unwrap(thing) if callable(thing) else thing
    if thing in found:
        return found[thing]
    found[thing] = frozenset()  # a helper that calls itself, or its caller, adds nothing new
    needs: set[str] = set()
    if isinstance(thing, type):
        for member in vars(thing).values():
            member = getattr(member, "__func__", getattr(member, "fget", member))
            if isinstance(member, FunctionType):
                needs |= _needs_of(member, found)
    elif isinstance(thing, FunctionType) and _in_tests(thing):
        needs |= _needs_of_code(thing.__code__, thing.__globals__, found)
    found[thing] = frozenset(needs)
    return found[thing]


def _needs_of_code(code: CodeType, names: dict, found: dict[object, frozenset[str]]) -> set[str]:
    needs = {NEEDS[c] for c in code.co_consts if isinstance(c, str) and c in NEEDS}
    for constant in code.co_consts:
        if isinstance(constant, CodeType):
            needs |= _needs_of_code(constant, names, found)
    scopes = [names] + [vars(names[n]) for n in code.co_names
                        if isinstance(names.get(n), ModuleType) and _in_tests(names[n])]
    for name in code.co_names:
        for scope in scopes:
            value = scope.get(name)
            if isinstance(value, PurePath):
                needs |= {NEEDS[part] for part in value.parts if part in NEEDS}
            elif isinstance(value, FunctionType | type) and _in_tests(value):
                needs |= _needs_of(value, found)
    return needs
