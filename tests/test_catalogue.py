"""The paper's words come from one catalogue, and its dates and numbers from CLDR.

The literal checks read the templates and the writers: every word the paper prints is either
looked up in the catalogue (``_()``, ``ngettext()``, ``N_()``, ``{% trans %}``) or allowed in
tests/english_allowed.py with its reason. Messages to the officer (errors and warnings, in
``raise`` and ``warnings``/``logging`` calls) are not the paper's words and are not checked.
"""

from __future__ import annotations

import ast
import html
import re
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
from babel.messages import pofile
from babel.messages.frontend import CommandLineInterface
from english_allowed import ALLOWED_TEXT, ALLOWED_WRITER
from jinja2 import nodes as jinja2_nodes

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


# The literal checks ---------------------------------------------------------------------------

TEMPLATES = ROOT / "templates"
PACKAGE = ROOT / "reportgen"
LOOKUPS = {"_", "gettext", "ngettext", "pgettext", "npgettext", "N_"}
# Lower-case text with no sentence in it: identifiers, CSS classes and roles, anchors, XML tags,
# strftime and CLDR patterns.
NOT_WORDS = re.compile(r"^[a-z0-9_\-:./#%{}()\[\]=,;*+<>|'\"@!?& ]*$")
# A word of a sentence, with the punctuation around it: 'Overdue', 'date:', '(proposed)'.
WORD = re.compile(r"^[(\"'“]?[A-Z]?[a-z]+[.,:;!?)\"'”]*$")
TAG_MARK = "⁂"  # where a Jinja tag was: not a word
CHECKED_ATTRIBUTES = {"alt", "title", "aria-label", "content", "placeholder"}


def english(text: str, allowed: Iterable[str]) -> str:
    """The English left in ``text`` once the allowed names are taken out ('' for none)."""
    for name in sorted(allowed, key=len, reverse=True):
        text = re.sub(rf"(?<![A-Za-z]){re.escape(name)}(?![a-z])", " ", text)
    text = html.unescape(text).replace(TAG_MARK, " ")
    if NOT_WORDS.match(text):
        return ""
    return " ".join(text.split()) if any(map(WORD.match, text.split())) else ""


