"""The benchmark: whole reportgen builds against WeasyPrint's own floor and a spreadsheet print.

    python bench/run.py [--sizes 25,250,1000] [--runs 5] [--big-runs N] [--write-docs]
    python bench/run.py --formats-only [--runs 5]   # just --format all against --format pdf

Each measurement is a whole process, timed from start to exit, with its peak memory (the
process's maximum resident set). The first run of each is a warm-up and is not counted; the
table gives the median of the rest. Run it on a quiet machine: `make bench`.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from workbooks import write_plan  # noqa: E402

BIN = Path(sys.executable).parent
# The checkout's own code, whatever reportgen the environment has installed.
REPORTGEN = [sys.executable, "-m", "reportgen"]
WEASYPRINT = [str(BIN / "weasyprint")]
EXAMPLE = ROOT / "data" / "medway-improvement-plan.xlsx"
DOCS = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
FORMATS_BEGIN, FORMATS_END = "<!-- bench-formats:begin -->", "<!-- bench-formats:end -->"


@dataclass(frozen=True)
class Measure:
    """Medians over the counted runs."""

    seconds: float
    peak_mb: float
    runs: int
    cpu_seconds: float = 0.0
    """User and system time of the process and its workers."""


def run_once(command: list[str], cwd: Path | None = None) -> tuple[float, float, float]:
    """Wall seconds, peak resident MB and processor seconds of one whole process (its
    workers included)."""
    start = time.perf_counter()
    environ = os.environ | {"PYTHONPATH": os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=environ)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime  # the workers it waited for are counted in
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n"
                         f"{process.stderr.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024, cpu


def measure(command: list[str], runs: int, cwd: Path | None = None) -> Measure:
    """Median time and memory over ``runs`` runs after one warm-up."""
    run_once(command, cwd)
    samples = [run_once(command, cwd) for _ in range(runs)]
    return Measure(statistics.median(s for s, _, _ in samples),
                   statistics.median(m for _, m, _ in samples), runs,
                   statistics.median(c for _, _, c in samples))


def bench_workbook(name: str, workbook: Path, runs: int, work: Path) -> dict[str, Measure]:
    """reportgen (PDF+HTML, HTML only), the WeasyPrint floor, and LibreOffice, for one plan."""
    out = work / name
    results = {
        "reportgen": measure([*REPORTGEN, "build", str(workbook), "--out", str(out)], runs),
        "html only": measure([*REPORTGEN, "build", str(workbook), "--out", str(out),
                              "--format", "html"], runs),
    }
    html = out / f"{workbook.stem}.html"
    # The floor: WeasyPrint alone turning reportgen's exact HTML into the same kind of PDF.
    results["weasyprint floor"] = measure(
        [*WEASYPRINT, "--pdf-variant", "pdf/ua-1", "--pdf-tags", str(html),
         str(out / "floor.pdf")], runs)
    soffice = shutil.which("soffice")
    if soffice:
        results["libreoffice print"] = measure(
            [soffice, "--headless", f"-env:UserInstallation=file://{work}/lo-profile",
             "--convert-to", "pdf", "--outdir", str(out / "lo"), str(workbook)], runs)
    return results


FORMATS_TARGET = 1.15


def bench_formats(runs: int, work: Path) -> tuple[Measure, Measure]:
    """``--format all`` against ``--format pdf`` on the example, pinned to two cores when
    ``taskset`` is there: the Word paper and the HTML page render beside the PDF."""
    pin = ["taskset", "-c", "0,1"] if shutil.which("taskset") and (os.cpu_count() or 1) >= 2 \
        else []
    command = [*pin, *REPORTGEN, "build", str(EXAMPLE), "--out", str(work / "formats")]
    return (measure([*command, "--format", "all"], runs),
            measure([*command, "--format", "pdf"], runs))


def formats_report(formats: tuple[Measure, Measure], load: float) -> str:
    """The side-by-side measurement, with what the machine was doing meanwhile."""
    every, pdf = formats
    ratio = every.seconds / pdf.seconds
    return "\n".join([
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; load average {load:.1f} before the runs "
        f"(other work on the machine shares its cores when this is above 0).",
        "",
        "| the example | wall time | processor time (the process and its worker) | runs |",
        "| --- | --- | --- | --- |",
        f"| `--format pdf` | {pdf.seconds:.2f} s | {pdf.cpu_seconds:.2f} s | {pdf.runs} |",
        f"| `--format all` (PDF, HTML, Word) | {every.seconds:.2f} s | "
        f"{every.cpu_seconds:.2f} s | {every.runs} |",
        f"| ratio | {ratio:.2f} x | {every.cpu_seconds / pdf.cpu_seconds:.2f} x | |",
        "",
        f"Target: `--format all` at most {FORMATS_TARGET} x `--format pdf` in wall time: "
        f"{'met' if ratio <= FORMATS_TARGET else '**missed**'}.",
    ])


def write_block(begin: str, end: str, text: str) -> None:
    page = DOCS.read_text(encoding="utf-8")
    start, stop = page.index(begin) + len(begin), page.index(end)
    DOCS.write_text(page[:start] + "\n" + text + "\n" + page[stop:], encoding="utf-8")


def bench_batch(count: int, work: Path) -> tuple[float, float]:
    """Seconds for ``count`` copies of the example, one after another and in parallel."""
    folder = work / "batch"
    folder.mkdir()
    for index in range(count):
        shutil.copy(EXAMPLE, folder / f"plan-{index:02d}.xlsx")
    serial, _, _ = run_once([*REPORTGEN, "build", str(folder), "--out", str(work / "b1"),
                          "--jobs", "1"])
    parallel, _, _ = run_once([*REPORTGEN, "build", str(folder), "--out", str(work / "b2")])
    return serial, parallel


def bench_noop(runs: int) -> float:
    """Median seconds of `make report` when nothing has changed."""
    subprocess.run(["make", "-s", "report"], cwd=ROOT, check=True, capture_output=True)
    return measure(["make", "-s", "report"], runs, cwd=ROOT).seconds


def table(results: dict[str, dict[str, Measure]], batch: tuple[float, float] | None,
          noop: float | None) -> str:
    lines = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}.",
        "",
        "| plan | reportgen PDF+HTML | WeasyPrint floor | ratio | HTML only | HTML / PDF build "
        "| LibreOffice print | peak memory | floor's peak memory | runs |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, row in results.items():
        ours, floor, html = row["reportgen"], row["weasyprint floor"], row["html only"]
        office = row.get("libreoffice print")
        lines.append(
            f"| {name} | {ours.seconds:.2f} s | {floor.seconds:.2f} s | "
            f"{ours.seconds / floor.seconds:.2f} x | {html.seconds:.2f} s | "
            f"{html.seconds / ours.seconds:.2f} | "
            + (f"{office.seconds:.2f} s" if office else "not installed")
            + f" | {ours.peak_mb:.0f} MB | {floor.peak_mb:.0f} MB | {ours.runs} |"
        )
    sizes = [n for n in results if n.endswith(" actions")]
    if "250 actions" in sizes and "1000 actions" in sizes:
        growth = results["1000 actions"]["reportgen"].seconds / \
            results["250 actions"]["reportgen"].seconds
        lines += ["", f"1,000 actions take {growth:.2f} x the time of 250 (linear would be 4)."]
    if batch:
        serial, parallel = batch
        lines += ["", f"Batch of 20 copies of the example: {serial:.1f} s one after another, "
                      f"{parallel:.1f} s with --jobs {os.cpu_count()}: {serial / parallel:.2f} x "
                      "faster."]
    if noop is not None:
        lines += ["", f"`make report` with nothing changed: {noop:.3f} s."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="25,250,1000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big-runs", type=int, default=None,
                        help="runs for plans of 1,000 actions or more (default: --runs)")
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--formats-only", action="store_true",
                        help="time only --format all against --format pdf on the example")
    parser.add_argument("--write-docs", action="store_true",
                        help=f"put the table into {DOCS.relative_to(ROOT)}")
    args = parser.parse_args()
    results: dict[str, dict[str, Measure]] = {}
    if args.formats_only:
        load = os.getloadavg()[0]
        with tempfile.TemporaryDirectory() as folder:
            report = formats_report(bench_formats(args.runs, Path(folder)), load)
        print(report)
        if args.write_docs:
            write_block(FORMATS_BEGIN, FORMATS_END, report)
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print("example ...", file=sys.stderr, flush=True)
        results["the example (23 actions)"] = bench_workbook("example", EXAMPLE, args.runs, work)
        for size in (int(s) for s in args.sizes.split(",") if s):
            print(f"{size} actions ...", file=sys.stderr, flush=True)
            workbook = write_plan(work / f"plan-{size}.xlsx", size)
            runs = args.big_runs if (args.big_runs and size >= 1000) else args.runs
            results[f"{size} actions"] = bench_workbook(f"plan-{size}", workbook, runs, work)
        print("formats side by side ...", file=sys.stderr, flush=True)
        load = os.getloadavg()[0]
        formats = formats_report(bench_formats(args.runs, work), load)
        batch = None if args.skip_batch else bench_batch(20, work)
        noop = bench_noop(args.runs)
    report = table(results, batch, noop)
    print(report, formats, sep="\n\n")
    if args.write_docs:
        write_block(BEGIN, END, report)
        write_block(FORMATS_BEGIN, FORMATS_END, formats)


if __name__ == "__main__":
    main()
