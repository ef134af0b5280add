"""The Jinja environment: the only module that knows Jinja2."""

from __future__ import annotations

import base64
import re
from datetime import date
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import markup

PACKAGE_DIR = Path(__file__).resolve().parent


def builtin_templates() -> Path:
    """The built-in templates: inside the package when installed, beside it in a checkout."""
    packaged = PACKAGE_DIR / "templates"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "templates"


_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def evidence(text: str) -> Markup:
    """Evidence as typed; a lone http(s) address becomes a link to it."""
    text = text.strip()
    if _URL.match(text):
        return Markup('<a href="{0}">{0}</a>').format(text)
    return Markup.escape(text)


def long_date(value: date | None) -> str:
    """A date as a board paper writes it: 1 June 2020."""
    return f"{value.day} {value:%B %Y}" if value else ""


_ASSET_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".svg": "image/svg+xml", ".gif": "image/gif", ".webp": "image/webp"}
MAX_ASSET_BYTES = 2_000_000


def asset_uri(name: str, folders: list[Path]) -> str:
    """A template folder's image (a logo) as a data: URI, so the paper stays self-contained."""
    kind = _ASSET_TYPES.get(Path(name).suffix.lower())
    if kind is None:
        raise jinja2.TemplateError(f"asset {name!r}: only {', '.join(_ASSET_TYPES)} images")
    for folder in folders:
        path = (folder / name).resolve()
        if path.is_relative_to(folder.resolve()) and path.is_file():
            data = path.read_bytes()
            if len(data) > MAX_ASSET_BYTES:
                raise jinja2.TemplateError(f"asset {name!r} is over {MAX_ASSET_BYTES} bytes")
            return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
    raise jinja2.TemplateNotFound(name)


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
    env.filters["evidence"] = evidence
    folders = [user_templates, builtin_templates()] if user_templates else [builtin_templates()]
    env.globals["asset"] = lambda name: asset_uri(name, folders)
    return env


def render(template: str, *, user_templates: Path | None = None, **context: object) -> str:
    """Render the named template with ``context``."""
    return environment(user_templates).get_template(template).render(**context)
