"""Every row of the drift rule table (README, "Regenerating"), each on a modified
copy of the pinned document: the change is named, with its verdict."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from deployhq_codegen import regen
from deployhq_codegen.normalize import NormalizeError

Json = dict[str, Any]
DEPLOYMENTS = "/projects/{project_id}/deployments"
DEPLOYMENT = "/projects/{project_id}/deployments/{id}"


def deref(raw: Json, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = raw
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def create_fields(raw: Json) -> Json:
    """The fields under `deployment` of createProjectDeployment's body."""
    body = deref(raw, raw["paths"][DEPLOYMENTS]["post"]["requestBody"])
    schema = deref(raw, body["content"]["application/json"]["schema"])
    return deref(raw, schema["properties"]["deployment"])["properties"]  # type: ignore[no-any-return]


def deployment_fields(raw: Json) -> Json:
    return raw["components"]["schemas"]["Deployment"]["properties"]  # type: ignore[no-any-return]


def list_parameter(raw: Json, name: str) -> Json:
    for parameter in raw["paths"][DEPLOYMENTS]["get"]["parameters"]:
        resolved = deref(raw, parameter)
        if resolved["name"] == name:
            return resolved  # type: ignore[no-any-return]
    raise KeyError(name)


def add_parameter(raw: Json, **parameter: Any) -> None:
    raw["paths"][DEPLOYMENTS]["get"]["parameters"].append({"schema": {"type": "string"}, **parameter})


def move_to_header(raw: Json) -> None:
    list_parameter(raw, "to")["in"] = "header"


def rename_placeholder(raw: Json) -> None:
    item = raw["paths"].pop("/projects/{project_id}/deployments/{id}/abort")
    raw["paths"]["/projects/{project_id}/deployments/{deployment_id}/abort"] = item
    for parameter in item["post"]["parameters"]:
        resolved = deref(raw, parameter)
        if resolved["name"] == "id":
            parameter.clear()
            parameter.update({**resolved, "name": "deployment_id"})


def set_enum(target: Callable[[Json], Json], name: str, values: list[str]) -> Callable[[Json], None]:
    def mutate(raw: Json) -> None:
        target(raw)[name]["enum"] = values

    return mutate


def pinned_with_enum(target: Callable[[Json], Json], name: str, values: list[str]) -> Callable[[Json], Json]:
    def make(pinned: Json) -> Json:
        old = copy.deepcopy(pinned)
        target(old)[name]["enum"] = values
        return old

    return make


def make_nullable(target: Callable[[Json], Json], name: str) -> Callable[[Json], None]:
    def mutate(raw: Json) -> None:
        target(raw)[name]["type"] = [target(raw)[name]["type"], "null"]

    return mutate


def success_status(raw: Json, method: str, path: str, new: str) -> None:
    responses = raw["paths"][path][method]["responses"]
    old = next(s for s in responses if s.startswith("2"))
    responses[new] = responses.pop(old)


def response_media(raw: Json) -> None:
    response = deref(raw, raw["paths"][DEPLOYMENT]["get"]["responses"]["200"])
    response["content"] = {"application/xml": response["content"]["application/json"]}


