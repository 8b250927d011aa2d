"""The loader as a user meets it: positions, duplicate keys, values YAML would mangle, which
files a walk finds, and hostile files that must each become one clear AL001 finding, fast,
while every other manifest of the run is still audited."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest

from alloy_lint.loader import (
    MAX_DEPTH,
    Document,
    KeyPath,
    LoadProblem,
    LoadProblemKind,
    Position,
    discover,
    load_document,
    reading,
)
from alloy_lint.rules.format import CODES_BY_LOAD_PROBLEM
from tests.conftest import Run, run_cli

# A valid manifest whose one finding (an unpinned source) shows it was audited.
GOOD = """\
name: good
version: 1.0.0
source:
  baseModel: org/base
stages:
  - type: prune
"""
GOOD_FINDING = "good.alloy.yaml:3:1: AL106"

HASH = "sha256:" + "ab" * 32

YAML_MANIFEST = f"""\
name: demo
version: 1.0.0
source:
  baseModel: org/base
  revision: 0123abcd
stages:
  - type: prune
    artifactHash: "{HASH}"
  - {{type: quant, format: gguf}}
"""

JSON_MANIFEST = f"""\
{{
  "name": "demo",
  "version": "1.0.0",
  "source": {{"baseModel": "org/base", "revision": "0123abcd"}},
  "stages": [
    {{"type": "prune", "artifactHash": "{HASH}"}},
    {{"type": "quant", "format": "gguf"}}
  ]
}}
"""

# Generous for a slow CI machine, yet far below what expanding, recursing into or reading
# any of these files would cost.
LOAD_SECONDS = 1.0
RUN_SECONDS = 5.0


def check(cwd: Path, *paths: str) -> Run:
    return run_cli("check", "--isolated", "--format", "json", *paths, cwd=cwd)


def findings_for(run: Run, path: str) -> list[dict[str, Any]]:
    return [f for f in run.json["findings"] if f["path"] == path]


def load(path: Path) -> Document:
    return load_document(path, path.name)


# --- hostile files ------------------------------------------------------------------------


def _billion_laughs(path: Path) -> None:
    # Ten levels of ten aliases each: 10**10 values once expanded, 400 bytes on disk.
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abcdefghi", "bcdefghij", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 10) + "]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _deep_yaml(path: Path) -> None:
    path.write_text("x: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")


def _deep_json(path: Path) -> None:
    path.write_text('{"x": ' + "[" * 10_000 + "]" * 10_000 + "}\n", encoding="utf-8")


def _huge(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: no 200 MB written
        handle.truncate(200 * 1024 * 1024)


def _binary(path: Path) -> None:
    garbage = random.Random(160).randbytes(4096)
    path.write_bytes(b"name: x\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + garbage)


def _bad_utf8(path: Path) -> None:
    # The bad byte follows a two-byte character: the column counts characters, not bytes.
    path.write_bytes("name: demo\nnote: café ".encode() + b"\xff\xfe rest\n")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _blank(path: Path) -> None:
    path.write_text("\n  \n\t\n", encoding="utf-8")


def _multi_document(path: Path) -> None:
    path.write_text("name: a\nversion: 1.0.0\n---\nname: b\n", encoding="utf-8")


def _top_level_list(path: Path) -> None:
    path.write_text("- name: a\n- name: b\n", encoding="utf-8")


def _top_level_json_list(path: Path) -> None:
    path.write_text('[{"name": "a"}]\n', encoding="utf-8")


def _directory(path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("not a manifest\n", encoding="utf-8")


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    os.mkfifo(path)  # a naive reader would wait for a writer forever


def _symlink_loop(path: Path) -> None:
    try:
        path.symlink_to(path.name)
    except OSError as exc:
        pytest.skip(f"cannot create a symlink here: {exc}")


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[Path], None]
    line: int
    column: int | tuple[int, ...]  # several where libyaml versions stop at different places
    message: str

    def at(self, line: int, column: int) -> bool:
        columns = self.column if isinstance(self.column, tuple) else (self.column,)
        return line == self.line and column in columns


HOSTILE = [
    # The limit is crossed at the second `*e` of line 6 (123,465 values, then 111,111 per `*e`).
    Hostile("laughs.alloy.yaml", _billion_laughs, 6, 11, "250,000 values (alias expansion?)"),
    # libyaml 0.2.6 refuses flow collections deeper than 1000 while scanning ahead of our
    # own limit; older versions leave the limit to alloy-lint. Both say the same.
    Hostile(
        "deep.alloy.yaml",
        _deep_yaml,
        1,
        (4 + MAX_DEPTH - 1, 4 + 1000 - 1),
        "nesting is deeper than 100 levels",
    ),
    # The top-level object is the first level, so the 100th `[` is one too many.
    Hostile("deep.alloy.json", _deep_json, 1, 7 + MAX_DEPTH - 1, "nesting is deeper than 100 levels"),
    Hostile("huge.alloy.yaml", _huge, 1, 1, "file is 209,715,200 bytes, over the 8,388,608-byte limit"),
    Hostile("garbage.alloy.yaml", _binary, 4, 1, "binary file (holds a NUL byte); a manifest is UTF-8 text"),
    Hostile("latin1.alloy.yaml", _bad_utf8, 2, 12, "not valid UTF-8 (byte 0xff); save the file as UTF-8"),
    Hostile("empty.alloy.yaml", _empty, 1, 1, "file is empty; a manifest needs at least name, version"),
    Hostile("blank.alloy.json", _blank, 1, 1, "file is empty"),
    Hostile("two.alloy.yaml", _multi_document, 3, 1, "file holds more than one YAML document"),
    Hostile("list.alloy.yaml", _top_level_list, 1, 1, "must be a mapping at the top level, not a list"),
    Hostile("list.alloy.json", _top_level_json_list, 1, 1, "must be a mapping at the top level, not a list"),
    Hostile("bad.alloy.yaml", _directory, 1, 1, "is a directory, not a manifest file"),
    Hostile("pipe.alloy.yaml", _fifo, 1, 1, "is not a regular file"),
    Hostile("loop.alloy.yaml", _symlink_loop, 1, 1, "cannot read file: Too many levels of symbolic links"),
]


@pytest.mark.parametrize("case", HOSTILE, ids=[case.name for case in HOSTILE])
def test_hostile_file_is_one_parse_error_and_the_valid_manifest_is_still_audited(
    tmp_path: Path, case: Hostile
) -> None:
    (tmp_path / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")
    case.make(tmp_path / case.name)

    started = time.perf_counter()
    run = check(tmp_path, ".")
    elapsed = time.perf_counter() - started

    assert elapsed < RUN_SECONDS, f"{case.name} took {elapsed:.2f}s"
    assert run.exit_code == 1
    [finding] = findings_for(run, case.name)
    assert (finding["code"], finding["name"], finding["severity"]) == ("AL001", "parse-error", "error")
    assert case.at(finding["line"], finding["column"]), (finding["line"], finding["column"])
    assert case.message in finding["message"]
    assert GOOD_FINDING in run.locations
    assert run.json["summary"]["files"] == 2


@pytest.mark.parametrize("case", [c for c in HOSTILE if c.make is not _directory], ids=lambda c: c.name)
def test_hostile_file_is_refused_by_the_loader_within_a_second(tmp_path: Path, case: Hostile) -> None:
    path = tmp_path / case.name
    case.make(path)

    started = time.perf_counter()
    doc = load(path)
    elapsed = time.perf_counter() - started

    assert elapsed < LOAD_SECONDS, f"{case.name} took {elapsed:.2f}s"
    assert not doc.loaded
    assert doc.data is None
    [problem] = doc.problems
    assert CODES_BY_LOAD_PROBLEM[problem.kind] == "AL001"
    assert case.at(problem.line, problem.column), (problem.line, problem.column)
    assert case.message in problem.message


def test_oversized_file_is_refused_by_its_size_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.alloy.yaml"
    _huge(path)

    def never(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError(f"the loader opened {args[0]}")

    monkeypatch.setattr(reading, "open", never, raising=False)
    doc = load(path)
    assert [p.message for p in doc.problems] == [
        "file is 209,715,200 bytes, over the 8,388,608-byte limit for a manifest"
    ]


def test_missing_path_on_the_command_line_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")
    run = check(tmp_path, "good.alloy.yaml", "gone.alloy.yaml")
    assert run.exit_code == 2
    assert "gone.alloy.yaml" in run.stderr
    assert "does not exist" in run.stderr
    assert run.output == ""


# --- an unreadable file --------------------------------------------------------------------

_PROBE = """\
import sys
import alloy_lint.cli
try:
    open(sys.argv[1], "rb")
