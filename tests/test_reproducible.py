"""The same workbook gives the same paper, byte for byte, on any day, anywhere.

The second build runs in another process under faketime (Debian's package; `make test`
installs it), which moves the clock for everything in the process, C libraries included, with
the workbook copied elsewhere with a new modification time, in another time zone and with
another hash seed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from programs import program

from reportgen import build

MOVED = "+400d"  # a year and a month on


def faketime() -> str:
    return program("faketime", what="faketime", so="the clock cannot be moved between builds",
                   package="faketime")


def build_later(workbook: Path, folder: Path, *options: str) -> Path:
    """Build a copy of ``workbook`` in a new process whose clock reads 400 days on."""
    copy = folder / "elsewhere" / workbook.name
    copy.parent.mkdir(parents=True)
    shutil.copyfile(workbook, copy)
    os.utime(copy, (time.time() - 86_400 * 90, time.time() - 86_400 * 90))
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    env |= {"TZ": "Pacific/Auckland", "PYTHONHASHSEED": "12345"}
    out = folder / "later"
    command = [faketime(), "-f", MOVED, sys.executable, "-m", "reportgen", "build", str(copy),
               "--out", str(out), *options]
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return out


def test_faketime_moves_the_clock(tmp_path) -> None:
    # Without this, a faketime that did nothing would make the tests below pass for nothing.
    probe = [faketime(), "-f", MOVED, sys.executable, "-c", "import time; print(time.time())"]
    moved = float(subprocess.run(probe, capture_output=True, text=True, check=True).stdout)
    assert moved - time.time() > 399 * 86_400


def test_example_paper_is_the_same_a_year_later(example_build, example, tmp_path) -> None:
    later = build_later(example, tmp_path)
    for fmt, path in example_build.items():
        assert (later / path.name).read_bytes() == path.read_bytes(), f"the {fmt} differs"


def test_archival_paper_with_its_attachment_is_the_same_a_year_later(make_workbook,
                                                                     tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    now = build(workbook, out_dir=tmp_path / "now", pdf_variant="pdf/a-3a")
    later = build_later(workbook, tmp_path, "--pdf-variant", "pdf/a-3a")
    assert [p.name for p in now.outputs] == ["plan.pdf", "plan.html", "plan.docx"]
    for path in now.outputs:
        assert (later / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs"
