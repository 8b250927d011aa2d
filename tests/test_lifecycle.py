"""`alloy-lint why` and `alloy-lint gc-plan`: what keeps an artifact, and what may go."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from alloy_lint.audit import build_view, load_documents
from alloy_lint.lifecycle import ArtifactLookupError, Liveness, PlanRefused, gc_plan, resolve
from alloy_lint.stores import Presence, StoreAnswer
from alloy_lint.stores.local import LocalStore
from tests.conftest import ROOT, run_cli

PRUNE = "sha256:15a233847f8d5363a400d73779178c037a2b56d90393b54499d5a163ec1ae7d6"
COMPACT = "sha256:d8ce17b5a6fb3ef38ea3ade45c10f8e99effff1187f8bda138a443c2732c5b45"
GGUF = "sha256:be01c824c8157e1bdd1f584de892ffa1a3f81115a193827715ab3c8c3aa90585"
INCIDENT_GGUF = "sha256:d3c7b55d902c3c2376b9577a6252c03662835f227860a839e88e67ba30aec2bf"
REPAIRED = "examples/repaired/qwen2.5-14b-compacted.alloy.yaml"
REPAIRED_GGUF = "examples/repaired/qwen2.5-14b-compacted-gguf.alloy.yaml"


def h(n: int) -> str:
    """A distinct hash per n up to 15, recognisable in its short form (`sha256:777777777777`)."""
    return "sha256:" + f"{n:x}" * 64


# A lineage with one artifact of every kind gc-plan tells apart (see EXPECTED below).
NEW = f"""\
name: new
version: 1.0.0
source: {{baseModel: org/base, artifactHash: "{h(1)}"}}
target: {{runtimes: [llama.cpp]}}
stages:
  - {{id: prune, type: prune, artifactHash: "{h(2)}", retention: ephemeral}}
  - {{id: train, type: train, artifactHash: "{h(6)}", retention: permanent, supersedes: "{h(5)}"}}
  - {{id: quant, type: quant, format: gguf, artifactHash: "{h(3)}", retention: permanent}}
  - {{id: publish, type: publish}}
  - {{id: probe, type: train, artifactHash: "{h(4)}", retention: until-superseded-and-attested}}
results:
  validations:
    - {{artifactHash: "{h(6)}", runtime: llama.cpp, status: passed}}
    - {{artifactHash: "{h(3)}", runtime: llama.cpp, status: passed}}
"""
OLD = f"""\
name: old
version: 1.0.0
source: {{baseModel: org/base, artifactHash: "{h(1)}"}}
stages:
  - {{id: draft, type: train, artifactHash: "{h(5)}", retention: until-superseded-and-attested}}
  - {{id: scratch, type: quant, format: gguf, artifactHash: "{h(7)}", retention: ephemeral}}
  - {{id: base2, type: train, artifactHash: "{h(8)}", retention: ephemeral}}
  - {{id: noret, type: train, artifactHash: "{h(10)}"}}
"""
REFORGE = f"""\
name: reforge
version: 1.0.0
source: {{baseModel: lab/old, artifactHash: "{h(8)}"}}
stages:
  - {{id: try, type: train, artifactHash: "{h(9)}", retention: ephemeral}}
