"""The S3 store against real servers: moto's S3 in server mode, and local servers that stall or fail."""

from __future__ import annotations

import base64
import hashlib
import socket
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
import pytest
from moto.server import ThreadedMotoServer

from alloy_lint.hashing import compose_directory_digest
from alloy_lint.stores import Presence, StoreConfigError, StoreListingError, StoreSettings, open_store
from alloy_lint.stores.s3 import S3Store
from tests.conftest import Run, run_cli

BUCKET = "alloy-artifacts"
PREFIX = "forge/v1"
STORE = f"s3://{BUCKET}/{PREFIX}"
SECRET = "wJalrXUtnFEMI-never-print-this-K7MDENG"
ACCESS_KEY = "AKIAALLOYLINTTEST"

SOURCE = b"base model weights, as downloaded\n" * 64
PRUNED = b"pruned weights: heads 3 and 7 removed\n" * 64
SHARDS = {"model.gguf": b"GGUF\x03 quantized tensors " * 512, "config/tokenizer.json": b'{"vocab": {}}\n'}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


SOURCE_HASH = f"sha256:{sha(SOURCE)}"
PRUNED_HASH = f"sha256:{sha(PRUNED)}"
PUBLISHED_HASH = "sha256:" + compose_directory_digest(((n, sha(b)) for n, b in SHARDS.items()), "sha256")
MISSING_HASH = "sha256:" + "0" * 64

MANIFEST = f"""\
name: tiny-forged
version: 1.0.0
source:
  baseModel: lab/tiny
  revision: 0123456789abcdef0123456789abcdef01234567
  artifactHash: {SOURCE_HASH}
target:
  runtimes: [llama.cpp]
stages:
  - type: prune
    strategy: entropy
    artifactHash: {PRUNED_HASH}
    retention: until-superseded-and-attested
  - type: quant
    format: gguf
    artifactHash: {PUBLISHED_HASH}
    retention: permanent
  - type: publish
    org: lab
results:
  integrity:
    modelHash: {PUBLISHED_HASH}
    fileHashes:
""" + "".join(f"      - filename: {n}\n        sha256: {sha(b)}\n" for n, b in SHARDS.items())

FAST = StoreSettings(timeout=0.5, retries=1, backoff=0.01)


def key(artifact: str) -> str:
    return f"{PREFIX}/{artifact.replace(':', '/')}"


# --- servers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str], None]:
    """Fake credentials and no trace of the user's AWS setup; returns a setter for the endpoint."""
    for name in (
        "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE",
        "AWS_SESSION_TOKEN",
        "AWS_DEFAULT_REGION",
        "AWS_REGION",
        "AWS_ENDPOINT_URL_S3",
        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_ROLE_ARN",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("ALLOY_LINT_CACHE_DIR", str(tmp_path / "cache"))
    return lambda url: monkeypatch.setenv("AWS_ENDPOINT_URL", url)


@pytest.fixture(scope="module")
def admin(moto_endpoint: str) -> Iterator[Any]:
    """The test's own client for moto, configured explicitly (the store's reads the environment)."""
    client = boto3.session.Session().client(
        "s3",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET,
    )
    yield client
    client.close()


@pytest.fixture
def bucket(moto_endpoint: str, admin: Any, aws_env: Callable[[str], None]) -> Any:
    """A fresh bucket on moto holding the whole chain; the source anchor carries a sha256 checksum."""
    aws_env(moto_endpoint)
    urllib.request.urlopen(urllib.request.Request(f"{moto_endpoint}/moto-api/reset", method="POST")).close()
    client = admin
    client.create_bucket(Bucket=BUCKET)
    client.put_object(Bucket=BUCKET, Key=key(SOURCE_HASH), Body=SOURCE, ChecksumAlgorithm="SHA256")
    client.put_object(Bucket=BUCKET, Key=key(PRUNED_HASH), Body=PRUNED)
    for name, data in SHARDS.items():
        client.put_object(Bucket=BUCKET, Key=f"{key(PUBLISHED_HASH)}/{name}", Body=data)
    return client


class _Handler(BaseHTTPRequestHandler):
    status = 500
    head_status: int | None = None
    body = b""
    length: int | None = None  # a Content-Length that lies about the body
    requests: list[str]

    def _answer(self) -> None:
        self.requests.append(self.command)
        self.send_response(self.head_status or self.status if self.command == "HEAD" else self.status)
        self.send_header("Content-Length", str(len(self.body) if self.length is None else self.length))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(self.body)

    do_GET = do_HEAD = do_PUT = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


@pytest.fixture
def failing_server() -> Iterator[Callable[..., tuple[str, list[str]]]]:
    """Start a local HTTP server answering `status` (with `body`) to every request but HEADs,
    which get `head_status` if given."""
    servers: list[ThreadingHTTPServer] = []

    def start(
        status: int, body: bytes = b"", head_status: int | None = None, length: int | None = None
    ) -> tuple[str, list[str]]:
        seen: list[str] = []
        attributes = {
            "status": status,
            "head_status": head_status,
            "body": body,
            "length": length,
            "requests": seen,
        }
        handler = type("Handler", (_Handler,), attributes)
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def stalling_server() -> Iterator[str]:
    """A local server that accepts connections and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except (TimeoutError, OSError):
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def _record_downloads(store: S3Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of every GetObject the store makes from now on."""
    downloads: list[str] = []
    client = store._s3()
    get_object = client.get_object

    def recorded(**params: Any) -> Any:
        downloads.append(params["Key"])
        return get_object(**params)

    monkeypatch.setattr(client, "get_object", recorded)
    return downloads


# --- the store, asked directly ------------------------------------------------------------


def test_open_store_makes_an_s3_store_that_connects_only_when_asked(bucket: Any) -> None:
    store = open_store(f"s3://{BUCKET}//{PREFIX}/", FAST)
    assert isinstance(store, S3Store)
    assert store.prefix == PREFIX
    assert store._client is None
    assert store.presence(SOURCE_HASH).presence is Presence.PRESENT
    assert store._client is not None
    store.close()
    assert store._client is None
    store.close()


def test_without_the_s3_extra_open_store_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "botocore", None)  # as if boto3 were not installed
    monkeypatch.delitem(sys.modules, "alloy_lint.stores.s3")
    with pytest.raises(StoreConfigError, match=r"needs the `s3` extra: pip install 'alloy-lint\[s3\]'"):
        open_store(STORE)


