"""The per-user signing key of the disk cache, and the private modes of the cache's files.

``secret.key`` under the cache root holds the HMAC key that signs every blob. A key that
someone else could have written would let their signed pickles run, so the key is refused
(``UnsafeCacheError``) unless it is this user's file, private (0600) and not a symbolic
link. Folders are made 0700 and files 0600; looser ones of ours are tightened.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

SECRET_NAME = "secret.key"


class UnsafeCacheError(OSError):
    """A cache file that desk refuses to trust (another user's, or readable by others)."""


def make_private_dirs(*folders: Path) -> None:
    """Create each folder (in order) with mode 0700; tighten one of ours that is looser."""
    for folder in folders:
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            if os.name == "posix":
                info = os.stat(folder)
                if info.st_uid == os.geteuid() and info.st_mode & 0o077:
                    os.chmod(folder, 0o700)


def make_private_file(path: Path) -> None:
    """Make sure ``path`` exists with mode 0600 (tightening one of ours that is looser)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        if os.name == "posix":
            info = os.stat(path)
            if info.st_uid == os.geteuid() and info.st_mode & 0o077:
                os.chmod(path, 0o600)


def check_private(path: Path, info: os.stat_result) -> None:
    """Raise ``UnsafeCacheError`` unless ``path`` (as ``info`` describes it) is this user's and private."""
    if os.name != "posix":
        return
    if info.st_uid != os.geteuid():
        raise UnsafeCacheError(
            errno.EPERM,
            f"the cache key {path} belongs to another user (uid {info.st_uid}); desk will not trust it, because whoever "
            "can write it can make cached values run code. Delete it (desk makes a new, private one)",
        )
    if info.st_mode & 0o077:
        raise UnsafeCacheError(
            errno.EPERM,
            f"the cache key {path} is readable or writable by other users (mode {info.st_mode & 0o777:04o}); desk will "
            f"not trust it. Delete it (desk makes a new, private one) or run: chmod 600 {path}",
        )


def _read_key(path: Path) -> bytes | None:
    """The key file's bytes after the ownership and mode checks, or None when there is none."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise UnsafeCacheError(errno.EPERM, f"the cache key {path} is a symbolic link; desk will not trust it") from None
        raise
    try:
        check_private(path, os.fstat(fd))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(4096)
    finally:
        os.close(fd)


def load_secret(root: Path) -> bytes:
    """The per-user signing key, created on first use with mode 0600.

    Raises ``UnsafeCacheError`` when the key file belongs to another user, is readable
    or writable by others, or is a symbolic link: a key that someone else could have
    written would let their signed pickles run.
    """
    path = root / SECRET_NAME
    data = _read_key(path)
    if data is not None and len(data) >= 32:
        return data
    root.parent.mkdir(parents=True, exist_ok=True)
    make_private_dirs(root)
    fresh = secrets.token_bytes(32)
    temp = root / f".{SECRET_NAME}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, fresh)
    finally:
        os.close(fd)
    try:
        if data is not None:
            os.replace(temp, path)  # the old key was unusable (short): replace it
        else:
            os.link(temp, path)  # atomic, and loses to a concurrent creator
    except FileExistsError:
        pass
    except OSError:
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    data = _read_key(path)
    if data is None or len(data) < 32:
        raise OSError(errno.EIO, f"the cache key {path} is unreadable")
    return data
