"""Values built from a knowledge directory, kept on disk beside each other and read back in
one step: the engine's snapshot (bot/snapshot.py), the validated examples, the trained model.

Where they live: `$SNAPSHOT_DIR`, else `$XDG_CACHE_HOME/territoires-bot`, else
`~/.cache/territoires-bot`. When that directory cannot be written (a read-only container,
a system install), a directory of this user's own in the temporary directory is used
instead. A file is read only from a directory and a file owned by this user (or root)
that no one else may write: unpickling runs what the file says. A file that is corrupt,
truncated or unreadable is ignored and rebuilt; writing goes through a temporary file
renamed into place, so a reader never sees half of one.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import io
import json
import logging
import os
import pickle
import tempfile
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
_T = TypeVar("_T")

FORMAT = 1
# The package whose source is part of every key: bot/.
_PACKAGE = Path(__file__).resolve().parent.parent
_HEADER_LIMIT = 64 * 1024


def snapshot_dirs(environ: Mapping[str, str] = os.environ) -> tuple[Path, ...]:
    """Where snapshots are looked for and written, in that order."""
    configured = environ.get("SNAPSHOT_DIR")
    if configured:
        first = Path(configured)
    else:
        cache = environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
        first = Path(cache) / "territoires-bot"
    fallback = Path(tempfile.gettempdir()) / f"territoires-bot-{os.getuid()}"
    return (first, fallback)


def kept(
    *,
    directory: Path,
    suffix: str,
    key: str,
    kind: type[_T],
    build: Callable[[], _T],
    environ: Mapping[str, str] = os.environ,
    shared: bool = False,
) -> _T:
    """A value built from part of a knowledge directory, kept beside its engine's snapshot:
    `key` sums everything it is built from (the code is added here). A `shared` value is
    named by its key, not its directory: every copy of the knowledge with the same parts
    finds it (a model takes seconds to train; a copy of the knowledge is a test's, or an
    edited one mounted in the image)."""
    key = hashlib.sha256(f"{FORMAT}\0{code_digest()}\0{key}".encode()).hexdigest()
    dirs = snapshot_dirs(environ)
    name = f"{key[:24]}{suffix}" if shared else file_name(directory, suffix)
    found = first(dirs, name, key=key, kind=kind)
    if found is not None:
        return found
    value = build()
    for place in dirs:
        if write(place, name=name, directory=directory, key=key, value=value):
            break
    return value


@functools.cache
def code_digest() -> str:
    """The package's source, read once per process: the code running is the code that was
    read at start, even if the files change under a long-running `serve`."""
    digest = hashlib.sha256()
    digest_files(digest.update, _PACKAGE, pattern="*.py")
    return digest.hexdigest()


def digest_files(update: Callable[[bytes], None], root: Path, *, pattern: str = "*") -> None:
    """Every file under root, by name and content; hidden files (an editor's) left out."""
    try:
        paths = sorted(p for p in root.rglob(pattern) if p.is_file())
    except OSError:
        paths = []
    for path in paths:
        relative = path.relative_to(root)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        update(str(relative).encode() + b"\0")
        try:
            update(path.read_bytes())
        except OSError as error:
            # Unreadable: load_knowledge will say so; the key just must not match.
            update(f"unreadable: {error}".encode())
        update(b"\0")


def file_name(directory: Path, suffix: str) -> str:
    """One engine snapshot per knowledge directory: a new one replaces the last."""
    where = hashlib.sha256(str(directory.absolute()).encode()).hexdigest()[:24]
    return f"{where}{suffix}"


def _trusted(path: Path) -> bool:
    """Owned by this user or root, and writable by no one else."""
    try:
        status = path.stat()
    except OSError:
        return False
    return status.st_uid in (os.getuid(), 0) and not status.st_mode & 0o022


class _Checked:
    """The file as the unpickler reads it, summed on the way: the sum is known once the
    whole snapshot is read, without holding the file in memory beside what it builds."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self._stream = stream
        self.crc = 0
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._sum(data)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        count = self._stream.readinto(buffer)
        self._sum(memoryview(buffer)[:count])
        return count

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self._sum(data)
        return data

    def _sum(self, data: bytes | memoryview) -> None:
        self.crc = zlib.crc32(data, self.crc)
        self.size += len(data)


def first(places: tuple[Path, ...], name: str, *, key: str, kind: type[_T]) -> _T | None:
    return next(
        (found for place in places if (found := read(place / name, key=key, kind=kind))), None
    )


def read(path: Path, *, key: str, kind: type[_T]) -> _T | None:
    if not (_trusted(path.parent) and _trusted(path)):
        return None
    try:
        with path.open("rb") as stream:
            header = json.loads(stream.readline(_HEADER_LIMIT))
            if header.get("format") != FORMAT or header.get("key") != key:
                return None
            checked = _Checked(stream)
            # Hundreds of thousands of objects, none of them garbage: the cyclic collector
            # would only slow their creation.
            gc.disable()
            try:
                value = pickle.load(checked)  # a trusted file: see _trusted
            finally:
                gc.enable()
            if (checked.crc, checked.size) != (header["crc"], header["size"]) or stream.read(1):
                raise ValueError("its checksum does not match")
            if not isinstance(value, kind):
                raise TypeError(f"it holds a {type(value).__name__}")
    except Exception as error:  # whatever a damaged file makes the unpickler raise
        log.warning("knowledge snapshot %s is unreadable (%s): building it again", path, error)
        return None
    return value


def write(place: Path, *, name: str, directory: Path, key: str, value: object) -> bool:
    """Atomically: written aside, then renamed over the last one. False if it cannot be."""
    try:
        place.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(place):
            return False
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        header = {
            "format": FORMAT,
            "key": key,
            "directory": str(directory.absolute()),
            "crc": zlib.crc32(payload),
            "size": len(payload),
        }
        descriptor, temporary = tempfile.mkstemp(dir=place, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(json.dumps(header).encode() + b"\n")
                stream.write(payload)
            # Readable by others: a snapshot built in an image is read by its unprivileged user.
            Path(temporary).chmod(0o644)
            Path(temporary).replace(place / name)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
            raise
    except OSError as error:
        log.info("knowledge snapshot: cannot write in %s (%s)", place, error)
        return False
    _prune(place)
    return True


def _prune(place: Path) -> None:
    """Snapshots (and what is kept beside them) of knowledge directories that no longer
    exist (a test's, a removed copy); hidden files are writes in progress."""
    for path in place.glob("[!.]*"):
        try:
            with path.open("rb") as stream:
                directory = json.loads(stream.readline(_HEADER_LIMIT)).get("directory")
            if not directory or not Path(directory).is_dir():
                path.unlink()
        except (OSError, ValueError, AttributeError):
            with contextlib.suppress(OSError):
                path.unlink()
