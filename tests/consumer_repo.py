"""A repository that uses alloy-lint as the README tells it to, for the pre-commit and Action tests.

Its `pyproject.toml` is the README's `[tool.alloy-lint]` snippet as written: manifests in
`manifests/` (two, joined into one lineage: a safetensors release and a GGUF re-forged
from it), a broken draft in `manifests/drafts/` that the configuration excludes, and a
local content-addressed store in `artifacts/` holding every artifact of both chains.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from tests.conftest import ROOT

README = ROOT / "README.md"
README_SECTION = "## Use it in pre-commit and in GitHub Actions"

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```", re.MULTILINE | re.DOTALL)

# The bytes of each artifact: stand-ins whose content hashes are real.
CONTENTS = {
    "base": b"tiny-base weights\n",
    "prune": b"tiny-base pruned weights\n",
    "compact": b"tiny-base compacted weights (safetensors)\n",
    "gguf": b"tiny-base compacted weights (gguf)\n",
}
HASHES = {name: "sha256:" + hashlib.sha256(content).hexdigest() for name, content in CONTENTS.items()}

SAFETENSORS_RELEASE = "manifests/tiny-compacted.alloy.yaml"
GGUF_RELEASE = "manifests/tiny-compacted-gguf.alloy.yaml"

MANIFESTS = {
    SAFETENSORS_RELEASE: f"""\
name: tiny-compacted
version: 1.0.0
source:
  baseModel: example-lab/tiny-base
  revision: 0123456789abcdef0123456789abcdef01234567
  artifactHash: {HASHES["base"]}
target:
  runtimes: [transformers]
stages:
  - id: prune
    type: prune
    artifactHash: {HASHES["prune"]}
    retention: until-superseded-and-attested
  - id: compact
    type: compact
    artifactHash: {HASHES["compact"]}
    retention: permanent
  - {{id: publish, type: publish, org: example-lab}}
results:
  validations:
    - artifactHash: {HASHES["compact"]}
      runtime: transformers
      status: passed
      checkedAt: "2026-04-12T09:40:00Z"
""",
    GGUF_RELEASE: f"""\
name: tiny-compacted-gguf
version: 1.0.0
source:
  baseModel: example-lab/tiny-compacted
  artifactHash: {HASHES["compact"]}
target:
  runtimes: [llama.cpp]
stages:
  - id: quant
    type: quant
    format: gguf
    artifactHash: {HASHES["gguf"]}
    retention: permanent
  - {{id: publish, type: publish, org: example-lab}}
results:
  validations:
    - artifactHash: {HASHES["gguf"]}
      runtime: llama.cpp
      status: passed
      checkedAt: "2026-04-12T11:20:00Z"
""",
    # Work in progress, broken on purpose: the configuration's `exclude` leaves it out.
    "manifests/drafts/wip.alloy.yaml": "name: [unfinished\n",
}

# Each breakage: (manifest, text replaced, replacement, the finding's code).
BREAKAGES = {
    # An intermediate of the safetensors release, under the GGUF release's publish too.
    "ephemeral-intermediate": (
        SAFETENSORS_RELEASE,
        "retention: until-superseded-and-attested",
        "retention: ephemeral",
        "AL202",
    ),
    "missing-runtimes": (GGUF_RELEASE, "target:\n  runtimes: [llama.cpp]\n", "", "AL301"),
}


def readme_section() -> str:
    """The README's section on pre-commit and GitHub Actions (empty when it is missing)."""
    text = README.read_text(encoding="utf-8")
    start = text.find(README_SECTION)
    if start < 0:
        return ""
    end = text.find("\n## ", start + len(README_SECTION))
    return text[start : end if end >= 0 else len(text)]


def fenced_blocks(markdown: str, lang: str) -> list[str]:
    """The bodies of the fenced code blocks of one language, in order."""
    return [m["body"] for m in _FENCE.finditer(markdown) if m["lang"] == lang]


def readme_config() -> str:
    """The README's `[tool.alloy-lint]` snippet for pre-commit and GitHub Actions."""
    blocks = [b for b in fenced_blocks(readme_section(), "toml") if b.startswith("[tool.alloy-lint]")]
    assert len(blocks) == 1, f"README section `{README_SECTION}` should have one [tool.alloy-lint] snippet"
    return blocks[0]


def write_consumer_repo(root: Path, breakage: str | None = None) -> None:
    """Lay out the repository in `root`, optionally with one of BREAKAGES applied."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(readme_config(), encoding="utf-8")
    manifests = dict(MANIFESTS)
    if breakage is not None:
        path, old, new, _code = BREAKAGES[breakage]
        assert old in manifests[path]
        manifests[path] = manifests[path].replace(old, new)
    for relative, text in manifests.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for name, content in CONTENTS.items():
        algo, _, hex_digest = HASHES[name].partition(":")
        stored = root / "artifacts" / algo / hex_digest
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(content)
