"""The Jinja environment: the only module that knows Jinja2."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jinja2

from . import markup

PACKAGE_DIR = Path(__file__).resolve().parent


def builtin_templates() -> Path:
    """The built-in templates: inside the package when installed, beside it in a checkout."""
    packaged = PACKAGE_DIR / "templates"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "templates"


def long_date(value: date | None) -> str:
    """A date as a board paper writes it: 1 June 2020."""
    return f"{value.day} {value:%B %Y}" if value else ""


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    """Templates from ``user_templates`` first (overriding by name), then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(jinja2.FileSystemLoader(str(user_templates)))
    # The built-in set is also reachable as "builtin/NAME" so an override can extend its original.
    builtin = jinja2.FileSystemLoader(str(builtin_templates()))
    loaders.append(builtin)
    loaders.append(jinja2.PrefixLoader({"builtin": builtin}))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # Always on: select_autoescape() would miss names such as paper.html.j2.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["markdown"] = markup.to_html
    env.filters["markdown_inline"] = markup.to_inline_html
    env.filters["long_date"] = long_date
    return env


def render(template: str, *, user_templates: Path | None = None, **context: object) -> str:
    """Render the named template with ``context``."""
    return environment(user_templates).get_template(template).render(**context)
