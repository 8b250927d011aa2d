"""alloy-lint: a static auditor for the chain manifests of model-forging pipelines."""

__version__ = "0.1.0"
