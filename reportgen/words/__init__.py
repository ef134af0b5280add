"""Every fixed word the paper prints, looked up in one catalogue.

Python code marks a word with ``_("...")`` (or ``ngettext`` for a count), and the templates
with Jinja's i18n extension (``{{ _("...") }}``, ``{% trans %}``). The words are English as
typed: English is the source language, so with no catalogue a message is its own
translation. ``use_language`` sets the paper's language (and its catalogue) for one build;
every lookup happens at build time, never when a module is imported. A word that must stay
data until it is printed (a rating's label) is marked ``N_("...")`` and looked up with ``_``
where it is printed.

The catalogues are gettext .po files in ``locales/`` (``make messages`` extracts the words
into ``locales/messages.pot`` and updates each language's file), read with Babel at run time:
see ``catalogue.py``.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from babel.support import NullTranslations

from .catalogue import CatalogueError, translations

SOURCE_LANGUAGE = "en"

_SOURCE = NullTranslations()  # outside use_language: English as typed
_catalogue: ContextVar[_gettext.NullTranslations | None] = ContextVar("catalogue", default=None)
_language: ContextVar[str] = ContextVar("language", default=SOURCE_LANGUAGE)


def _current() -> _gettext.NullTranslations:
    catalogue = _catalogue.get()
    return _SOURCE if catalogue is None else catalogue


def gettext(message: str) -> str:
    """``message`` in the paper's language (itself, in English)."""
    return _current().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for ``n`` in the paper's language (English: one or more)."""
    return _current().ngettext(singular, plural, n)


_ = gettext


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue, kept as it is: looked up with ``_`` when printed."""
    return message


def language() -> str:
    """The language the paper is being written in: 'en' unless ``use_language`` says otherwise."""
    return _language.get()


@contextmanager
def use_language(code: str = SOURCE_LANGUAGE, *,
                 overrides: Path | None = None) -> Iterator[None]:
    """Write in ``code`` inside the block: every ``_``, ``ngettext`` and date or number format.

    ``overrides`` is a council's own wording, a .po file whose translations take the place of
    the built-in ones. A catalogue that cannot be read raises CatalogueError.
    """
    catalogue = translations(code, overrides)
    language_token = _language.set(code)
    catalogue_token = _catalogue.set(catalogue)
    try:
        yield
    finally:
        _catalogue.reset(catalogue_token)
        _language.reset(language_token)


__all__ = ["CatalogueError", "N_", "SOURCE_LANGUAGE", "_", "gettext", "language", "ngettext",
           "use_language"]
