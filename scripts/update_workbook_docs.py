"""Rewrite the column tables in docs/workbook.md from the schema (run by `make docs`)."""

from __future__ import annotations

from pathlib import Path

from reportgen.plan.column_docs import update

if __name__ == "__main__":
    page = Path(__file__).resolve().parent.parent / "docs" / "workbook.md"
    page.write_text(update(page.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated {page}")
