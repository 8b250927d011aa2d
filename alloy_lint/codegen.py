"""Write `alloy_lint/records.py`: the manifest models compiled to plain Python.

The pydantic models of `alloy_lint.model` are the format's single source of truth, but
building them costs more than a whole one-file audit. So the check path runs a validator
generated from them: this module walks the models' pydantic core schema — exactly what
pydantic validates — and writes, for each model, a slotted record class and a function
that validates a loaded value into it, with pydantic's strict-mode semantics and its
errors (type, location, message, input, context). The format's own checks are the
functions of `alloy_lint.formchecks`, which the models call too.

    python -m alloy_lint.codegen          # rewrite alloy_lint/records.py
    python -m alloy_lint.codegen --check  # exit 1 when it is out of date

A test holds the committed file to this output, and the parity tests hold the generated
validator to pydantic, error for error, on every fixture, the corpus and mutations of them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from alloy_lint import formchecks
from alloy_lint.model import STAGE_MODELS, Manifest, Model, OtherStage

TARGET = Path(__file__).resolve().parent / "records.py"
# The hand-written behaviour each generated class carries (`alloy_lint.behaviour`).
BEHAVIOUR = {"Manifest": "ManifestBehaviour", "StageBase": "StageBehaviour"}
_SCALARS = {"str": "str", "int": "int", "float": "float", "bool": "bool"}
_IGNORED_KEYS = {"metadata", "serialization", "ref", "strict"}

HEADER = '''"""The manifest format as plain records, and the validator that makes them.

