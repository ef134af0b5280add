"""Watch: a settled change to the workbook or a template rebuilds; nothing sleeps for real."""

from __future__ import annotations

import os

from click.testing import CliRunner

from reportgen.commands import main, rebuild_once
from reportgen.watch import Watcher, watch


def touch(path, when: int) -> None:
    os.utime(path, ns=(when, when))


def test_a_change_counts_once_it_has_held_still(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    watcher = Watcher(workbook)
    assert watcher.poll() is False  # nothing changed
    good = workbook.read_bytes()
    workbook.write_bytes(good[: len(good) // 2])  # a save half-way through
    touch(workbook, 1_000_000_000_000)
    assert watcher.poll() is False  # changed, but not yet settled
    workbook.write_bytes(good)
    touch(workbook, 2_000_000_000_000)
    assert watcher.poll() is False  # still changing
    assert watcher.poll() is True  # held still: rebuild
    assert watcher.poll() is False  # and only once


def test_lock_files_and_scratch_files_are_ignored(make_workbook, tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    look = tmp_path / "look"
    look.mkdir()
    watcher = Watcher(workbook, [look])
    (look / "~$paper.css").write_text("lock")
    (look / ".paper.css.swp").write_text("editor")
    (look / "paper.css.part").write_text("half")
    assert watcher.poll() is False and watcher.poll() is False
    (look / "paper.css").write_text("h2 { color: #4b0082; }")
    assert watcher.poll() is False and watcher.poll() is True


def test_an_edited_workbook_is_rebuilt_and_problems_do_not_stop_the_watch(make_workbook,
                                                                         tmp_path) -> None:
    workbook = make_workbook(name="plan.xlsx")
    out = tmp_path / "out"
    options = {"out_dir": out, "formats": ("html",), "user_templates": None}
    assert rebuild_once(workbook, **options)
    versions = iter([
        make_workbook(lambda f, r: r["Actions"][0].update(Lead="Chief Officer"), name="v2.xlsx"),
        make_workbook(lambda f, r: r["Actions"][0].update(RAG="Amberish"), name="v3.xlsx"),
        make_workbook(lambda f, r: r["Actions"][0].update(Lead="Deputy Chief"), name="v4.xlsx"),
    ])
    results: list[bool] = []
    polls = iter(range(9))

    def save_next_version(seconds: float) -> None:
        # Every third poll an officer saves the next version: one poll sees it change,
        # the next sees it settled and rebuilds.
        step = next(polls)
        if step % 3 == 0:
            version = next(versions)
            workbook.write_bytes(version.read_bytes())
            touch(workbook, (step + 1) * 1_000_000_000_000)

    def rebuild() -> None:
        results.append(rebuild_once(workbook, **options))
        html = (out / "plan.html").read_text(encoding="utf-8")
        results.append("Chief Officer" in html or "Deputy Chief" in html)

    count = watch(Watcher(workbook), rebuild, interval=0.5, sleep=save_next_version,
                  keep_going=lambda: len(results) < 6)
    assert count == 3
    # v2 rebuilt with its new lead; v3 (a bad RAG) not rebuilt, the v2 paper kept; v4 rebuilt.
    assert results == [True, True, False, True, True, True]
    assert "Deputy Chief" in (out / "plan.html").read_text(encoding="utf-8")


def test_watch_has_help_with_an_example() -> None:
    result = CliRunner().invoke(main, ["watch", "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_the_first_build_is_built_and_later_ones_rebuilt(make_workbook, tmp_path,
                                                          monkeypatch) -> None:
    workbook = make_workbook(name="plan.xlsx")

    def one_change_then_stop(watcher, rebuild, *, interval) -> int:
        assert interval == 0.2
        rebuild()  # an officer saved once
        raise KeyboardInterrupt

    monkeypatch.setattr("reportgen.commands.watch", one_change_then_stop)
    result = CliRunner().invoke(main, ["watch", str(workbook), "--out", str(tmp_path / "out"),
                                       "--format", "html", "--interval", "0.2"])
    assert result.exit_code == 0, result.output
    said = [line.split(" in ")[0] for line in result.output.splitlines()
            if not line.startswith("warning:")]
    assert said == ["built plan.html", f"Watching {workbook} and the templates; press Ctrl+C to "
                    "stop.", "rebuilt plan.html", "stopped"]


def test_a_first_build_that_fails_is_not_built_not_not_rebuilt(make_workbook, tmp_path,
                                                               monkeypatch) -> None:
    workbook = make_workbook(lambda f, r: r["Actions"][0].update(RAG="Amberish"),
                             name="plan.xlsx")
    monkeypatch.setattr("reportgen.commands.watch", lambda *args, **kwargs: 0)
    result = CliRunner().invoke(main, ["watch", str(workbook), "--out", str(tmp_path / "out"),
                                       "--format", "html"])
    assert result.exit_code == 0, result.output
    assert ("not built: 1 problem(s) in plan.xlsx; any paper already there is kept. Fix them "
            "and save again.") in result.output
    assert "rebuilt" not in result.output