def test_every_link_is_present_and_verifies(bucket: Any) -> None:
    store = S3Store(STORE, FAST)
    for artifact in (SOURCE_HASH, PRUNED_HASH, PUBLISHED_HASH):
        assert store.presence(artifact).presence is Presence.PRESENT, artifact
        assert store.verify(artifact).presence is Presence.PRESENT, artifact


def test_an_unknown_hash_is_absent(bucket: Any) -> None:
    store = S3Store(STORE, FAST)
    assert store.presence(MISSING_HASH) == store.verify(MISSING_HASH)
    assert store.presence(MISSING_HASH).presence is Presence.ABSENT
    # The same object under another prefix, or another algorithm, is not this store's.
    assert S3Store(f"s3://{BUCKET}/other", FAST).presence(SOURCE_HASH).presence is Presence.ABSENT
    blake = "blake3:" + sha(SOURCE)
    assert S3Store(STORE, FAST).presence(blake).presence is Presence.ABSENT


def test_a_store_at_the_bucket_root(bucket: Any) -> None:
    bucket.put_object(Bucket=BUCKET, Key=PRUNED_HASH.replace(":", "/"), Body=PRUNED)
    store = S3Store(f"s3://{BUCKET}", FAST)
    assert store.verify(PRUNED_HASH).presence is Presence.PRESENT
    assert store.presence(SOURCE_HASH).presence is Presence.ABSENT


