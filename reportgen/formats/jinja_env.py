"""The Jinja environment: the only module that knows Jinja2."""

from __future__ import annotations

import base64
import difflib
import re
import traceback
from collections.abc import Callable
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..errors import TemplatesError
from ..paper import markup
from ..words import gettext, ngettext
from ..words.formatting import long_date  # also imported from here by the Word writer

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # reportgen/, beside templates/ in a checkout


def builtin_templates() -> Path:
    """The built-in templates: inside the package when installed, beside it in a checkout."""
    packaged = PACKAGE_DIR / "templates"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "templates"


_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


def evidence(text: str, link: str = "") -> Markup:
    """Evidence as typed; linked to the cell's own hyperlink (http, https or mailto), or a lone
    http(s) address becomes a link to itself."""
    text = text.strip()
    if link and _SAFE_LINK.match(link.strip()):
        return Markup('<a href="{0}">{1}</a>').format(link.strip(), text or link.strip())
    if _URL.match(text):
        return Markup('<a href="{0}">{0}</a>').format(text)
    return Markup.escape(text)




_ASSET_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                ".svg": "image/svg+xml", ".gif": "image/gif", ".webp": "image/webp"}
MAX_ASSET_BYTES = 2_000_000


def asset_uri(name: str, folders: list[Path]) -> str:
    """A template folder's image (a logo) as a data: URI, so the paper stays self-contained."""
    kind = _ASSET_TYPES.get(Path(name).suffix.lower())
    if kind is None:
        raise TemplatesError(f"asset({name!r}): only {', '.join(_ASSET_TYPES)} images can be "
                             "used; save the image in one of those formats")
    for folder in folders:
        path = (folder / name).resolve()
        if path.is_relative_to(folder.resolve()) and path.is_file():
            data = path.read_bytes()
            if len(data) > MAX_ASSET_BYTES:
                raise TemplatesError(f"{path}: the image is over {MAX_ASSET_BYTES:,} bytes; "
                                     "save a smaller copy for the paper")
            return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"
    raise TemplatesError(f"asset({name!r}): no file {name} in {folders[0]}"
                         + _nearest_file(name, folders[0]))


def _nearest_file(name: str, folder: Path) -> str:
    """'; Logo.PNG is there: ...' when a file differs from ``name`` only in case or slightly."""
    present = {str(p.relative_to(folder)): p for p in folder.rglob("*") if p.is_file()}
    same = [found for found in present if found.casefold() == name.casefold()]
    close = same or difflib.get_close_matches(name, present, n=1, cutoff=0.6)
    if not close:
        return "; put the image there, or correct the name in the template"
    return (f"; {close[0]} is there: rename it to {name}, or write asset({close[0]!r}) "
            "(names must match exactly, capitals included)")


RENAMED = {
    "parts/cover.html": "parts/version_history.html",
    "parts/summary.html": "parts/executive_summary.html",
}
"""Templates' old names and their names now. An override saved under the old name still
applies, and a template that includes or extends the old name still finds it."""
_OLD_NAMES = {new: old for old, new in RENAMED.items()}


class _RenamedLoader(jinja2.FileSystemLoader):
    """A folder of templates where a renamed template answers to its old name and its new."""

    def get_source(self, environment: jinja2.Environment,
                   template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        try:
            return super().get_source(environment, template)
        except jinja2.TemplateNotFound:
            other = RENAMED.get(template) or _OLD_NAMES.get(template)
            if other is None:
                raise
            return super().get_source(environment, other)


def environment(user_templates: Path | None = None) -> jinja2.Environment:
    """Templates from ``user_templates`` first (overriding by name), then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(_RenamedLoader(str(user_templates)))
    # The built-in set is also reachable as "builtin/NAME" so an override can extend its original.
    builtin = _RenamedLoader(str(builtin_templates()))
    loaders.append(builtin)
    loaders.append(jinja2.PrefixLoader({"builtin": builtin}))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        # {{ _("...") }}, ngettext and {% trans %}: every fixed word through the one catalogue.
        extensions=["jinja2.ext.i18n"],
        # Always on: select_autoescape() would miss names such as paper.html.j2.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.install_gettext_callables(gettext, ngettext, newstyle=True)
    env.filters["markdown"] = markup.to_html
    env.filters["markdown_inline"] = markup.to_inline_html
    env.filters["long_date"] = long_date
    env.filters["evidence"] = evidence
    folders = [user_templates, builtin_templates()] if user_templates else [builtin_templates()]
    env.globals["asset"] = lambda name: asset_uri(name, folders)
    return env


def render(template: str, *, user_templates: Path | None = None, **context: object) -> str:
    """Render the named template with ``context``.

    A mistake in a template (its syntax, a name it uses that does not exist, a missing image)
    is a TemplatesError naming the file and line, and saying what to do.
    """
    try:
        return environment(user_templates).get_template(template).render(**context)
    except TemplatesError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name}, line {exc.lineno}"
        raise TemplatesError(f"{where}: {exc.message}; correct the template's {{% %}} or "
                             "{{ }} there, or remove the file to use the built-in one") from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplatesError(f"a template includes {exc.name!r}, which is not in "
                             f"{user_templates or builtin_templates()} nor built in; correct "
                             "the name (see the built-in templates for the names there are)"
                             ) from exc
    except jinja2.UndefinedError as exc:
        raise TemplatesError(f"{_template_line(exc)}: {exc.message}; use only the names the "
                             "built-in templates use (docs/customising.md lists them)") from exc
    except jinja2.TemplateError as exc:
        raise TemplatesError(f"{_template_line(exc)}: {exc}; correct the template") from exc


def _template_line(exc: BaseException) -> str:
    """The template file and line a rendering error came from, as Jinja's traceback says."""
    frames = [frame for frame in traceback.extract_tb(exc.__traceback__)
              if frame.filename.endswith((".html", ".css", ".j2", ".svg", ".txt"))]
    if not frames:
        return "a template"
    return f"{frames[-1].filename}, line {frames[-1].lineno}"


def unused_files(user_templates: Path) -> list[str]:
    """Warnings for files in the templates folder that override nothing, with the nearest name."""
    builtin = builtin_templates()
    known = sorted(str(p.relative_to(builtin)) for p in builtin.rglob("*") if p.is_file())
    warnings = []
    for path in sorted(user_templates.rglob("*")):
        name = str(path.relative_to(user_templates))
        if not path.is_file() or name in known or path.name.startswith("."):
            continue
        if name in RENAMED:
            if not (user_templates / RENAMED[name]).is_file():
                warnings.append(f"{path}: still overrides {RENAMED[name]}, the name that "
                                f"template has now; rename it to "
                                f"{user_templates / RENAMED[name]} when convenient")
            else:
                warnings.append(f"{path}: is not used, because {RENAMED[name]} (its new "
                                "name) is there too; remove one of them")
            continue
        if path.suffix.lower() in _ASSET_TYPES:
            continue  # an image, used through asset()
        names = [*known, *RENAMED]
        same = [k for k in names if k.casefold() == name.casefold()
                or Path(k).name.casefold() == path.name.casefold()]
        nearest = [RENAMED.get(k, k) for k in
                   same or difflib.get_close_matches(name, names, n=1, cutoff=0.6)]
        hint = f"; did you mean {nearest[0]}? Move or rename it to {user_templates / nearest[0]}" \
            if nearest else "; the built-in templates are " + ", ".join(known)
        warnings.append(f"{path}: overrides no built-in template{hint}")
    return warnings
