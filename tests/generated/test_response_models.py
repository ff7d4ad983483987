"""Every model an operation returns (and every model inside one) is a response
model: plain `X | None` optional fields, never `Unset`, and immutable."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import types
import typing
from typing import Any

import attrs
import deployhq_async.generated.api
import pytest
from deployhq_async.generated.types import Unset


def _operation_results() -> list[Any]:
    results = []
    for tag in pkgutil.iter_modules(deployhq_async.generated.api.__path__):
        package = importlib.import_module(f"deployhq_async.generated.api.{tag.name}")
        for name in package.OPERATIONS:
            module = importlib.import_module(f"deployhq_async.generated.api.{tag.name}.{name}")
            results.append(typing.get_type_hints(module.parse_response)["return"])
    return results


def _models(hint: Any, found: set[type]) -> None:
    if typing.get_origin(hint) in (typing.Union, types.UnionType, list, dict):
        for argument in typing.get_args(hint):
            _models(argument, found)
    elif isinstance(hint, type) and attrs.has(hint) and hint not in found:
        found.add(hint)
        for field_hint in typing.get_type_hints(hint).values():
            _models(field_hint, found)


RESPONSE_MODELS: set[type] = set()
for _result in _operation_results():
    _models(_result, RESPONSE_MODELS)


def test_the_operations_return_over_a_hundred_response_models() -> None:
    assert len(RESPONSE_MODELS) > 100


@pytest.mark.parametrize("model", sorted(RESPONSE_MODELS, key=lambda m: m.__name__), ids=lambda m: m.__name__)
def test_a_response_model_has_plain_optional_fields_and_cannot_be_assigned(model: type) -> None:
    hints = typing.get_type_hints(model)
    for name, hint in hints.items():
        members = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
        assert Unset not in members, f"{model.__name__}.{name}: {hint}"
    required = [f for f in attrs.fields(model) if f.init and f.default is attrs.NOTHING]
    optional = [f for f in attrs.fields(model) if f.init and f.default is not attrs.NOTHING]
    assert all(f.default is None for f in optional)
    instance = model(**{f.name: _some(hints[f.name]) for f in required})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        instance.additional_properties = {}
    assert model.from_dict(instance.to_dict()) == instance
    assert "None" not in repr(instance) and "Unset" not in repr(instance)


def _some(hint: Any) -> Any:
    """A value of a required field's type (required fields are plain)."""
    if typing.get_origin(hint) is list:
        return []
    moment = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    return {str: "x", int: 1, bool: True, float: 1.5, datetime.datetime: moment}[hint]