def test_the_stores_sha256_checksum_verifies_without_downloading(
    bucket: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = S3Store(STORE, FAST)
    downloads = _record_downloads(store, monkeypatch)
    assert store.verify(SOURCE_HASH).presence is Presence.PRESENT
    # Overwritten with other bytes (and their checksum): corrupt, still without a download.
    bucket.put_object(Bucket=BUCKET, Key=key(SOURCE_HASH), Body=b"other", ChecksumAlgorithm="SHA256")
    answer = store.verify(SOURCE_HASH)
    assert answer.presence is Presence.CORRUPT
    assert answer.detail == f"the store's sha256 checksum of it is sha256:{sha(b'other')[:12]}"
    assert downloads == []


def test_without_a_sha256_checksum_the_object_is_streamed_and_hashed(bucket: Any) -> None:
    store = S3Store(STORE, FAST)
    bucket.put_object(Bucket=BUCKET, Key=key(PRUNED_HASH), Body=PRUNED.upper())
    assert store.presence(PRUNED_HASH).presence is Presence.PRESENT
    answer = store.verify(PRUNED_HASH)
    assert answer.presence is Presence.CORRUPT
    assert answer.detail == f"its {len(PRUNED)} bytes hash to sha256:{sha(PRUNED.upper())[:12]}"


def test_a_truncated_object_is_corrupt(bucket: Any) -> None:
    half = PRUNED[: len(PRUNED) // 2]
    bucket.put_object(Bucket=BUCKET, Key=key(PRUNED_HASH), Body=half)
    answer = S3Store(STORE, FAST).verify(PRUNED_HASH)
    assert answer.presence is Presence.CORRUPT
    assert answer.detail == f"its {len(half)} bytes hash to sha256:{sha(half)[:12]}"


def test_a_multipart_checksum_is_not_taken_for_the_objects_sha256(bucket: Any) -> None:
    # A multipart sha256 is a checksum of the parts' checksums: the bytes must be hashed.
    parts = [b"a" * (5 << 20), b"tail"]
    data = b"".join(parts)
    artifact = f"sha256:{sha(data)}"
    upload = bucket.create_multipart_upload(Bucket=BUCKET, Key=key(artifact), ChecksumAlgorithm="SHA256")
    done = []
    for number, part in enumerate(parts, 1):
        sent = bucket.upload_part(
            Bucket=BUCKET,
            Key=key(artifact),
            UploadId=upload["UploadId"],
            PartNumber=number,
            Body=part,
            ChecksumAlgorithm="SHA256",
        )
        done.append({"PartNumber": number, "ETag": sent["ETag"], "ChecksumSHA256": sent["ChecksumSHA256"]})
    bucket.complete_multipart_upload(
        Bucket=BUCKET, Key=key(artifact), UploadId=upload["UploadId"], MultipartUpload={"Parts": done}
    )
    assert S3Store(STORE, FAST).verify(artifact).presence is Presence.PRESENT


def test_blake3_artifacts_are_always_streamed(bucket: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import blake3

    artifact = f"blake3:{blake3.blake3(SOURCE).hexdigest()}"
    bucket.put_object(Bucket=BUCKET, Key=key(artifact), Body=SOURCE, ChecksumAlgorithm="SHA256")
    store = S3Store(STORE, FAST)
    downloads = _record_downloads(store, monkeypatch)
    assert store.verify(artifact).presence is Presence.PRESENT
    assert downloads == [key(artifact)]


def test_a_directory_artifact_names_the_file_that_differs(bucket: Any) -> None:
    store = S3Store(STORE, FAST)
    bucket.put_object(Bucket=BUCKET, Key=f"{key(PUBLISHED_HASH)}/model.gguf", Body=b"overwritten")
    assert store.presence(PUBLISHED_HASH).presence is Presence.PRESENT
    answer = store.verify(PUBLISHED_HASH)
    assert answer.presence is Presence.CORRUPT
    assert answer.files == (
        ("config/tokenizer.json", sha(SHARDS["config/tokenizer.json"])),
        ("model.gguf", sha(b"overwritten")),
    )


def test_a_directory_listing_is_paginated_and_checksums_are_used(
    bucket: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {f"shard-{i}": f"shard {i}\n".encode() for i in range(5)}
    artifact = "sha256:" + compose_directory_digest(((n, sha(b)) for n, b in files.items()), "sha256")
    for name, data in files.items():
        bucket.put_object(Bucket=BUCKET, Key=f"{key(artifact)}/{name}", Body=data, ChecksumAlgorithm="SHA256")
    bucket.put_object(Bucket=BUCKET, Key=f"{key(artifact)}/empty-folder/", Body=b"")  # a console marker
    store = S3Store(STORE, FAST)
    store.page_size = 2
    downloads = _record_downloads(store, monkeypatch)
    assert store.verify(artifact).presence is Presence.PRESENT
    assert downloads == []


def test_a_missing_bucket_is_unknown_never_absent(bucket: Any) -> None:
    store = S3Store("s3://no-such-bucket/forge", FAST)
    for answer in (store.presence(SOURCE_HASH), store.verify(PUBLISHED_HASH)):
        assert answer.presence is Presence.UNKNOWN
        assert answer.detail == "no such bucket `no-such-bucket`"


def test_the_region_defaults_to_us_east_1(bucket: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert S3Store(STORE, FAST)._s3().meta.region_name == "us-east-1"
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    assert S3Store(STORE, FAST)._s3().meta.region_name == "eu-west-1"


def test_a_malformed_hash_never_becomes_a_key(aws_env: Callable[[str], None]) -> None:
    aws_env("http://127.0.0.1:9")  # never contacted
    store = S3Store(STORE, FAST)
    assert store.presence(f"sha256:../../{'0' * 58}").detail == "not a content hash"
    assert store._client is None


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        (f"s3://{ACCESS_KEY}:{SECRET}@{BUCKET}/x", "credentials do not belong in the URI"),
        (f"s3://{BUCKET}/x?X-Amz-Credential={SECRET}", "no query string"),
        ("s3://", "is not an S3 bucket name"),
        ("s3://bad bucket/x", "is not an S3 bucket name"),
    ],
)
def test_store_uris_that_cannot_name_a_store(uri: str, message: str) -> None:
    with pytest.raises(StoreConfigError, match=message) as raised:
        S3Store(uri)
    assert SECRET not in str(raised.value)


def test_a_stalled_server_times_out_once_then_is_not_asked_again(
    aws_env: Callable[[str], None], stalling_server: str
) -> None:
    aws_env(stalling_server)
    store = S3Store(STORE, FAST)
    started = time.monotonic()
    first = store.presence(SOURCE_HASH)
    assert first.presence is Presence.UNKNOWN
    assert first.detail == "timed out after 0.5 s (2 attempts)"
    second = store.verify(PRUNED_HASH)
    assert second.presence is Presence.UNKNOWN
    assert second.detail == "timed out after 0.5 s on an earlier request; not asked again"
    assert time.monotonic() - started < 5


def test_a_refused_connection_is_unknown(aws_env: Callable[[str], None]) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    aws_env(f"http://127.0.0.1:{port}")  # nothing listens there any more
    answer = S3Store(STORE, FAST).presence(SOURCE_HASH)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "cannot connect (2 attempts)")


SLOW_DOWN = b"<Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>"
DENIED = b"<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"


@pytest.mark.parametrize(
    ("status", "body", "head_status", "detail", "requests"),
    [
        # A failed HEAD is not followed by a listing: only a 404 is.
        (500, b"", None, "HTTP 500 (2 attempts)", ["HEAD", "HEAD"]),
        (403, b"", None, "access denied (HTTP 403)", ["HEAD"]),
        # A HEAD has no body; the listing's error body names the code.
        (503, SLOW_DOWN, 404, "HTTP 503 SlowDown (2 attempts)", ["HEAD", "GET", "GET"]),
        (429, b"", 404, "HTTP 429 (2 attempts)", ["HEAD", "GET", "GET"]),
        (403, DENIED, 404, "access denied (HTTP 403 AccessDenied)", ["HEAD", "GET"]),
    ],
)
def test_server_errors_are_unknown_and_retried_only_when_transient(
    aws_env: Callable[[str], None],
    failing_server: Callable[..., tuple[str, list[str]]],
    status: int,
    body: bytes,
    head_status: int | None,
    detail: str,
    requests: list[str],
) -> None:
    url, seen = failing_server(status, body, head_status)
    aws_env(url)
    store = S3Store(STORE, FAST)
    for ask in (store.presence, store.verify):
        seen.clear()
        answer = ask(PUBLISHED_HASH)
        assert (answer.presence, answer.detail) == (Presence.UNKNOWN, detail)
        assert seen == requests


def test_a_download_cut_short_is_unknown_never_corrupt(
    aws_env: Callable[[str], None], failing_server: Callable[..., tuple[str, list[str]]]
) -> None:
    # The object is 1000 bytes, but the connection closes after 10: the copy is not judged.
    url, seen = failing_server(200, b"0123456789", length=1000)
    aws_env(url)
    answer = S3Store(STORE, FAST).verify(PRUNED_HASH)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "the connection broke off (2 attempts)")
    assert seen == ["HEAD", "GET", "GET"]


def test_a_server_that_finds_nothing_anywhere_is_unknown_never_absent(
    aws_env: Callable[[str], None], failing_server: Callable[..., tuple[str, list[str]]]
) -> None:
    # Not even the bucket listing exists: this is not an S3 endpoint, whatever it says about keys.
    url, seen = failing_server(404, b"Not Found")
    aws_env(url)
    store = S3Store(STORE, FAST)
    for ask in (store.presence, store.verify):
        seen.clear()
        answer = ask(SOURCE_HASH)
        assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "HTTP 404 for the bucket listing")
        assert seen == ["HEAD", "GET"]