class _VisibleText(HTMLParser):
    """The text of HTML a reader sees, and the attributes read aloud or shown in tooltips."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "script"}:
            self._skipping += 1
        self.found += [value for name, value in attrs if name in CHECKED_ATTRIBUTES and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script"} and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.found.append(data)


def template_environment() -> jinja2.Environment:
    return jinja2.Environment(extensions=["jinja2.ext.i18n"], trim_blocks=True,
                              lstrip_blocks=True)


def template_html(env: jinja2.Environment, source: str) -> str:
    """The template's own HTML: Jinja's tags replaced by a mark, {% trans %} blocks left out."""
    pieces, in_trans, after_block_begin = [], 0, False
    for _line, kind, value in env.lex(source):
        if kind == "data" and not in_trans:
            pieces.append(value)
        elif kind in {"variable_begin", "block_begin"}:
            pieces.append(f" {TAG_MARK} ")
        if kind == "name" and after_block_begin:
            in_trans += {"trans": 1, "endtrans": -1}.get(value, 0)
        if kind != "whitespace":
            after_block_begin = kind == "block_begin"
    return "".join(pieces)


def unlooked_up_constants(tree: jinja2_nodes.Node) -> Iterator[jinja2_nodes.Const]:
    """The template's string constants that are printed or passed on, not looked up: leaving
    out the arguments of _(), and the operands of tests and comparisons (names, not words)."""
    def walk(node: jinja2_nodes.Node) -> Iterator[jinja2_nodes.Const]:
        if isinstance(node, jinja2_nodes.Call) and isinstance(node.node, jinja2_nodes.Name) \
                and node.node.name in LOOKUPS:
            return
        if isinstance(node, (jinja2_nodes.Compare, jinja2_nodes.Test, jinja2_nodes.Getitem)):
            return
        if isinstance(node, jinja2_nodes.Const) and isinstance(node.value, str):
            yield node
        for child in node.iter_child_nodes():
            yield from walk(child)
    yield from walk(tree)


def template_findings() -> list[str]:
    env, findings = template_environment(), []
    for path in sorted(TEMPLATES.rglob("*.html")):
        source, name = path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        parser = _VisibleText()
        parser.feed(template_html(env, source))
        parser.close()
        findings += [f"{name}: {left!r}" for text in parser.found
                     if (left := english(text, ALLOWED_TEXT))]
        findings += [f"{name}:{node.lineno}: {left!r}"
                     for node in unlooked_up_constants(env.parse(source))
                     if (left := english(node.value, ALLOWED_TEXT))]
    return findings


PENDING = Path(__file__).with_name("english_pending.txt")
"""The English the templates and writers still print outside the catalogue, one finding a
line (without its line number): the list may only shrink. A finding not on it fails; so does
a line on it that is no longer found, so that it is taken off."""


def _pending(kind: str) -> set[str]:
    lines = PENDING.read_text(encoding="utf-8").splitlines()
    return {line.split(" ", 1)[1] for line in lines if line.startswith(kind + " ")}


def _unnumbered(finding: str) -> str:
    """'templates/x.html:12: 'Due'' -> 'templates/x.html: 'Due'': a finding stays itself when
    lines above it move."""
    return re.sub(r"^([^:]+):\d+:", r"\1:", finding)


def _ratchet(kind: str, findings: list[str], how: str) -> None:
    found, pending = {_unnumbered(f) for f in findings}, _pending(kind)
    new, gone = sorted(found - pending), sorted(pending - found)
    assert not new, (f"put these words through {how} (or, for a name, "
                     "tests/english_allowed.py):\n" + "\n".join(new))
    assert not gone, (f"take these lines off {PENDING.name}: they are in the catalogue now:\n"
                      + "\n".join(f"{kind} {line}" for line in gone))


def test_no_new_english_in_the_templates_outside_the_catalogue() -> None:
    _ratchet("template", template_findings(), "_() or {% trans %}")


def writer_modules() -> list[Path]:
    return sorted({*PACKAGE.glob("formats/**/*.py"), *PACKAGE.glob("paper/parts/**/*.py"),
                   PACKAGE / "paper" / "charts.py"})


# Keyword arguments that hold names or the command line's help, not the paper's words.
NAME_KEYWORDS = {"style", "relationship", "about", "help"}
WARNINGS = {"warnings", "logging", "logger", "log", "problems"}


def _name_of(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else \
        node.attr if isinstance(node, ast.Attribute) else ""


def _officer_messages(tree: ast.AST) -> set[int]:
    """ids of the nodes that are not the paper's words: inside a raise, an assert or a warning
    or log call (messages to the officer); docstrings; lookups' arguments; and names, such as
    a PDF dictionary's keys (a subscript, a comparison's operand, ``.get``'s key, a one-word
    dict key, a keyword naming a style) or an XML tag's name after its namespace."""
    skipped: set[int] = set()

    def skip(node: ast.AST) -> None:
        skipped.update(id(inner) for inner in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Raise, ast.Assert)):
            skip(node)
        elif isinstance(node, ast.Subscript):
            skip(node.slice)
        elif isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                if isinstance(operand, ast.Constant):
                    skip(operand)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str) \
                        and " " not in key.value:
                    skip(key)
        elif isinstance(node, ast.JoinedStr):
            for before, part in zip(node.values, node.values[1:], strict=False):
                if isinstance(before, ast.FormattedValue) and isinstance(part, ast.Constant) \
                        and not any(c.isspace() for c in str(part.value)):
                    skip(part)
        elif isinstance(node, ast.keyword) and node.arg in NAME_KEYWORDS:
            skip(node)
        elif isinstance(node, ast.Call):
            function = node.func
            name = _name_of(function)
            owner = _name_of(function.value) if isinstance(function, ast.Attribute) else ""
            if name in LOOKUPS or owner in WARNINGS or name in {"warn", "warning"}:
                skip(node)
            elif name in {"get", "pop", "setdefault"} and node.args:
                skip(node.args[0])
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) \
                and node.body and isinstance(node.body[0], ast.Expr) \
                and isinstance(node.body[0].value, ast.Constant):
            skip(node.body[0])
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip(node)  # an attribute's docstring
    return skipped


def writer_findings() -> list[str]:
    findings = []
    for path in writer_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped, name = _officer_messages(tree), path.relative_to(ROOT).as_posix()
        for node in ast.walk(tree):
            if id(node) in skipped or not isinstance(node, ast.Constant) \
                    or not isinstance(node.value, str):
                continue
            if left := english(node.value, ALLOWED_WRITER):
                findings.append(f"{name}:{node.lineno}: {left!r}")
    return findings


def test_no_new_english_in_the_writers_outside_the_catalogue() -> None:
    _ratchet("writer", writer_findings(), "_() or ngettext()")


def test_the_literal_checks_find_english_and_pass_names_and_lookups(tmp_path: Path) -> None:
    env = template_environment()
    source = ('<p class="note" title="Due soon">Overdue {{ _("Complete") }}</p>'
              '{% trans %}Not yet rated{% endtrans %}{{ "No due date" }}'
              '{% if direction.name != "UNCHANGED" %}<span class="rag-none">○</span>{% endif %}'
              '<style>.rag-none { font-family: "Liberation Sans"; }</style>')
    parser = _VisibleText()
    parser.feed(template_html(env, source))
    texts = [left for text in parser.found if (left := english(text, ALLOWED_TEXT))]
    assert texts == ["Due soon", "Overdue"]
    constants = [node.value for node in unlooked_up_constants(env.parse(source))
                 if english(node.value, ALLOWED_TEXT)]
    assert constants == ["No due date"]
    assert english("rag rag-short", ALLOWED_WRITER) == ""
    assert english("Heading 1", ALLOWED_WRITER) == ""
    assert english("w:tblLook", ALLOWED_WRITER) == ""
    assert english("Completed late", ALLOWED_WRITER) == "Completed late"
