"""Content hashes: their form, and how a directory's hash is composed."""

from __future__ import annotations

import fnmatch
import importlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NewType

from alloy_lint.frozen import frozen
from alloy_lint.wording import kind_of

if TYPE_CHECKING:
    from alloy_lint.cache import DigestCache

ContentHash = NewType("ContentHash", str)
"""A content hash, `<blake3|sha256>:<64 lowercase hex digits>`; `well_formed` makes one."""

ALGORITHMS = ("blake3", "sha256")

# What a hub repository holds beside the artifact, by file name at any depth: its
# housekeeping and the alloys themselves; and the folders a local copy of it keeps
# (huggingface_hub's download metadata, a git clone's own). The `hf://` store leaves these
# out of a directory artifact, and `alloy-lint hash --hub` leaves out the same.
HUB_HOUSEKEEPING = (".gitattributes", "README.md", "forge-alloy.json")
HUB_MANIFESTS = ("*.alloy.json", "*.alloy.yaml", "*.alloy.yml")
HUB_LOCAL_FOLDERS = (".cache/huggingface/", ".git/")
_HASH_RE = re.compile(r"(blake3|sha256):[0-9a-f]{64}")
_HEX_RE = re.compile(r"[0-9a-f]{64}")


def well_formed(value: object) -> ContentHash | None:
    """`value` if it is a content hash of the form `<blake3|sha256>:<64 lowercase hex digits>`, else None."""
    if isinstance(value, str) and _HASH_RE.fullmatch(value):
        return ContentHash(value)
    return None


def is_hex_digest(value: Any) -> bool:
    return isinstance(value, str) and _HEX_RE.fullmatch(value) is not None


def short(artifact: str) -> str:
    """`sha256:1a2b3c4d5e6f`: the algorithm and the first 12 hex digits, enough to recognise
    a hash in a message."""
    algo, _, digest = artifact.partition(":")
    return f"{algo}:{digest[:12]}"


def hashes_in(value: Any, *, bare_hex: bool = False) -> Iterator[ContentHash]:
    """Every well-formed content hash anywhere in a loaded document's values.

    With `bare_hex`, 64 hex digits without an algorithm (a malformed hash, AL005) count too,
    once per algorithm: they still name an artifact someone meant.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif (artifact := well_formed(item)) is not None:
            yield artifact
        elif bare_hex and is_hex_digest(item):
            yield from (ContentHash(f"{algo}:{item}") for algo in ALGORITHMS)


def describe_malformed(value: Any, *, yaml: bool = True) -> str:
    """Why `value` is not a content hash, in words a user can act on."""
    if value is None:
        return "is null, not a content hash"
    if isinstance(value, list | dict):
        # Quoting would not help: the value is a structure (`[1`, a stray `key:`), not a scalar.
        return f"is {kind_of(value)}, not a string"
    if not isinstance(value, str):
        kind = kind_of(value)
        if yaml and isinstance(value, int | float) and not isinstance(value, bool):
            # Only a number is where a plain scalar drops digits: YAML 1.1 reads 0123 as 83.
            return f"is {kind}, not a string; quote it (a YAML plain scalar loses leading zeros)"
        if yaml:
            return f"is {kind}, not a string; quote it"
        return f"is {kind}, not a string; write it in double quotes"
    algo, sep, digest = value.partition(":")
    if not sep:
        if _HEX_RE.fullmatch(value.lower()):
            return "is bare hex; prefix the algorithm, as `sha256:<hex>` or `blake3:<hex>`"
        return "has no `<algo>:` prefix"
    if algo not in ALGORITHMS:
        return f"names algorithm `{algo}`; use `blake3` or `sha256`"
    if digest != digest.lower() and _HEX_RE.fullmatch(digest.lower()):
        return "has uppercase hex digits; content hashes are lowercase"
    if "..." in digest or "…" in digest:
        return "is abbreviated (`...`); write the full 64-digit digest"
    if not re.fullmatch(r"[0-9a-fA-F]*", digest):
        return "has characters that are not hex digits (a placeholder?)"
    return f"has {len(digest)} hex digits, not 64"


def hub_housekeeping(name: str) -> bool:
    """Whether the "/"-separated relative `name` is hub housekeeping, not part of an artifact."""
    base = name.rpartition("/")[2]
    return (
        base in HUB_HOUSEKEEPING
        or any(fnmatch.fnmatchcase(base, pattern) for pattern in HUB_MANIFESTS)
        or name.startswith(HUB_LOCAL_FOLDERS)
    )


def included(name: str, patterns: Sequence[str]) -> bool:
    """Whether a "/"-separated relative `name` matches one of the globs (all, when there are none)."""
    return not patterns or any(fnmatch.fnmatchcase(name, pattern) for pattern in patterns)


def canonical_listing(files: Iterable[tuple[str, str]], algo: str) -> bytes:
    """The bytes a directory's hash is the digest of: the compact, key-sorted JSON list of
    `{"filename", "<algo>"}` sorted by filename (what an HTTP store serves for a directory)."""
    listing = sorted(
        ({"filename": name, algo: digest} for name, digest in files), key=lambda e: e["filename"]
    )
    return json.dumps(listing, separators=(",", ":"), sort_keys=True).encode("utf-8")


def compose_directory_digest(files: Iterable[tuple[str, str]], algo: str) -> str:
    """The digest of a directory from `(relative filename, hex digest)` pairs.

    With sha256 this is the `modelHash` convention of published forge alloys.
    """
    payload = canonical_listing(files, algo)
    if algo == "sha256":
        return small_sha256(payload)
    import blake3

    return blake3.blake3(payload).hexdigest()


def small_sha256(payload: bytes) -> str:
    """The sha256 hex digest of a small payload (a listing, an address), by Python's own
    sha256: `hashlib` loads OpenSSL, which costs a one-file check more than all its hashing.
    Weights files go through `hashlib` (`new_hasher`), whose sha256 is the faster one."""
    global _SMALL_SHA256
    if _SMALL_SHA256 is None:
        for name in ("_sha2", "_sha256", "hashlib"):  # Python 3.12+, 3.10 and 3.11, any build
            try:
                _SMALL_SHA256 = importlib.import_module(name).sha256
                break
            except (ImportError, AttributeError):
                continue
    assert _SMALL_SHA256 is not None
    return str(_SMALL_SHA256(payload).hexdigest())


_SMALL_SHA256: Callable[[bytes], Any] | None = None


# --- computing hashes ---------------------------------------------------------------------

_SMALL_FILE = 1 << 20  # below this, one read beats mmap and threads
_CHUNK = 256 << 10  # as hashlib.file_digest: stays in cache between the read and the hash
_MMAP_MIN = 16 << 20  # blake3 maps files this large; smaller ones are cheaper to read
_WINDOW = 128 << 20


class HashError(Exception):
    """A path that cannot be hashed: a symlink, a special file, unreadable, or changing."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