def test_without_credentials_the_store_is_unknown(
    bucket: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    answer = S3Store(STORE, FAST).presence(SOURCE_HASH)
    assert (answer.presence, answer.detail) == (Presence.UNKNOWN, "no AWS credentials found")
    run = audit(tmp_path)
    assert (run.exit_code, codes(run)) == (1, ["AL403"] * 3)


def test_a_listing_that_is_not_one_is_unknown_never_absent(
    aws_env: Callable[[str], None], failing_server: Callable[..., tuple[str, list[str]]]
) -> None:
    # HEAD says 404, and the "listing" is a web page with 200: a misconfigured endpoint.
    url, seen = failing_server(200, b"<html><body>It works!</body></html>", head_status=404)
    aws_env(url)
    store = S3Store(STORE, FAST)
    for ask in (store.presence, store.verify):
        seen.clear()
        answer = ask(SOURCE_HASH)
        assert answer.presence is Presence.UNKNOWN
        assert answer.detail.startswith("malformed answer")
        assert seen == ["HEAD", "GET"]


# --- listing (gc-plan) --------------------------------------------------------------------


def _record_listings(store: S3Store, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The parameters of every ListObjectsV2 the store makes from now on."""
    listings: list[dict[str, Any]] = []
    client = store._s3()
    list_objects_v2 = client.list_objects_v2

    def recorded(**params: Any) -> Any:
        listings.append(params)
        return list_objects_v2(**params)

    monkeypatch.setattr(client, "list_objects_v2", recorded)
    return listings


def _listing(store: S3Store) -> tuple[list[str], list[tuple[str, str]]]:
    skipped: list[tuple[str, str]] = []
    listed = list(store.list_artifacts(on_skip=lambda entry, reason: skipped.append((entry, reason))))
    return listed, skipped


def test_list_artifacts_pages_through_file_and_directory_artifacts(
    bucket: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    blake_file, blake_directory = "blake3:" + "b" * 64, "blake3:" + "a" * 64
    bucket.put_object(Bucket=BUCKET, Key=key(blake_file), Body=b"blake3 bytes")
    for name in ("weights.bin", "nested/deeper/config.json"):
        bucket.put_object(Bucket=BUCKET, Key=f"{key(blake_directory)}/{name}", Body=name.encode())
    extra = [f"sha256:{sha(bytes([n]))}" for n in range(4)]
    for artifact in extra:
        bucket.put_object(Bucket=BUCKET, Key=key(artifact), Body=b"x")
    store = S3Store(STORE, FAST)
    store.page_size = 2
    listings = _record_listings(store, monkeypatch)
    listed, skipped = _listing(store)
    # Each artifact once, however many files a directory artifact holds; blake3, then sha256.
    assert listed == [
        blake_directory,
        blake_file,
        *sorted([SOURCE_HASH, PRUNED_HASH, PUBLISHED_HASH, *extra]),
    ]
    assert skipped == []
    sha256_pages = [params for params in listings if params["Prefix"] == f"{PREFIX}/sha256/"]
    assert len(sha256_pages) == 4  # 7 artifacts, 2 a page
    assert "ContinuationToken" not in sha256_pages[0]
    assert all(params.get("ContinuationToken") for params in sha256_pages[1:])
    assert {params["Prefix"] for params in listings} == {f"{PREFIX}/blake3/", f"{PREFIX}/sha256/"}


def test_list_artifacts_skips_and_reports_keys_that_are_not_artifacts(bucket: Any) -> None:
    strays = {
        f"{PREFIX}/sha256/README": b"about this store\n",
        f"{PREFIX}/sha256/{sha(SOURCE).upper()}": SOURCE,
        f"{PREFIX}/sha256/notes/a.txt": b"a",
        f"{PREFIX}/sha256/notes/b.txt": b"b",
        f"{PREFIX}/sha256/": b"",  # the console's folder marker: nothing to report
        f"{PREFIX}/tmp/upload.part": b"",  # beside the algorithms: never listed
        f"{PREFIX}-old/sha256/{'1' * 64}": b"",  # another store's prefix
        f"{key(PRUNED_HASH)}/stray-file": b"",  # both a file and a directory: still one artifact
    }
    for name, data in strays.items():
        bucket.put_object(Bucket=BUCKET, Key=name, Body=data)
    store = S3Store(STORE, FAST)
    store.page_size = 2
    listed, skipped = _listing(store)
    assert listed == sorted([SOURCE_HASH, PRUNED_HASH, PUBLISHED_HASH])
    assert skipped == [
        (f"sha256/{sha(SOURCE).upper()}", "not a 64-digit lowercase hex digest"),
        ("sha256/README", "not a 64-digit lowercase hex digest"),
        ("sha256/notes", "not a 64-digit lowercase hex digest"),
    ]
    assert list(store.list_artifacts()) == listed  # reporting what is skipped is optional


def test_list_artifacts_of_a_store_at_the_bucket_root(bucket: Any) -> None:
    bucket.put_object(Bucket=BUCKET, Key=PRUNED_HASH.replace(":", "/"), Body=PRUNED)
    assert list(S3Store(f"s3://{BUCKET}", FAST).list_artifacts()) == [PRUNED_HASH]
    assert list(S3Store(f"s3://{BUCKET}/empty", FAST).list_artifacts()) == []


def test_list_artifacts_refuses_a_missing_bucket(bucket: Any) -> None:
    with pytest.raises(StoreListingError) as raised:
        list(S3Store("s3://no-such-bucket/forge", FAST).list_artifacts())
    assert str(raised.value) == (
        "store `s3://no-such-bucket/forge`: cannot list blake3/: no such bucket `no-such-bucket`"
    )


def test_a_failure_on_a_later_page_refuses_the_whole_listing(
    bucket: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = S3Store(STORE, FAST)
    store.page_size = 1
    client = store._s3()
    list_objects_v2 = client.list_objects_v2
    listings: list[str] = []

    def denied_after_the_first_page(**params: Any) -> Any:
        listings.append(params["Prefix"])
        if params.get("ContinuationToken") and params["Prefix"].endswith("/sha256/"):
            error = {"Error": {"Code": "AccessDenied"}, "ResponseMetadata": {"HTTPStatusCode": 403}}
            raise botocore.exceptions.ClientError(error, "ListObjectsV2")
        return list_objects_v2(**params)

    monkeypatch.setattr(client, "list_objects_v2", denied_after_the_first_page)
    with pytest.raises(
        StoreListingError, match=r"cannot list sha256/: access denied \(HTTP 403 AccessDenied\)$"
    ):
        list(store.list_artifacts())
    # blake3 (empty), then sha256's first page, then the denied second: nothing was yielded.
    assert listings == [f"{PREFIX}/blake3/", f"{PREFIX}/sha256/", f"{PREFIX}/sha256/"]


TRUNCATED_WITHOUT_TOKEN = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>alloy-artifacts</Name>'
    b"<Prefix>forge/v1/blake3/</Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys>"
    b"<IsTruncated>true</IsTruncated></ListBucketResult>"
)
SAME_TOKEN_AGAIN = TRUNCATED_WITHOUT_TOKEN.replace(
    b"</ListBucketResult>", b"<NextContinuationToken>again</NextContinuationToken></ListBucketResult>"
)


@pytest.mark.parametrize(
    ("status", "body", "detail", "requests"),
    [
        (500, b"", "HTTP 500 (2 attempts)", ["GET", "GET"]),
        (503, SLOW_DOWN, "HTTP 503 SlowDown (2 attempts)", ["GET", "GET"]),
        (403, b"", "access denied (HTTP 403)", ["GET"]),
        (403, DENIED, "access denied (HTTP 403 AccessDenied)", ["GET"]),
        (404, b"Not Found", "HTTP 404 for the bucket listing", ["GET"]),
        (200, b"<html><body>It works!</body></html>", "malformed answer (not a bucket listing)", ["GET"]),
        (
            200,
            TRUNCATED_WITHOUT_TOKEN,
            "malformed answer (a truncated listing without a continuation token)",
            ["GET"],
        ),
        (
            200,
            SAME_TOKEN_AGAIN,
            "malformed answer (a listing that repeats its continuation token)",
            ["GET", "GET"],
        ),
    ],
)
def test_list_artifacts_refuses_a_server_that_cannot_list(
    aws_env: Callable[[str], None],
    failing_server: Callable[..., tuple[str, list[str]]],
    status: int,
    body: bytes,
    detail: str,
    requests: list[str],
) -> None:
    url, seen = failing_server(status, body)
    aws_env(url)
    with pytest.raises(StoreListingError) as raised:
        list(S3Store(STORE, FAST).list_artifacts())
    assert str(raised.value) == f"store `{STORE}`: cannot list blake3/: {detail}"
    assert seen == requests
    assert SECRET not in str(raised.value) and ACCESS_KEY not in str(raised.value)


def test_list_artifacts_refuses_a_stalled_server(
    aws_env: Callable[[str], None], stalling_server: str
) -> None:
    aws_env(stalling_server)
    with pytest.raises(
        StoreListingError, match=r"cannot list blake3/: timed out after 0.5 s \(2 attempts\)$"
    ):
        list(S3Store(STORE, FAST).list_artifacts())


# --- through the command line -------------------------------------------------------------


def audit(tmp_path: Path, *extra: str, store: str = STORE) -> Run:
    (tmp_path / "tiny-forged.alloy.yaml").write_text(MANIFEST)
    run = run_cli(
        "check",
        "--isolated",
        "--format",
        "json",
        "--select",
        "AL4",
        "--store",
        store,
        "--store-timeout",
        "0.5",
        "--store-retries",
        "1",
        *extra,
        ".",
        cwd=tmp_path,
    )
    # Whatever happened, the secret access key from the environment is never printed.
    assert SECRET not in run.output
    assert SECRET not in run.stderr
    return run


def codes(run: Run) -> list[str]:
    return [finding["code"] for finding in run.json["findings"]]


@pytest.mark.parametrize("verify", [(), ("--verify",)])
def test_cli_a_fully_stored_chain_passes(bucket: Any, tmp_path: Path, verify: tuple[str, ...]) -> None:
    run = audit(tmp_path, *verify)
    assert (run.exit_code, codes(run)) == (0, [])


def test_cli_missing_links_are_al401_with_their_chain(bucket: Any, tmp_path: Path) -> None:
    bucket.delete_object(Bucket=BUCKET, Key=key(PRUNED_HASH))
    bucket.delete_object(Bucket=BUCKET, Key=key(SOURCE_HASH))
    for verify in ((), ("--verify",)):
        run = audit(tmp_path, *verify)
        assert (run.exit_code, codes(run)) == (1, ["AL401", "AL401"])
        chains = sorted((finding["chain"]["artifacts"] for finding in run.json["findings"]), key=len)
        assert chains == [[PUBLISHED_HASH, PRUNED_HASH], [PUBLISHED_HASH, PRUNED_HASH, SOURCE_HASH]]


def test_cli_corrupt_content_is_al402_only_under_verify(bucket: Any, tmp_path: Path) -> None:
    bucket.put_object(Bucket=BUCKET, Key=key(PRUNED_HASH), Body=b"bit rot")
    assert codes(audit(tmp_path)) == []
    run = audit(tmp_path, "--verify")
    assert (run.exit_code, codes(run)) == (1, ["AL402"])
    assert run.json["findings"][0]["artifact"] == PRUNED_HASH
    assert f"`{STORE}`" in run.json["findings"][0]["message"]


def test_cli_a_truncated_object_is_al402(bucket: Any, tmp_path: Path) -> None:
    bucket.put_object(Bucket=BUCKET, Key=key(PRUNED_HASH), Body=PRUNED[:100])
    run = audit(tmp_path, "--verify")
    assert (run.exit_code, codes(run)) == (1, ["AL402"])
    assert "its 100 bytes hash to" in run.json["findings"][0]["message"]


def test_cli_an_overwritten_shard_is_al402_naming_the_file(bucket: Any, tmp_path: Path) -> None:
    bucket.put_object(Bucket=BUCKET, Key=f"{key(PUBLISHED_HASH)}/model.gguf", Body=b"a later run's shard")
    assert codes(audit(tmp_path)) == []
    run = audit(tmp_path, "--verify")
    assert (run.exit_code, codes(run)) == (1, ["AL402"])
    message = run.json["findings"][0]["message"]
    assert message.endswith("files that differ: model.gguf")


def test_cli_a_stalled_store_is_al403_and_the_run_ends(
    aws_env: Callable[[str], None], stalling_server: str, tmp_path: Path
) -> None:
    aws_env(stalling_server)
    started = time.monotonic()
    run = audit(tmp_path)
    assert (run.exit_code, codes(run)) == (1, ["AL403"] * 3)
    assert "timed out after 0.5 s" in run.json["findings"][0]["message"]
    assert time.monotonic() - started < 8


@pytest.mark.parametrize(("status", "detail"), [(500, "HTTP 500"), (403, "access denied")])
def test_cli_a_failing_store_is_al403(
    aws_env: Callable[[str], None],
    failing_server: Callable[..., tuple[str, list[str]]],
    tmp_path: Path,
    status: int,
    detail: str,
) -> None:
    url, _ = failing_server(status)
    aws_env(url)
    run = audit(tmp_path, "--verify")
    assert (run.exit_code, codes(run)) == (1, ["AL403"] * 3)
    assert all(detail in finding["message"] for finding in run.json["findings"])


def test_cli_a_missing_bucket_is_al403(bucket: Any, tmp_path: Path) -> None:
    run = audit(tmp_path, "--verify", store="s3://no-such-bucket/forge")
    assert (run.exit_code, codes(run)) == (1, ["AL403"] * 3)
    assert "no such bucket `no-such-bucket`" in run.json["findings"][0]["message"]


def test_cli_credentials_in_the_store_uri_are_a_usage_error_and_not_echoed(
    aws_env: Callable[[str], None], tmp_path: Path
) -> None:
    run = audit(tmp_path, store=f"s3://{ACCESS_KEY}:{SECRET}@{BUCKET}/forge")
    assert run.exit_code == 2
    assert "credentials do not belong in the URI" in run.stderr


def test_cli_the_checksum_path_is_reported_for_a_corrupt_source(bucket: Any, tmp_path: Path) -> None:
    bucket.put_object(Bucket=BUCKET, Key=key(SOURCE_HASH), Body=b"swapped", ChecksumAlgorithm="SHA256")
    head = bucket.head_object(Bucket=BUCKET, Key=key(SOURCE_HASH), ChecksumMode="ENABLED")
    assert base64.b64decode(head["ChecksumSHA256"]).hex() == sha(b"swapped")
    run = audit(tmp_path, "--verify")
    assert (run.exit_code, codes(run)) == (1, ["AL402"])
    assert "the store's sha256 checksum of it is" in run.json["findings"][0]["message"]


# --- gc-plan through the command line -----------------------------------------------------

SCRATCH = b"a sweep's checkpoint nobody published\n"
SCRATCH_HASH = f"sha256:{sha(SCRATCH)}"
UNREFERENCED_HASH = "blake3:" + "c" * 64
SWEEP = f"""\
name: tiny-sweep
version: 1.0.0
source:
  baseModel: lab/tiny
  artifactHash: {SOURCE_HASH}
stages:
  - type: train
    artifactHash: {SCRATCH_HASH}
    retention: ephemeral
"""


def gc_plan(tmp_path: Path, *extra: str, store: str = STORE) -> Run:
    (tmp_path / "tiny-forged.alloy.yaml").write_text(MANIFEST)
    (tmp_path / "tiny-sweep.alloy.yaml").write_text(SWEEP)
    # Patience as FAST's, through the configuration (`--store-timeout`, `--store-retries` win).
    (tmp_path / ".alloy-lint.toml").write_text("store-timeout = 0.5\nstore-retries = 1\n")
    run = run_cli("gc-plan", "--store", store, *extra, ".", cwd=tmp_path)
    assert SECRET not in run.output and SECRET not in run.stderr
    return run


def test_cli_gc_plan_classifies_what_the_bucket_holds(bucket: Any, tmp_path: Path) -> None:
    bucket.put_object(Bucket=BUCKET, Key=key(SCRATCH_HASH), Body=SCRATCH)
    bucket.put_object(Bucket=BUCKET, Key=key(UNREFERENCED_HASH), Body=b"from before the manifests")
    bucket.put_object(Bucket=BUCKET, Key=f"{PREFIX}/sha256/README", Body=b"about this store\n")
    run = gc_plan(tmp_path)
    assert run.exit_code == 0, run.stderr
    published = f"on the chain of published {PUBLISHED_HASH[:19]} (1-quant of tiny-forged)"
    assert run.output == (
        f"gc-plan of {STORE}: 5 artifacts\n"
        "\n"
        "live (3):\n"
        f"  {PUBLISHED_HASH[:19]}  1-quant of tiny-forged\n"
        "      published by tiny-forged.alloy.yaml stage 2-publish\n"
        "      retention permanent: never collected\n"
        f"  {SOURCE_HASH[:19]}  source of tiny-forged\n"
        f"      {published}\n"
        "      the source anchor of tiny-forged.alloy.yaml\n"
        "      the source anchor of tiny-sweep.alloy.yaml\n"
        f"  {PRUNED_HASH[:19]}  0-prune of tiny-forged\n"
        f"      {published}\n"
        "      until-superseded-and-attested, and nothing supersedes it yet\n"
        "\n"
        "collectable (1):\n"
        f"  {SCRATCH_HASH[:19]}  0-train of tiny-sweep\n"
        "      ephemeral, and on no published chain\n"
        "\n"
        "unreferenced — kept (--include-unreferenced to collect) (1):\n"
        f"  {UNREFERENCED_HASH[:19]}  unreferenced\n"
        "      no audited manifest mentions it\n"
        "\n"
        "skipped (1, not artifacts):\n"
        f"  {STORE}: sha256/README: not a 64-digit lowercase hex digest\n"
        "\n"
        "1 collectable, 4 kept. Nothing was deleted: `--print-dead` lists the collectable hashes.\n"
    )

    document = gc_plan(tmp_path, "--format", "json").json
    assert document["stores"] == [STORE]
    assert [item["artifact"] for item in document["live"]] == sorted(
        [SOURCE_HASH, PRUNED_HASH, PUBLISHED_HASH]
    )
    assert [item["artifact"] for item in document["collectable"]] == [SCRATCH_HASH]
    assert [item["artifact"] for item in document["unreferenced"]] == [UNREFERENCED_HASH]
    assert gc_plan(tmp_path, "--print-dead").output == f"{SCRATCH_HASH}\n"
    assert gc_plan(tmp_path, "--print-dead", "--include-unreferenced").output.split() == [
        UNREFERENCED_HASH,
        SCRATCH_HASH,
    ]


def _refused(run: Run, detail: str, store: str = STORE) -> None:
    assert (run.exit_code, run.output) == (2, "")
    assert run.stderr == (
        "alloy-lint: gc-plan refuses to plan, so that nothing live is called dead:\n"
        f"  store `{store}`: cannot list blake3/: {detail}\n"
    )


@pytest.mark.parametrize(
    ("status", "body", "detail"),
    [(500, b"", "HTTP 500 (2 attempts)"), (403, DENIED, "access denied (HTTP 403 AccessDenied)")],
)
def test_cli_gc_plan_refuses_a_store_that_cannot_list(
    aws_env: Callable[[str], None],
    failing_server: Callable[..., tuple[str, list[str]]],
    tmp_path: Path,
    status: int,
    body: bytes,
    detail: str,
) -> None:
    url, _ = failing_server(status, body)
    aws_env(url)
    _refused(gc_plan(tmp_path), detail)


def test_cli_gc_plan_store_options_win_over_the_configuration(
    aws_env: Callable[[str], None],
    failing_server: Callable[..., tuple[str, list[str]]],
    stalling_server: str,
    tmp_path: Path,
) -> None:
    url, seen = failing_server(500)
    aws_env(url)
    _refused(gc_plan(tmp_path, "--store-retries", "0"), "HTTP 500")
    assert seen == ["GET"]  # the configuration's `store-retries = 1` would have asked twice
    aws_env(stalling_server)
    started = time.monotonic()
    run = gc_plan(tmp_path, "--store-timeout", "0.2", "--store-retries", "0")
    _refused(run, "timed out after 0.2 s")
    assert time.monotonic() - started < 3


def test_cli_gc_plan_refuses_a_missing_bucket(bucket: Any, tmp_path: Path) -> None:
    store = "s3://no-such-bucket/forge"
    _refused(gc_plan(tmp_path, store=store), "no such bucket `no-such-bucket`", store)
