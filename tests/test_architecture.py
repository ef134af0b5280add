"""The two sides import each other only as docs/architecture.md says."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reportgen"


def project_imports(module: Path) -> set[str]:
    """What ``module`` imports from reportgen, as names below it ('paper.fonts.describe')."""
    package = module.relative_to(PACKAGE).parent.parts
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = ".".join((*package[:len(package) - node.level + 1], node.module or ""))
        elif (node.module or "").startswith("reportgen."):
            base = node.module.removeprefix("reportgen.")
        else:
            continue
        found.update(f"{base.strip('.')}.{alias.name}".strip(".") for alias in node.names)
    return found


def test_the_paper_side_never_imports_the_workbook_side() -> None:
    for module in (PACKAGE / "paper").rglob("*.py"):
        crossing = [name for name in project_imports(module) if name.startswith("workbook")]
        assert not crossing, (module.name, crossing)


def test_the_workbook_side_imports_only_the_papers_font_check() -> None:
    for module in (PACKAGE / "workbook").rglob("*.py"):
        crossing = [name for name in project_imports(module)
                    if name.startswith("paper.") and not name.startswith("paper.fonts")]
        assert not crossing, (module.name, crossing)