except PermissionError:
    sys.exit(0)
sys.exit(3)
"""


def _unprivileged_ways() -> Iterator[tuple[str, list[str], dict[str, Any]]]:
    """Ways for root to start a process that file permissions apply to."""
    yield "as uid 65534", [], {"user": 65534, "group": 65534, "extra_groups": []}
    setpriv = shutil.which("setpriv")
    if setpriv:
        # Still root, so an interpreter under a private home stays usable, but without the
        # capabilities that let root read any file.
        caps = "-dac_override,-dac_read_search"
        yield "without CAP_DAC_OVERRIDE", [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"], {}


def _run_unprivileged(directory: Path, unreadable: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    tried = []
    for how, prefix, options in _unprivileged_ways():
        try:
            probe = subprocess.run(
                [*prefix, sys.executable, "-c", _PROBE, str(unreadable)],
                cwd=directory,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                **options,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            tried.append(f"{how}: {exc}")
            continue
        if probe.returncode != 0:
            tried.append(f"{how}: exit {probe.returncode} {probe.stderr.strip()[-200:]}")
            continue
        return subprocess.run(
            [*prefix, sys.executable, "-m", "alloy_lint", "check", "--isolated", "--format", "json", "."],
            cwd=directory,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            **options,
        )
    pytest.skip("running as root and no unprivileged process can be started: " + "; ".join(tried))


@pytest.fixture
def shared_directory() -> Iterator[Path]:
    """A temporary directory that an unprivileged user may enter (pytest's own is 0700)."""
    directory = Path(tempfile.mkdtemp(prefix="alloy-lint-unreadable-"))
    directory.chmod(0o755)
    try:
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def test_unreadable_file_is_a_parse_error_and_the_valid_manifest_is_still_audited(
    shared_directory: Path,
) -> None:
    if os.name != "posix":
        pytest.skip("mode bits do not make a file unreadable on this platform")
    good = shared_directory / "good.alloy.yaml"
    good.write_text(GOOD, encoding="utf-8")
    good.chmod(0o644)
    unreadable = shared_directory / "secret.alloy.yaml"
    unreadable.write_text(GOOD, encoding="utf-8")
    unreadable.chmod(0o000)

    started = time.perf_counter()
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # root reads a mode-000 file regardless
        result = _run_unprivileged(shared_directory, unreadable)
        assert "Traceback" not in result.stderr, result.stderr
        exit_code, report = result.returncode, json.loads(result.stdout)
    else:
        run = check(shared_directory, ".")
        exit_code, report = run.exit_code, run.json
    elapsed = time.perf_counter() - started

    assert elapsed < 4 * RUN_SECONDS  # a subprocess pays for interpreter start-up
    assert exit_code == 1
    located = {f"{f['path']}:{f['line']}:{f['column']}: {f['code']}": f for f in report["findings"]}
    assert located["secret.alloy.yaml:1:1: AL001"]["message"] == "cannot read file: Permission denied"
    assert GOOD_FINDING in located


# --- regressions: hostile shapes that once crashed or hung ---------------------------------


def test_aliased_collection_as_a_mapping_key_is_refused_quickly(tmp_path: Path) -> None:
    # Turning an aliased list into key text would cost as much as expanding it, per key.
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for previous, name in zip("abc", "bcd", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 10) + "]")
    keys = "".join(f"  ? *d\n  : {i}\n" for i in range(1000))
    path = tmp_path / "keys.alloy.yaml"
    path.write_text("\n".join(lines) + "\nk:\n" + keys, encoding="utf-8")

    started = time.perf_counter()
    doc = load(path)
    assert time.perf_counter() - started < LOAD_SECONDS
    assert doc.problems == [LoadProblem(LoadProblemKind.UNSUPPORTED, "a mapping key must be a scalar", 6, 5)]


