"""The fake answers every operation of DeployHQ's document: those without
behaviour of their own keep records per collection (create, read, update,
replace, delete, list) and answer in the shapes the document gives, with
DeployHQ's 404 for what they do not hold; every body validates against the
document (conftest's check of every fake's answers)."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from importlib import resources
from typing import Any

import pytest
from helpers import InstantClock, smallest

from deployhq_async import DeployHQ, NotFoundError, ValidationError
from deployhq_async._operations import operation_index
from deployhq_async.testing import FakeDeployHQ


@pytest.fixture
def fake() -> FakeDeployHQ:
    fake = FakeDeployHQ(clock=InstantClock())
    fake.add_project("Shop")
    return fake


@pytest.fixture
async def dhq(fake: FakeDeployHQ) -> Any:
    async with fake.client() as client:
        yield client


ENTRIES: dict[str, Any] = json.loads(
    resources.files("deployhq_async.generated").joinpath("response_schemas.json").read_text()
)
REQUESTS: dict[str, Any] = json.loads(
    resources.files("deployhq_async.generated").joinpath("request_schemas.json").read_text()
)


# Bodies DeployHQ's own rules ask more of than the document (the hand-written families).
BODIES = {
    "config_files": {"config_file": {"path": ".env", "body": "A=1"}},
    "environment_variables": {"environment_variable": {"name": "TOKEN", "value": "v"}},
    "server_groups": {"server_group": {"name": "Web"}},
    "servers": {"server": {"name": "web-9", "protocol_type": "ssh", "server_path": "/srv"}},
}


def body_for(path: str) -> Any:
    return BODIES.get(path.rsplit("/", 1)[-1])


def call_arguments(name: str, path_values: list[str], body: Any = None) -> tuple[list[str], dict[str, Any]]:
    module = importlib.import_module(operation_index()[name])
    keywords: dict[str, Any] = {}
    for parameter, spec in inspect.signature(module.build_request).parameters.items():
        if spec.kind is spec.KEYWORD_ONLY and spec.default is spec.empty:
            keywords[parameter] = body if parameter == "body" else "1"
    if "body" in keywords and body is None:
        keywords["body"] = smallest(REQUESTS.get(name, {}).get("schema"))
    return path_values, keywords


async def test_every_operation_of_the_document_is_answered(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    missing: list[str] = []
    for name, entry in sorted(ENTRIES.items()):
        values = [
            "shop" if entry["path"].startswith("/projects/{") and i == 0 else "x"
            for i in range(entry["path"].count("{"))
        ]
        positional, keywords = call_arguments(name, values)
        try:
            await dhq.call_untyped(name, *positional, **keywords)
        except NotFoundError as error:  # a record it does not hold: DeployHQ's 404, never "no such method"
            if error.error_code != "record_not_found":
                missing.append(name)
        except ValidationError:  # DeployHQ's 422 for a body its own rules refuse (a project without a name)
            pass
        except Exception as error:
            missing.append(f"{name}: {error!r}")
        assert fake.requests[-1].operation == name
    assert missing == []
    assert len(ENTRIES) == 191


def families() -> list[tuple[str, dict[str, str]]]:
    """Each collection without behaviour of its own that has every verb:
    list, create, get, update, replace and delete."""
    by_path: dict[tuple[str, str], str] = {(e["method"], e["path"]): name for name, e in ENTRIES.items()}
    found = []
    for (method, path), create in sorted(by_path.items()):
        if method != "POST" or "{" not in path:
            continue
        item = next((p for m, p in by_path if m == "GET" and re.fullmatch(re.escape(path) + r"/\{\w+\}", p)), None)
        if item is None:
            continue
        verbs = {
            "list": by_path.get(("GET", path)),
            "create": create,
            "get": by_path.get(("GET", item)),
            "update": by_path.get(("PATCH", item)),
            "replace": by_path.get(("PUT", item)),
            "delete": by_path.get(("DELETE", item)),
        }
        if all(verbs.values()):
            found.append((path, {k: v for k, v in verbs.items() if v}))
    return found


FAMILIES = families()


def test_many_families_have_every_verb() -> None:
    assert len(FAMILIES) >= 10, [path for path, _ in FAMILIES]


@pytest.mark.parametrize(("path", "verbs"), FAMILIES, ids=[path for path, _ in FAMILIES])
async def test_a_family_creates_reads_replaces_updates_lists_and_deletes(
    fake: FakeDeployHQ, path: str, verbs: dict[str, str]
) -> None:
    parents = ["shop" if path.startswith("/projects/{") and i == 0 else "p" for i in range(path.count("{"))]
    async with fake.client(strict=True) as dhq:
        positional, keywords = call_arguments(verbs["create"], parents, body_for(path))
        created = await dhq.call_untyped(verbs["create"], *positional, **keywords)
        key = _key(fake, verbs["create"])
        item = [*parents, key]
        read = await dhq.call_untyped(verbs["get"], *item)
        assert _identity(read) == _identity(created)
        for verb in ("replace", "update"):
            positional, keywords = call_arguments(verbs[verb], item, body_for(path))
            await dhq.call_untyped(verbs[verb], *positional, **keywords)
            assert fake.requests[-1].status == 200, verb  # kept: a replace is no delete
        listed = await dhq.call_untyped(verbs["list"], *parents)
        records = listed if isinstance(listed, list) else getattr(listed, "records", None) or []
        assert len(records) == 1
        await dhq.call_untyped(verbs["delete"], *item)
        with pytest.raises(NotFoundError) as gone:
            await dhq.call_untyped(verbs["get"], *item)
    assert gone.value.error_code == "record_not_found"


def _key(fake: FakeDeployHQ, create: str) -> str:
    """The identifier the create answered."""
    body = json.loads(fake.requests[-1].body)
    assert fake.requests[-1].operation == create
    return str(body.get("identifier") or body.get("id") or body.get("permalink"))


def _identity(model: Any) -> tuple[Any, Any]:
    return getattr(model, "identifier", None), getattr(model, "id", None)


async def test_a_null_where_the_document_says_string_is_refused_not_echoed(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    body = {"server": {"name": "web-9", "protocol_type": "ssh", "server_path": None, "environment": None}}
    with pytest.raises(ValidationError) as refused:
        await dhq.call_untyped("create_project_server", "shop", body=body)
    assert refused.value.errors == {"server_path": ["can't be blank"], "environment": ["can't be blank"]}
    with pytest.raises(ValidationError) as again:
        await dhq.call_untyped("update_project", "shop", body={"project": {"permalink": None}})
    assert again.value.errors == {"permalink": ["can't be blank"]}
