"""The message catalogues: each language's .po file, compiled in memory when first asked for.

No build step and no .mo file in git: a .po file is read with Babel and turned into a
``babel.support.Translations`` the first time a build writes in its language, then kept.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

from babel.messages import mofile, pofile
from babel.messages.catalog import Catalog
from babel.support import Translations

LOCALES = Path(__file__).resolve().parent / "locales"
DOMAIN = "messages"
TEMPLATE = LOCALES / f"{DOMAIN}.pot"


class CatalogueError(ValueError):
    """A catalogue that cannot be read: the message names the file, the line and the fix."""


def catalogue_file(language: str) -> Path:
    """Where ``language``'s catalogue is kept: locales/<language>/LC_MESSAGES/messages.po."""
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> tuple[str, ...]:
    """The languages that have a catalogue, in order."""
    return tuple(sorted(path.parent.parent.name
                        for path in LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po")))


def read_catalogue(path: Path, language: str) -> Catalog:
    """``path``'s messages, or a CatalogueError naming its line."""
    try:
        with path.open("rb") as po:
            return pofile.read_po(po, locale=language, domain=DOMAIN, abort_invalid=True)
    except pofile.PoFileError as exc:
        raise CatalogueError(f"{path}, line {exc.lineno}: {exc}; correct the line or take "
                             "a fresh copy of the file") from exc
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except ValueError as exc:  # an unknown language code in the file's header
        raise CatalogueError(f"{path}: {exc}") from exc


def compiled(catalogue: Catalog) -> Translations:
    """``catalogue`` as gettext looks words up in it; a message with no translation (or a
    fuzzy one) falls back to its English."""
    buffer = io.BytesIO()
    mofile.write_mo(buffer, catalogue, use_fuzzy=False)
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


@functools.cache
def _built_in(language: str) -> Catalog:
    path = catalogue_file(language)
    if not path.is_file():
        raise CatalogueError(f"there is no catalogue for the language {language!r}; use one of "
                             f"{', '.join(map(repr, languages()))}")
    return read_catalogue(path, language)


@functools.cache
def _translations(language: str, overrides: Path | None, changed: int) -> Translations:
    del changed  # part of the cache's key only: an edited overrides file is read again
    translations = compiled(_built_in(language))
    if overrides is not None:
        translations.merge(compiled(read_catalogue(overrides, language)))
    return translations


def translations(language: str, overrides: Path | None = None) -> Translations:
    """The catalogue for ``language``, with ``overrides`` (a council's own wording, a .po file
    of the same messages) taking the place of the built-in words it translates."""
    changed = overrides.stat().st_mtime_ns if overrides is not None and overrides.exists() else 0
    return _translations(language, overrides, changed)


__all__ = ["CatalogueError", "LOCALES", "TEMPLATE", "catalogue_file", "compiled", "languages",
           "read_catalogue", "translations"]