def test_number_too_long_to_convert_in_json_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "long.alloy.json"
    path.write_text('{"name": "x",\n  "cycles": ' + "9" * 5000 + "}\n", encoding="utf-8")
    assert load(path).problems == [
        LoadProblem(LoadProblemKind.SYNTAX, "invalid JSON: a number has too many digits to convert", 2, 13)
    ]


def test_lone_surrogate_escape_in_json_is_a_parse_error_not_a_crash_of_the_report(tmp_path: Path) -> None:
    (tmp_path / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "surrogate.alloy.json").write_text(
        '{"name": "\\ud83d\\ude00 fine",\n  "\\ud800": 1, "\\ud800": 2}\n', encoding="utf-8"
    )
    run = run_cli("check", "--isolated", ".", cwd=tmp_path)  # text output must encode every message
    assert run.exit_code == 1
    assert (
        "surrogate.alloy.json:2:4: AL001 invalid JSON: a `\\u` escape encodes a lone surrogate, "
        "which is not Unicode text"
    ) in run.output.splitlines()
    assert "good.alloy.yaml:3:1: AL106" in run.output


def test_json_duplicate_keys_do_not_bypass_the_nesting_limit(tmp_path: Path) -> None:
    path = tmp_path / "deep.alloy.json"
    path.write_text('{"a": 1, "a": 2, "x": ' + "[" * 500 + "]" * 500 + "}\n", encoding="utf-8")
    assert load(path).problems == [
        LoadProblem(LoadProblemKind.LIMIT, "nesting is deeper than 100 levels", 1, 23 + 99)
    ]


@pytest.mark.parametrize("suffix", [".alloy.yaml", ".alloy.json"])
def test_yaml_and_json_share_one_nesting_limit(tmp_path: Path, suffix: str) -> None:
    def nested(levels: int) -> str:  # the top-level mapping is the first level
        inner = "[" * (levels - 1) + "]" * (levels - 1)
        return f'{{"x": {inner}}}' if suffix.endswith("json") else f"x: {inner}\n"

    at_limit, over = tmp_path / f"ok{suffix}", tmp_path / f"over{suffix}"
    at_limit.write_text(nested(MAX_DEPTH), encoding="utf-8")
    over.write_text(nested(MAX_DEPTH + 1), encoding="utf-8")
    assert load(at_limit).problems == []
    assert [p.message for p in load(over).problems] == ["nesting is deeper than 100 levels"]


# --- positions -----------------------------------------------------------------------------

