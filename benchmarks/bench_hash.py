"""Hashing speed against peers in the same run, printed as ratios.

1. blake3 of a generated 1 GiB file: alloy-lint's hasher against `b3sum` (when installed).
2. sha256 of the same file: alloy-lint's hasher against `hashlib` and coreutils `sha256sum`.
3. `--verify` of an unchanged multi-GiB store, second run against first (the stat cache).

Throughput is compared hasher against hasher: alloy-lint's `hash_file` in this process
against the peers (a subprocess for the command-line tools, whose start-up is a few
milliseconds). The store comparison is shown twice: whole commands, and the verification
alone (the same audit in this process, less the interpreter's start-up that both runs
pay alike). Every figure is the best of several runs, with the page cache warm.

    python benchmarks/bench_hash.py [--size-gib 1] [--store-gib 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORK = Path(__file__).resolve().parent / ".work" / "hash"
CHUNK = 16 << 20


def best(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def make_file(path: Path, size: int) -> None:
    if path.exists() and path.stat().st_size == size:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    block = os.urandom(CHUNK)
    with open(path, "wb") as handle:
        written = 0
        while written < size:
            piece = block[: min(CHUNK, size - written)]
            handle.write(piece)
            written += len(piece)
            block = hashlib.sha256(block[:64]).digest() + block[32:]  # not one repeated block


def warm(path: Path) -> None:
    subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)


def line(label: str, ours: float, peer: float, size: int, target: str) -> None:
    ratio = peer / ours
    rate = size / ours / (1 << 30)
    print(
        f"  {label:<44} {ours:7.3f} s ({rate:5.2f} GiB/s) vs {peer:7.3f} s -> {ratio:5.2f}x (target {target})"
    )


def bench_files(size: int, runs: int) -> None:
    from alloy_lint.hashing import hash_file

    path = WORK / "one-gib.bin"
    make_file(path, size)
    warm(path)
    print(f"hashing a {size / (1 << 30):.1f} GiB file (best of {runs})")
    ours = best(runs, lambda: hash_file(path, "blake3"))
    if shutil.which("b3sum"):
        peer = best(
            runs, lambda: subprocess.run(["b3sum", "--no-names", str(path)], capture_output=True, check=True)
        )
        line("blake3: alloy-lint vs b3sum", ours, peer, size, ">= 0.9x")
    else:
        print(
            "  blake3: b3sum is not installed (Debian: apt-get install b3sum); alloy-lint alone:",
            f"{ours:.3f} s",
        )

    ours = best(runs, lambda: hash_file(path, "sha256"))

    def plain_hashlib() -> str:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()

    line("sha256: alloy-lint vs hashlib.file_digest", ours, best(runs, plain_hashlib), size, ">= 0.95x")
    peer = best(
        max(1, runs - 1), lambda: subprocess.run(["sha256sum", str(path)], capture_output=True, check=True)
    )
    line("sha256: alloy-lint vs coreutils sha256sum", ours, peer, size, ">= 3x")


def make_store(root: Path, total: int) -> tuple[Path, str]:
    """A store holding one directory artifact of `total` bytes, and a manifest publishing it."""
    from alloy_lint.hashing import hash_path

    shards = 6
    source = WORK / "model"
    for index in range(shards):
        make_file(source / f"model-{index + 1:05d}-of-{shards:05d}.safetensors", total // shards)
    (source / "config.json").write_text('{"model_type": "qwen2"}\n')
    digest = hash_path(source, "blake3")
    target = root / "blake3" / digest.hex
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target)
    manifests = root.parent / "manifests"
    manifests.mkdir(exist_ok=True)
    (manifests / "bench.alloy.yaml").write_text(
        "name: bench\nversion: 1.0.0\nsource: {baseModel: org/base, revision: abc123}\n"
        f"stages:\n  - {{type: train, artifactHash: '{digest.value}', retention: permanent}}\n"
        "  - {type: publish, org: lab}\n"
    )
    return manifests, digest.value


def bench_reverify(total: int, runs: int) -> None:
    from alloy_lint.audit import audit, load_documents
    from alloy_lint.cache import DigestCache
    from alloy_lint.rules import load_rules
    from alloy_lint.stores import StoreSettings
    from alloy_lint.stores.local import LocalStore
    from alloy_lint.view import Options

    store = WORK / "store"
    manifests, _ = make_store(store, total)
    print(f"\n--verify of a {total / (1 << 30):.1f} GiB store, unchanged between runs")
    rules = [load_rules()["AL402"]]

    def verify_in_process(cache_dir: Path) -> None:
        cache = DigestCache(cache_dir)
        settings = StoreSettings(cache=cache)
        result = audit(
            [manifests],
            rules,
            stores=[LocalStore(store, settings)],
            options=Options(verify=True),
            documents=load_documents([manifests]),
        )
        cache.close()
        assert not result.findings, result.findings

    with tempfile.TemporaryDirectory() as scratch:
        cache_dir = Path(scratch, "cache")
        first = best(1, lambda: verify_in_process(cache_dir))
        second = best(runs, lambda: verify_in_process(cache_dir))
        line("verification: second run vs first", second, first, total, ">= 100x")

        command = [sys.executable, "-m", "alloy_lint", "check", "--isolated", "--verify", "--select", "AL402"]
        command += ["--store", str(store), str(manifests)]
        env = {**os.environ, "ALLOY_LINT_CACHE_DIR": str(Path(scratch, "cli-cache"))}
        cold = best(1, lambda: subprocess.run(command, env=env, capture_output=True, check=True))
        hot = best(runs, lambda: subprocess.run(command, env=env, capture_output=True, check=True))
        line("whole command: second run vs first", hot, cold, total, "start-up bound")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-gib", type=float, default=1.0)
    parser.add_argument("--store-gib", type=float, default=3.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    bench_files(int(args.size_gib * (1 << 30)), args.runs)
    bench_reverify(int(args.store_gib * (1 << 30)), args.runs)


if __name__ == "__main__":
    main()
