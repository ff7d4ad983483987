"""Contains some shared types for properties"""

import datetime
from collections.abc import Callable, Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx2.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx2 will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


# Every digit as "0", every other byte as a space: a run of 19 zeros is 19 digits
# (a translate and a find are a tenth of what a regular expression costs here).
_DIGITS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_NUMBER = b"0" * 19
_fast: Callable[[bytes], Any] | None = None  # orjson's loads, when installed
_looked = False  # whether it was looked for (at the first call, so importing the package never imports it)


def loads(content: bytes) -> Any:
    """JSON from a response body, read as the standard library reads it whichever
    parser is installed: NaN and Infinity as floats, integers of any size exactly,
    the last of duplicate keys. orjson reads a body when it would read it the same;
    what it refuses (NaN, Infinity, a number beyond a double, nesting past 1,024
    levels) and what it would read differently (an integer beyond 64 bits, which it
    makes a float: any run of 19 digits) goes to the standard parser, whose error
    is the one raised."""
    global _fast, _looked
    if not _looked:
        try:
            import orjson

            _fast = orjson.loads
        except ImportError:
            _fast = None
        _looked = True
    if _fast is not None and _LONG_NUMBER not in content.translate(_DIGITS):
        try:
            return _fast(content)
        except ValueError:  # orjson.JSONDecodeError: the standard parser decides
            pass
    import json

    return json.loads(content)


def parse_datetime(value: str) -> datetime.datetime:
    """An ISO-8601 timestamp: fromisoformat when it can, dateutil otherwise."""
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse  # type: ignore[import-untyped,unused-ignore]

        parsed: datetime.datetime = isoparse(value)
        return parsed


