"""Writing a briefing to disk: never over an existing file unless asked, always atomically.

The text goes to a temporary file in the target's folder, is flushed to disk and
then renamed over the target in one step (``os.replace``), so a reader of the
target sees either the old file whole or the new file whole, never a half-written
one, and a failure at any point leaves the old file untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class BriefingExists(FileExistsError):
    """The target exists and overwriting was not allowed."""


class BriefingWriteError(OSError):
    """The briefing could not be written; the message says where and why."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, text: str, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path``; return the path written.

    Raises :class:`BriefingExists` if the file exists and ``force`` is false, and
    :class:`BriefingWriteError` (with a one-line message) if the write fails.
    """
    target = Path(path)
    if target.is_dir():
        raise BriefingWriteError(f"{target}: is a folder; give a file name such as {target / 'briefing.md'}")
    if target.exists() and not force:
        raise BriefingExists(f"{target}: already exists; use --force to overwrite it or choose another name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BriefingWriteError(f"{target}: the folder {folder} does not exist; create it first")
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mode = 0o666 & ~_umask()
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, mode)
        if force:
            os.replace(tmp_name, target)
        else:
            _replace_no_clobber(tmp_name, target)
        tmp_name = None
    except BriefingExists:
        raise
    except OSError as exc:
        raise BriefingWriteError(f"{target}: could not write the briefing ({exc.strerror or exc}); "
                                 "the old file, if any, is unchanged") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def _replace_no_clobber(tmp_name: str, target: Path) -> None:
    """Rename into place, failing if the target appeared meanwhile (hard link is atomic)."""
    try:
        os.link(tmp_name, target)
    except FileExistsError:
        raise BriefingExists(f"{target}: already exists; use --force to overwrite it or choose another name") from None
    except OSError:
        # File systems without hard links: a check then rename is the best we can do.
        if target.exists():
            raise BriefingExists(f"{target}: already exists; use --force to overwrite it") from None
        os.replace(tmp_name, target)
        return
    os.unlink(tmp_name)
