"""Audits at scale: each case in bounded time and memory, its output proportional to its findings.

    python benchmarks/scale.py [--case NAME …] [--size N] [--workdir DIR] [--json FILE]

Each case is written below the work directory (deterministic, content hashes of
deterministic bytes), then audited by a fresh `alloy-lint check --isolated --exit-zero
--format json` against an empty store, so that every artifact of every published chain
is a finding (AL401): the worst output a chain can cause. The run prints, per case, its
artifacts, wall time, peak memory of the process and bytes of output. It reports; it
never fails on a figure.

The cases (full size; `--size` scales them all down, as the tests do):

- `manifests`      10,000 independent manifests of one chain each;
- `long-chain`     one manifest of 100,000 chained stages (JSON; over the 8 MiB size limit
                   for a manifest file, so it is audited through the library with the limit
                   raised: the graph and rules are what it measures);
- `long-yaml`      one YAML manifest of 60,000 chained stages (7.6 MB: the loader near its
                   limits, by the command);
- `deep-lineage`   50,000 manifests, each anchored on the previous one's artifact: a lineage
                   50,000 deep across manifests;
- `shared-chain`   10,000 published roots, each its own manifest, all re-forged from the end
                   of one 10,000-stage chain;
- `prune-publish`  one manifest of 4,000 `prune` + `publish` pairs: every artifact of the
                   chain is published, and each is an ancestor of all those after it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_WORKDIR = HERE / ".work" / "scale"  # git-ignored


def artifact(*parts: object) -> str:
    """A content hash of deterministic bytes."""
    return "sha256:" + hashlib.sha256("/".join(map(str, parts)).encode()).hexdigest()


def _manifest(name: str, anchor: str, stages: list[dict[str, object]]) -> dict[str, object]:
    return {
        "name": name,
        "version": "1.0.0",
        "source": {"baseModel": f"lab/{name}", "revision": "0" * 40, "artifactHash": anchor},
        "target": {"runtimes": ["transformers"]},
        "stages": stages,
    }


def _chain(prefix: str, count: int) -> list[dict[str, object]]:
    return [
        {"type": "train", "artifactHash": artifact(prefix, i), "retention": "permanent"} for i in range(count)
    ]


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


def write_manifests(out: Path, n: int) -> int:
    """`n` independent manifests, each a source, three stages and a publish."""
    for i in range(n):
        stages = [*_chain(f"m{i}", 3), {"type": "publish", "org": "lab"}]
        _write_json(
            out / f"{i // 1000:03d}" / f"m{i}.alloy.json", _manifest(f"m{i}", artifact("m", i), stages)
        )
    return n * 4


def write_long_chain(out: Path, n: int) -> int:
    """One JSON manifest of `n` chained stages, published at its end."""
    stages = [*_chain("long", n), {"type": "publish", "org": "lab"}]
    _write_json(out / "long.alloy.json", _manifest("long", artifact("long", "base"), stages))
    return n + 1


def write_long_yaml(out: Path, n: int) -> int:
    """One YAML manifest of `n` chained stages, published at its end."""
    lines = [
        "name: long",
        "version: 1.0.0",
        f"source: {{baseModel: lab/long, revision: '{'0' * 40}',",
        f"  artifactHash: '{artifact('yaml', 'base')}'}}",
        "target: {runtimes: [transformers]}",
        "stages:",
        *(
            f"  - {{type: train, retention: permanent, artifactHash: '{artifact('yaml', i)}'}}"
            for i in range(n)
        ),
        "  - {type: publish, org: lab}",
    ]
    out.mkdir(parents=True, exist_ok=True)
    (out / "long.alloy.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n + 1


def write_deep_lineage(out: Path, n: int) -> int:
    """`n` manifests, each re-forging the previous one's artifact; the last publishes."""
    for i in range(n):
        stages: list[dict[str, object]] = [
            {"type": "train", "artifactHash": artifact("deep", i + 1), "retention": "permanent"}
        ]
        if i == n - 1:
            stages.append({"type": "publish", "org": "lab"})
        _write_json(
            out / f"{i // 1000:03d}" / f"d{i}.alloy.json", _manifest(f"d{i}", artifact("deep", i), stages)
        )
    return n + 1


def write_shared_chain(out: Path, n: int) -> int:
    """One chain of `n` stages, and `n` manifests that each publish a re-forge of its end."""
    _write_json(out / "base.alloy.json", _manifest("base", artifact("shared", "base"), _chain("shared", n)))
    end = artifact("shared", n - 1)
    for i in range(n):
        stages = [
            {
                "type": "quant",
                "format": "gguf",
                "artifactHash": artifact("root", i),
                "retention": "permanent",
            },
            {"type": "publish", "org": "lab"},
        ]
        manifest = _manifest(f"r{i}", end, stages)
        manifest["target"] = {"runtimes": ["llama.cpp"]}
        _write_json(out / f"{i // 1000:03d}" / f"r{i}.alloy.json", manifest)
    return 2 * n + 1


