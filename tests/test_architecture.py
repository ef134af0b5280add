"""The folders import each other only as docs/architecture.md says."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reportgen"


def project_imports(module: Path) -> set[str]:
    """What ``module`` imports from reportgen, as names below it ('plan.model.Plan')."""
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


def test_the_paper_reads_the_plan_only_through_its_model() -> None:
    for module in (PACKAGE / "paper").rglob("*.py"):
        crossing = [name for name in project_imports(module)
                    if name.split(".")[0] in {"plan", "excel", "updates"}
                    and not name.startswith("plan.model.")]
        assert not crossing, (module.name, crossing)


def test_the_officers_side_never_imports_the_paper_or_its_formats() -> None:
    for folder in ("excel", "plan", "updates"):
        for module in (PACKAGE / folder).rglob("*.py"):
            crossing = [name for name in project_imports(module)
                        if name.split(".")[0] in {"paper", "formats"}]
            assert not crossing, (folder, module.name, crossing)


def libraries(module: Path) -> set[str]:
    """The third-party and standard packages ``module`` imports, by their top-level name."""
    source = ast.parse(module.read_text(encoding="utf-8"))
    found = {alias.name.split(".")[0] for node in ast.walk(source)
             if isinstance(node, ast.Import) for alias in node.names}
    return found | {(node.module or "").split(".")[0] for node in ast.walk(source)
                    if isinstance(node, ast.ImportFrom) and not node.level}


def test_each_library_is_imported_only_in_its_folder() -> None:
    homes = {"openpyxl": "excel", "jinja2": "formats", "weasyprint": "formats", "docx": "formats",
             "resvg_py": "formats", "click": "commands", "babel": "words"}
    for module in PACKAGE.rglob("*.py"):
        folder = module.relative_to(PACKAGE).parts[0]
        strays = {name for name in libraries(module) & homes.keys() if homes[name] != folder}
        assert not strays, (module.relative_to(PACKAGE).as_posix(), strays)


def test_the_words_import_nothing_from_the_project() -> None:
    for module in (PACKAGE / "words").rglob("*.py"):
        outside = {name for name in project_imports(module) if not name.startswith("words.")}
        assert not outside, (module.name, outside)


def test_the_model_imports_nothing_from_the_project_but_the_words() -> None:
    found = project_imports(PACKAGE / "plan" / "model.py")
    assert all(name.startswith("words.") for name in found), found
