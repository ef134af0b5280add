"""The README's command summary matches the command line: every command and option click
defines is in it, and nothing it names is missing from the CLI."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from reportgen.commands import main

README = Path(__file__).resolve().parent.parent / "README.md"
# An option as the summary writes it: '--format', '-j' (not the '-1' of 'pdf/ua-1').
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z0-9-]*)")


def summary_block() -> str:
    """The first code block under '## The command line'."""
    readme = README.read_text(encoding="utf-8")
    section = readme[readme.index("## The command line"):]
    return re.search(r"```sh\n(.*?)```", section, re.DOTALL).group(1)


def summary_by_command() -> dict[str, str]:
    """Each command's lines of the summary (continuation lines included), by command name;
    '' holds the lines about reportgen itself (--help, --version)."""
    lines: dict[str, str] = {}
    current = None
    for line in summary_block().splitlines():
        words = line.split("#")[0].split()
        if line.startswith("reportgen "):
            current = "" if words[1].startswith("-") else words[1]
            lines[current] = lines.get(current, "") + " " + " ".join(words[1:])
        elif line.startswith(" ") and current is not None:
            lines[current] += " " + " ".join(words)
    return lines


def options_of(command: click.Command) -> list[click.Option]:
    """The command's options, less --help (which every command has)."""
    return [p for p in command.params if isinstance(p, click.Option)
            and p.name != "help"]


def test_the_summary_names_every_command_and_only_real_ones() -> None:
    assert set(summary_by_command()) - {""} == set(main.commands)


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_option_is_in_the_summary_and_every_option_there_is_real(name) -> None:
    command = main.commands[name]
    text = summary_by_command()[name]
    named = set(OPTION.findall(text))
    for option in options_of(command):
        spellings = {*option.opts, *option.secondary_opts}
        assert named & spellings, f"the README's summary of {name} lacks {option.opts[0]}"
        if isinstance(option.type, click.Choice):
            listed = re.search(rf"{re.escape(option.opts[-1])} ([\w/.-]+(?:\|[\w/.-]+)+)", text)
            assert listed, f"the README's summary of {name} lacks {option.opts[0]}'s choices"
            assert listed.group(1).split("|") == list(option.type.choices), name
    defined = {spelling for option in options_of(command)
               for spelling in (*option.opts, *option.secondary_opts)}
    assert named <= defined, f"the README's summary of {name} names {named - defined}, " \
                             "which the command does not take"


def test_reportgen_itself_has_help_and_version_as_the_summary_says() -> None:
    named = set(OPTION.findall(summary_by_command()[""]))
    context = click.Context(main, **main.context_settings)
    defined = {spelling for param in main.get_params(context) if isinstance(param, click.Option)
               for spelling in param.opts}
    assert named == {"--help", "-h", "--version"} == defined
