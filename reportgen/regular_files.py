"""Files named on the command line, read only if they are regular files: a named pipe, a device,
a folder, a link that leads nowhere or a file one may not read is refused in one sentence.

Both sides read one: the workbook side the officers' workbook and their returns, the paper side
a council's Word template; this holds what they share and imports neither.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import InputError


def regular_file_problem(path: Path, what: str, *, folder_ok: bool = False) -> str | None:
    """Why ``path`` cannot be read as the ``what`` (a sentence starting with the path), or None
    for a regular file one may read (or a folder, if ``folder_ok``).

    Asked of the file's status only: a named pipe is never opened (opening one waits for a
    writer, for ever), nor a device.
    """
    try:
        status = os.stat(path)
    except OSError as exc:
        return _unreachable(path, what, exc)
    if stat.S_ISREG(status.st_mode) or (folder_ok and stat.S_ISDIR(status.st_mode)):
        if not os.access(path, os.R_OK):
            return _unreachable(path, what, PermissionError(errno.EACCES, "denied"))
        return None
    kind = _SPECIAL.get(stat.S_IFMT(status.st_mode), "not a regular file")
    if stat.S_ISDIR(status.st_mode):
        return f"{path}: is {kind}, not a {what}; name the {what} file in it"
    return (f"{path}: is {kind}, not a {what} file; name the saved {what} itself "
            f"(reportgen reads only regular files)")


_SPECIAL = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def _unreachable(path: Path, what: str, exc: OSError) -> str:
    """What stopped ``path`` being reached or read, and what to do, in a sentence."""
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return (f"{path}: is a link to {os.readlink(path)}, which does not exist; name the "
                    f"{what} itself")
        return f"{path}: no such file"
    if exc.errno == errno.ELOOP:
        return (f"{path}: is a symbolic link that leads round in a loop, never to a file; name "
                f"the {what} itself")
    if exc.errno == errno.ENAMETOOLONG:
        return (f"{path}: the path is too long for this system ({len(str(path)):,} "
                f"characters); move the {what} to a folder with a shorter path, or rename it")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return (f"{path}: you do not have permission to read it; ask whoever owns it for "
                "access, or save a copy where you can read it")
    if exc.errno == errno.ENOTDIR:
        return f"{path}: part of the path is a file, not a folder; check the path"
    return f"{path}: cannot be read ({exc.strerror or exc}); check the path"


def read_regular_file(path: Path, what: str) -> bytes:
    """The bytes of the regular file at ``path``; InputError, in one sentence, for a folder,
    a named pipe, a device, a link that leads nowhere, or a file one may not read."""
    problem = regular_file_problem(path, what)
    if problem:
        raise InputError(problem)
    try:
        # Without blocking and checked again once open: a pipe put in its place since the
        # check above is refused, not waited on.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(_unreachable(path, what, exc)) from exc
    with os.fdopen(handle, "rb") as opened:
        if not stat.S_ISREG(os.fstat(opened.fileno()).st_mode):
            raise InputError(f"{path}: was replaced while being opened by something that is "
                             f"not a file; name the saved {what} itself")
        try:
            return opened.read()
        except OSError as exc:
            raise InputError(f"{path}: cannot be read: {exc}") from exc