# (path, value position, key position) in YAML_MANIFEST and JSON_MANIFEST.
YAML_POSITIONS: list[tuple[KeyPath, Position, Position]] = [
    (("name",), (1, 7), (1, 1)),
    (("source",), (4, 3), (3, 1)),
    (("source", "baseModel"), (4, 14), (4, 3)),
    (("stages",), (7, 3), (6, 1)),
    (("stages", 0), (7, 5), (7, 5)),
    (("stages", 0, "artifactHash"), (8, 19), (8, 5)),
    (("stages", 1), (9, 5), (9, 5)),
    (("stages", 1, "format"), (9, 27), (9, 19)),
    (("stages", 0, "retention"), (7, 5), (7, 5)),  # absent: its stage stands in
]
JSON_POSITIONS: list[tuple[KeyPath, Position, Position]] = [
    (("name",), (2, 11), (2, 3)),
    (("source",), (4, 13), (4, 3)),
    (("source", "baseModel"), (4, 27), (4, 14)),
    (("stages",), (5, 13), (5, 3)),
    (("stages", 0), (6, 5), (6, 5)),
    (("stages", 0, "artifactHash"), (6, 39), (6, 23)),
    (("stages", 1), (7, 5), (7, 5)),
    (("stages", 1, "format"), (7, 33), (7, 23)),
    (("stages", 0, "retention"), (6, 5), (6, 5)),
]


@pytest.mark.parametrize(
    ("name", "text", "positions"),
    [
        ("demo.alloy.yaml", YAML_MANIFEST, YAML_POSITIONS),
        ("demo.alloy.json", JSON_MANIFEST, JSON_POSITIONS),
        ("bom.alloy.yaml", "\ufeff" + YAML_MANIFEST, YAML_POSITIONS),
        ("bom.alloy.json", "\ufeff" + JSON_MANIFEST, JSON_POSITIONS),
    ],
    ids=["yaml", "json", "yaml-after-bom", "json-after-bom"],
)
def test_every_key_and_value_keeps_its_line_and_column(
    tmp_path: Path, name: str, text: str, positions: list[tuple[KeyPath, Position, Position]]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = load(path)
    assert doc.loaded, doc.problems
    assert doc.problems == []
    assert doc.data["stages"][0]["artifactHash"] == HASH
    for key_path, value_at, key_at in positions:
        assert doc.locate(key_path) == value_at, key_path
        assert doc.locate(key_path, key=True) == key_at, key_path


@pytest.mark.parametrize(
    ("name", "text"),
    [("demo.alloy.yaml", YAML_MANIFEST), ("demo.alloy.json", JSON_MANIFEST)],
    ids=["yaml", "json"],
)
def test_findings_point_at_the_value_in_yaml_and_json(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text.replace(HASH, "sha256:7f8a9b2c..."), encoding="utf-8")
    run = check(tmp_path, name)
    [malformed] = [f for f in run.json["findings"] if f["code"] == "AL005"]
    expected = (8, 19) if name.endswith("yaml") else (6, 39)
    assert (malformed["line"], malformed["column"]) == expected
    assert malformed["message"] == (
        "`artifactHash` `sha256:7f8a9b2c...` is abbreviated (`...`); write the full 64-digit digest"
    )


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "good.alloy.yaml").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    run = check(tmp_path, ".")
    assert run.locations == [GOOD_FINDING]
    assert run.exit_code == 0


# --- duplicate keys --------------------------------------------------------------------------

DUPLICATE_YAML = """\
name: demo
version: 1.0.0
source: {baseModel: org/base, revision: abc}
stages:
  - type: prune
    strategy: entropy
    strategy: magnitude
name: demo-again
"""

