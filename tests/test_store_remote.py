"""What every remote store shares: bounded retries, the unreachable-endpoint memo, one wording."""

from __future__ import annotations

import subprocess
import sys

import pytest

from alloy_lint.stores import BACKENDS, StoreSettings
from alloy_lint.stores.remote import Definite, Endpoint, NoAnswer, Transient, timed_out

FAST = StoreSettings(timeout=0.5, retries=2, backoff=0.0)


class Requests:
    """A request that fails with each of `failures` in turn, then succeeds."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.made = 0

    def __call__(self) -> str:
        self.made += 1
        if self.failures:
            raise self.failures.pop(0)
        return "answer"


def test_transient_failures_are_retried_then_answered() -> None:
    request = Requests(Transient("HTTP 503"), Transient("HTTP 503"))
    assert Endpoint(FAST).ask(request) == "answer"
    assert request.made == 3


def test_the_last_transient_failure_names_the_attempts() -> None:
    request = Requests(*(Transient("HTTP 503") for _ in range(3)))
    with pytest.raises(NoAnswer) as raised:
        Endpoint(FAST).ask(request)
    assert raised.value.reason == "HTTP 503 (3 attempts)"
    assert request.made == 3


def test_a_definite_failure_is_not_retried() -> None:
    request = Requests(Definite("access denied (HTTP 403)"))
    with pytest.raises(NoAnswer) as raised:
        Endpoint(FAST).ask(request)
    assert (raised.value.reason, request.made) == ("access denied (HTTP 403)", 1)


def test_an_unreachable_endpoint_is_not_asked_again() -> None:
    endpoint = Endpoint(FAST)
    down = Requests(*(Transient(timed_out(0.5), unreachable=True) for _ in range(3)))
    with pytest.raises(NoAnswer, match=r"^timed out after 0\.5 s \(3 attempts\)$"):
        endpoint.ask(down)
    later = Requests()
    with pytest.raises(NoAnswer) as raised:
        endpoint.ask(later)
    assert raised.value.reason == "timed out after 0.5 s on an earlier request; not asked again"
    assert later.made == 0


def test_a_failure_that_reached_the_endpoint_leaves_it_asked() -> None:
    endpoint = Endpoint(FAST)
    with pytest.raises(NoAnswer):
        endpoint.ask(Requests(Definite("HTTP 400")))
    assert endpoint.ask(Requests()) == "answer"


def test_other_exceptions_pass_through_uncounted() -> None:
    with pytest.raises(KeyError):
        Endpoint(FAST).ask(Requests(KeyError("not found")))


def test_backends_are_registered_by_scheme_and_loaded_only_when_opened() -> None:
    assert sorted(BACKENDS) == ["hf", "http", "https", "s3"]
    probe = (
        "import sys\n"
        "from alloy_lint.stores import open_store\n"
        "open_store('https://cas.example/artifacts').close()\n"
        "print(sorted(m for m in ('boto3', 'botocore', 'huggingface_hub') if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