@frozen
class FileDigest:
    filename: str
    hex: str
    size: int


@frozen
class ArtifactDigest:
    """The hash of a file or a directory, with the per-file hashes of a directory."""

    algo: str
    hex: str
    size: int
    files: tuple[FileDigest, ...] | None = None

    @property
    def value(self) -> ContentHash:
        return ContentHash(f"{self.algo}:{self.hex}")


def _identity(info: os.stat_result) -> tuple[int, int, int, int, int]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def hash_file(
    path: str | os.PathLike[str],
    algo: str,
    *,
    cache: DigestCache | None = None,
    progress: Callable[[int], None] | None = None,
    display: str | None = None,
) -> FileDigest:
    """The digest of one regular file's bytes, streamed; a file that changes meanwhile fails."""
    name = display or os.fspath(path)
    try:
        before = os.lstat(path)
    except OSError as exc:
        raise HashError(name, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISLNK(before.st_mode):
        raise HashError(name, "is a symbolic link; hash the file it points to, or copy it in")
    if not stat.S_ISREG(before.st_mode):
        raise HashError(name, "is not a regular file (a device, socket or pipe)")
    identity = _identity(before)
    if cache is not None:
        known = cache.get(os.fspath(path), algo, identity)
        if known is not None:
            if progress:
                progress(before.st_size)
            return FileDigest(name, known, before.st_size)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise HashError(name, f"cannot read: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb", buffering=0) as handle:
        if _identity(os.fstat(fd)) != identity:
            raise HashError(name, "changed while it was being hashed; hash it again once it is stable")
        hexdigest, read = _digest_stream(handle, algo, before.st_size, progress)
        after = os.fstat(fd)
    try:
        still = os.lstat(path)
    except OSError:
        still = None
    if (
        read != before.st_size
        or _identity(after) != identity
        or still is None
        or _identity(still) != identity
    ):
        raise HashError(name, "changed while it was being hashed; hash it again once it is stable")
    if cache is not None:
        cache.put(os.fspath(path), algo, identity, hexdigest)
    return FileDigest(name, hexdigest, read)


def new_hasher(algo: str, size_hint: int = 0) -> Any:
    """A fresh hasher; blake3 uses every core once the input is large enough to gain."""
    if algo == "blake3":
        import blake3

        return blake3.blake3(max_threads=blake3.blake3.AUTO if size_hint >= _SMALL_FILE else 1)
    if algo == "sha256":
        import hashlib

        return hashlib.sha256()
    raise ValueError(f"unknown algorithm {algo!r}")


def _digest_stream(
    handle: Any, algo: str, size: int, progress: Callable[[int], None] | None
) -> tuple[str, int]:
    hasher = new_hasher(algo, size)
    if algo == "blake3" and size >= _MMAP_MIN:
        return _digest_mapped(handle.fileno(), hasher, size, progress)
    buffer = bytearray(min(_CHUNK, max(size, 1)))
    view = memoryview(buffer)
    read = 0
    while True:
        count = handle.readinto(buffer)
        if not count:
            break
        hasher.update(view[:count])
        read += count
        if progress:
            progress(count)
    return hasher.hexdigest(), read


def _digest_mapped(
    fd: int, hasher: Any, size: int, progress: Callable[[int], None] | None
) -> tuple[str, int]:
    """blake3 over a memory map: its threads read the page cache directly, with no copy.

    A file truncated under a mapping would kill the process (SIGBUS) when a vanished page
    is touched, so the size is checked before every window: a truncation is reported as a
    change, and the window in which it could still strike is one window's hashing time.
    """
    import mmap

    with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as mapped, memoryview(mapped) as view:
        for start in range(0, size, _WINDOW):
            if os.fstat(fd).st_size < size:
                return hasher.hexdigest(), start
            end = min(start + _WINDOW, size)
            hasher.update(view[start:end])
            if progress:
                progress(end - start)
    return hasher.hexdigest(), size


def hash_path(
    path: str | os.PathLike[str],
    algo: str = "blake3",
    *,
    cache: DigestCache | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    keep: Callable[[str], bool] | None = None,
) -> ArtifactDigest:
    """The content hash of a file (its bytes) or a directory (its composed file listing).

    `keep` chooses, by "/"-separated relative name, the files of a directory the hash covers.
    """
    if algo not in ALGORITHMS:
        raise ValueError(f"unknown algorithm {algo!r}; use blake3 or sha256")
    root = os.fspath(path)
    try:
        info = os.lstat(root)
    except OSError as exc:
        raise HashError(root, f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISDIR(info.st_mode):
        digest = hash_file(root, algo, cache=cache, progress=progress)
        return ArtifactDigest(algo, digest.hex, digest.size)
    names = [name for name in _walk(root) if keep is None or keep(name)]
    from concurrent.futures import ThreadPoolExecutor

    def one(relative: str) -> FileDigest:
        # The listing names files relative to the directory; an error names the path the
        # user can find (`DIR/sub/file`), not the listing's `sub/file`.
        path = os.path.join(root, relative)
        try:
            return hash_file(path, algo, cache=cache, progress=progress, display=relative)
        except HashError as exc:
            raise HashError(path, exc.reason) from None

    with ThreadPoolExecutor(max_workers=workers or min(8, (os.cpu_count() or 1) * 2)) as pool:
        files = sorted(pool.map(one, names), key=lambda f: f.filename)
    hexdigest = compose_directory_digest(((f.filename, f.hex) for f in files), algo)
    return ArtifactDigest(algo, hexdigest, sum(f.size for f in files), tuple(files))


def regular_files(path: str | os.PathLike[str]) -> list[str] | None:
    """The files a content hash of `path` covers, by the rules hashing applies: None for a
    regular file, the sorted "/"-separated relative names for a directory. A symbolic link,
    a device, socket or pipe raises `HashError`, so that nothing reads what hashing refuses
    (a pipe would block the reader; a link may leave the store)."""
    root = os.fspath(path)
    try:
        info = os.lstat(root)
    except OSError as exc:
        raise HashError(root, f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        return sorted(_walk(root))
    if stat.S_ISLNK(info.st_mode):
        raise HashError(root, "is a symbolic link; hash the file it points to, or copy it in")
    if not stat.S_ISREG(info.st_mode):
        raise HashError(root, "is not a regular file (a device, socket or pipe)")
    return None


def _walk(root: str) -> Iterator[str]:
    """Every regular file below `root`, as a "/"-separated relative name; anything else fails,
    naming the path below `root` as the user would find it."""
    pending = [""]
    while pending:
        relative = pending.pop()
        directory = os.path.join(root, relative) if relative else root
        try:
            entries = list(os.scandir(directory))
        except OSError as exc:
            raise HashError(directory, f"cannot list: {exc.strerror or exc}") from None
        for entry in entries:
            name = f"{relative}/{entry.name}" if relative else entry.name
            try:
                name.encode("utf-8")
            except UnicodeEncodeError:
                raise HashError(os.fsdecode(entry.path), "file name is not valid UTF-8") from None
            if entry.is_symlink():
                raise HashError(entry.path, "is a symbolic link; content hashes cover regular files only")
            if entry.is_dir(follow_symlinks=False):
                pending.append(name)
            elif entry.is_file(follow_symlinks=False):
                yield name
            else:
                raise HashError(entry.path, "is not a regular file (a device, socket or pipe)")