def security_bearer_only(raw: Json) -> None:
    raw["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    raw["security"] = [{"bearer": []}]
    for item in raw["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "security" in operation:
                operation["security"] = [{"bearer": []}]


def security_bearer_beside(raw: Json) -> None:
    raw["components"]["securitySchemes"]["bearer"] = {"type": "http", "scheme": "bearer"}


# (row, mutation, where the change shows ("document" or an operation), its kind, breaking, verdict)
ROWS: list[tuple[str, Callable[[Json], None], str, str, bool, str]] = [
    (
        "optional parameter added",
        lambda r: add_parameter(r, name="since", **{"in": "query"}),
        "GET /projects/{}/deployments",
        "parameter added",
        False,
        "additive",
    ),
    (
        "required parameter added",
        lambda r: add_parameter(r, name="since", required=True, **{"in": "query"}),
        "GET /projects/{}/deployments",
        "parameter added",
        True,
        "breaking",
    ),
    (
        "parameter made required",
        lambda r: list_parameter(r, "to").update(required=True),
        "GET /projects/{}/deployments",
        "parameter made required",
        True,
        "breaking",
    ),
    ("parameter moved", move_to_header, "GET /projects/{}/deployments", "parameter moved", True, "breaking"),
    (
        "path parameter renamed",
        rename_placeholder,
        "POST /projects/{}/deployments/{}/abort",
        "path parameter renamed",
        True,
        "breaking",
    ),
    (
        "parameter type changed",
        lambda r: list_parameter(r, "page").update(schema={"type": "string"}),
        "GET /projects/{}/deployments",
        "parameter type changed",
        True,
        "breaking",
    ),
    (
        "request field made nullable",
        make_nullable(create_fields, "branch"),
        "POST /projects/{}/deployments",
        "request field made nullable",
        False,
        "additive",
    ),
    (
        "request enum value removed",
        set_enum(create_fields, "mode", ["queue"]),
        "POST /projects/{}/deployments",
        "request enum value removed",
        True,
        "breaking",
    ),
    (
        "response field removed",
        lambda r: deployment_fields(r).pop("branch"),
        "GET /projects/{}/deployments/{}",
        "response field removed",
        True,
        "breaking",
    ),
    (
        "response enum value added",
        set_enum(deployment_fields, "status", ["pending", "running", "queued"]),
        "GET /projects/{}/deployments/{}",
        "response enum value added",
        False,
        "additive",
    ),
    (
        "success status changed",
        lambda r: success_status(r, "post", DEPLOYMENTS, "200"),
        "POST /projects/{}/deployments",
        "status removed",
        True,
        "breaking",
    ),
    (
        "security scheme added beside basic",
        security_bearer_beside,
        "document",
        "security scheme added",
        False,
        "additive",
    ),
    ("security replaced by bearer", security_bearer_only, "document", "security scheme removed", True, "breaking"),
    (
        "servers changed",
        lambda r: r.update(servers=[{"url": "https://api.example.com"}]),
        "document",
        "servers changed",
        False,
        "additive",
    ),
    (
        "servers gain a path",
        lambda r: r.update(servers=[{"url": "https://{account}.deploy.localhost/api/v2"}]),
        "document",
        "servers changed",
        True,
        "breaking",
    ),
]


def kinds(report: Any, where: str) -> list[tuple[str, bool]]:
    if where == "document":
        return [(c.kind, c.breaking) for c in report.document]
    return [(c.kind, c.breaking) for d in report.changed if d.operation == where for c in d.changes]


@pytest.mark.parametrize(("row", "mutate", "where", "kind", "breaking", "verdict"), ROWS, ids=[r[0] for r in ROWS])
def test_rule_table_row(
    pinned_spec: Json, row: str, mutate: Callable[[Json], None], where: str, kind: str, breaking: bool, verdict: str
) -> None:
    new = copy.deepcopy(pinned_spec)
    old = pinned_spec
    if row == "response enum value added":
        old = pinned_with_enum(deployment_fields, "status", ["pending", "running"])(pinned_spec)
    if row == "request enum value removed":
        old = pinned_with_enum(create_fields, "mode", ["queue", "preview"])(pinned_spec)
        mutate(new)
    else:
        mutate(new)
    report = regen.drift_report(old, new)
    assert (kind, breaking) in kinds(report, where), kinds(report, where)
    assert report.verdict == verdict


def test_security_replaced_names_the_requirement_and_every_operation(pinned_spec: Json) -> None:
    new = copy.deepcopy(pinned_spec)
    security_bearer_only(new)
    report = regen.drift_report(pinned_spec, new)
    assert ("security requirement changed", True) in kinds(report, "document")
    assert ("security changed", True) in kinds(report, "GET /projects/{}/deployments/{}")
    assert "deployments.get" in report.impact["GET /projects/{}/deployments/{}"]


def required_field_removed(raw: Json) -> None:
    del deployment_fields(raw)["status"]  # rules.toml [required] Deployment = ["identifier", "status"]


def body_as_form(raw: Json) -> None:
    body = deref(raw, raw["paths"][DEPLOYMENTS]["post"]["requestBody"])
    body["content"] = {"application/x-www-form-urlencoded": body["content"]["application/json"]}


def response_as_text(raw: Json) -> None:
    response = deref(raw, raw["paths"][DEPLOYMENT]["get"]["responses"]["200"])
    response["content"] = {"text/plain": {"schema": {"type": "string"}}}


STALE = [
    ("required field removed", required_field_removed, "rules.toml [required] names what it does not have: ['status']"),
    ("body as a form", body_as_form, "no rule for request bodies of application/x-www-form-urlencoded"),
    ("response as text", response_as_text, "no rule for text/plain"),
    ("response as XML", response_media, "no rule for application/xml"),
]


@pytest.mark.parametrize(("mutate", "stale"), [row[1:] for row in STALE], ids=[row[0] for row in STALE])
def test_a_rule_that_no_longer_fits_is_reported_stale_with_a_breaking_verdict_and_exit_3(
    pinned_spec: Json,
    mutate: Callable[[Json], None],
    stale: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    new = copy.deepcopy(pinned_spec)
    mutate(new)
    report = regen.drift_report(pinned_spec, new)
    assert report.verdict == "breaking"
    assert len(report.stale) == 1 and stale in report.stale[0], report.stale
    # Through the command: the report is written, nothing re-pinned or regenerated, exit 3.
    monkeypatch.setattr(regen, "REPORT", tmp_path / "drift-report.md")
    monkeypatch.setattr(regen, "LOCK", tmp_path / "spec.lock.json")
    monkeypatch.setattr(regen, "GENERATED", tmp_path / "deployhq_api")
    lock = json.loads((Path(regen.__file__).parents[2] / "openapi" / "spec.lock.json").read_text())
    regen.LOCK.write_text(json.dumps(lock))
    path = tmp_path / "new.json"
    path.write_text(json.dumps(new))
    assert regen.main(["--update", "--spec", str(path), "--no-tests"]) == 3
    markdown = regen.REPORT.read_text()
    assert "- verdict: **breaking**" in markdown
    assert "## Repair rules that no longer fit" in markdown and stale in markdown
    assert json.loads(regen.LOCK.read_text()) == lock  # not re-pinned
    assert not (tmp_path / "deployhq_api").exists()  # not regenerated


def test_a_changed_media_type_is_one_line_not_a_list_of_removed_fields() -> None:
    def doc(media: str) -> Json:
        schema = {"type": "object", "properties": {f"f{n}": {"type": "string"} for n in range(39)}}
        responses = {"200": {"description": "OK", "content": {media: {"schema": schema}}}}
        return {
            "paths": {"/things": {"get": {"operationId": "listThings", "responses": responses}}},
            "components": {"schemas": {}},
        }

    report = regen.drift.compare(doc("application/json"), doc("text/csv"))
    assert [(c.kind, c.detail, c.breaking) for d in report.changed for c in d.changes] == [
        ("response media type changed", "application/json -> text/csv", True)
    ]


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: add_parameter(r, name="session", required=True, **{"in": "cookie"}),
        lambda r: deployment_fields(r).update(owner={"$ref": "#/components/schemas/Nobody"}),
        lambda r: deployment_fields(r).update(size={"type": "string", "format": "bytesize"}),
    ],
    ids=["cookie parameter", "dangling ref", "unknown format"],
)
def test_what_the_pipeline_cannot_handle_is_an_error(pinned_spec: Json, mutate: Callable[[Json], None]) -> None:
    new = copy.deepcopy(pinned_spec)
    mutate(new)
    with pytest.raises(NormalizeError, match=r"^/"):
        regen.drift_report(pinned_spec, new)
