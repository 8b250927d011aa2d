"""safetensors headers: the documented 8-byte little-endian length, then that much JSON.

`{"<tensor>": {"dtype": "BF16", "shape": [rows, cols], "data_offsets": [begin, end]}, …,
"__metadata__": {"<key>": "<string>"}}`; data follows the header and is never read. The
header is parsed here rather than through `safetensors.safe_open`, which memory-maps the
file: this way the bytes read are exactly 8 + the header's length, and countable.
"""

from __future__ import annotations

import json
from pathlib import Path

from alloy_lint.inspect.header import CountingReader, HeaderError, Source, Tensor, WeightsFile, new_weights

# The safetensors library refuses larger headers (MAX_HEADER_SIZE).
MAX_HEADER = 100_000_000

# A header is an object of tensors (dtype, shape, offsets) and string metadata: three levels.
MAX_NESTING = 32

# Bits per element of every dtype the safetensors format defines.
DTYPE_BITS = {
    "BOOL": 8,
    "U8": 8,
    "I8": 8,
    "F8_E5M2": 8,
    "F8_E4M3": 8,
    "F8_E8M0": 8,
    "I16": 16,
    "U16": 16,
    "F16": 16,
    "BF16": 16,
    "I32": 32,
    "U32": 32,
    "F32": 32,
    "F64": 64,
    "I64": 64,
    "U64": 64,
    "C64": 64,
    "F4": 4,
    "F6_E2M3": 6,
    "F6_E3M2": 6,
}


def is_safetensors(prefix: bytes, size: int) -> bool:
    """Whether the first bytes look like a safetensors header (length, then a JSON object)."""
    if len(prefix) < 9:
        return False
    length = int.from_bytes(prefix[:8], "little")
    return 2 <= length <= min(MAX_HEADER, size - 8) and prefix[8:9] == b"{"


def read_safetensors(path: Path, name: str, source: Source | None = None) -> WeightsFile:
    """The header of one safetensors file. A malformed header is recorded, not raised."""
    weights = new_weights(path, name, "safetensors", source)
    with weights.open() as handle:
        reader = CountingReader(handle, 8 + MAX_HEADER)
        try:
            _parse(reader, weights)
        except HeaderError as exc:
            weights.error = str(exc)
        weights.bytes_read = reader.bytes_read
    return weights


def _parse(reader: CountingReader, weights: WeightsFile) -> None:
    length = int.from_bytes(reader.read(8), "little")
    if length > MAX_HEADER:
        raise HeaderError(f"a header of {length:,} bytes (safetensors allows {MAX_HEADER:,})")
    try:
        header = json.loads(reader.read(length))
    except RecursionError:
        raise HeaderError(f"the header nests deeper than {MAX_NESTING} levels") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HeaderError(f"the header is not JSON: {exc}") from None
    except ValueError as exc:  # a number longer than sys.get_int_max_str_digits() allows
        raise HeaderError(f"the header is not readable JSON: {str(exc).split(';')[0]}") from None
    if _nests_deeper(header, MAX_NESTING):
        # Whatever the reader managed, nothing after it (reports, JSON output) should recurse
        # as deep: a real header is a few levels (tensor, its fields, a shape).
        raise HeaderError(f"the header nests deeper than {MAX_NESTING} levels")
    if not isinstance(header, dict):
        raise HeaderError("the header is not a JSON object")
    metadata = header.pop("__metadata__", None) or {}
    if not isinstance(metadata, dict):
        raise HeaderError("`__metadata__` is not an object")
    weights.metadata = metadata
    data_size = weights.size - 8 - length
    beyond: list[str] = []
    for tensor_name, info in header.items():
        if not isinstance(info, dict):
            raise HeaderError(f"tensor `{tensor_name}` is not described by an object")
        dtype, shape, offsets = info.get("dtype"), info.get("shape"), info.get("data_offsets")
        if not (isinstance(shape, list) and all(isinstance(d, int) and d >= 0 for d in shape)):
            raise HeaderError(f"tensor `{tensor_name}` has no valid `shape`")
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(isinstance(o, int) for o in offsets)):
            raise HeaderError(f"tensor `{tensor_name}` has no valid `data_offsets`")
        if not isinstance(dtype, str):
            raise HeaderError(f"tensor `{tensor_name}` has no `dtype`")
        begin, end = offsets
        bits = DTYPE_BITS.get(dtype)
        if bits is None:
            weights.format_problems.append(
                f"tensor `{tensor_name}` has dtype {dtype}, which safetensors does not define"
            )
        else:
            elements = 1
            for dim in shape:
                elements *= dim
            if end - begin != elements * bits // 8:
                weights.format_problems.append(
                    f"tensor `{tensor_name}` ({dtype}, shape {shape}) needs {elements * bits // 8:,} bytes "
                    f"but its data_offsets span {end - begin:,}"
                )
        if end > data_size:
            beyond.append(tensor_name)
        weights.tensors[tensor_name] = Tensor(
            tensor_name, tuple(shape), dtype, None, end - begin, 8 + length + begin
        )
    if beyond:
        more = f" and {len(beyond) - 1} more" if len(beyond) > 1 else ""
        weights.format_problems.append(
            f"the file is truncated: it has {weights.size:,} bytes and `{beyond[0]}`{more} lie past the end"
        )


def _nests_deeper(value: object, limit: int) -> bool:
    """Whether lists and objects nest more than `limit` levels (walked without recursion)."""
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False