def path_value(value: object, name: str = "path value") -> str:
    """A permalink or identifier as text, refusing what cannot be one (a
    non-string, an empty or blank value) before any request is made."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name} must be a string (a permalink or identifier), not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise ValueError(f"{name} must not be empty")
    return text


def quote_segment(value: object, name: str = "path value") -> str:
    """Percent-encode one path segment (a `path_value`). `/`, `?` and `#` are
    encoded by quote(); a segment that is exactly `.` or `..` is encoded too, or
    URL normalization would turn it into a different path."""
    text = quote(path_value(value, name), safe="")
    return text.replace(".", "%2E") if text in (".", "..") else text


_Primitive = TypeVar("_Primitive", str, int, bool, float)


def required_value(data: MutableMapping[str, object], model: str, key: str, kind: type[_Primitive]) -> _Primitive:
    """Take a field DeployHQ always sends from a response object, checked against
    its type. A value of another type is converted where that loses nothing
    (`987` for a string, `"3"` for an integer); else, decoding leniently, the
    field reads as None like an optional one (`loose`, `missing`). Decoding
    strictly, or outside `decoding()` (a request body), a missing key is a
    KeyError naming it and a value of another type a TypeError."""
    value = data.pop(key, UNSET)
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    if value is UNSET:
        return missing(data, model, key)  # type: ignore[no-any-return]
    error = TypeError(f"field {key!r} is {type(value).__name__}, expected {kind.__name__}")
    if not _lenient():
        raise error
    converted = _lossless(value, kind)
    if converted is not None:
        return converted
    loose(data, model, key, value, kind.__name__, error)  # type: ignore[arg-type]
    return None  # type: ignore[return-value]


def _lossless(value: object, kind: type[_Primitive]) -> _Primitive | None:
    """`value` as `kind` where the conversion gives the same text back, else None."""
    if isinstance(value, bool):
        return None
    if kind is str and isinstance(value, int):
        return str(value)  # type: ignore[return-value]
    if kind is int and isinstance(value, str) and value.isascii() and value.lstrip("-").isdigit():
        number = int(value)
        return number if str(number) == value else None  # type: ignore[return-value]
    if kind is float and isinstance(value, int):
        return float(value) if float(value) == value else None  # type: ignore[return-value]
    return None


def missing(data: MutableMapping[str, object], model: str, key: str) -> Any:
    """A required field absent from a response object: None, recorded, when
    decoding leniently; else the KeyError that names it."""
    current = _DECODING.get()
    if current is None or current.strict:
        raise KeyError(key)
    current.mismatches.append((model, key, MISSING))
    return None


def required_loose(
    data: dict[str, Any], model: str, key: str, value: object, expected: str, cause: BaseException
) -> Any:
    """A required response field whose value fits none of its types: None, as
    `loose` gives, when decoding leniently; else the error naming it."""
    if not _lenient():
        raise mismatch(key, value, expected, cause) from cause
    loose(data, model, key, value, expected, cause)
    return None


def _lenient() -> bool:
    current = _DECODING.get()
    return current is not None and not current.strict


# What `Decoding.mismatches` records for a required field that was absent.
MISSING = "missing"


def mismatch(key: str, value: object, expected: str, cause: BaseException | None = None) -> TypeError:
    """The error for a response field whose value fits none of its types."""
    if isinstance(cause, KeyError):
        detail = f": required field {cause.args[0]!r} is missing"
    elif cause is not None and str(cause):
        detail = f": {cause}"
    else:
        detail = ""
    return TypeError(f"field {key!r} is {type(value).__name__}, expected {expected}{detail}")


# What decoding a response field can raise when its value fits none of its types.
FAILURES = (TypeError, ValueError, AttributeError, KeyError)


class Decoding:
    """How response models decode while it is current (`with decoding(...)`):
    `strict` makes a value that fits none of a field's types (and a missing
    required field) an error; else the field reads as None, the value stays in
    the model's `additional_properties` under the field's name, and
    `mismatches` records (model, field, value's JSON type or MISSING)."""

    __slots__ = ("mismatches", "strict")

    def __init__(self, strict: bool = False) -> None:
        self.strict = strict
        self.mismatches: list[tuple[str, str, str]] = []


_DECODING: ContextVar[Decoding | None] = ContextVar("deployhq_api_decoding", default=None)


class decoding:
    """`with decoding(strict) as current:` decode response models that way."""

    def __init__(self, strict: bool = False) -> None:
        self._decoding = Decoding(strict)
        self._token: Any = None

    def __enter__(self) -> Decoding:
        self._token = _DECODING.set(self._decoding)
        return self._decoding

    def __exit__(self, *exc: object) -> None:
        _DECODING.reset(self._token)


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, Mapping) else type(value).__name__


def loose(data: dict[str, Any], model: str, key: str, value: object, expected: str, cause: BaseException) -> None:
    """An optional response field whose value fits none of its types: an error
    when decoding strictly; else kept, unchanged, in `data` (the model's
    additional properties) under its name, and read as None."""
    current = _DECODING.get()
    if current is not None and current.strict:
        raise mismatch(key, value, expected, cause) from cause
    data[key] = value
    if current is not None:
        current.mismatches.append((model, key, json_type(value)))


def encode(value: Any) -> Any:
    """A response model's field as JSON."""
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    return value if to_dict is None else to_dict()


def model_repr(model: Any) -> str:
    """A response model's fields that have a value, and any it does not name."""
    parts = [
        f"{field.name}={value!r}"
        for field in model.__attrs_attrs__
        if field.name[0] != "_"
        and field.name != "additional_properties"
        and (value := getattr(model, field.name)) is not None
    ]
    if model.additional_properties:
        parts.append(f"additional_properties={model.additional_properties!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


NO_NULLS: list[str] = []  # shared by the models that have no optional field: never written


__all__ = [
    "FAILURES",
    "MISSING",
    "NO_NULLS",
    "UNSET",
    "Decoding",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "decoding",
    "encode",
    "json_type",
    "loose",
    "mismatch",
    "missing",
    "model_repr",
    "parse_datetime",
    "path_value",
    "quote_segment",
    "required_loose",
    "required_value",
]
