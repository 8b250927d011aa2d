"""GGUF headers: metadata and tensor infos, read with counted reads and never a data byte.

The layout is the GGUF specification's (llama.cpp's `docs/gguf.md`): magic `GGUF`, a u32
version, u64 tensor and key/value counts, the key/values, then one info per tensor (name,
dimension count, `ne[]`, ggml type id, data offset). Type and value-type ids, block sizes
and architecture names are those of the llama.cpp version the tables describe
(`tables/llama_cpp_source.py`), not the `gguf` package's, which lags llama.cpp.

Why not `gguf.GGUFReader`: it memory-maps the whole file and builds a numpy view of every
tensor's data and of every tokenizer string. The views touch no data pages, but page
faults are neither bounded nor countable (readahead pulls in what it likes), and it raises
on a type id it does not know, which is exactly what this reader has to report. Here every
byte comes through `read(2)`, in blocks that stop within one block of the header's end;
large numeric arrays (token scores, token types) are skipped with a seek, and an unknown
type id is kept as a finding.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

from alloy_lint.inspect.header import CountingReader, HeaderError, Source, Tensor, WeightsFile, new_weights
from alloy_lint.inspect.tables.llama_cpp_source import ARCHITECTURES, COMMIT, TENSOR_TYPES

MAGIC = b"GGUF"
# llama.cpp reads versions 2 and 3 (v1, with 32-bit counts, was dropped in 2023).
SUPPORTED_VERSIONS = (2, 3)
DEFAULT_ALIGNMENT = 32
MAX_HEADER = 512 * 1024 * 1024
MAX_COUNT = 1 << 24
MAX_STRING = 1 << 26
MAX_DIMS = 4  # GGML_MAX_DIMS
KEEP_ARRAY = 4096  # numeric arrays up to this length are kept (per-layer values); longer are skipped

# Value types (GGUFValueType): struct codes of the fixed-size ones.
_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
_STRING, _ARRAY = 8, 9

# Tensor types llama.cpp once read and has dropped; the `gguf` package no longer names them.
DROPPED_TYPES = {
    4: ("Q4_2", "removed in 2023"),
    5: ("Q4_3", "removed in 2023"),
    31: ("Q4_0_4_4", "removed in favour of Q4_0 with runtime repacking"),
    32: ("Q4_0_4_8", "removed in favour of Q4_0 with runtime repacking"),
    33: ("Q4_0_8_8", "removed in favour of Q4_0 with runtime repacking"),
    36: ("IQ4_NL_4_4", "removed in favour of IQ4_NL with runtime repacking"),
    37: ("IQ4_NL_4_8", "removed in favour of IQ4_NL with runtime repacking"),
    38: ("IQ4_NL_8_8", "removed in favour of IQ4_NL with runtime repacking"),
}


class GgufArray:
    """A metadata array: its item type, its length, and its values when short and numeric."""

    __slots__ = ("count", "item_type", "values")

    def __init__(self, item_type: int, count: int, values: tuple[Any, ...] | None) -> None:
        self.item_type = item_type
        self.count = count
        self.values = values

    def __repr__(self) -> str:
        return f"GgufArray({self.item_type}, {self.count}, {self.values!r})"


def is_gguf(prefix: bytes) -> bool:
    return prefix[:4] == MAGIC


def read_gguf(path: Path, name: str, source: Source | None = None) -> WeightsFile:
    """The header of one GGUF file. A malformed header is recorded, not raised."""
    weights = new_weights(path, name, "gguf", source)
    with weights.open() as handle:
        reader = CountingReader(handle, MAX_HEADER)
        try:
            _parse(reader, weights)
        except HeaderError as exc:
            weights.error = str(exc)
        except (UnicodeDecodeError, struct.error) as exc:
            weights.error = f"malformed header at byte {reader.offset:,}: {exc}"
        weights.bytes_read = reader.bytes_read
        if not weights.header_size:
            weights.header_size = reader.offset
    return weights


def _parse(reader: CountingReader, weights: WeightsFile) -> None:
    if reader.read(4) != MAGIC:
        raise HeaderError("not a GGUF file (no `GGUF` magic)")
    raw = reader.read(4)
    order = "<"
    version = struct.unpack("<I", raw)[0]
    if version & 0xFFFF == 0:  # written on a big-endian machine
        order = ">"
        version = struct.unpack(">I", raw)[0]
        weights.byte_order = "big"
        weights.format_problems.append(
            "the file is big-endian; llama.cpp on a little-endian machine refuses it"
        )
    weights.version = version
    if version not in SUPPORTED_VERSIONS:
        if version == 1:
            raise HeaderError("GGUF version 1, which llama.cpp no longer reads (it reads versions 2 and 3)")
        raise HeaderError(
            f"GGUF version {version}, which llama.cpp does not read (it reads versions 2 and 3)"
        )
    tensor_count, kv_count = struct.unpack(order + "QQ", reader.read(16))
    if tensor_count > MAX_COUNT or kv_count > MAX_COUNT:
        raise HeaderError(f"implausible counts: {tensor_count:,} tensors, {kv_count:,} metadata keys")
    for _ in range(kv_count):
        key = _string(reader, order)
        (value_type,) = struct.unpack(order + "I", reader.read(4))
        weights.metadata[key] = _value(reader, order, value_type, depth=0)
        weights.value_types[key] = value_type
    infos = []
    for _ in range(tensor_count):
        tensor_name = _string(reader, order)
        (n_dims,) = struct.unpack(order + "I", reader.read(4))
        if n_dims > MAX_DIMS:
            raise HeaderError(
                f"tensor `{tensor_name}` has {n_dims} dimensions; ggml allows at most {MAX_DIMS}"
            )
        dims = struct.unpack(order + "Q" * n_dims, reader.read(8 * n_dims)) if n_dims else ()
        type_id, offset = struct.unpack(order + "IQ", reader.read(12))
        if tensor_name in weights.tensors:
            raise HeaderError(f"tensor `{tensor_name}` is listed twice")
        infos.append((tensor_name, tuple(dims), type_id, offset))
        weights.tensors[tensor_name] = Tensor(tensor_name, tuple(dims), f"type {type_id}", type_id)
    alignment = weights.metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise HeaderError(f"`general.alignment` is {alignment!r}, not a power of two")
    data_start = -(-reader.offset // alignment) * alignment
    weights.header_size = data_start
    _describe_tensors(weights, infos, data_start)


def _describe_tensors(
    weights: WeightsFile, infos: list[tuple[str, tuple[int, ...], int, int]], start: int
) -> None:
    """Name each tensor's type, size its data, and note what llama.cpp's loader would refuse."""
    beyond: list[str] = []
    end = 0
    for tensor_name, dims, type_id, offset in infos:
        known = TENSOR_TYPES.get(type_id)
        if known is None:
            dropped = DROPPED_TYPES.get(type_id)
            if dropped:
                weights.format_problems.append(
                    f"tensor `{tensor_name}` has type {dropped[0]} (id {type_id}), which llama.cpp "
                    f"no longer reads ({dropped[1]})"
                )
                label = dropped[0]
            else:
                weights.format_problems.append(
                    f"tensor `{tensor_name}` has ggml type id {type_id}, which llama.cpp {COMMIT} "
                    "does not know"
                )
                label = f"type {type_id}"
            weights.tensors[tensor_name] = Tensor(tensor_name, dims, label, type_id, None, start + offset)
            continue
        type_name, block, type_size = known
        elements = 1
        for dim in dims:
            elements *= dim
        nbytes = elements // block * type_size
        if dims and dims[0] % block:
            weights.format_problems.append(
                f"tensor `{tensor_name}` of type {type_name} has rows of {dims[0]} elements, "
                f"not a multiple of its block size {block}"
            )
        elif start + offset + nbytes > weights.size:
            beyond.append(tensor_name)
            end = max(end, start + offset + nbytes)
        weights.tensors[tensor_name] = Tensor(tensor_name, dims, type_name, type_id, nbytes, start + offset)
    if beyond:
        more = f" and {len(beyond) - 1} more" if len(beyond) > 1 else ""
        weights.format_problems.append(
            f"the file is truncated: it has {weights.size:,} bytes, its tensors end at byte {end:,} "
            f"(`{beyond[0]}`{more} lie past the end)"
        )


def _string(reader: CountingReader, order: str) -> str:
    (length,) = struct.unpack(order + "Q", reader.read(8))
    if length > MAX_STRING:
        raise HeaderError(f"a string of {length:,} bytes at byte {reader.offset - 8:,}")
    return reader.read(length).decode("utf-8")


def _value(reader: CountingReader, order: str, value_type: int, depth: int) -> Any:
    code = _SCALARS.get(value_type)
    if code is not None:
        return struct.unpack(order + code, reader.read(struct.calcsize(code)))[0]
    if value_type == _STRING:
        return _string(reader, order)
    if value_type != _ARRAY or depth > 2:
        raise HeaderError(f"unknown metadata value type {value_type} at byte {reader.offset - 4:,}")
    item_type, count = struct.unpack(order + "IQ", reader.read(12))
    if count > MAX_HEADER:
        raise HeaderError(f"an array of {count:,} items at byte {reader.offset - 12:,}")
    code = _SCALARS.get(item_type)
    if code is not None:
        size = struct.calcsize(code) * count
        if count <= KEEP_ARRAY:
            return GgufArray(item_type, count, struct.unpack(f"{order}{count}{code}", reader.read(size)))
        reader.skip(size)
        return GgufArray(item_type, count, None)
    if item_type == _STRING:
        # Strings carry their own lengths: walk them, keep none (a vocabulary is only counted).
        for _ in range(count):
            (length,) = struct.unpack(order + "Q", reader.read(8))
            if length > MAX_STRING:
                raise HeaderError(f"a string of {length:,} bytes at byte {reader.offset - 8:,}")
            reader.skip(length)
        return GgufArray(item_type, count, None)
    for _ in range(count):
        _value(reader, order, item_type, depth + 1)
    return GgufArray(item_type, count, None)


def known_architectures() -> frozenset[str]:
    """Architecture names llama.cpp knows, at the commit the tables describe."""
    return ARCHITECTURES