"""
EXPECTED_LIVE = {
    h(1): "published-chain",  # and the source anchor of all three
    h(2): "published-chain",  # ephemeral, but the published GGUF depends on it
    h(3): "published-chain",
    h(4): "awaiting-successor",
    h(6): "published-chain",
    h(8): "source-anchor",  # ephemeral, but `reforge` starts from it
    h(10): "no-retention",
}
EXPECTED_DEAD = {h(5): "superseded", h(7): "ephemeral", h(9): "ephemeral"}
UNREFERENCED = h(11)


@pytest.fixture
def lineage(tmp_path: Path) -> Path:
    """Three manifests in `tmp_path`, and a store holding every artifact, one stranger and a stray file."""
    for name, text in (("new", NEW), ("old", OLD), ("reforge", REFORGE)):
        (tmp_path / f"{name}.alloy.yaml").write_text(text)
    store = tmp_path / "store" / "sha256"
    store.mkdir(parents=True)
    for n in range(1, 12):
        (store / h(n).partition(":")[2]).write_bytes(b"")
    (store / "README").write_text("not an artifact\n")
    return tmp_path


# --- why ----------------------------------------------------------------------------------


def test_why_names_every_hop_up_to_each_published_root() -> None:
    run = run_cli("why", PRUNE[:15], "examples/repaired", cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    assert run.output.splitlines() == [
        PRUNE,
        "sha256:15a233847f8d (prune-heads of qwen2.5-14b-compacted) is live: "
        "2 paths lead to 2 published roots.",
        "",
        "path 1: to published sha256:d8ce17b5a6fb",
        f"    sha256:15a233847f8d  stage prune-heads of {REPAIRED}",
        f"  → sha256:d8ce17b5a6fb  stage compact of {REPAIRED}",
        f"  ⇒ published by {REPAIRED} stage publish",
        "",
        "path 2: to published sha256:be01c824c815",
        f"    sha256:15a233847f8d  stage prune-heads of {REPAIRED}",
        f"  → sha256:d8ce17b5a6fb  stage compact of {REPAIRED}",
        f"  → sha256:be01c824c815  stage quant-gguf of {REPAIRED_GGUF}",
        f"  ⇒ published by {REPAIRED_GGUF} stage publish",
        "",
        "also kept: until-superseded-and-attested, and nothing supersedes it yet",
    ]


def test_why_json_gives_each_path_with_its_hops() -> None:
    run = run_cli("why", "--format", "json", "15a23384", "examples/repaired", cwd=ROOT)
    assert run.exit_code == 0
    document = run.json
    assert document["artifact"] == PRUNE and document["live"] is True
    assert [p["root"] for p in document["paths"]] == [COMPACT, GGUF]
    hops = document["paths"][1]["hops"]
    assert [(hop["artifact"], hop["stage"], hop["manifest"]) for hop in hops] == [
        (PRUNE, "prune-heads", REPAIRED),
        (COMPACT, "compact", REPAIRED),
        (GGUF, "quant-gguf", REPAIRED_GGUF),
    ]
    assert document["paths"][1]["publishedBy"] == [f"published by {REPAIRED_GGUF} stage publish"]
    assert {r["kind"] for r in document["classification"]["reasons"]} == {
        "published-chain",
        "awaiting-successor",
    }


def test_why_paths_default_to_the_configured_ones() -> None:
    run = run_cli("why", INCIDENT_GGUF, cwd=ROOT)  # pyproject.toml: paths = ["examples"]
    assert run.exit_code == 0
    assert "is live: 1 path leads to 1 published root." in run.output
    assert "⇒ published by examples/incident/qwen2.5-14b-compacted.alloy.yaml stage publish" in run.output


def test_why_honours_isolated(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.alloy-lint]\npaths = ["elsewhere"]\n')
    (tmp_path / "m.alloy.yaml").write_text(REFORGE)
    assert run_cli("why", h(9), cwd=tmp_path).exit_code == 2  # the configured `elsewhere` does not exist
    run = run_cli("why", "--isolated", h(9), cwd=tmp_path)
    assert run.exit_code == 0, run.stderr


@pytest.mark.parametrize(
    ("artifact", "lines"),
    [
        (
            h(9),
            [
                "retention: ephemeral: collectable as soon as nothing published depends on it",
                "collectable now: ephemeral, and on no published chain",
            ],
        ),
        (
            h(5),
            [
                "retention: until-superseded-and-attested: collectable once a successor that supersedes "
                "it passes a load test in every runtime its manifest declares",
                f"collectable now: superseded by sha256:{'6' * 12} (new.alloy.yaml stage train), "
                "which passed a load test in llama.cpp",
            ],
        ),
        (
            h(4),
            [
                "retention: until-superseded-and-attested: collectable once a successor that supersedes "
                "it passes a load test in every runtime its manifest declares",
                "kept: until-superseded-and-attested, and nothing supersedes it yet",
            ],
        ),
        (
            h(8),
            [
                "retention: ephemeral: collectable as soon as nothing published depends on it",
                "kept: the source anchor of reforge.alloy.yaml",
            ],
        ),
        (
            h(10),
            [
                "retention: none declared: no retention declared, so it is kept; "
                "declare one to let it be collected",
                "kept: no retention declared",
            ],
        ),
    ],
)
def test_why_off_every_published_chain_says_what_would_let_it_go(
    lineage: Path, artifact: str, lines: list[str]
) -> None:
    run = run_cli("why", "--isolated", artifact, ".", cwd=lineage)
    assert run.exit_code == 0, run.stderr
    output = run.output.splitlines()
    assert output[1].endswith("is on no published chain: nothing published depends on it.")
    assert output[2:] == lines


def test_why_permanent_is_never_collected(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(
        f'name: m\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{h(1)}"}}\n'
        f'stages:\n  - {{type: train, artifactHash: "{h(2)}", retention: Permanent}}\n'
    )
    run = run_cli("why", "--isolated", "--format", "json", h(2), cwd=tmp_path)
    assert run.json["policy"] == "never collected"
    assert run.json["paths"] == [] and run.json["live"] is True


def test_why_reports_an_ambiguous_prefix_with_its_candidates(tmp_path: Path) -> None:
    first, second = "sha256:abcd" + "1" * 60, "sha256:abcd" + "2" * 60
    (tmp_path / "m.alloy.yaml").write_text(
        f'name: m\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{first}"}}\n'
        f'stages:\n  - {{id: t, type: train, artifactHash: "{second}", retention: permanent}}\n'
    )
    run = run_cli("why", "--isolated", "abcd", cwd=tmp_path)
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [
        "alloy-lint: `abcd` is ambiguous: it names 2 artifacts",
        f"  {first}  source of m",
        f"  {second}  t of m",
    ]
    assert run_cli("why", "--isolated", "abcd2", cwd=tmp_path).exit_code == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("sha256:" + "e" * 64, "no audited manifest produces, anchors or publishes"),
        ("eeee", "no audited manifest produces, anchors or publishes `eeee`"),
        ("abc", "is not a hash prefix: give at least 4 lowercase hex digits"),
        ("md5:abcd", "is not a content hash"),
        ("ABCD", "is not a hash prefix"),
    ],
)
def test_why_reports_an_unknown_artifact(query: str, message: str) -> None:
    run = run_cli("why", query, "examples/repaired", cwd=ROOT)
    assert run.exit_code == 2
    assert message in run.stderr


def test_resolve_accepts_full_hashes_and_prefixes_with_or_without_the_algorithm() -> None:
    ctx = build_view(load_documents([ROOT / "examples"]))
    for query in (PRUNE, PRUNE[:12], PRUNE.partition(":")[2][:8]):
        assert resolve(ctx.graph, query) == PRUNE
    with pytest.raises(ArtifactLookupError):
        resolve(ctx.graph, "blake3:15a23384")


def test_why_notes_manifests_it_could_not_read(tmp_path: Path) -> None:
    (tmp_path / "m.alloy.yaml").write_text(REFORGE)
    (tmp_path / "broken.alloy.yaml").write_text("name: [unclosed\n")
    run = run_cli("why", "--isolated", h(9), cwd=tmp_path)
    assert run.exit_code == 0
    assert (
        "note: 1 manifest did not load or validate and is not in the lineage: broken.alloy.yaml" in run.stderr
    )


# --- gc-plan ------------------------------------------------------------------------------


def test_classification_of_each_kind_of_artifact(lineage: Path) -> None:
    ctx = build_view(load_documents([lineage]), [LocalStore(lineage / "store")])
    plan = gc_plan(ctx, ctx.stores.stores)
    assert {p.artifact: p.classification.reasons[0].kind for p in plan.live} == EXPECTED_LIVE
    assert {p.artifact: p.classification.reasons[0].kind for p in plan.collectable} == EXPECTED_DEAD
    assert [p.artifact for p in plan.unreferenced] == [UNREFERENCED]
    assert [(s.entry, s.reason) for s in plan.skipped] == [
        ("sha256/README", "not a 64-digit lowercase hex digest")
    ]
    # One function decides: what the plan says is what `classify` says.
    lifecycle = Liveness(ctx)
    for planned in [*plan.live, *plan.collectable, *plan.unreferenced]:
        assert lifecycle.classify(planned.artifact) == planned.classification


def test_gc_plan_text_groups_artifacts_with_their_reasons(lineage: Path) -> None:
    run = run_cli("gc-plan", "--isolated", "--store", "store", ".", cwd=lineage)
    assert run.exit_code == 0, run.stderr
    text = run.output
    assert text.startswith("gc-plan of store: 11 artifacts\n\nlive (7):\n")
    assert "\ncollectable (3):\n" in text
    assert f"  sha256:{'7' * 12}  scratch of old\n      ephemeral, and on no published chain\n" in text
    assert f"  sha256:{'2' * 12}  prune of new\n      on the chain of published sha256:{'3' * 12}" in text
    assert "\nunreferenced — kept (--include-unreferenced to collect) (1):\n" in text
    assert (
        "\nskipped (1, not artifacts):\n  store: sha256/README: not a 64-digit lowercase hex digest\n" in text
    )
    assert text.endswith(
        "\n3 collectable, 8 kept. Nothing was deleted: `--print-dead` lists the collectable hashes.\n"
    )


def test_gc_plan_json(lineage: Path) -> None:
    run = run_cli("gc-plan", "--isolated", "--store", "store", "--format", "json", ".", cwd=lineage)
    document = run.json
    assert document["stores"] == ["store"]
    assert {item["artifact"] for item in document["collectable"]} == set(EXPECTED_DEAD)
    assert {item["artifact"] for item in document["live"]} == set(EXPECTED_LIVE)
    prune = next(item for item in document["live"] if item["artifact"] == h(2))
    assert prune["retention"] == "ephemeral" and prune["live"] is True
    assert prune["reasons"][0] == {
        "kind": "published-chain",
        "text": f"on the chain of published sha256:{'3' * 12} (quant of new)",
        "root": h(3),
    }
    assert document["unreferenced"][0]["referenced"] is False
    assert document["skipped"] == [
        {"store": "store", "entry": "sha256/README", "reason": "not a 64-digit lowercase hex digest"}
    ]


def test_print_dead_lists_only_collectable_hashes(lineage: Path) -> None:
    run = run_cli("gc-plan", "--isolated", "--store", "store", "--print-dead", ".", cwd=lineage)
    assert run.output == "".join(f"{a}\n" for a in sorted(EXPECTED_DEAD))
    null = run_cli("gc-plan", "--isolated", "--store", "store", "--print-dead", "-0", ".", cwd=lineage)
    assert null.output == "".join(f"{a}\0" for a in sorted(EXPECTED_DEAD))
    assert null.exit_code == 0


def test_unreferenced_artifacts_are_kept_unless_asked(lineage: Path) -> None:
    run = run_cli(
        "gc-plan",
        "--isolated",
        "--store",
        "store",
        "--include-unreferenced",
        "--print-dead",
        ".",
        cwd=lineage,
    )
    assert run.output.split() == sorted([*EXPECTED_DEAD, UNREFERENCED])


def test_gc_plan_never_deletes_or_writes(lineage: Path) -> None:
    before = sorted((p, p.stat().st_mtime_ns) for p in lineage.rglob("*"))
    run_cli("gc-plan", "--isolated", "--store", "store", "--include-unreferenced", ".", cwd=lineage)
    assert sorted((p, p.stat().st_mtime_ns) for p in lineage.rglob("*")) == before


@pytest.mark.parametrize(
    ("broken", "reason"),
    [
        ("name: [unclosed\n", "broken.alloy.yaml:2: did not load (AL001:"),
        (
            "name: broken\nversion: 1.0.0\nsource: {baseModel: o/b}\n",
            "broken.alloy.yaml:1: does not validate (AL002:",
        ),
        (
            f'name: b\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{h(1)}"}}\n'
            "stages:\n  - {id: t, type: train, retention: ephemeral}\n"
            f'  - {{id: u, type: train, artifactHash: "{h(12)}", retention: permanent}}\n'
            "  - {type: publish}\n",
            "broken.alloy.yaml: stage `t` records no `artifactHash` (AL101)",
        ),
        (
            f'name: b\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{h(1)}"}}\n'
            "stages:\n  - {id: t, type: train, artifactHash: 'sha256:1234...', retention: permanent}\n",
            "broken.alloy.yaml: stage `t` `artifactHash` is not a content hash (AL005)",
        ),
        (
            'name: b\nversion: 1.0.0\nsource: {baseModel: o/b, artifactHash: "sha256:ABC"}\n'
            f'stages:\n  - {{id: t, type: train, artifactHash: "{h(12)}", retention: permanent}}\n',
            "broken.alloy.yaml: `source.artifactHash` is not a content hash (AL005)",
        ),
        (
            f'name: b\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{h(1)}"}}\n'
            f'stages:\n  - {{id: t, type: train, artifactHash: "{h(12)}", retention: permanent,'
            ' parentArtifactHash: "sha256:1111..."}\n',
            "broken.alloy.yaml: stage `t` has a parent that is not a content hash (AL005)",
        ),
    ],
)
def test_gc_plan_refuses_an_incomplete_lineage(lineage: Path, broken: str, reason: str) -> None:
    (lineage / "broken.alloy.yaml").write_text(broken)
    run = run_cli("gc-plan", "--isolated", "--store", "store", ".", cwd=lineage)
    assert run.exit_code == 2
    assert run.output == ""
    assert run.stderr.startswith(
        "alloy-lint: gc-plan refuses to plan, so that nothing live is called dead:\n"
    )
    assert f"\n  {reason}" in run.stderr


def test_gc_plan_refuses_a_store_it_cannot_list(lineage: Path) -> None:
    run = run_cli("gc-plan", "--isolated", "--store", "missing", ".", cwd=lineage)
    assert run.exit_code == 2
    assert "  store `missing`: the root does not exist" in run.stderr


class _PresenceOnly:
    """A store that answers presence but cannot list (as a remote store without listing)."""

    uri = "https://cas.example"

    def presence(self, artifact: str, locations: object = ()) -> StoreAnswer:
        return StoreAnswer(self.uri, Presence.PRESENT)

    verify = presence

    def close(self) -> None:
        pass


def test_gc_plan_refuses_a_store_without_listing(lineage: Path) -> None:
    ctx = build_view(load_documents([lineage]))
    with pytest.raises(PlanRefused) as refused:
        gc_plan(ctx, [LocalStore(lineage / "store"), _PresenceOnly()])
    assert refused.value.reasons == ["store `https://cas.example` cannot list what it holds"]


class _Lister(_PresenceOnly):
    """A store whose listing yields a name that is not a hash, and reports nothing to `on_skip`."""

    def list_artifacts(self, on_skip: Callable[[str, str], None] | None = None) -> Iterator[str]:
        yield from [h(7), "sha256/../../etc/passwd"]


def test_a_listing_is_never_trusted_to_name_hashes(lineage: Path) -> None:
    ctx = build_view(load_documents([lineage]))
    plan = gc_plan(ctx, [_Lister()])
    assert plan.dead == [h(7)]
    assert [(s.entry, s.reason) for s in plan.skipped] == [("sha256/../../etc/passwd", "not a content hash")]


def test_hashes_mentioned_anywhere_are_kept(tmp_path: Path) -> None:
    """A hash a manifest writes only in `supersedes` or a file list still names something kept."""
    (tmp_path / "m.alloy.yaml").write_text(
        f'name: m\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{h(1)}"}}\n'
        f'stages:\n  - {{type: train, artifactHash: "{h(2)}", retention: ephemeral, supersedes: "{h(3)}"}}\n'
        "results:\n  integrity:\n    fileHashes:\n"
        f'      - {{filename: model.safetensors, sha256: "{"4" * 64}"}}\n'
    )
    store = tmp_path / "store" / "sha256"
    store.mkdir(parents=True)
    for n in (2, 3, 4):
        (store / h(n).partition(":")[2]).write_bytes(b"")
    ctx = build_view(load_documents([tmp_path / "m.alloy.yaml"]))
    plan = gc_plan(ctx, [LocalStore(tmp_path / "store")], include_unreferenced=True)
    assert plan.dead == [h(2)]
    assert {p.artifact: p.classification.reasons[0].text for p in plan.live} == {
        h(3): "produced by no audited stage, so no retention applies",
        h(4): "produced by no audited stage, so no retention applies",
    }


def test_why_stops_listing_paths_at_its_limit(tmp_path: Path) -> None:
    """A diamond per level doubles the paths; `why` lists the shortest first and says it stopped."""
    stages = [f'  - {{id: s2, type: train, artifactHash: "{h(2)}", retention: permanent}}']
    for n in range(3, 9):
        stages.append(
            f'  - {{id: s{n}, type: train, artifactHash: "{h(n)}", retention: permanent,'
            f' parentArtifactHashes: ["{h(n - 1)}", "{h(max(n - 2, 2))}"]}}'
        )
    (tmp_path / "m.alloy.yaml").write_text(
        f'name: m\nversion: 1.0.0\nsource: {{baseModel: o/b, artifactHash: "{h(1)}"}}\n'
        "stages:\n" + "\n".join(stages) + "\n  - {type: publish}\n"
    )
    ctx = build_view(load_documents([tmp_path]))
    answer = Liveness(ctx).why(h(2), limit=3)
    assert answer.truncated and len(answer.paths) == 3
    assert [len(p.hops) for p in answer.paths] == sorted(len(p.hops) for p in answer.paths)
    full = Liveness(ctx).why(h(2))
    assert not full.truncated and len(full.paths) > 3
    text = run_cli("why", "--isolated", h(2)[:12], cwd=tmp_path).output
    assert f"is live: {len(full.paths)} paths lead to 1 published root." in text


def test_gc_plan_needs_a_store(lineage: Path) -> None:
    run = run_cli("gc-plan", "--isolated", ".", cwd=lineage)
    assert run.exit_code == 2
    assert "gc-plan needs a store" in run.stderr


def test_gc_plan_uses_the_configured_stores() -> None:
    run = run_cli("gc-plan", "--format", "json", cwd=ROOT)  # paths and stores from pyproject.toml
    assert run.exit_code == 0, run.stderr
    assert run.json["collectable"] == [] and len(run.json["live"]) == 5


@pytest.mark.parametrize("command", ["gc-plan", "graph"])
def test_lifecycle_commands_take_the_store_options_of_check(lineage: Path, command: str) -> None:
    store = ("--isolated", "--store", "store")
    run = run_cli(command, *store, "--store-timeout", "2.5", "--store-retries", "0", ".", cwd=lineage)
    assert run.exit_code == 0, run.stderr
    assert run.output == run_cli(command, *store, ".", cwd=lineage).output
    for option, value in (("--store-timeout", "0"), ("--store-retries", "-1")):
        refused = run_cli(command, *store, option, value, ".", cwd=lineage)
        assert refused.exit_code == 2
        assert f"Invalid value for '{option}'" in refused.stderr


def test_print_dead_and_json_do_not_mix(lineage: Path) -> None:
    run = run_cli(
        "gc-plan", "--isolated", "--store", "store", "--print-dead", "--format", "json", ".", cwd=lineage
    )
    assert run.exit_code == 2


def test_gc_plan_names_the_stores_holding_each_artifact(lineage: Path) -> None:
    (lineage / "second" / "sha256").mkdir(parents=True)
    (lineage / "second" / "sha256" / h(7).partition(":")[2]).write_bytes(b"")
    run = run_cli(
        "gc-plan", "--isolated", "--store", "store", "--store", "second", "--format", "json", ".", cwd=lineage
    )
    scratch = next(item for item in run.json["collectable"] if item["artifact"] == h(7))
    assert scratch["stores"] == ["store", "second"]


# --- the README shows what the commands print ---------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "why 15a23384",
        "gc-plan --store examples/store examples/repaired/",
        "check --publish examples/repaired/",
    ],
)
def test_readme_shows_what_the_lifecycle_commands_print(command: str) -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index(f"```console\n$ alloy-lint {command}\n") + len(
        f"```console\n$ alloy-lint {command}\n"
    )
    shown = readme[start : readme.index("```", start)]
    assert run_cli(*command.split(), cwd=ROOT).output == shown


def test_readme_picture_is_what_graph_draws() -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("```mermaid\n") + len("```mermaid\n")
    shown = readme[start : readme.index("```", start)]
    assert run_cli("graph", "examples/incident/", "--store", "examples/store", cwd=ROOT).output == shown
