"""What the configured stores say about artifacts, each question asked once.

Rules, the chain-health query, the gate and the lineage picture all read the same
answers: a store is asked about an artifact at most once per audit (at the level the
audit asked for: presence, or content under `--verify`), and a header inspection of an
artifact is made at most once. Under `--verify --shard I/N` only the artifacts of shard I
are verified; every other one is still asked for presence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from alloy_lint.frozen import frozen
from alloy_lint.hashing import small_sha256
from alloy_lint.stores import FilesystemStore, PinningStore, Presence, RangedStore, Store, StoreAnswer

if TYPE_CHECKING:
    from alloy_lint.inspect import Inspection


@frozen
class Shard:
    """`--shard I/N`: the I-th (1-based) of N disjoint parts that together hold every artifact.

    An artifact belongs to the part its digest, as a number, leaves as remainder when
    divided by N (I - 1); the same artifact is in the same part on every machine and run.
    """

    index: int
    count: int

    def holds(self, artifact: str) -> bool:
        digest = artifact.partition(":")[2]
        try:
            value = int(digest, 16)
        except ValueError:  # not a content hash: place it by the digest of its text
            value = int(small_sha256(artifact.encode()), 16)
        return value % self.count == self.index - 1


class StoreAnswers:
    """The configured stores behind a cache of their answers."""

    def __init__(
        self,
        stores: Sequence[Store],
        locations: Callable[[str], list[str]],
        *,
        verify: bool = False,
        shard: Shard | None = None,
    ) -> None:
        self.stores: tuple[Store, ...] = tuple(stores)
        self.verify = verify
        self.shard = shard
        self._locations = locations
        self._answers: dict[str, list[StoreAnswer]] = {}
        self._inspections: dict[str, Inspection | None] = {}
        self._pins: dict[str, tuple[str, str] | None] = {}

    def __bool__(self) -> bool:
        """Whether any store is configured."""
        return bool(self.stores)

    @property
    def uris(self) -> tuple[str, ...]:
        return tuple(store.uri for store in self.stores)

    def covered(self, location: str) -> bool:
        """Whether a configured store covers a stage location (only those are contacted)."""
        return any(store.covers(location) for store in self.stores)

    def answers(self, artifact: str) -> list[StoreAnswer]:
        """Every configured store's answer for `artifact`, each store asked once.

        With `--verify` the stores check content, not only presence (of the artifacts in
        the shard, when one is given).
        """
        if artifact not in self._answers:
            locations = self._locations(artifact)
            verify = self.verifies(artifact)
            self._answers[artifact] = [
                store.verify(artifact, locations) if verify else store.presence(artifact, locations)
                for store in self.stores
            ]
        return self._answers[artifact]

    def verifies(self, artifact: str) -> bool:
        """Whether the stores are asked to check the content of `artifact`, not only its presence."""
        return self.verify and (self.shard is None or self.shard.holds(artifact))

    def copies(self, artifact: str) -> tuple[int, list[StoreAnswer]]:
        """How many stores hold `artifact`, and the answers of those that could not say."""
        answers = self.answers(artifact)
        held = sum(1 for a in answers if a.presence is Presence.PRESENT)
        return held, [a for a in answers if a.presence is Presence.UNKNOWN]

    def stored(self, artifact: str) -> Presence:
        """What the stores say of `artifact`, in one word: an intact copy anywhere wins, then a
        corrupt one (a definite problem), then a store that could not say, else absent."""
        answers = {a.presence for a in self.answers(artifact)}
        for presence in (Presence.PRESENT, Presence.CORRUPT, Presence.UNKNOWN):
            if presence in answers:
                return presence
        return Presence.ABSENT

    def pin(self, repo_id: str) -> tuple[str, str] | None:
        """(commit, store URI): the revision the first store that can say pins `repo_id` at."""
        if repo_id not in self._pins:
            self._pins[repo_id] = next(
                (
                    (commit, store.uri)
                    for store in self.stores
                    if isinstance(store, PinningStore) and (commit := store.pin_revision(repo_id))
                ),
                None,
            )
        return self._pins[repo_id]

    def inspection(self, artifact: str) -> Inspection | None:
        """The headers of `artifact` as the first local store holding it keeps it, else as the
        first remote store holding it as one file serves them by range; None if none does."""
        if artifact not in self._inspections:
            from alloy_lint.inspect import Inspection, Source, inspect_path, inspect_source

            found = None
            for store in self.stores:
                path = store.local_path(artifact) if isinstance(store, FilesystemStore) else None
                if path is not None:
                    found = inspect_path(path)
                    break
            failed: list[str] = []
            for store in () if found else self.stores:
                if not isinstance(store, RangedStore):
                    continue
                try:
                    remote = store.remote_file(artifact, self._locations(artifact))
                except OSError as exc:  # another store may still serve it
                    failed.append(f"cannot read it from `{store.uri}`: {exc}")
                    continue
                if remote is not None:
                    found = inspect_source(
                        Source(remote.name, remote.size, remote.read_range), remote.transferred
                    )
                    break
            if found is None and failed:
                found = Inspection(Path(artifact))
                found.problems.extend(failed)
            self._inspections[artifact] = found
        return self._inspections[artifact]