def write_prune_publish(out: Path, n: int) -> int:
    """One manifest of `n` prune + publish pairs."""
    stages: list[dict[str, object]] = []
    for i in range(n):
        stages.append({"type": "prune", "artifactHash": artifact("pp", i), "retention": "permanent"})
        stages.append({"type": "publish", "org": "lab"})
    _write_json(out / "pairs.alloy.json", _manifest("pairs", artifact("pp", "base"), stages))
    return n + 1


@dataclass(frozen=True)
class Case:
    name: str
    full: int
    write: Callable[[Path, int], int]
    library: bool = False  # over the file-size limit: audited through the library


CASES = (
    Case("manifests", 10_000, write_manifests),
    Case("long-chain", 100_000, write_long_chain, library=True),
    Case("long-yaml", 60_000, write_long_yaml),
    Case("deep-lineage", 50_000, write_deep_lineage),
    Case("shared-chain", 10_000, write_shared_chain),
    Case("prune-publish", 4_000, write_prune_publish),
)


def audit_json(directory: Path, store: Path, *, max_size: int | None = None) -> str:
    """The JSON report of an audit of `directory` against `store`, through the library."""
    from alloy_lint.audit import audit
    from alloy_lint.formats import json as json_format
    from alloy_lint.loader import load_document
    from alloy_lint.reporters import Report
    from alloy_lint.rules import load_rules
    from alloy_lint.stores.local import LocalStore

    paths = sorted(p for p in directory.rglob("*.alloy.*"))
    documents = [
        load_document(p, str(p.relative_to(directory)), **({"max_size": max_size} if max_size else {}))
        for p in paths
    ]
    result = audit([directory], list(load_rules().values()), stores=[LocalStore(store)], documents=documents)
    return json_format.render(Report(result.findings, result.files))


@dataclass
class Measured:
    case: str
    size: int
    artifacts: int
    seconds: float
    peak_mib: float
    output_bytes: int
    findings: int
    exit_code: int


def _alloy_lint() -> str:
    beside = Path(sys.executable).parent / "alloy-lint"
    return str(beside) if beside.is_file() else (shutil.which("alloy-lint") or "alloy-lint")


def run_case(case: Case, size: int, workdir: Path, command: str | None = None) -> Measured:
    directory = workdir / f"{case.name}-{size}"
    if directory.exists():
        shutil.rmtree(directory)
    artifacts = case.write(directory / "manifests", size)
    store = directory / "store"
    store.mkdir()
    output = directory / "report.json"
    if case.library:
        argv = [
            sys.executable,
            str(Path(__file__)),
            "--library-audit",
            str(directory / "manifests"),
            str(store),
        ]
    else:
        argv = [
            command or _alloy_lint(),
            "check",
            "--isolated",
            "--exit-zero",
            "--format",
            "json",
            "--store",
            str(store),
            ".",
        ]
    start = time.perf_counter()
    with open(output, "wb") as sink:
        process = subprocess.Popen(argv, cwd=directory / "manifests", stdout=sink, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    size_bytes = output.stat().st_size
    try:
        findings = len(json.loads(output.read_text(encoding="utf-8"))["findings"])
    except (ValueError, KeyError):
        findings = -1
    # ru_maxrss is in KiB on Linux.
    return Measured(
        case.name, size, artifacts, seconds, usage.ru_maxrss / 1024, size_bytes, findings, process.returncode
    )


def run_all(
    fraction: float, workdir: Path, command: str | None, only: list[str] | None = None
) -> list[Measured]:
    """Run every case (or those in `only`) at `fraction` of its full size, printing each."""
    measured = []
    print(
        f"{'case':<14} {'size':>8} {'artifacts':>10} {'time':>9} {'peak':>9} {'findings':>9} {'output':>10}"
    )
    for case in CASES:
        if only and case.name not in only:
            continue
        m = run_case(case, max(2, int(case.full * fraction)), workdir, command)
        measured.append(m)
        print(
            f"{m.case:<14} {m.size:>8,} {m.artifacts:>10,} {m.seconds:>7.1f} s {m.peak_mib:>5.0f} MiB "
            f"{m.findings:>9,} {m.output_bytes / 1e6:>7.1f} MB"
            + (f"  (exit {m.exit_code})" if m.exit_code else ""),
            flush=True,
        )
    return measured


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", action="append", choices=[c.name for c in CASES], help="run only these")
    parser.add_argument("--size", type=float, default=1.0, help="fraction of the full sizes [%(default)s]")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the measurements to FILE")
    parser.add_argument(
        "--library-audit", nargs=2, type=Path, metavar=("DIR", "STORE"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.library_audit:
        sys.stdout.write(audit_json(*args.library_audit, max_size=64 * 1024 * 1024))
        return 0
    measured = run_all(args.size, args.workdir, None, args.case)
    if args.json:
        args.json.write_text(json.dumps([m.__dict__ for m in measured], indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
