"""Which files are manifests: the paths a user names, and the manifest names below them.

A walk leaves out version control, environments and caches, what git ignores, and what
the configuration excludes.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path

from alloy_lint.loader.problems import LoadProblem, LoadProblemKind
from alloy_lint.wording import printable

MANIFEST_SUFFIXES = (".alloy.yaml", ".alloy.yml", ".alloy.json")
HUB_MANIFEST_SUFFIX = "forge-alloy.json"

# Directories never walked into: version control, environments and caches.
SKIPPED_DIRECTORIES = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".nox"}
)

# Repository-locating variables a git hook may have set for another directory; with them
# git would answer for that repository, not the one the walked directory belongs to.
_GIT_LOCATION_VARIABLES = frozenset(
    {
        "GIT_DIR",
        "GIT_WORK_TREE",
        "GIT_INDEX_FILE",
        "GIT_COMMON_DIR",
        "GIT_OBJECT_DIRECTORY",
        "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_PREFIX",
    }
)
GIT_TIMEOUT = 10.0

# What a walk reports for a directory whose name is a manifest's.
_NAMED_LIKE_A_MANIFEST = LoadProblem(LoadProblemKind.NOT_A_MANIFEST, "is a directory, not a manifest file")


def is_manifest_name(name: str) -> bool:
    return name.endswith(MANIFEST_SUFFIXES) or name.endswith(HUB_MANIFEST_SUFFIX)


def display_path(path: Path, base: Path | None = None) -> str:
    """How output names a file: relative to `base`, "/"-separated, and printable (a file
    name with a newline in it cannot forge a line of a report)."""
    base = base or Path.cwd()
    try:
        shown = os.path.relpath(path, base).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        shown = str(path)
    return printable(shown)


def _excluded(relative: str, patterns: Sequence[str]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch(relative, p) or fnmatch(name, p) for p in patterns)


def git_ignored(root: Path) -> frozenset[str] | None:
    """What git ignores below the directory `root`: paths relative to it, "/"-separated,
    a directory ending in "/" (git names a wholly ignored directory once, not its files).

    None when there is nothing to honour: git is not installed, `root` is in no work tree,
    git failed or took longer than `GIT_TIMEOUT`, or `root` itself is ignored (the user
    named it, so it is walked as named). Tracked files are never ignored, as in git.
    """
    env = {k: v for k, v in os.environ.items() if k not in _GIT_LOCATION_VARIABLES}
    env["GIT_OPTIONAL_LOCKS"] = "0"  # a read-only question must not take the index lock
    command = [
        "git",
        # A repository's own configuration could name an fsmonitor program to run: a
        # linted checkout must never make alloy-lint execute it.
        "-c",
        "core.fsmonitor=false",
        "ls-files",
        "--others",
        "--ignored",
        "--exclude-standard",
        "--directory",
        "-z",
    ]
    try:
        done = subprocess.run(
            command,
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):  # no git, or too slow: walk unfiltered
        return None
    if done.returncode != 0:  # not a repository (or git refused it): nothing to honour
        return None
    ignored = frozenset(os.fsdecode(name) for name in done.stdout.split(b"\0") if name)
    return None if "./" in ignored else ignored


def _identity(path: Path) -> tuple[int, int] | str:
    """What makes two spellings of a path the same file: its device and inode."""
    try:
        info = path.stat()
    except OSError:  # a broken link or a loop: its spelling is all there is
        return os.path.abspath(path)
    if info.st_ino == 0:  # a file system without inode numbers
        return str(path.resolve())
    return (info.st_dev, info.st_ino)


def _config_prefix(root: Path, config_dir: Path | None) -> str | None:
    """`root` relative to the configuration's directory, "/"-separated and ending in "/"
    ("" for the directory itself); None without a configuration or outside its directory."""
    if config_dir is None:
        return None
    base = Path(os.path.abspath(config_dir))
    for spelled in (Path(os.path.abspath(root)), root.resolve()):  # as named, then through links
        if spelled.is_relative_to(base):
            relative = spelled.relative_to(base).as_posix()
            return "" if relative == "." else relative + "/"
    return None


def discover(
    paths: Iterable[Path], exclude: Sequence[str] = (), *, config_dir: Path | None = None
) -> Iterator[tuple[Path, LoadProblem | None]]:
    """Yield each manifest below `paths`, with the problem when it cannot be a manifest.

    A file named explicitly is always yielded; a directory is walked for manifest names,
    leaving out what git ignores there and what `exclude` matches: glob patterns on a
    name, or on the path relative to `config_dir` (the configuration's directory; without
    one, or outside it, relative to the walked directory). A file reached twice (two
    spellings of one path, a symbolic link) is yielded once, under its first spelling.
    """
    seen: set[tuple[int, int] | str] = set()
    walked: set[tuple[int, int] | str] = set()
    for root in paths:
        if root.is_dir():
            identity = _identity(root)
            if identity in walked:
                continue
            walked.add(identity)
            found: Iterable[tuple[Path, LoadProblem | None]] = _walk(root, exclude, config_dir)
        else:
            found = [(root, None)]
        for path, refusal in found:
            identity = _identity(path)
            if identity not in seen:
                seen.add(identity)
                yield path, refusal


def _walk(
    root: Path, exclude: Sequence[str], config_dir: Path | None
) -> Iterator[tuple[Path, LoadProblem | None]]:
    ignored = git_ignored(root) or frozenset()
    config_prefix = _config_prefix(root, config_dir)

    def skipped(relative: str, directory: bool) -> bool:
        if relative in ignored or (directory and relative + "/" in ignored):
            return True
        return _excluded(relative if config_prefix is None else config_prefix + relative, exclude)

    for dirpath, dirnames, filenames in os.walk(root):
        relative_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
        prefix = "" if relative_dir == "." else relative_dir + "/"
        dirnames[:] = sorted(
            d for d in dirnames if d not in SKIPPED_DIRECTORIES and not skipped(prefix + d, True)
        )
        for name in dirnames:
            if is_manifest_name(name):
                yield Path(dirpath, name), _NAMED_LIKE_A_MANIFEST
        for name in sorted(filenames):
            if is_manifest_name(name) and not skipped(prefix + name, False):
                yield Path(dirpath, name), None
