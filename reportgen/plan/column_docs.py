"""The column tables of docs/workbook.md, written from the schema so the two cannot drift."""

from __future__ import annotations

from . import schema

BEGIN = "<!-- columns:begin (written by `make docs`; do not edit) -->"
END = "<!-- columns:end -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def sheet_table(sheet: schema.Sheet) -> str:
    """One sheet's columns (or fields) as a Markdown table."""
    first = "Field" if sheet.details else "Column"
    lines = [
        f"### {sheet.name}{'' if sheet.required else ' (optional sheet)'}",
        "",
        sheet.purpose + (" One row per field: the field's name in **Field**, its value in "
                         "**Value**." if sheet.details else ""),
        "",
        f"| {first} | Required | Kind | Allowed values | What it holds | Example |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for column in sheet.columns:
        lines.append(
            "| " + " | ".join(_cell(part) for part in (
                column.label, "yes" if column.required else "no", column.kind.value,
                column.allowed, column.help, column.typed_example)) + " |"
        )
    return "\n".join(lines)


def columns_markdown() -> str:
    """Every sheet's table, between the markers that delimit them in docs/workbook.md."""
    body = "\n\n".join(sheet_table(sheet) for sheet in schema.SHEETS)
    return f"{BEGIN}\n\n{body}\n\n{END}"


def update(text: str) -> str:
    """``text`` (the docs page) with its column tables replaced by the schema's."""
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + columns_markdown() + text[end:]
