"""An S3 bucket (or any S3-compatible service) laid out by content hash.

The artifact `<algo>:<hex>` is the object `<prefix>/<algo>/<hex>` (a file) or the objects
under the key prefix `<prefix>/<algo>/<hex>/` (a directory; the keys below it are the
"/"-separated filenames). Credentials, region and endpoint come from the standard sources
of boto3's core, botocore (environment, `AWS_ENDPOINT_URL[_S3]`, profiles, instance roles);
retries are ours, not botocore's. The store can list what it holds (`list_artifacts`), so
`gc-plan` can plan for it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import botocore.exceptions as boto_errors
import botocore.session
from botocore.awsrequest import (
    AWSHTTPConnection,
    AWSHTTPConnectionPool,
    AWSHTTPSConnection,
    AWSHTTPSConnectionPool,
)
from botocore.config import Config
from botocore.parsers import ResponseParserError

from alloy_lint.hashing import ALGORITHMS, is_hex_digest
from alloy_lint.stores.base import (
    Presence,
    RemoteFile,
    StoreAnswer,
    StoreConfigError,
    StoreListingError,
    StoreSettings,
    redact,
    split_artifact,
    under,
)
from alloy_lint.stores.remote import (
    BROKE_OFF,
    CANNOT_CONNECT,
    MALFORMED,
    Definite,
    Endpoint,
    FinalResponse,
    NoAnswer,
    RangeCounter,
    RemoteFailure,
    Transient,
    access_denied,
    checked_range,
    compare_listing,
    hash_stream,
    http_status,
    retry_after,
    timed_out,
    within,
)

T = TypeVar("T")

_CHUNK = 1 << 20
_WORKERS = 8  # parallel downloads of a directory artifact's files; below botocore's pool of 10
# botocore's own rule for bucket names (S3-compatible services allow more than AWS does).
_BUCKET = re.compile(r"[a-zA-Z0-9.\-_]{1,255}")
_MULTIPART_ETAG = re.compile(r"-\d+\"?$")
_ERROR_CODE = re.compile(r"[A-Za-z][A-Za-z0-9.]{0,47}")
_NOT_FOUND = frozenset({"404", "NoSuchKey", "NotFound"})
_THROTTLED = frozenset(
    {"SlowDown", "Throttling", "ThrottlingException", "RequestLimitExceeded", "RequestTimeout"}
)
_DENIED = frozenset(
    {"AccessDenied", "Forbidden", "InvalidAccessKeyId", "SignatureDoesNotMatch", "ExpiredToken"}
)


class _NotFound(Exception):
    """A definite 404 for one key."""


class S3Store:
    """`s3://bucket/prefix`: presence by HEAD and listing, content by the store's sha256 or a re-hash."""

    page_size = 1000  # keys per listing request: S3's maximum

    def __init__(self, uri: str, settings: StoreSettings | None = None) -> None:
        self.uri = redact(uri)
        self.settings = settings or StoreSettings()
        scheme, _, rest = uri.partition("://")
        location = rest.split("/", 1)[0]
        if scheme != "s3":
            raise StoreConfigError(f"store `{self.uri}` is not an s3:// URI")
        if "@" in location:
            raise StoreConfigError(
                f"store `{self.uri}`: credentials do not belong in the URI; "
                "use the AWS environment variables or a profile"
            )
        if "?" in rest or "#" in rest:
            raise StoreConfigError(f"store `{self.uri}`: an s3:// store takes no query string or fragment")
        self.bucket, _, prefix = rest.partition("/")
        if not _BUCKET.fullmatch(self.bucket):
            raise StoreConfigError(f"store `{self.uri}`: `{self.bucket}` is not an S3 bucket name")
        self.prefix = "/".join(part for part in prefix.split("/") if part)
        self._client: Any = None
        self._lock = threading.Lock()
        self._endpoint = Endpoint(self.settings)

    def __repr__(self) -> str:
        return f"S3Store({self.uri!r})"

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    # --- the protocol ---------------------------------------------------------------------

    def covers(self, location: str) -> bool:
        return under(location, self.uri)

    def presence(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        return self._answer(artifact, self._presence)

    def verify(self, artifact: str, locations: Sequence[str] = ()) -> StoreAnswer:
        return self._answer(artifact, self._verify)

    def _answer(self, artifact: str, ask: Callable[[str, str], StoreAnswer]) -> StoreAnswer:
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return StoreAnswer(self.uri, Presence.UNKNOWN, "not a content hash")
        try:
            return ask(algo, digest)
        except NoAnswer as exc:
            return StoreAnswer(self.uri, Presence.UNKNOWN, exc.reason)

    def remote_file(self, artifact: str, locations: Sequence[str] = ()) -> RemoteFile | None:
        """The object at the artifact's key, read by ranged GETs; None when no such object."""
        try:
            algo, digest = split_artifact(artifact)
        except ValueError:
            return None
        key = self._key(algo, digest)
        try:
            size = int(self._head(key)["ContentLength"])
        except _NotFound:
            return None
        except NoAnswer as exc:
            raise OSError(exc.reason) from None
        counter = RangeCounter()

        def read_range(start: int, end: int) -> bytes:
            def fetch(client: Any) -> bytes:
                answer = client.get_object(Bucket=self.bucket, Key=key, Range=f"bytes={start}-{end - 1}")
                with contextlib.closing(answer["Body"]) as body:
                    return counter.add(body.read())

            try:
                return checked_range(self._request(fetch), start, end)
            except (NoAnswer, _NotFound) as exc:
                raise OSError(getattr(exc, "reason", "the object is gone")) from None

        return RemoteFile(artifact, size, read_range, counter)

    def _key(self, algo: str, digest: str) -> str:
        return f"{self.prefix}/{algo}/{digest}" if self.prefix else f"{algo}/{digest}"

    def _presence(self, algo: str, digest: str) -> StoreAnswer:
        key = self._key(algo, digest)
        try:
            self._head(key)
            return StoreAnswer(self.uri, Presence.PRESENT)
        except _NotFound:
            pass
        # A 404 on the key is also what a directory artifact (and a missing bucket) gives:
        # only an empty listing of a bucket that exists makes it a definite "not there".
        # The listing is followed page by page until a key shows: a page may be empty and
        # still promise more (`IsTruncated` with a continuation token).
        prefix = key + "/"
        for page in self._pages(prefix, max_keys=1):
            if any(True for _ in _listed(page, "Contents", "Key", prefix)):
                return StoreAnswer(self.uri, Presence.PRESENT)
        return StoreAnswer(self.uri, Presence.ABSENT)

    def _verify(self, algo: str, digest: str) -> StoreAnswer:
        key = self._key(algo, digest)
        try:
            head = self._head(key, checksum=algo == "sha256")
        except _NotFound:
            return self._verify_directory(f"{algo}:{digest}", algo, key + "/")
        actual, detail = self._file_digest(key, algo, head)
        if actual == digest:
            return StoreAnswer(self.uri, Presence.PRESENT)
        return StoreAnswer(self.uri, Presence.CORRUPT, detail)

    def _verify_directory(self, artifact: str, algo: str, prefix: str) -> StoreAnswer:
        objects, seen = self._list_all(prefix)
        if not seen:
            return StoreAnswer(self.uri, Presence.ABSENT)

        def one(item: tuple[str, str, Any]) -> tuple[str, str]:
            key, name, algorithms = item
            head = None
            # The listing says which checksums an object has; without a sha256 the HEAD is wasted.
            if algo == "sha256" and (not isinstance(algorithms, list) or "SHA256" in algorithms):
                try:
                    head = self._head(key, checksum=True)
                except _NotFound:
                    raise NoAnswer(f"`{name}` was deleted while the artifact was verified") from None
            return name, self._file_digest(key, algo, head)[0]

        pool = ThreadPoolExecutor(max_workers=max(1, min(_WORKERS, len(objects))))
        try:
            files = list(pool.map(one, objects))
        finally:
            # After the first failure the answer is known; do not download the rest for nothing.
            pool.shutdown(wait=True, cancel_futures=True)
        return compare_listing(self.uri, artifact, files)

    # --- digests --------------------------------------------------------------------------

    def _file_digest(self, key: str, algo: str, head: dict[str, Any] | None) -> tuple[str, str]:
        """The object's hex digest, and how to say that it is not the address."""
        recorded = _whole_object_sha256(head) if head is not None and algo == "sha256" else None
        if recorded is not None:
            return recorded, f"the store's sha256 checksum of it is sha256:{recorded[:12]}"
        actual, size = self._download_digest(key, algo)
        return actual, f"its {size} bytes hash to {algo}:{actual[:12]}"

    def _download_digest(self, key: str, algo: str) -> tuple[str, int]:
        def fetch(client: Any) -> tuple[str, int]:
            response = client.get_object(Bucket=self.bucket, Key=key)
            body = response["Body"]
            try:
                actual, size = hash_stream(body.iter_chunks(_CHUNK), algo)
            finally:
                body.close()
            expected = response.get("ContentLength")
            if not isinstance(expected, int):
                raise Definite(f"{MALFORMED} (no Content-Length)")
            # A short read is the connection's fault, not the object's: never call it corrupt.
            if size != expected:
                raise Transient(f"the download ended after {size} of {expected} bytes")
            return actual, size

        try:
            return self._request(fetch)
        except _NotFound:
            raise NoAnswer("the object was deleted while it was verified") from None

    # --- requests -------------------------------------------------------------------------

    def _head(self, key: str, *, checksum: bool = False) -> dict[str, Any]:
        extra = {"ChecksumMode": "ENABLED"} if checksum else {}
        head: dict[str, Any] = self._request(
            lambda client: client.head_object(Bucket=self.bucket, Key=key, **extra)
        )
        if not isinstance(head.get("ContentLength"), int):
            raise NoAnswer(f"{MALFORMED} (no Content-Length)")
        return head

    def _list(
        self,
        prefix: str,
        *,
        max_keys: int | None = None,
        token: str | None = None,
        delimiter: str | None = None,
    ) -> dict[str, Any]:
        params: dict[str, Any] = {
            "Bucket": self.bucket,
            "Prefix": prefix,
            "MaxKeys": max_keys or self.page_size,
        }
        if token:
            params["ContinuationToken"] = token
        if delimiter:
            params["Delimiter"] = delimiter
        try:
            page: dict[str, Any] = self._request(lambda client: client.list_objects_v2(**params))
        except _NotFound:
            # A bucket that exists lists (or says NoSuchBucket); a bare 404 is some other server.
            raise NoAnswer(f"{http_status(404)} for the bucket listing") from None
        # A ListBucketResult always names its bucket and counts its keys; anything else
        # (an HTML page from a proxy, an empty 200) must not read as "no such key".
        contents = page.get("Contents", [])
        folders = page.get("CommonPrefixes", [])
        if (
            ("Name" not in page and "KeyCount" not in page)
            or not isinstance(contents, list)
            or not isinstance(folders, list)
        ):
            raise NoAnswer(f"{MALFORMED} (not a bucket listing)")
        return page

    def _pages(
        self, prefix: str, *, delimiter: str | None = None, max_keys: int | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every page of the listing of `prefix`, following continuation tokens to the end; a
        truncated page without a token is malformed, wherever the listing is read."""
        token: str | None = None
        while True:
            page = self._list(prefix, token=token, delimiter=delimiter, max_keys=max_keys)
            yield page
            if not page.get("IsTruncated"):
                return
            following = page.get("NextContinuationToken")
            if not following or not isinstance(following, str):
                raise NoAnswer(f"{MALFORMED} (a truncated listing without a continuation token)")
            if following == token:  # the same page again, forever
                raise NoAnswer(f"{MALFORMED} (a listing that repeats its continuation token)")
            token = following

    def _list_all(self, prefix: str) -> tuple[list[tuple[str, str, Any]], bool]:
        """(key, filename, checksum algorithms) of every object below `prefix`, and whether any key was."""
        objects: list[tuple[str, str, Any]] = []
        seen = False
        for page in self._pages(prefix):
            for item in page.get("Contents", []):
                key = item.get("Key") if isinstance(item, dict) else None
                if not isinstance(key, str) or not key.startswith(prefix):
                    raise NoAnswer(f"{MALFORMED} (a listed key outside the prefix)")
                seen = True
                name = key[len(prefix) :]
                # A zero-byte "folder/" marker is a directory, which the composed hash does not list.
                if name.endswith("/") and item.get("Size") == 0:
                    continue
                objects.append((key, name, item.get("ChecksumAlgorithm")))
        return objects, seen

    # --- listing (gc-plan) ----------------------------------------------------------------

    def list_artifacts(self, on_skip: Callable[[str, str], None] | None = None) -> Iterator[str]:
        """Every `<algo>:<hex>` under `<prefix>/<algo>/`, in sorted order.

        The first "/"-separated segment after `<algo>/` names the artifact: an object with
        nothing below it is a file artifact, a key prefix with objects below it a directory
        artifact; each is yielded once. Other names are skipped and reported to
        `on_skip(entry, reason)`, the entry relative to the prefix (`sha256/README`). Raises
        `StoreListingError` when any part of the listing fails (denied, no such bucket,
        timeouts, 5xx after retries, malformed or truncated answers): never a partial listing.
        """
        skip = on_skip or (lambda _entry, _reason: None)
        for algo in ALGORITHMS:
            for name in sorted(self._names(algo)):
                if is_hex_digest(name):
                    yield f"{algo}:{name}"
                else:
                    skip(f"{algo}/{name}", "not a 64-digit lowercase hex digest")

    def _names(self, algo: str) -> set[str]:
        """The first segment of every key below `<prefix>/<algo>/`, one page after another."""
        prefix = self._key(algo, "")
        names: set[str] = set()
        try:
            # With a delimiter a directory artifact is one common prefix, however many files it holds.
            for page in self._pages(prefix, delimiter="/"):
                for key in _listed(page, "Contents", "Key", prefix):
                    if "/" in key:
                        raise NoAnswer(f"{MALFORMED} (a key below the delimiter)")
                    if key:  # not the zero-byte `<algo>/` folder marker
                        names.add(key)
                for folder in _listed(page, "CommonPrefixes", "Prefix", prefix):
                    if not folder.endswith("/") or "/" in folder[:-1]:
                        raise NoAnswer(f"{MALFORMED} (a common prefix past the delimiter)")
                    names.add(folder[:-1])
        except NoAnswer as exc:
            raise StoreListingError(f"store `{self.uri}`: cannot list {algo}/: {exc.reason}") from None
        return names

    def _request(self, call: Callable[[Any], T]) -> T:
        """`call(client)` asked of the endpoint; a failure raises `NoAnswer`, a missing key `_NotFound`."""

        def once() -> T:
            try:
                client = self._s3()
                # botocore's timeouts bound each read; the store timeout bounds the request.
                return within(self.settings.timeout, lambda: call(client))
            except (RemoteFailure, _NotFound):
                raise
            except (boto_errors.BotoCoreError, boto_errors.ClientError, ResponseParserError, OSError) as exc:
                raise self._classify(exc) from None

        return self._endpoint.ask(once)

    def _s3(self) -> Any:
        """The client, made on first use so that a store never asked never loads credentials."""
        with self._lock:
            if self._client is None:
                timeout = self.settings.timeout
                options: dict[str, Any] = {
                    "connect_timeout": timeout,
                    "read_timeout": timeout,
                    # One attempt per call: `with_retries` decides, with the user's limits.
                    "retries": {"mode": "standard", "total_max_attempts": 1},
                }
                if "response_checksum_validation" in Config.OPTION_DEFAULTS:
                    # The bytes are hashed here anyway; botocore's CRC32 of them would only cost time.
                    options["request_checksum_calculation"] = "when_required"
                    options["response_checksum_validation"] = "when_required"
                session = botocore.session.get_session()
                session.register_component("data_loader", _shared_loader(session))
                try:
                    self._client = session.create_client(
                        "s3",
                        region_name=session.get_config_variable("region") or "us-east-1",
                        config=Config(**options),
                    )
                except ValueError:
                    # botocore's message quotes the endpoint, which may carry a token.
                    raise Definite("invalid S3 endpoint configuration") from None
                _harden(self._client)
            return self._client

    def _classify(self, exc: Exception) -> RemoteFailure | _NotFound:
        """Our exception for a botocore one, with a short reason that names no secret or URL."""
        timeout = self.settings.timeout
        if isinstance(exc, boto_errors.ClientError):
            return self._classify_http(exc)
        if isinstance(exc, boto_errors.ConnectTimeoutError):
            return Transient(timed_out(timeout, connecting=True), unreachable=True)
        if isinstance(exc, boto_errors.ReadTimeoutError):
            return Transient(timed_out(timeout), unreachable=True)
        if isinstance(exc, boto_errors.SSLError):
            return Definite("TLS error")
        if isinstance(exc, boto_errors.ProxyConnectionError):
            return Transient(f"{CANNOT_CONNECT} through the proxy", unreachable=True)
        if isinstance(exc, boto_errors.EndpointConnectionError):
            return Transient(CANNOT_CONNECT, unreachable=True)
        if isinstance(
            exc,
            boto_errors.ConnectionClosedError
            | boto_errors.ResponseStreamingError
            | boto_errors.IncompleteReadError
            | boto_errors.HTTPClientError
            | boto_errors.ConnectionError
            | OSError,
        ):
            return Transient(BROKE_OFF)
        if isinstance(exc, boto_errors.NoCredentialsError):
            return Definite("no AWS credentials found")
        if isinstance(exc, boto_errors.PartialCredentialsError | boto_errors.CredentialRetrievalError):
            return Definite("cannot load AWS credentials")
        if isinstance(exc, boto_errors.ProfileNotFound):
            return Definite("the configured AWS profile does not exist")
        if isinstance(exc, ResponseParserError):
            return Definite(MALFORMED)
        return Definite(f"S3 client error ({type(exc).__name__})")

    def _classify_http(self, exc: boto_errors.ClientError) -> RemoteFailure | _NotFound:
        response: Any = exc.response if isinstance(exc.response, dict) else {}
        error = response.get("Error") or {}
        code = str(error.get("Code") or "")
        status = (response.get("ResponseMetadata") or {}).get("HTTPStatusCode")
        # The code comes from the server: quote it only when it looks like one.
        shown = code if _ERROR_CODE.fullmatch(code) else ""
        if code == "NoSuchBucket":
            return Definite(f"no such bucket `{self.bucket}`")
        if code in _NOT_FOUND or (status == 404 and not shown):
            return _NotFound()
        if status == 403 or code in _DENIED:
            return Definite(access_denied(status or 403, shown))
        if not isinstance(status, int):
            return Definite(f"{MALFORMED} {shown}" if shown else MALFORMED)
        if status >= 500 or status == 429 or code in _THROTTLED:
            headers = (response.get("ResponseMetadata") or {}).get("HTTPHeaders") or {}
            wait = retry_after(lambda name: headers.get(name.lower())) if isinstance(headers, dict) else None
            return Transient(http_status(status, shown), retry_after=wait)
        return Definite(http_status(status, shown))


class _Connection(AWSHTTPConnection):
    response_class = FinalResponse  # type: ignore[assignment]  # an http.client.HTTPResponse, as botocore's own


class _TLSConnection(AWSHTTPSConnection):
    response_class = FinalResponse  # type: ignore[assignment]  # an http.client.HTTPResponse, as botocore's own


class _Pool(AWSHTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(AWSHTTPSConnectionPool):
    ConnectionCls = _TLSConnection


def _never_redirected(context: dict[str, Any], **_: Any) -> None:
    # Marks every request as redirected once already, so that botocore's region redirector
    # never follows a 301/307 (to an endpoint no one configured, or round a loop until
    # `RecursionError`): a redirect is an answer of its own, unknown.
    redirect = context.get("s3_redirect")
    if isinstance(redirect, dict):
        redirect["redirected"] = True


def _harden(client: Any) -> None:
    """What botocore does not do for us: read past 1xx answers, and follow no redirect."""
    client.meta.events.register("before-parameter-build.s3", _never_redirected)
    session = getattr(getattr(client, "_endpoint", None), "http_session", None)
    pools = getattr(session, "_pool_classes_by_scheme", None)
    if isinstance(pools, dict):  # shared with the pool managers, which make connections from it
        pools.update(http=_Pool, https=_TLSPool)


_loader: Any = None
_loader_lock = threading.Lock()


def _shared_loader(session: botocore.session.Session) -> Any:
    """One loader of botocore's service models for every store: loading them costs a third of a
    second per session, while credentials, region and endpoint stay each session's own."""
    global _loader
    with _loader_lock:
        if _loader is None:
            _loader = session.get_component("data_loader")
        return _loader


def _listed(page: dict[str, Any], entries: str, field: str, prefix: str) -> Iterator[str]:
    """What follows `prefix` in each `field` of a page's `entries` (its keys or common prefixes)."""
    for item in page.get(entries, []):
        listed = item.get(field) if isinstance(item, dict) else None
        if not isinstance(listed, str) or not listed.startswith(prefix):
            raise NoAnswer(f"{MALFORMED} (a listed key outside the prefix)")
        yield listed[len(prefix) :]


def _whole_object_sha256(head: dict[str, Any]) -> str | None:
    """The hex sha256 of the whole object as the store records it, or None.

    A multipart object's sha256 is usually a checksum of its parts' checksums (COMPOSITE),
    which says nothing comparable about the bytes; so is one with a `-N` suffix, or with a
    multipart ETag when the store does not report the checksum type.
    """
    value = head.get("ChecksumSHA256")
    if not isinstance(value, str):
        return None
    kind = head.get("ChecksumType")
    if kind is None:
        if "-" in value or _MULTIPART_ETAG.search(str(head.get("ETag", ""))):
            return None
    elif kind != "FULL_OBJECT":
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw.hex() if len(raw) == 32 else None