DUPLICATE_JSON = """\
{
  "name": "demo",
  "version": "1.0.0",
  "source": {"baseModel": "org/base", "revision": "abc"},
  "stages": [
    {"type": "prune", "strategy": "entropy",
     "strategy": "magnitude"}
  ],
  "name": "demo-again"
}
"""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "dup.alloy.yaml",
            DUPLICATE_YAML,
            [
                (7, 5, "duplicate key `strategy` (first at line 6)"),
                (8, 1, "duplicate key `name` (first at line 1)"),
            ],
        ),
        (
            "dup.alloy.json",
            DUPLICATE_JSON,
            [
                (7, 6, "duplicate key `strategy` (first at line 6)"),
                (9, 3, "duplicate key `name` (first at line 2)"),
            ],
        ),
    ],
    ids=["yaml", "json"],
)
def test_repeated_key_is_a_duplicate_key_finding_naming_the_first(
    tmp_path: Path, name: str, text: str, expected: list[tuple[int, int, str]]
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    run = check(tmp_path, name)
    assert run.exit_code == 1
    duplicates = [f for f in run.json["findings"] if f["code"] == "AL003"]
    assert [(f["line"], f["column"], f["message"]) for f in duplicates] == expected
    assert {(f["name"], f["severity"], f["path"]) for f in duplicates} == {("duplicate-key", "error", name)}
    assert not [f for f in run.json["findings"] if f["code"] == "AL001"]


# --- values YAML would silently change ---------------------------------------------------------

DIGITS = "1234567890" * 6 + "1234"
OCTAL_LOOKING = "0012345670" * 6 + "0123"  # YAML 1.1 reads a leading 0 and digits 0-7 as octal
LEADING_ZERO = "0" + DIGITS[1:]


@pytest.mark.parametrize(
    ("written", "shown", "why"),
    [
        (DIGITS, DIGITS[:24] + "…", "is an integer, not a string; quote it"),
        (OCTAL_LOOKING, OCTAL_LOOKING[:24] + "…", "is an integer, not a string; quote it"),
        (LEADING_ZERO, LEADING_ZERO[:24] + "…", "is bare hex; prefix the algorithm"),
        ("3.14159", "3.14159", "is a number, not a string; quote it"),
        (f"sha256:{DIGITS}", f"sha256:{DIGITS}"[:24] + "…", None),
    ],
    ids=["all-digits", "octal-looking", "leading-zero", "float", "prefixed-digits"],
)
def test_unquoted_numeric_hash_in_yaml_is_a_malformed_hash_not_a_schema_error(
    tmp_path: Path, written: str, shown: str, why: str | None
) -> None:
    text = YAML_MANIFEST.replace(f'"{HASH}"', written)
    (tmp_path / "num.alloy.yaml").write_text(text, encoding="utf-8")
    run = check(tmp_path, ".")
    codes = [f["code"] for f in run.json["findings"]]
    assert "AL002" not in codes
    malformed = [f for f in run.json["findings"] if f["code"] == "AL005"]
    if why is None:  # a prefixed all-digit hash is text, and well formed
        assert malformed == []
        return
    [finding] = malformed
    assert (finding["line"], finding["column"]) == (8, 19)
    assert finding["message"].startswith(f"`artifactHash` `{shown}` {why}")
    assert run.exit_code == 1


@pytest.mark.parametrize(
    ("text", "line", "column", "tag"),
    [
        (
            "name: !!python/object/apply:os.system [echo hi]\n",
            1,
            7,
            "tag:yaml.org,2002:python/object/apply:os.system",
        ),
        ("!!python/object:__main__.Evil\nname: x\n", 1, 1, "tag:yaml.org,2002:python/object:__main__.Evil"),
        (
            "name: demo\nversion: !!python/name:os.system ''\n",
            2,
            10,
            "tag:yaml.org,2002:python/name:os.system",
        ),
        ("name: !!binary aGVsbG8=\n", 1, 7, "tag:yaml.org,2002:binary"),
        ("tags: !!set {a, b}\n", 1, 7, "tag:yaml.org,2002:set"),
        ("name: !include other.yaml\n", 1, 7, "!include"),
    ],
    ids=["apply", "object", "name", "binary", "set", "local-tag"],
)
def test_yaml_tags_beyond_plain_data_are_refused(
    tmp_path: Path, text: str, line: int, column: int, tag: str
) -> None:
    (tmp_path / "tagged.alloy.yaml").write_text(text, encoding="utf-8")
    run = check(tmp_path, ".")
    assert run.exit_code == 1
    [finding] = run.json["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("AL001", line, column)
    assert finding["message"] == f"unsupported YAML tag `{tag}`; manifests hold plain data only"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity_are_refused_where_they_stand(tmp_path: Path, constant: str) -> None:
    (tmp_path / "nan.alloy.json").write_text(
        f'{{"name": "NaN and Infinity in text are fine",\n  "cycles": {constant}}}\n', encoding="utf-8"
    )
    run = check(tmp_path, ".")
    assert run.exit_code == 1
    [finding] = run.json["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("AL001", 2, 13)
    assert finding["message"] == f"`{constant}` is not valid JSON"


@pytest.mark.parametrize(
    ("name", "text", "line", "column", "message"),
    [
        ("syntax.alloy.yaml", "stages: [\n", 2, 1, "invalid YAML: did not find expected node content"),
        ("syntax.alloy.json", '{"name": "demo",\n  "stages": [}\n', 2, 14, "invalid JSON: Expecting value"),
        ("alias.alloy.yaml", "name: demo\nsource: *nowhere\n", 2, 9, "unknown alias `*nowhere`"),
        ("scalar.alloy.yaml", "just some words\n", 1, 1, "not a str scalar"),
        ("comment.alloy.yaml", "# only a comment\n", 1, 1, "not an empty document"),
    ],
    ids=["yaml-syntax", "json-syntax", "unknown-alias", "scalar", "only-comments"],
)
def test_text_that_is_not_a_manifest_mapping_is_a_parse_error_at_its_position(
    tmp_path: Path, name: str, text: str, line: int, column: int, message: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [problem] = load(tmp_path / name).problems
    assert (CODES_BY_LOAD_PROBLEM[problem.kind], problem.line, problem.column) == ("AL001", line, column)
    assert message in problem.message


# --- which files are audited -----------------------------------------------------------------


def test_directory_walk_finds_every_manifest_name_and_skips_vcs_and_dependencies(tmp_path: Path) -> None:
    found = [
        "a.alloy.yaml",
        "b.alloy.yml",
        "c.alloy.json",
        "forge-alloy.json",
        "org__model__forge-alloy.json",
        "sub/deeper/d.alloy.yml",
    ]
    ignored = [
        "notes.yaml",
        "alloy.yaml",
        "model.json",
        "a.alloy.yaml.bak",
        "README.md",
        ".git/e.alloy.yaml",
        ".git/refs/f.alloy.json",
        "node_modules/pkg/g.alloy.yaml",
        "sub/node_modules/h.alloy.yml",
    ]
    for relative in found + ignored:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("{ broken\n", encoding="utf-8")  # every file read is a finding

    run = check(tmp_path, ".")
    assert sorted(f["path"] for f in run.json["findings"]) == sorted(found)
    assert {f["code"] for f in run.json["findings"]} == {"AL001"}
    assert run.json["summary"]["files"] == len(found)
    assert sorted(path.relative_to(tmp_path).as_posix() for path, _ in discover([tmp_path])) == sorted(found)


def test_file_named_on_the_command_line_is_linted_whatever_its_name(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("name: demo\nstages: [\n", encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"name": "demo", "name": "again"}\n', encoding="utf-8")
    (tmp_path / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")

    walked = check(tmp_path, ".")
    assert walked.locations == [GOOD_FINDING]

    named = check(tmp_path, "notes.yaml", "manifest.json")
    assert named.exit_code == 1
    assert named.json["summary"]["files"] == 2
    assert "notes.yaml:3:1: AL001" in named.locations
    duplicate = next(f for f in named.json["findings"] if f["code"] == "AL003")
    assert (duplicate["path"], duplicate["line"], duplicate["column"]) == ("manifest.json", 1, 18)
    assert duplicate["message"] == "duplicate key `name` (first at line 1)"


def test_directory_named_like_a_manifest_on_the_command_line_is_walked(tmp_path: Path) -> None:
    folder = tmp_path / "bundle.alloy.yaml"
    folder.mkdir()
    (folder / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")
    run = check(tmp_path, "bundle.alloy.yaml")
    assert run.locations == ["bundle.alloy.yaml/good.alloy.yaml:3:1: AL106"]


# --- aliases and merge keys as keys --------------------------------------------------------------

ALIAS_KEY_HEAD = """\
x-names: {field: &n name}
"""
ALIAS_KEY_TAIL = """\
version: 1.0.0
source: {baseModel: org/base}
stages: [{type: prune}]
"""


@pytest.mark.parametrize(
    ("middle", "line", "column"),
    [
        ("*n : demo\nname: again\n", 3, 1),  # the alias first, the key written plainly after it
        ("name: demo\n*n : again\n", 3, 1),  # the key written first, repeated through the alias
    ],
    ids=["alias-then-plain", "plain-then-alias"],
)
def test_a_key_repeated_through_an_alias_is_a_duplicate_key(
    tmp_path: Path, middle: str, line: int, column: int
) -> None:
    (tmp_path / "alias.alloy.yaml").write_text(ALIAS_KEY_HEAD + middle + ALIAS_KEY_TAIL, encoding="utf-8")
    run = check(tmp_path, ".")
    assert run.exit_code == 1
    [duplicate] = [f for f in run.json["findings"] if f["code"] == "AL003"]
    assert (duplicate["line"], duplicate["column"]) == (line, column)
    assert duplicate["message"] == "duplicate key `name` (first at line 2)"
    assert not [f for f in run.json["findings"] if f["code"] in ("AL001", "AL002")]


def test_an_anchored_key_can_be_aliased_as_a_key() -> None:
    doc = load_text_document("x-a: {&k tag: 1}\nx-b: {*k : 2}\n")
    assert doc.problems == []
    assert doc.data == {"x-a": {"tag": 1}, "x-b": {"tag": 2}}


def load_text_document(text: str) -> Document:
    from alloy_lint.loader import load_text

    return load_text(text, "inline.alloy.yaml")


MERGED = """\
x-defaults: &defaults
  retention: permanent
  format: gguf
x-more: &more
  format: safetensors
  tool: llama-quantize
name: merged
version: 1.0.0
source: {baseModel: org/base, revision: abc}
stages:
  - <<: *defaults
    type: quant
    format: mlx
  - <<: [*more, *defaults]
    type: quant
x-operator: =
"""


def test_merge_keys_merge_and_written_keys_win(tmp_path: Path) -> None:
    (tmp_path / "merged.alloy.yaml").write_text(MERGED, encoding="utf-8")
    doc = load(tmp_path / "merged.alloy.yaml")
    assert doc.problems == []
    assert doc.data["stages"] == [
        {"type": "quant", "format": "mlx", "retention": "permanent"},
        {"type": "quant", "format": "safetensors", "tool": "llama-quantize", "retention": "permanent"},
    ]
    assert doc.data["x-operator"] == "="  # YAML 1.1's `=` value key is plain text here
    # A merged key stands where its `<<` does; a written key where it is written.
    assert doc.locate(("stages", 0, "retention"), key=True) == (11, 5)
    assert doc.locate(("stages", 0, "format"), key=True) == (13, 5)
    run = check(tmp_path, ".")
    assert run.exit_code == 0, run.output
    assert run.json["findings"] == []


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ("x-a: {<<: 3}\n", 1, 11, "the merge key `<<` takes a mapping or a list of mappings"),
        ("x-a: &a [1]\nx-b: {<<: [*a]}\n", 2, 11, "the merge key `<<` takes a mapping or a list of mappings"),
    ],
    ids=["scalar", "list-of-lists"],
)
def test_a_merge_key_with_no_mapping_to_merge_is_a_parse_error(
    tmp_path: Path, text: str, line: int, column: int, message: str
) -> None:
    (tmp_path / "merge.alloy.yaml").write_text(text, encoding="utf-8")
    run = check(tmp_path, ".")
    assert run.exit_code == 1
    [finding] = run.json["findings"]
    assert (finding["code"], finding["line"], finding["column"], finding["message"]) == (
        "AL001",
        line,
        column,
        message,
    )


def test_a_merge_key_repeated_is_a_duplicate_key(tmp_path: Path) -> None:
    text = "x-a: &a {k: 1}\nx-b:\n  <<: *a\n  <<: {j: 2}\n"
    (tmp_path / "merge.alloy.yaml").write_text(text, encoding="utf-8")
    [problem] = load(tmp_path / "merge.alloy.yaml").problems
    assert (problem.kind, problem.line, problem.column) == (LoadProblemKind.DUPLICATE_KEY, 4, 3)
    assert problem.message == "duplicate key `<<` (first at line 3)"


def test_merge_keys_count_toward_the_alias_expansion_limit(tmp_path: Path) -> None:
    # Each level merges ten copies of the one before: 10**10 values if merges were free.
    lines = ["m0: &m0 {k: [x, x, x, x, x, x, x, x, x, x]}"]
    for level in range(1, 10):
        lines.append(f"m{level}: &m{level} {{<<: [" + ", ".join([f"*m{level - 1}"] * 10) + "]}")
    path = tmp_path / "merges.alloy.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    [problem] = load(path).problems
    assert time.perf_counter() - started < LOAD_SECONDS
    assert problem.kind is LoadProblemKind.LIMIT
    assert "250,000 values (alias expansion?)" in problem.message


# --- characters YAML refuses to read -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "code"),
    [
        ("name: demo\nnote: a\x07b\n", 2, 8, "0007"),
        ("name: demo\nnote: café ÿ\x1b\n", 2, 13, "001B"),  # columns count characters, not bytes
        ("name: a\x7f\n", 1, 8, "007F"),
    ],
    ids=["bell", "escape-after-accents", "delete"],
)
def test_a_control_character_in_yaml_is_one_line_at_its_position(
    tmp_path: Path, text: str, line: int, column: int, code: str
) -> None:
    (tmp_path / "control.alloy.yaml").write_text(text, encoding="utf-8")
    run = check(tmp_path, ".")
    assert run.exit_code == 1
    [finding] = run.json["findings"]
    assert (finding["code"], finding["line"], finding["column"]) == ("AL001", line, column)
    assert finding["message"] == (
        f"invalid YAML: the character U+{code} is not allowed in YAML text; "
        "write it as an escape in a double-quoted string"
    )


# --- a hash field that is a structure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("[1, 2]", "`artifactHash` is a list, not a string"),
        ("\n      - sha256", "`artifactHash` is a list, not a string"),
        ("{sha256: abc}", "`artifactHash` is a mapping, not a string"),
        ("yes", "`artifactHash` `yes` is a boolean, not a string; quote it"),
    ],
    ids=["flow-list", "block-list", "mapping", "boolean"],
)
def test_a_hash_that_is_not_a_scalar_says_what_it_is(tmp_path: Path, value: str, message: str) -> None:
    text = YAML_MANIFEST.replace(f'"{HASH}"', value)
    (tmp_path / "shape.alloy.yaml").write_text(text, encoding="utf-8")
    run = check(tmp_path, ".")
    assert run.exit_code == 1
    [finding] = [f for f in run.json["findings"] if f["code"] == "AL005"]
    assert finding["message"] == message
    assert finding["line"] == (9 if value.startswith("\n") else 8)


# --- one file, two spellings ----------------------------------------------------------------------

CHAIN = f"""\
name: chain
version: 1.0.0
source: {{baseModel: org/base, revision: abc}}
stages:
  - type: prune
    artifactHash: "{HASH}"
    retention: permanent
"""


def test_a_file_reached_under_two_spellings_is_audited_once(tmp_path: Path) -> None:
    (tmp_path / "manifests").mkdir()
    (tmp_path / "manifests" / "chain.alloy.yaml").write_text(CHAIN, encoding="utf-8")
    try:
        (tmp_path / "linked").symlink_to("manifests", target_is_directory=True)
    except OSError as exc:
        pytest.skip(f"cannot create a symlink here: {exc}")
    once = check(tmp_path, "manifests")
    assert once.json["summary"]["files"] == 1
    for spellings in (
        ["manifests", str(tmp_path / "manifests")],
        ["manifests", "linked"],
        ["manifests/chain.alloy.yaml", "manifests", "./manifests/"],
    ):
        run = check(tmp_path, *spellings)
        assert (run.exit_code, run.json) == (once.exit_code, once.json), spellings
        assert "AL105" not in {f["code"] for f in run.json["findings"]}


def test_the_examples_named_twice_are_audited_once() -> None:
    from tests.conftest import ROOT

    once = run_cli("check", "--isolated", "--format", "json", "examples/repaired", cwd=ROOT)
    twice = run_cli(
        "check",
        "--isolated",
        "--format",
        "json",
        "examples/repaired",
        str(ROOT / "examples" / "repaired"),
        cwd=ROOT,
    )
    assert twice.json == once.json
    assert "AL105" not in {f["code"] for f in twice.json["findings"]}


# --- .gitignore -------------------------------------------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git work tree whose ignores are its own (no user or system configuration)."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("build/\n*.draft.alloy.yaml\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("local.alloy.yaml\n", encoding="utf-8")
    (tmp_path / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")
    for ignored in ("build/out.alloy.yaml", "wip.draft.alloy.yaml", "sub/local.alloy.yaml"):
        (tmp_path / ignored).parent.mkdir(exist_ok=True)
        (tmp_path / ignored).write_text("{ broken\n", encoding="utf-8")
    (tmp_path / "kept.draft.alloy.yaml").write_text("{ broken\n", encoding="utf-8")
    # Tracked despite the pattern: git does not ignore what it tracks, nor does the walk.
    subprocess.run(["git", "add", "-f", "kept.draft.alloy.yaml"], cwd=tmp_path, check=True)
    return tmp_path


@needs_git
def test_a_walk_skips_what_git_ignores(repository: Path) -> None:
    run = check(repository, ".")
    assert run.locations == [GOOD_FINDING, "kept.draft.alloy.yaml:2:1: AL001"]
    assert run.json["summary"]["files"] == 2
    from_below = check(repository / "sub")
    assert (from_below.exit_code, from_below.json["summary"]["files"]) == (0, 0)


@needs_git
def test_what_git_ignores_is_still_audited_when_named(repository: Path) -> None:
    named = check(repository, "build/out.alloy.yaml", "wip.draft.alloy.yaml")
    assert named.locations == ["build/out.alloy.yaml:2:1: AL001", "wip.draft.alloy.yaml:2:1: AL001"]
    walked = check(repository, "build")  # an ignored directory the user names is walked
    assert walked.locations == ["build/out.alloy.yaml:2:1: AL001"]


@needs_git
def test_without_git_the_walk_is_unfiltered(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repository / "no-such-bin"))
    run = check(repository, ".")
    assert run.json["summary"]["files"] == 5
    assert run.stderr == ""


def test_outside_a_repository_the_walk_is_unfiltered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / ".gitignore").write_text("*.alloy.yaml\n", encoding="utf-8")  # no repository: no effect
    (tmp_path / "good.alloy.yaml").write_text(GOOD, encoding="utf-8")
    run = check(tmp_path, ".")
    assert (run.locations, run.stderr) == ([GOOD_FINDING], "")


# --- what the loader hands on --------------------------------------------------------------------


def test_every_kind_of_load_problem_is_reported_under_a_code() -> None:
    assert set(CODES_BY_LOAD_PROBLEM) == set(LoadProblemKind)
    ambiguous = {kind for kind, code in CODES_BY_LOAD_PROBLEM.items() if code == "AL003"}
    assert ambiguous == {kind for kind in LoadProblemKind if not kind.stops_loading}


def test_importing_the_loader_pays_for_no_models_graph_cli_or_store_sdk() -> None:
    probe = "import sys, alloy_lint.loader; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert not loaded & {"pydantic", "networkx", "click", "boto3", "botocore", "httpx", "huggingface_hub"}
    ours = {m for m in loaded if m.startswith("alloy_lint.")}
    # `wording` and `frozen` import nothing beyond the standard library, so the loader may
    # use them for free.
    assert all(
        m.startswith("alloy_lint.loader") or m in {"alloy_lint.wording", "alloy_lint.frozen"} for m in ours
    ), sorted(ours)


def _json_texts() -> Iterator[str]:
    from tests.conftest import EXAMPLES, FIXTURES

    for path in sorted([*FIXTURES.rglob("*.json"), *EXAMPLES.rglob("*.json")]):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            json.loads(text)
        except ValueError:
            continue
        yield text
    yield '{"a": [], "b": {}, "c": [[], [1, {"d\\"e": null}]], "a": [2]}'
    yield "[1, 2, [3, [4]]]"


def test_json_positions_found_path_by_path_are_those_of_a_full_scan() -> None:
    """A JSON finding is located by walking its key path alone (`JsonPositions`); every key
    and value, and every missing path below one, is placed where a whole-document scan
    places it, and falls back to the same parent."""
    from alloy_lint.loader.json_reader import JsonPositions, _JsonScanner

    checked = 0
    for text in _json_texts():
        full = _JsonScanner(text, None).scan()
        walked = JsonPositions(text)
        paths = list(full.values)
        for path in [*paths, *((*p, "missing") for p in paths[:30]), *((*p, 7) for p in paths[:30])]:
            for key in (False, True):
                assert walked.locate(path, key=key) == full.locate(path, key=key), (path, key)
                assert walked.get(path, key=key) == full.get(path, key=key), (path, key)
                checked += 1
    assert checked > 1000


def test_json_positions_read_each_container_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locating every item of a long array skips each value once, not once per finding."""
    from alloy_lint.loader import json_reader
    from alloy_lint.loader.json_reader import JsonPositions

    items = 2_000
    text = json.dumps({"stages": [{"type": "prune", "id": f"s{i}"} for i in range(items)]}, indent=1)
    calls = 0
    real = json_reader._DECODER.raw_decode

    def counting(text: str, index: int = 0) -> tuple[Any, int]:
        nonlocal calls
        calls += 1
        return real(text, index)

    monkeypatch.setattr(json_reader._DECODER, "raw_decode", counting)
    positions = JsonPositions(text)
    for index in range(items):
        assert positions.locate(("stages", index, "id"))[0] == 3 + index * 4 + 2
    # Each key and each value decoded once: the top object's key and value, each array
    # item, and each item's two keys and two values.
    assert calls == 2 + items + 4 * items