Generated from the pydantic models of `alloy_lint.model` by `python -m alloy_lint.codegen`:
do not edit. `validate_manifest` accepts and refuses exactly what `Manifest.model_validate`
does in strict mode, with the same errors, and builds these records rather than the models,
which the check path never imports.
"""

# fmt: off
# ruff: noqa: E501

from __future__ import annotations

import re
from typing import Any, ClassVar, Literal, TypeAlias

from alloy_lint.behaviour import ManifestBehaviour, Record, StageBehaviour
from alloy_lint.formchecks import (
    Invalid,
{checks}
)
from alloy_lint.hashing import ContentHash

ErrorDetails: TypeAlias = dict[str, Any]
_MISSING: Any = object()


def _error(kind: str, loc: tuple[Any, ...], msg: str, value: Any, ctx: dict[str, Any] | None = None) -> ErrorDetails:
    error: ErrorDetails = {{"type": kind, "loc": loc, "msg": msg, "input": value}}
    if ctx is not None:
        error["ctx"] = ctx
    return error


def _invalid(exc: Invalid, loc: tuple[Any, ...], value: Any) -> ErrorDetails:
    return _error(exc.kind, loc, exc.message, value, exc.context)


def _lookup(data: dict[Any, Any], alias: str, name: str) -> tuple[str, Any]:
    # A field is read by its key, else by its Python name, as pydantic's `validate_by_name`.
    value = data.get(alias, _MISSING)
    return (alias, value) if value is not _MISSING else (name, data.get(name, _MISSING))
'''


def _literal_expected(values: list[Any]) -> str:
    texts = [repr(value) for value in values]
    return texts[0] if len(texts) == 1 else f"{', '.join(texts[:-1])} or {texts[-1]}"


def _frozenset(values: Any) -> str:
    # Written in a fixed order: a set's own order changes with the interpreter's hash seed.
    return f"frozenset({{{', '.join(repr(value) for value in sorted(values))}}})"


def _shape(node: Any) -> Any:
    """A hashable form of a schema node: equal for nodes that validate alike."""
    if isinstance(node, dict):
        return tuple(sorted((key, _shape(value)) for key, value in node.items() if key not in _IGNORED_KEYS))
    if isinstance(node, list | tuple):
        return tuple(_shape(value) for value in node)
    if callable(node):
        return ("object", id(node))
    return node


def _python_pattern(pattern: str) -> str:
    # pydantic matches patterns with Rust's regex, whose `$` is the end of the text; Python's
    # also matches before a final newline. Every pattern of the format ends in `$`.
    if not pattern.endswith("$") or "$" in pattern[:-1]:
        raise ValueError(f"unsupported pattern {pattern!r}")
    return pattern[:-1] + r"\Z"


class Generator:
    """The records and the validator of one root model, written out from its core schema."""

    def __init__(self, root: type[Model]) -> None:
        schema = root.__pydantic_core_schema__
        self.definitions: dict[str, dict[str, Any]] = {}
        for node in schema.get("definitions", []):
            self.definitions[node["ref"]] = node
        self.root = schema["schema"] if schema["type"] == "definitions" else schema
        self.models: dict[str, dict[str, Any]] = {}  # class name -> its (possibly wrapped) schema
        self.order: list[str] = []
        self.constants: list[str] = []
        self.checks: set[str] = set()
        self.counter = 0
        self.locals: list[str] = []  # the working names of the validator being written
        self.stage_union: list[str] | None = None
        self.late_constants: list[str] = []  # written after the validators they name
        self.field_checks: dict[Any, str] = {}  # a field's shape -> the function that checks it
        self.check_code: list[str] = []
        self.records_written: set[str] = set()

    # --- the pieces ----------------------------------------------------------------------

    def name(self, prefix: str) -> str:
        self.counter += 1
        name = f"{prefix}{self.counter}"
        if not prefix.startswith("_"):
            self.locals.append(name)
        return name

    def constant(self, prefix: str, code: str) -> str:
        name = self.name(prefix)
        self.constants.append(f"{name} = {code}")
        return name

    def check(self, function: Callable[..., Any]) -> str:
        check = getattr(function, "formcheck", None)
        name = str(getattr(check, "__name__", ""))
        if check is None or getattr(formchecks, name, None) is not check:
            raise ValueError(f"{function!r} is not a check of alloy_lint.formchecks")
        self.checks.add(name)
        return name

    def model_of(self, node: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The `model` node inside `node`, and the after-validators wrapped round it."""
        after: list[dict[str, Any]] = []
        if node["type"] == "definitions":
            node = node["schema"]
        while node["type"] == "function-after":
            after.insert(0, node["function"])
            node = node["schema"]
        if node["type"] != "model":
            raise ValueError(f"expected a model, found {node['type']}")
        return node, after

    def register(self, node: dict[str, Any]) -> str:
        if node["type"] == "definition-ref":
            node = self.definitions[node["schema_ref"]]
        model, _ = self.model_of(node)
        name = str(model["cls"].__name__)
        if name not in self.models:
            self.models[name] = node
            self.order.append(name)
        return name

    # --- types, for the records' annotations -----------------------------------------------

    def annotation(self, node: dict[str, Any]) -> str:
        kind = node["type"]
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "any":
            return "Any"
        if kind in {"default", "function-after"}:
            return self.annotation(node["schema"])
        if kind == "nullable":
            return f"{self.annotation(node['schema'])} | None"
        if kind == "list":
            return f"list[{self.annotation(node['items_schema'])}]"
        if kind == "dict":
            return f"dict[{self.annotation(node['keys_schema'])}, {self.annotation(node['values_schema'])}]"
        if kind == "union":
            return " | ".join(self.annotation(self._choice(choice)[0]) for choice in node["choices"])
        if kind == "literal":
            return f"Literal[{', '.join(repr(value) for value in node['expected'])}]"
        if kind == "function-plain":
            check = getattr(formchecks, self.check(node["function"]["function"]))
            return str(check.__annotations__["return"])
        if kind in {"model", "definition-ref"}:
            return self.register(node)
        if kind == "tagged-union":
            return "Stage"
        raise ValueError(f"no annotation for {kind}")

    @staticmethod
    def _choice(choice: Any) -> tuple[dict[str, Any], str]:
        if isinstance(choice, tuple):
            return choice[0], choice[1]
        if choice["type"] not in _SCALARS:
            raise ValueError(f"unions of {choice['type']} are not supported")
        return choice, choice["type"]

    # --- validation code ---------------------------------------------------------------------

    def emit(self, node: dict[str, Any], src: str, dst: str, loc: str, indent: str) -> Iterator[str]:
        """Lines that validate `src` into `dst` (None when it fails, its errors appended)."""
        kind = node["type"]
        unknown = set(node) - _IGNORED_KEYS - self._known_keys(kind)
        if unknown:
            raise ValueError(f"{kind}: unsupported keys {sorted(unknown)}")
        i = indent
        fail = f"{i}    {dst} = None"
        if kind == "str":
            yield f"{i}if isinstance({src}, str):"
            if "pattern" in node:
                pattern = node["pattern"]
                regex = self.constant("_PATTERN", f"re.compile({_python_pattern(pattern)!r})")
                message = f"String should match pattern '{pattern}'"
                yield f"{i}    if {regex}.search({src}) is None:"
                yield (
                    f"{i}        errors.append(_error('string_pattern_mismatch', {loc}, "
                    f"{message!r}, {src}, {{'pattern': {pattern!r}}}))"
                )
            yield f"{i}    {dst} = {src}"
            yield f"{i}else:"
            yield f"{i}    errors.append(_error('string_type', {loc}, 'Input should be a valid string', {src}))"
            yield fail
        elif kind == "int":
            yield f"{i}if isinstance({src}, int) and not isinstance({src}, bool):"
            if "ge" in node:
                ge = node["ge"]
                yield f"{i}    if {src} < {ge!r}:"
                yield (
                    f"{i}        errors.append(_error('greater_than_equal', {loc}, "
                    f"'Input should be greater than or equal to {ge}', {src}, {{'ge': {ge!r}}}))"
                )
            yield f"{i}    {dst} = {src}"
            yield f"{i}else:"
            yield f"{i}    errors.append(_error('int_type', {loc}, 'Input should be a valid integer', {src}))"
            yield fail
        elif kind == "float":
            yield f"{i}{dst} = _float({src})"
            yield f"{i}if {dst} is None:"
            yield f"{i}    errors.append(_error('float_type', {loc}, 'Input should be a valid number', {src}))"
        elif kind == "bool":
            yield f"{i}if {src} is True or {src} is False:"
            yield f"{i}    {dst} = {src}"
            yield f"{i}else:"
            yield f"{i}    errors.append(_error('bool_type', {loc}, 'Input should be a valid boolean', {src}))"
            yield fail
        elif kind == "any":
            yield f"{i}{dst} = {src}"
        elif kind == "nullable" and node["schema"]["type"] in {"model", "definition-ref"}:
            call = f"_validate_{self.register(node['schema'])}({src}, {loc}, errors, lenient)"
            yield f"{i}{dst} = None if {src} is None else {call}"
        elif kind == "nullable":
            yield f"{i}if {src} is None:"
            yield f"{i}    {dst} = None"
            yield f"{i}else:"
            yield from self.emit(node["schema"], src, dst, loc, i + "    ")
        elif kind == "default":
            yield from self.emit(node["schema"], src, dst, loc, i)
        elif kind == "literal":
            values = node["expected"]
            if not all(isinstance(value, str) for value in values):
                raise ValueError("only literals of strings are supported")
            allowed = self.constant("_LITERAL", _frozenset(values))
            expected = _literal_expected(values)
            yield f"{i}if isinstance({src}, str) and {src} in {allowed}:"
            yield f"{i}    {dst} = {src}"
            yield f"{i}else:"
            yield (
                f"{i}    errors.append(_error('literal_error', {loc}, {f'Input should be {expected}'!r}, "
                f"{src}, {{'expected': {expected!r}}}))"
            )
            yield fail
        elif kind == "list":
            item, out, index = self.name("item"), self.name("out"), self.name("index")
            count = self.name("count")
            yield f"{i}if isinstance({src}, list):"
            yield f"{i}    {count} = len(errors)"
            yield f"{i}    {dst} = []"
            yield f"{i}    for {index}, {item} in enumerate({src}):"
            yield from self.emit(node["items_schema"], item, out, f"(*{loc}, {index})", i + "        ")
            yield f"{i}        {dst}.append({out})"
            if "min_length" in node:
                least = node["min_length"]
                noun = "item" if least == 1 else "items"
                message = f"List should have at least {least} {noun} after validation, not "
                yield f"{i}    if len(errors) == {count} and len({dst}) < {least}:"
                yield (
                    f"{i}        errors.append(_error('too_short', {loc}, {message!r} + str(len({dst})), {src}, "
                    f"{{'field_type': 'List', 'min_length': {least}, 'actual_length': len({dst})}}))"
                )
            yield f"{i}    if len(errors) > {count}:"
            yield f"{i}        {dst} = None"
            yield f"{i}else:"
            yield f"{i}    errors.append(_error('list_type', {loc}, 'Input should be a valid list', {src}))"
            yield fail
        elif kind == "dict":
            key, value, out_key, out_value = (self.name(p) for p in ("key", "value", "okey", "ovalue"))
            count = self.name("count")
            yield f"{i}if isinstance({src}, dict):"
            yield f"{i}    {count} = len(errors)"
            yield f"{i}    {dst} = {{}}"
            yield f"{i}    for {key}, {value} in {src}.items():"
            yield from self.emit(
                node["keys_schema"], key, out_key, f"(*{loc}, {key}, '[key]')", i + "        "
            )
            yield from self.emit(node["values_schema"], value, out_value, f"(*{loc}, {key})", i + "        ")
            yield f"{i}        {dst}[{out_key}] = {out_value}"
            yield f"{i}    if len(errors) > {count}:"
            yield f"{i}        {dst} = None"
            yield f"{i}else:"
            yield f"{i}    errors.append(_error('dict_type', {loc}, 'Input should be a valid dictionary', {src}))"
            yield fail
        elif kind == "union":
            choices = [self._choice(choice) for choice in node["choices"]]
            kinds = [choice["type"] for choice, _ in choices]
            if {"int", "float"} <= set(kinds) and kinds.index("int") > kinds.index("float"):
                raise ValueError("a union must try int before float")
            first = True
            for choice, _ in choices:
                if set(choice) - {"type"}:
                    raise ValueError("union members take no constraints")
                test = {
                    "str": f"isinstance({src}, str)",
                    "int": f"isinstance({src}, int) and not isinstance({src}, bool)",
                    "bool": f"({src} is True or {src} is False)",
                    "float": f"_float({src}) is not None",
                }[choice["type"]]
                yield f"{i}{'if' if first else 'elif'} {test}:"
                yield f"{i}    {dst} = {'_float(' + src + ')' if choice['type'] == 'float' else src}"
                first = False
            yield f"{i}else:"
            for choice, label in choices:
                kind_, message = {
                    "str": ("string_type", "Input should be a valid string"),
                    "int": ("int_type", "Input should be a valid integer"),
                    "bool": ("bool_type", "Input should be a valid boolean"),
                    "float": ("float_type", "Input should be a valid number"),
                }[choice["type"]]
                yield f"{i}    errors.append(_error({kind_!r}, (*{loc}, {label!r}), {message!r}, {src}))"
            yield fail
        elif kind == "function-plain":
            if node["function"]["type"] != "with-info":
                raise ValueError("plain validators take the validation info")
            check = self.check(node["function"]["function"])
            yield f"{i}try:"
            yield f"{i}    {dst} = {check}({src}, lenient)"
            yield f"{i}except Invalid as exc:"
            yield f"{i}    errors.append(_invalid(exc, {loc}, {src}))"
            yield fail
        elif kind == "function-after":
            if node["function"]["type"] != "no-info":
                raise ValueError("after validators take the value alone")
            check = self.check(node["function"]["function"])
            count = self.name("count")
            yield f"{i}{count} = len(errors)"
            yield from self.emit(node["schema"], src, dst, loc, i)
            yield f"{i}if len(errors) == {count}:"
            yield f"{i}    try:"
            yield f"{i}        {dst} = {check}({dst})"
            yield f"{i}    except Invalid as exc:"
            yield f"{i}        errors.append(_invalid(exc, {loc}, {src}))"
            yield f"{i}        {dst} = None"
        elif kind in {"model", "definition-ref"}:
            yield f"{i}{dst} = _validate_{self.register(node)}({src}, {loc}, errors, lenient)"
        elif kind == "tagged-union":
            if self.stage_union is not None:
                raise ValueError("one tagged union (the stages) is supported")
            self.check(node["discriminator"])
            self.stage_union = [self.register(choice) for choice in node["choices"].values()]
            tags = {kind: model.__name__ for kind, model in STAGE_MODELS.items()}
            table = self.constant("_STAGE_TAGS", repr(tags))
            validating = ", ".join(
                f"{tag!r}: _validate_{self.register(choice)}" for tag, choice in node["choices"].items()
            )
            validators = self.name("_STAGE_VALIDATORS")
            self.late_constants.append(f"{validators}: dict[str, Any] = {{{validating}}}")
            tag = self.name("tag")
            yield f"{i}{tag} = stage_tag({src}, {table}, {OtherStage.__name__!r})"
            yield f"{i}if {tag} is None:"
            yield (
                f"{i}    errors.append(_error({node['custom_error_type']!r}, {loc}, "
                f"{node['custom_error_message']!r}, {src}))"
            )
            yield fail
            yield f"{i}else:"
            yield f"{i}    {dst} = {validators}[{tag}]({src}, (*{loc}, {tag}), errors, lenient)"
        else:
            raise ValueError(f"unsupported schema node {kind}")

    @staticmethod
    def _known_keys(kind: str) -> set[str]:
        return {
            "str": {"type", "pattern"},
            "int": {"type", "ge"},
            "float": {"type"},
            "bool": {"type"},
            "any": {"type"},
            "nullable": {"type", "schema"},
            "default": {"type", "schema", "default"},
            "literal": {"type", "expected"},
            "list": {"type", "items_schema", "min_length"},
            "dict": {"type", "keys_schema", "values_schema"},
            "union": {"type", "choices"},
            "function-plain": {"type", "function", "json_schema_input_schema"},
            "function-after": {"type", "function", "schema"},
            "model": {"type", "cls", "schema", "config", "custom_init", "root_model", "post_init"},
            "definition-ref": {"type", "schema_ref"},
            "tagged-union": {"type", "choices", "discriminator", "custom_error_type", "custom_error_message"},
        }.get(kind, set())

    # --- one model: its record class and its validator ---------------------------------------

    def fields(self, model: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
        inner = model["schema"]
        if inner["type"] != "model-fields" or inner.get("computed_fields"):
            raise ValueError("models hold plain fields")
        config = model["config"]
        if config.get("extra_fields_behavior") != "allow" or not config.get("strict"):
            raise ValueError("the format's models are strict and keep unknown keys")
        if not (config.get("validate_by_alias", True) and config.get("validate_by_name")):
            raise ValueError("the format's models are validated by alias and by name")
        return [
            (name, field.get("validation_alias", name), field["schema"])
            for name, field in inner["fields"].items()
        ]

    def record(self, name: str) -> Iterator[str]:
        model, _ = self.model_of(self.models[name])
        cls = model["cls"]
        parent = cls.__mro__[1]
        own = [
            (field, alias, schema)
            for field, alias, schema in self.fields(model)
            if field not in parent.model_fields
        ]
        if parent is Model:
            bases = f"{BEHAVIOUR[name]}, Record" if name in BEHAVIOUR else "Record"
        else:
            bases = parent.__name__
            if parent.__name__ not in self.records_written:
                raise ValueError(f"{parent.__name__} must be written before {name}")
        yield ""
        yield ""
        yield f"class {name}({bases}):"
        doc = (cls.__doc__ or "").strip().splitlines()
        if doc and cls.__doc__ is not Model.__doc__:
            yield f'    """{doc[0]}"""'
            yield ""
        yield f"    __slots__ = ({''.join(f'{field!r}, ' for field in sorted(field for field, _, _ in own))})"
        all_fields = self.fields(model)
        yield f"    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = ({''.join(f'({f!r}, {a!r}), ' for f, a, _ in all_fields)})"
        for field, _, schema in own:
            yield f"    {field}: {self.annotation(schema)}"
        for field, _, schema in all_fields:
            if parent is not Model and field in parent.model_fields:  # narrowed here (`type`)
                yield f"    {field}: {self.annotation(schema)}"
        self.records_written.add(name)

    def field_check(self, node: dict[str, Any]) -> str:
        """The function that validates a field's value of this shape: written once for every
        field of that shape, whichever model it is in (`artifactHash` is in every stage)."""
        shape = _shape(node)
        if shape in self.field_checks:
            return self.field_checks[shape]
        name = self.field_checks[shape] = f"_check{len(self.field_checks)}"
        outer, self.locals = self.locals, []
        body = list(self.emit(node, "value", "out", "(*loc, key)", "    "))
        self.check_code.extend(
            [
                "",
                "",
                f"def {name}(value: Any, loc: tuple[Any, ...], key: Any, errors: list[ErrorDetails], lenient: bool) -> Any:",
                # Typed loosely: what each name holds, the parity tests prove.
                *(f"    {local}: Any" for local in ["out", *self.locals]),
                *body,
                "    return out",
            ]
        )
        self.locals = outer
        return name

    def validator(self, name: str) -> Iterator[str]:
        body = list(self._validator_body(name))
        yield ""
        yield ""
        yield f"def _validate_{name}(data: Any, loc: tuple[Any, ...], errors: list[ErrorDetails], lenient: bool) -> {name} | None:"
        count = len(self.fields(self.model_of(self.models[name])[0]))
        yield from (f"    f{n}: Any" for n in range(count))
        yield from body

    def _validator_body(self, name: str) -> Iterator[str]:
        model, after = self.model_of(self.models[name])
        fields = self.fields(model)
        yield "    if not isinstance(data, dict):"
        yield (
            f"        errors.append(_error('model_type', loc, "
            f"'Input should be a valid dictionary or instance of {name}', data, {{'class_name': {name!r}}}))"
        )
        yield "        return None"
        yield "    count = len(errors)"
        yield "    found = 0"
        for position, (field, alias, schema) in enumerate(fields):
            out = f"f{position}"
            if field != alias:
                yield f"    key, value = _lookup(data, {alias!r}, {field!r})"
            else:
                yield f"    key, value = {alias!r}, data.get({alias!r}, _MISSING)"
            yield "    if value is _MISSING:"
            if schema["type"] == "default":
                default = schema["default"]
                if not (default is None or isinstance(default, int | str | bool | float)):
                    raise ValueError(f"{name}.{field}: only immutable defaults are supported")
                yield f"        {out} = {default!r}"
            else:
                yield f"        errors.append(_error('missing', (*loc, {alias!r}), 'Field required', data))"
                yield f"        {out} = None"
            yield "    else:"
            yield "        found += 1"
            check = self.field_check(schema["schema"] if schema["type"] == "default" else schema)
            yield f"        {out} = {check}(value, loc, key, errors, lenient)"
        aliases = {alias for _, alias, _ in fields}
        names = {field: alias for field, alias, _ in fields if field != alias}
        yield "    extra: dict[str, Any] = {}"
        yield "    if len(data) > found:"
        yield "        for key, value in data.items():"
        yield f"            if key in {self.constant('_ALIASES', _frozenset(aliases))}:"
        yield "                continue"
        if names:
            table = self.constant("_NAMES", repr(names))
            yield f"            if key in {table} and {table}[key] not in data:"
            yield "                continue"
        yield "            if isinstance(key, str):"
        yield "                extra[key] = value"
        yield "            else:"
        yield "                errors.append(_error('invalid_key', (*loc, key), 'Keys should be strings', key))"
        yield "    if len(errors) > count:"
        yield "        return None"
        yield f"    record = {name}.__new__({name})"
        for position, (field, _, _) in enumerate(fields):
            yield f"    record.{field} = f{position}"
        yield "    record.model_extra = extra"
        for function in after:
            if function["type"] != "no-info":
                raise ValueError("model validators take the record alone")
            yield "    try:"
            yield f"        record = {self.check(function['function'])}(record)"
            yield "    except Invalid as exc:"
            yield "        errors.append(_invalid(exc, loc, data))"
            yield "        return None"
        yield "    return record"

    def source(self) -> str:
        root = self.register(dict(self.root))
        functions: list[str] = []
        done: set[str] = set()
        # Validators register the models they reach; write until none is left.
        while len(done) < len(self.order):
            for name in list(self.order):
                if name not in done:
                    done.add(name)
                    functions.extend(self.validator(name))
        classes: list[str] = []
        for name in self._class_order():
            classes.extend(self.record(name))
        stage_union = self.stage_union or []
        body = [
            HEADER.format(checks="\n".join(f"    {check}," for check in sorted(self.checks))).rstrip("\n"),
            "",
            "",
            "def _float(value: Any) -> float | None:",
            "    # Strict floats: a float, or an int that is not a bool and fits.",
            "    if isinstance(value, float):",
            "        return value",
            "    if isinstance(value, int) and not isinstance(value, bool):",
            "        try:",
            "            return float(value)",
            "        except OverflowError:",
            "            return None",
            "    return None",
            *classes,
            "",
            "",
            f"Stage: TypeAlias = {' | '.join(stage_union)}",
            f"STAGE_RECORDS: dict[str, type[StageBase]] = {{{', '.join(f'{k!r}: {m.__name__}' for k, m in STAGE_MODELS.items())}}}",
            "",
            *self.constants,
            *self.check_code,
            *functions,
            "",
            "",
            *self.late_constants,
            "",
            "",
            f"def validate_manifest(data: Any, *, lenient: bool = False) -> tuple[{root} | None, list[ErrorDetails]]:",
            '    """The manifest `data` holds, or None; and how it fails, as pydantic would say.',
            "",
            "    With `lenient`, a malformed content hash is kept as written (AL005 reports it).",
            '    """',
            "    errors: list[ErrorDetails] = []",
            f"    manifest = _validate_{root}(data, (), errors, lenient)",
            "    return manifest, errors",
            "",
        ]
        return "\n".join(body)

    def _class_order(self) -> list[str]:
        """Every record class, each after the class it extends."""
        wanted = set(self.order)
        for name in list(self.order):
            model, _ = self.model_of(self.models[name])
            for base in model["cls"].__mro__[1:]:
                if base is Model or not issubclass(base, Model):
                    break
                if base.__name__ not in wanted:
                    self.models[base.__name__] = base.__pydantic_core_schema__
                    self.order.append(base.__name__)
                    wanted.add(base.__name__)
        ordered: list[str] = []
        for name in sorted(wanted, key=lambda n: (len(self._cls(n).__mro__), self.order.index(n))):
            ordered.append(name)
        return ordered

    def _cls(self, name: str) -> type[Model]:
        model, _ = self.model_of(self.models[name])
        cls: type[Model] = model["cls"]
        return cls


def generate() -> str:
    return Generator(Manifest).source()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m alloy_lint.codegen", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when records.py is out of date")
    args = parser.parse_args(argv)
    text = generate()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run `python -m alloy_lint.codegen`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
