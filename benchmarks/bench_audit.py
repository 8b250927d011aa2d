"""Time alloy-lint against its peers in the same run, and print the ratios.

Absolute times on a shared machine mean little; what this reports is how alloy-lint
compares with tools a user already runs, measured side by side, each command as a fresh
subprocess (start-up and imports included, as in pre-commit and CI), runs interleaved so
that noise hits every command alike:

- full audit:  `alloy-lint check --isolated --exit-zero DIR` over the generated manifests
  versus `check-jsonschema --schemafile SCHEMA FILES…`, a schema-only pass over the same
  files against the schema alloy-lint generates (`alloy-lint schema`);
- one file:    `alloy-lint check --isolated --exit-zero ONE.alloy.yaml` versus
  `yamllint ONE.alloy.yaml` on the same ~10 KB manifest;
- `alloy-lint --version` alone (target: under 50 ms);
- the scale cases of `scale.py` (time, peak memory and output of each), unless
  `--scale-size 0`.

It reports; it does not gate: the exit status is 0 whatever the ratios (2 only when
alloy-lint itself cannot be run).

    python benchmarks/bench_audit.py [--count 2000] [--runs 3] [--one-file-runs 7]
        [--scale-size 1.0] [--alloy-lint COMMAND]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import scale
from generate import DEFAULT_COUNT, DEFAULT_SEED, generate

HERE = Path(__file__).resolve().parent
DEFAULT_WORKDIR = HERE / ".work"  # git-ignored
ONE_FILE_SIZE = 10 * 1024
FULL_AUDIT_TARGET = 10.0  # alloy-lint at least this many times faster than check-jsonschema
ONE_FILE_TARGET = 1.0  # and no slower than yamllint on one file
VERSION_TARGET = 0.050  # seconds for `alloy-lint --version`
TIMES = "\N{MULTIPLICATION SIGN}"


@dataclass
class Tool:
    command: str
    package: str
    path: str | None

    @property
    def missing(self) -> str:
        return (
            f"`{self.command}` is not installed: install the `{self.package}` package "
            f"(`pip install {self.package}`, or `pip install -e '.[test]'`)"
        )


@dataclass
class Timing:
    label: str
    argv: list[str]
    seconds: list[float] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


@dataclass
class Comparison:
    title: str
    ours: Timing
    peer: Timing | None
    target: float
    target_text: str
    skipped: str | None = None

    @property
    def ratio(self) -> float | None:
        """How many times faster alloy-lint is (medians); below 1 it is slower."""
        return self.peer.median / self.ours.median if self.peer else None


def find_tool(command: str, package: str) -> Tool:
    """The tool's console script, preferring the one beside this interpreter.

    Going through a version manager's shim (pyenv, asdf) adds a shell start-up to every
    run; looking beside `sys.executable` first times the tools themselves, alike.
    """
    beside = Path(sys.executable).parent / command
    if beside.is_file() and os.access(beside, os.X_OK):
        return Tool(command, package, str(beside))
    return Tool(command, package, shutil.which(command))


# Every tool runs from its cached bytecode, as an installed one does: with
# PYTHONDONTWRITEBYTECODE set, a tool run from a source tree would compile every module
# on every run, and the comparison would time the compiler.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def run_once(argv: Sequence[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=ENV)
    return time.perf_counter() - start


def measure(timings: Sequence[Timing], runs: int, cwd: Path) -> None:
    """Run every command `runs` times, interleaved, after one untimed warm-up each."""
    for timing in timings:
        run_once(timing.argv, cwd)
    for _ in range(runs):
        for timing in timings:
            timing.seconds.append(run_once(timing.argv, cwd))


def interpreter_of(script: str) -> str | None:
    """The interpreter a console script's `#!` line names (None: not a script with one)."""
    try:
        with open(script, "rb") as handle:
            first = handle.readline(4096)
    except OSError:
        return None
    if not first.startswith(b"#!"):
        return None
    words = first[2:].decode(errors="replace").split()
    return words[0] if words and os.path.exists(words[0]) else None


def version_of(tool: Tool) -> str:
    if tool.path is None:
        return f"{tool.command} not installed"
    result = subprocess.run([tool.path, "--version"], capture_output=True, text=True, check=False)
    return (result.stdout or result.stderr).strip().splitlines()[0] if result.returncode == 0 else "?"


# --- the manifests ----------------------------------------------------------------------------


