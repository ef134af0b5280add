"""The documentation matches the code: workbook columns, commands, packaging."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reportgen.plan.column_docs import columns_markdown, update

ROOT = Path(__file__).resolve().parent.parent


def test_workbook_docs_match_the_schema() -> None:
    page = (ROOT / "docs" / "workbook.md").read_text(encoding="utf-8")
    assert columns_markdown() in page, "docs/workbook.md is out of date: run `make docs`"
    assert update(page) == page


def test_readme_gives_the_two_commands_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_code = readme.index("```")
    block = readme[first_code:readme.index("```", first_code + 3)]
    assert "make report" in block and "make test" in block


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    return next(out.glob("reportgen-*.whl"))


@pytest.mark.slow
def test_wheel_ships_templates_and_example(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "templates").rglob("*"):
        if template.is_file():
            assert f"reportgen/templates/{template.relative_to(ROOT / 'templates')}" in names
    assert "reportgen/data/medway-improvement-plan.xlsx" in names


@pytest.mark.slow
def test_installed_wheel_builds_the_paper(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = tmp_path / "out"
    # Run from an empty folder with only the unpacked wheel first on the path, so neither the
    # checkout's templates nor its data/ folder can be found.
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from reportgen.commands import main; "
            "main(['build', '--format', 'html', '--out', sys.argv[2]])")
    result = subprocess.run([sys.executable, "-c", code, str(site), str(out)], cwd=tmp_path,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    html = (out / "medway-improvement-plan.html").read_text(encoding="utf-8")
    assert "Action plan" in html and "18/36" in html


def test_architecture_page_names_every_module_and_only_real_ones() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    page = re.sub(r"```.*?```", "", page, flags=re.DOTALL)  # the drawing, not the tables
    package = ROOT / "reportgen"
    modules = {path.relative_to(package).as_posix() for path in package.rglob("*.py")
               if path.name != "__main__.py" and not (path.name == "__init__.py"
                                                       and path.parent != package)}
    named = set()
    for cell in re.findall(r"`([^`]+)`", page):
        for part in re.split(r",\s*|\s*\+\s*", cell):
            part = part.removeprefix("reportgen/").strip()
            if re.fullmatch(r"[a-z_/]+\.(py|toml)", part):
                named.add(part)
    # A bare name in a row is the module beside the row's first (plan/x.py, y.py).
    for row in page.splitlines():
        if not row.startswith("|"):
            continue
        first = re.search(r"`((?:[a-z_]+/)+)[a-z_]+\.py`", row)
        for bare in re.findall(r"`([a-z_]+\.py)`", row):
            if first:
                named.add(f"{first.group(1)}{bare}")
    named_modules = {name for name in named if name.endswith(".py")}
    missing = {m for m in modules if m not in named_modules
               and not any(n.endswith("/") and m.startswith(n) for n in named)}
    assert not missing, f"docs/architecture.md does not say where these live: {sorted(missing)}"
    files = [path.relative_to(ROOT).as_posix() for path in ROOT.rglob("*")
             if path.is_file() and ".venv" not in path.parts and "node_modules" not in path.parts]
    unreal = {name for name in named
              if not any(f == name or f.endswith("/" + name) for f in files)}
    assert not unreal, f"docs/architecture.md names files that do not exist: {sorted(unreal)}"
