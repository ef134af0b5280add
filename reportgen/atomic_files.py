"""Files replaced whole or not at all: every output, paper or workbook, is written through here."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from .errors import BuildError


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then rename it into place.

    A reader never sees a half-written file, and a failure leaves the previous one intact.
    """
    replace_together({target: data})


def replace_together(files: Mapping[Path, bytes]) -> None:
    """Put every file in place, or none: BuildError, saying what the folder holds, if one fails.

    Each is written whole to a temporary file beside its target first; only then are they
    renamed into place, the files they replace kept aside until the last rename has succeeded,
    so that a failure part-way puts every earlier file back as it was.
    """
    written: dict[Path, Path] = {}
    try:
        for target, data in files.items():
            written[target] = _temporary_copy(target, data)
    except OSError as exc:
        _remove(written.values())
        raise BuildError(f"{target}: cannot be written ({exc}); {_as_before(files)}") from exc
    kept: dict[Path, Path] = {}  # target -> the earlier file, moved aside
    placed: list[Path] = []
    try:
        for target, temporary in written.items():
            if target.exists() or target.is_symlink():
                aside = _free_name(target)
                try:
                    os.replace(target, aside)
                except OSError:
                    aside.unlink(missing_ok=True)
                    raise
                kept[target] = aside
            os.replace(temporary, target)
            placed.append(target)
    except OSError as exc:
        restored = _undo(placed, kept)
        _remove(written.values())
        if restored:
            raise BuildError(f"{target}: cannot be written ({exc}); {_as_before(files)}") from exc
        raise BuildError(
            f"{target}: cannot be written ({exc}), and putting the earlier files back failed "
            f"too; {_holds(files, kept, placed)}") from exc
    _remove(kept.values())


def _temporary_copy(target: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _free_name(target: Path) -> Path:
    """A free name beside ``target`` to keep the file it replaces until the build is done."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".previous", dir=target.parent)
    os.close(fd)
    return Path(name)


def _undo(placed: list[Path], kept: Mapping[Path, Path]) -> bool:
    """Take back this build's renames; whether every earlier file is back where it was."""
    restored = True
    for target in [*reversed(placed), *(t for t in kept if t not in placed)]:
        try:
            if target in kept:
                os.replace(kept[target], target)
            else:
                target.unlink()
        except OSError:
            restored = False
    return restored


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # nothing more can be done; the name starts with a dot and ends .part


def _as_before(files: Mapping[Path, bytes]) -> str:
    """What the folder holds once a failed replacement is undone: what it held before."""
    held = [f"the earlier {t.name}" if t.is_file() else
            f"a folder named {t.name}" if t.is_dir() else f"no {t.name}" for t in files]
    listed = " and ".join(held) if len(held) < 3 else f"{', '.join(held[:-1])} and {held[-1]}"
    return f"nothing was changed: {_folders(files)} holds {listed}, as before"


def _holds(files: Mapping[Path, bytes], kept: Mapping[Path, Path], placed: list[Path]) -> str:
    """What the folder holds when undoing a failed replacement failed too, file by file."""
    held = []
    for target in files:
        previous = kept.get(target)
        if not target.exists():
            held.append(f"no {target.name}")
        elif target in placed and (previous is None or previous.exists()):
            held.append(f"{target.name} from this build")
        else:
            held.append(f"the earlier {target.name}")
        if previous is not None and previous.exists():
            held.append(f"the earlier {target.name} kept as {previous.name}")
    return f"{_folders(files)} now holds {', '.join(held)}"


def _folders(files: Mapping[Path, bytes]) -> str:
    return ", ".join(sorted({str(target.parent) for target in files}))
