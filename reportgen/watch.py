"""Rebuild the paper whenever the workbook or a template changes, and has finished changing."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

Fingerprint = tuple[int, int]  # size, modification time in nanoseconds

# Files a save or an editor leaves beside the real ones: never a reason to rebuild.
_SCRATCH_PREFIXES = ("~$", ".", "#")
_SCRATCH_SUFFIXES = (".part", ".tmp", "~", ".swp")


def _is_scratch(path: Path) -> bool:
    return path.name.startswith(_SCRATCH_PREFIXES) or path.name.endswith(_SCRATCH_SUFFIXES)


class Watcher:
    """Notices a change to the workbook or the template folders once it has held still.

    A spreadsheet saving a workbook, or a copy over the network, writes it in steps; building
    from the first step would read half a file. So a change counts only when two polls in a
    row see the same files.
    """

    def __init__(self, workbook: Path, folders: Sequence[Path] = ()) -> None:
        self.workbook = Path(workbook)
        self.folders = tuple(Path(f) for f in folders)
        self.seen = self.scan()
        self.settling: dict[Path, Fingerprint] | None = None

    def scan(self) -> dict[Path, Fingerprint]:
        """The size and modification time of every file watched."""
        files: Iterable[Path] = [self.workbook]
        for folder in self.folders:
            files = [*files, *(p for p in folder.rglob("*") if p.is_file())]
        prints = {}
        for path in files:
            if _is_scratch(path):
                continue
            try:
                stat = path.stat()
            except OSError:  # mid-save, the workbook may briefly not exist
                continue
            prints[path] = (stat.st_size, stat.st_mtime_ns)
        return prints

    def poll(self) -> bool:
        """Whether a change has settled since the last rebuild: time to rebuild."""
        now = self.scan()
        if now == self.seen:
            self.settling = None
            return False
        if now != self.settling:
            self.settling = now  # changed, or still changing: look again next poll
            return False
        self.seen, self.settling = now, None
        return True


def watch(
    watcher: Watcher,
    rebuild: Callable[[], None],
    *,
    interval: float = 0.5,
    sleep: Callable[[float], None] = time.sleep,
    keep_going: Callable[[], bool] = lambda: True,
) -> int:
    """Poll every ``interval`` seconds and rebuild after each settled change; return how many."""
    rebuilds = 0
    while keep_going():
        sleep(interval)
        if watcher.poll():
            rebuild()
            rebuilds += 1
    return rebuilds