def manifests(workdir: Path, count: int, seed: int, regenerate: bool) -> list[Path]:
    """The generated manifests, regenerated only when the count, seed or generator changed."""
    directory = workdir / "manifests"
    stamp_file = workdir / "manifests.stamp"
    generator = (HERE / "generate.py").read_bytes()
    stamp = json.dumps({"count": count, "seed": seed, "generator": hashlib.sha256(generator).hexdigest()})
    if not regenerate and stamp_file.is_file() and stamp_file.read_text() == stamp and directory.is_dir():
        paths = sorted(p for p in directory.rglob("*") if p.is_file() and ".alloy." in p.name)
        if len(paths) == count:
            print(f"Reusing {count:,} manifests in {directory}")
            return paths
    if directory.exists():
        shutil.rmtree(directory)
    stamp_file.unlink(missing_ok=True)
    print(f"Generating {count:,} manifests (seed {seed}) in {directory} …", flush=True)
    paths, summary = generate(directory, count, seed)
    print(summary.describe())
    stamp_file.write_text(stamp)
    return sorted(paths)


def pick_one_file(paths: Sequence[Path]) -> Path:
    """The YAML manifest closest to 10 KB (the first by name among equals)."""
    yamls = [p for p in paths if p.name.endswith(".alloy.yaml")]
    return min(yamls, key=lambda p: (abs(p.stat().st_size - ONE_FILE_SIZE), str(p)))


# --- sanity: every command does what it is timed for --------------------------------------------


def sanity(label: str, argv: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, check=False, env=ENV)
    last = (result.stdout.strip().splitlines() or result.stderr.strip().splitlines() or [""])[-1]
    print(f"  {label:<18} exit {result.returncode}  {last[:90]}")
    return result


# --- report ---------------------------------------------------------------------------------------


def fmt_seconds(value: float) -> str:
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.0f} ms"


def fmt_ratio(ratio: float) -> str:
    # Two decimals near parity, where one would print a ratio of 0.97 as "1.0 times slower".
    digits = 2 if 0.5 < ratio < 2 else 1
    if ratio >= 1:
        return f"alloy-lint is {ratio:.{digits}f}{TIMES} faster"
    return f"alloy-lint is {1 / ratio:.{digits}f}{TIMES} slower"


def report(comparisons: Sequence[Comparison]) -> None:
    rows = [("comparison", "command", "runs", "best", "median")]
    for comparison in comparisons:
        for timing in (comparison.ours, comparison.peer):
            if timing is not None:
                rows.append(
                    (
                        comparison.title,
                        timing.label,
                        str(len(timing.seconds)),
                        fmt_seconds(timing.best),
                        fmt_seconds(timing.median),
                    )
                )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    print()
    for index, row in enumerate(rows):
        print(
            f"  {row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}  "
            f"{row[3]:>{widths[3]}}  {row[4]:>{widths[4]}}"
        )
        if index == 0:
            print("  " + "  ".join("-" * w for w in widths))
    print()
    for comparison in comparisons:
        ours = comparison.ours
        if comparison.peer is None:
            print(f"{comparison.title}: {fmt_seconds(ours.median)}; {comparison.skipped}")
            continue
        ratio = comparison.ratio
        assert ratio is not None
        verdict = "met" if ratio >= comparison.target else "MISSED"
        print(
            f"{comparison.title}: {fmt_seconds(ours.median)}, {comparison.peer.label}: "
            f"{fmt_seconds(comparison.peer.median)} → {fmt_ratio(ratio)} "
            f"(target: {comparison.target_text}: {verdict})"
        )
    print("(ratios of median wall times; each run a fresh subprocess)")


