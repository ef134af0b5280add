"""The paper's words come from one catalogue, and its dates and numbers from CLDR.

The literal checks read the templates and the writers: every word the paper prints is either
looked up in the catalogue (``_()``, ``ngettext()``, ``N_()``, ``{% trans %}``) or allowed in
tests/english_allowed.py with its reason. Messages to the officer (errors and warnings, in
``raise`` and ``warnings``/``logging`` calls) are not the paper's words and are not checked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.messages import pofile
from babel.messages.frontend import CommandLineInterface

from reportgen import words
from reportgen.words import _, ngettext, use_language
from reportgen.words.catalogue import TEMPLATE, CatalogueError, catalogue_file, languages
from reportgen.words.formatting import long_date, month_year, number, percent, short_month

ROOT = Path(__file__).resolve().parent.parent


def message_ids(pot: Path) -> set[str | tuple[str, ...]]:
    with pot.open("rb") as file:
        return {message.id for message in pofile.read_po(file) if message.id}


def test_the_committed_catalogue_holds_every_word_the_sources_mark(tmp_path: Path,
                                                                  monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    extracted = tmp_path / "messages.pot"
    CommandLineInterface().run(
        ["pybabel", "-q", "extract", "-F", "babel.cfg", "-k", "N_", "-k", "ngettext:1,2",
         "--add-location=file", "--sort-by-file", "--no-wrap", "--omit-header",
         "-o", str(extracted), "."])
    new, committed = message_ids(extracted), message_ids(TEMPLATE)
    assert new == committed, (
        f"run `make messages`: not in the catalogue {sorted(map(str, new - committed))[:10]}, "
        f"no longer used {sorted(map(str, committed - new))[:10]}")


def test_every_language_has_every_message_of_the_catalogue() -> None:
    assert "en" in languages()
    wanted = message_ids(TEMPLATE)
    for language in languages():
        have = message_ids(catalogue_file(language))
        assert have == wanted, (language, "run `make messages`")


def test_english_prints_each_message_as_typed_and_counts_one_or_more() -> None:
    with use_language("en"):
        assert words.language() == "en"
        assert _("Not yet rated") == "Not yet rated"
        assert ngettext("%(n)d action", "%(n)d actions", 1) == "%(n)d action"
        assert ngettext("%(n)d action", "%(n)d actions", 2) == "%(n)d actions"
        assert ngettext("%(n)d action", "%(n)d actions", 0) == "%(n)d actions"
    assert words.language() == "en"


def write_po(path: Path, body: str) -> Path:
    path.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
                    + body, encoding="utf-8")
    return path


def test_a_councils_own_wording_takes_the_place_of_the_catalogues(tmp_path: Path) -> None:
    overrides = write_po(tmp_path / "ours.po",
                         'msgid "Not yet rated"\nmsgstr "Awaiting its first rating"\n')
    with use_language("en", overrides=overrides):
        assert _("Not yet rated") == "Awaiting its first rating"
        assert _("Some progress") == "Some progress"
    with use_language("en"):
        assert _("Not yet rated") == "Not yet rated"
    assert _("Not yet rated") == "Not yet rated"


def test_a_broken_catalogue_names_its_file_and_line(tmp_path: Path) -> None:
    broken = write_po(tmp_path / "broken.po", 'msgid "Overdue"\nmsgstr "Late\n\nmsgid x\n')
    with pytest.raises(CatalogueError, match=r"broken\.po, line \d+"):
        with use_language("en", overrides=broken):
            pass


def test_a_language_with_no_catalogue_is_named_with_the_ones_there_are() -> None:
    with pytest.raises(CatalogueError, match="'xx'.*'en'"):
        with use_language("xx"):
            pass


def test_dates_and_numbers_are_written_at_print_time_in_the_papers_language() -> None:
    with use_language("en"):
        assert long_date(date(2021, 3, 9)) == "9 March 2021"
        assert long_date(None) == ""
        # English keeps 'Sep', as the paper has always printed it (en_GB's CLDR says 'Sept').
        assert month_year(date(2021, 9, 30)) == "Sep 2021"
        assert short_month(9) == "Sep"
        assert number(12345) == "12,345"
        assert percent(45) == "45%"
        assert percent(100) == "100%"