def write_json(path: Path, comparisons: Sequence[Comparison], context: dict[str, object]) -> None:
    data = {
        **context,
        "comparisons": [
            {
                "title": c.title,
                "target": c.target,
                "ratio": c.ratio,
                "skipped": c.skipped,
                "timings": [
                    {"label": t.label, "seconds": t.seconds, "best": t.best, "median": t.median}
                    for t in (c.ours, c.peer)
                    if t is not None
                ],
            }
            for c in comparisons
        ],
    }
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="manifests to audit [%(default)s]")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed [%(default)s]")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of the full audit pair [%(default)s]")
    parser.add_argument(
        "--one-file-runs", type=int, default=7, help="timed runs of the one-file pair [%(default)s]"
    )
    parser.add_argument(
        "--workdir", type=Path, default=DEFAULT_WORKDIR, help="where manifests and schema go [%(default)s]"
    )
    parser.add_argument("--regenerate", action="store_true", help="regenerate the manifests even if current")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the measurements to FILE")
    parser.add_argument(
        "--scale-size",
        type=float,
        default=1.0,
        help="fraction of the scale cases' sizes; 0 skips [%(default)s]",
    )
    parser.add_argument(
        "--alloy-lint",
        metavar="COMMAND",
        help="the alloy-lint command to time [the console script beside this interpreter]",
    )
    args = parser.parse_args(argv)
    if args.count < 1 or args.runs < 1 or args.one_file_runs < 1:
        parser.error("--count, --runs and --one-file-runs must be at least 1")

    alloy = (
        Tool("alloy-lint", "alloy-lint", args.alloy_lint)
        if args.alloy_lint
        else find_tool("alloy-lint", "alloy-lint")
    )
    jsonschema = find_tool("check-jsonschema", "check-jsonschema")
    yamllint = find_tool("yamllint", "yamllint")
    if alloy.path is None:
        print(f"bench_audit: {alloy.missing}", file=sys.stderr)
        return 2
    for peer in (jsonschema, yamllint):
        if peer.path is None:
            print(f"bench_audit: {peer.missing}; its comparison is skipped", file=sys.stderr)

    workdir: Path = args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    paths = manifests(workdir, args.count, args.seed, args.regenerate)
    root = workdir / "manifests"
    relative = [str(p.relative_to(root)) for p in paths]
    one = pick_one_file(paths)
    one_relative = str(one.relative_to(root))

    schema = workdir / "alloy-manifest.schema.json"
    result = subprocess.run([alloy.path, "schema"], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(f"bench_audit: `alloy-lint schema` failed:\n{result.stderr}", file=sys.stderr)
        return 2
    schema.write_text(result.stdout, encoding="utf-8")

    full_ours = Timing("alloy-lint check", [alloy.path, "check", "--isolated", "--exit-zero", "."])
    full_peer = (
        Timing("check-jsonschema", [jsonschema.path, "--schemafile", str(schema), *relative])
        if jsonschema.path
        else None
    )
    one_ours = Timing("alloy-lint check", [alloy.path, "check", "--isolated", "--exit-zero", one_relative])
    one_peer = Timing("yamllint", [yamllint.path, one_relative]) if yamllint.path else None

    print(
        f"\nPython {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; {version_of(alloy)}; {version_of(jsonschema)}; "
        f"{version_of(yamllint)}"
    )
    print(f"One file: {one_relative} ({one.stat().st_size / 1024:.1f} KB)\n\nSanity runs (untimed):")
    checked = sanity("alloy-lint (all)", full_ours.argv, root)
    if checked.returncode != 0:
        print(f"bench_audit: alloy-lint failed (exit {checked.returncode}):", checked.stderr, file=sys.stderr)
        return 2
    if full_peer is not None and sanity("check-jsonschema", full_peer.argv, root).returncode != 0:
        print("  note: check-jsonschema rejected some files; it still read and validated all of them")
    sanity("alloy-lint (one)", one_ours.argv, root)
    if one_peer is not None:
        sanity("yamllint", one_peer.argv, root)

    print(f"\nTiming {args.runs} interleaved run(s) of the full audit pair …", flush=True)
    measure([t for t in (full_ours, full_peer) if t is not None], args.runs, root)
    print(f"Timing {args.one_file_runs} interleaved run(s) of the one-file pair …", flush=True)
    measure([t for t in (one_ours, one_peer) if t is not None], args.one_file_runs, root)
    version = Timing("alloy-lint --version", [alloy.path, "--version"])
    interpreter = interpreter_of(alloy.path)
    floor = Timing("the interpreter alone", [interpreter, "-c", "pass"]) if interpreter else None
    measure([t for t in (version, floor) if t is not None], args.one_file_runs, root)

    comparisons = [
        Comparison(
            f"full audit ({args.count:,} files)",
            full_ours,
            full_peer,
            FULL_AUDIT_TARGET,
            f"≥ {FULL_AUDIT_TARGET:g}{TIMES} faster than check-jsonschema",
            None if full_peer else jsonschema.missing,
        ),
        Comparison(
            f"one file ({one.stat().st_size / 1024:.1f} KB YAML)",
            one_ours,
            one_peer,
            ONE_FILE_TARGET,
            "no slower than yamllint",
            None if one_peer else yamllint.missing,
        ),
    ]
    report(comparisons)
    verdict = "met" if version.median < VERSION_TARGET else "MISSED"
    print(
        f"alloy-lint --version: {fmt_seconds(version.median)} median, {fmt_seconds(version.best)} best "
        f"(target: under {VERSION_TARGET * 1000:.0f} ms: {verdict})"
    )
    if floor is not None:
        # What no Python program started this way can go below: the interpreter's start-up,
        # with whatever `.pth` files its site-packages runs.
        own = max(0.0, version.median - floor.median)
        print(
            f"  the interpreter alone (`{Path(floor.argv[0]).name} -c pass`): {fmt_seconds(floor.median)} "
            f"median; alloy-lint's own share of --version: {fmt_seconds(own)}"
        )
    measured = []
    if args.scale_size > 0:
        print(
            f"\nScale cases (sizes times {args.scale_size:g}), each a fresh process against an empty store:"
        )
        measured = scale.run_all(args.scale_size, workdir / "scale", alloy.path)
    if args.json:
        cpus = os.cpu_count()
        write_json(
            args.json,
            comparisons,
            {
                "count": args.count,
                "seed": args.seed,
                "python": platform.python_version(),
                "cpus": cpus,
                "version": version.seconds,
                "scale": [m.__dict__ for m in measured],
            },
        )
        print(f"Measurements written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
