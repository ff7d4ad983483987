"""The drift report on variants of the pinned document, built here from the real one."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from deployhq_codegen import regen
from deployhq_codegen.normalize import NormalizeError, generation_view, load_data, normalize

Json = dict[str, Any]


@pytest.fixture
def raw(pinned_spec: Json) -> Json:
    return copy.deepcopy(pinned_spec)


def changes(report: Any, operation: str) -> list[tuple[str, str, bool]]:
    for diff in report.changed:
        if diff.operation == operation:
            return [(c.kind, c.where, c.breaking) for c in diff.changes]
    return []


def test_the_pinned_document_has_no_drift(pinned_spec: Json, raw: Json) -> None:
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "compatible"
    assert report.to_json() | {"verdict": None} == regen.drift.Report().to_json() | {"verdict": None}


def test_removed_operation_that_the_facade_uses(pinned_spec: Json, raw: Json) -> None:
    del raw["paths"]["/projects/{project_id}/deployments/{id}"]["get"]
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "breaking"
    assert [(d.operation, d.operation_id) for d in report.removed] == [
        ("GET /projects/{}/deployments/{}", "getProjectDeploymentById")
    ]
    users = report.impact["GET /projects/{}/deployments/{}"]
    assert {"deployments.get", "deployments.wait", "deployments.deploy_many"} <= set(users)
    assert "deployments.create" not in users


def test_added_operation(pinned_spec: Json, raw: Json) -> None:
    ok = raw["paths"]["/projects/{project_id}/deployments/{id}/abort"]["post"]
    raw["paths"]["/projects/{project_id}/deployments/{id}/pause"] = {
        "post": {**copy.deepcopy(ok), "operationId": "pauseProjectDeployment", "summary": "Pause a deployment"}
    }
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "additive"
    assert report.added == ["POST /projects/{}/deployments/{}/pause (pauseProjectDeployment)"]
    assert report.removed == [] and report.changed == []


def test_response_field_type_changed(pinned_spec: Json, raw: Json) -> None:
    raw["components"]["schemas"]["Deployment"]["properties"]["status"]["type"] = "integer"
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "breaking"
    found = changes(report, "GET /projects/{}/deployments/{}")
    assert ("field type changed", "response 200 status", True) in found
    assert "deployments.get" in report.impact["GET /projects/{}/deployments/{}"]


def test_request_field_made_required(pinned_spec: Json, raw: Json) -> None:
    raw["components"]["schemas"]["ConfigFileObject"]["properties"]["config_file"]["required"] = ["path", "body"]
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "breaking"
    found = changes(report, "POST /projects/{}/config_files")
    assert ("request field made required", "request config_file.path", True) in found
    assert ("request field made required", "request config_file.body", True) in found
    assert "config_files.create" in report.impact["POST /projects/{}/config_files"]


def test_new_invalid_type_is_handled_and_listed(pinned_spec: Json, raw: Json) -> None:
    # DeployHQ's document repeats Server inline in ServerList: a new field appears in both.
    raw["components"]["schemas"]["Server"]["properties"]["metadata"] = {"type": "hash"}
    raw["components"]["schemas"]["ServerList"]["items"]["properties"]["metadata"] = {"type": "hash"}
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "additive"
    handled = {"rule": "invalid-type", "pointer": "/components/schemas/Server/properties/metadata/type"}
    assert handled | {"detail": "hash -> object"} in report.defects
    assert ("response field added", "response 200 metadata", False) in changes(report, "GET /global_servers/{}")


def test_new_duplicate_title_is_handled_and_listed(pinned_spec: Json, raw: Json) -> None:
    widget = {"type": "object", "title": "Widget", "properties": {"identifier": {"type": "string"}}}
    raw["components"]["schemas"]["Widget"] = copy.deepcopy(widget)
    raw["components"]["schemas"]["WidgetList"] = {"type": "array", "items": copy.deepcopy(widget)}
    listing = copy.deepcopy(raw["paths"]["/zones"]["get"])
    listing["operationId"] = "listWidgets"
    listing["responses"]["200"] = {
        "description": "OK",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetList"}}},
    }
    raw["paths"]["/widgets"] = {"get": listing}
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "additive"
    handled = {"rule": "dedupe", "pointer": "/components/schemas/WidgetList/items"}
    assert handled | {"detail": "inline copy of Widget -> $ref"} in report.defects
    assert report.added == ["GET /widgets (listWidgets)"]
    assert sorted(report.schemas_added) == ["Widget", "WidgetList"]


def test_renamed_schema(pinned_spec: Json, raw: Json) -> None:
    text = json.dumps(raw).replace('"#/components/schemas/Template"', '"#/components/schemas/ProjectTemplate"')
    raw = json.loads(text)
    raw["components"]["schemas"]["ProjectTemplate"] = raw["components"]["schemas"].pop("Template")
    report = regen.drift_report(pinned_spec, raw)
    assert report.verdict == "breaking"
    assert report.renamed == [("Template", "ProjectTemplate")]
    assert report.removed == [] and report.added == []


def test_unhandled_defect_is_an_error_naming_its_pointer(pinned_spec: Json, raw: Json) -> None:
    raw["components"]["schemas"]["Server"]["properties"]["cost"] = {"type": "decimal"}
    with pytest.raises(NormalizeError, match="/components/schemas/Server/properties/cost/type: unknown type"):
        regen.drift_report(pinned_spec, raw)


def test_new_machine_named_schema_is_an_error(pinned_spec: Json, raw: Json) -> None:
    raw["components"]["schemas"]["ServerObject7"] = {"type": "object", "properties": {"a": {"type": "string"}}}
    with pytest.raises(NormalizeError, match=r"/components/schemas/ServerObject7.*names\.toml"):
        regen.drift_report(pinned_spec, raw)


def test_update_report_only_writes_markdown_and_json(
    raw: Json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(regen, "REPORT", tmp_path / "drift-report.md")
    del raw["paths"]["/zones"]
    new = tmp_path / "new.json"
    new.write_text(json.dumps(raw))
    assert regen.main(["--update", "--spec", str(new), "--report-only", "--json"]) == 3
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    lock = json.loads(regen.LOCK.read_text())
    assert f"pinned: sha256 {lock['sha256']}" in captured.err
    assert f"new:    sha256 {regen.sha256(new)} ({new})" in captured.err
    assert data["verdict"] == "breaking"
    assert data["impact"] == {"GET /zones": ["zones.list"]}
    markdown = (tmp_path / "drift-report.md").read_text()
    assert "- verdict: **breaking**" in markdown
    assert "GET /zones (listZones) - used by zones.list" in markdown


@pytest.mark.generator
def test_update_repins_regenerates_and_reports_tests(
    pinned_spec: Json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = json.loads(regen.LOCK.read_text())
    monkeypatch.setattr(regen, "LOCK", tmp_path / "spec.lock.json")
    monkeypatch.setattr(regen, "REPORT", tmp_path / "drift-report.md")
    monkeypatch.setattr(regen, "GENERATED", tmp_path / "deployhq_api")
    monkeypatch.setattr(regen, "WORKING_COPY", tmp_path / "working.json")
    regen.LOCK.write_text(json.dumps({**lock, "snapshot_date": "2000-01-01"}))
    junit = (
        '<testsuites><testsuite><testcase classname="tests.a" name="test_ok"/>'
        '<testcase classname="tests.b" name="test_broken"><failure message="x"/></testcase>'
        "</testsuite></testsuites>"
    )

    def fake_pytest(command: list[str], **kwargs: Any) -> Any:
        assert kwargs["env"]["DEPLOYHQ_OPENAPI_SPEC"].endswith("new.json")
        Path(command[-1].removeprefix("--junitxml=")).write_text(junit)
        return None

    new = tmp_path / "new.json"
    new.write_text(json.dumps(pinned_spec))
    real_run = regen.subprocess.run
    monkeypatch.setattr(
        regen.subprocess,
        "run",
        lambda command, **kw: fake_pytest(command, **kw) if "pytest" in command else real_run(command, **kw),
    )
    assert regen.main(["--update", "--spec", str(new)]) == 1  # a test failed against the new document
    updated = json.loads(regen.LOCK.read_text())
    assert updated["sha256"] == regen.sha256(new) != lock["sha256"]  # same content, re-serialized
    assert updated["snapshot_date"] != "2000-01-01" and updated["operations"] == 191
    assert len(list((tmp_path / "deployhq_api" / "api").rglob("*.py"))) > 191
    report = regen.REPORT.read_text()
    assert "- verdict: **compatible**" in report
    assert "(1 passed, 1 failed)" in report and "tests.b::test_broken" in report


def test_split_schema(pinned_spec: Json, raw: Json) -> None:
    schemas = raw["components"]["schemas"]
    template = schemas.pop("Template")
    props = template["properties"]
    schemas["TemplateName"] = {"type": "object", "properties": {k: props[k] for k in ("name", "permalink")}}
    schemas["TemplateText"] = {"type": "object", "properties": {"description": props["description"]}}
    combined = {"allOf": [{"$ref": "#/components/schemas/TemplateName"}, {"$ref": "#/components/schemas/TemplateText"}]}
    raw = json.loads(json.dumps(raw).replace('{"$ref": "#/components/schemas/Template"}', json.dumps(combined)))
    raw["components"]["schemas"]["TemplateList"]["items"] = combined  # the document's inline copy changes too
    report = regen.drift_report(pinned_spec, raw)
    assert report.split == [("Template", ["TemplateName", "TemplateText"])]
    assert report.verdict == "breaking"  # generated class names change
    assert report.schemas_removed == [] and report.schemas_added == []
    fields_changed = [c for d in report.changed for c in d.changes if "field" in c.kind]
    assert fields_changed == []  # the same fields, under two schemas


def shuffled(node: Any, rng: random.Random) -> Any:
    """The same document with the keys of every object in another order."""
    if isinstance(node, dict):
        keys = list(node)
        rng.shuffle(keys)
        return {key: shuffled(node[key], rng) for key in keys}
    if isinstance(node, list):
        return [shuffled(item, rng) for item in node]
    return node


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_key_order_changes_nothing(pinned_spec: Json, seed: int) -> None:
    """A re-serialised upstream document normalizes (and so generates) byte for
    byte the same, and the drift report finds nothing."""
    rules, names = load_data()
    expected, _ = normalize(pinned_spec, rules, names)
    other = shuffled(pinned_spec, random.Random(seed))
    assert list(other["paths"]) != list(pinned_spec["paths"])
    got, _ = normalize(other, rules, names)
    assert json.dumps(generation_view(got)) == json.dumps(generation_view(expected))
    report = regen.drift_report(pinned_spec, other)
    assert report.verdict == "compatible"
    assert report.to_json() | {"verdict": None} == regen.drift.Report().to_json() | {"verdict": None}


@pytest.mark.generator
def test_a_shuffled_document_regenerates_byte_identical_code(pinned_spec: Json, tmp_path: Path) -> None:
    rules, names = load_data()
    doc, _ = normalize(shuffled(pinned_spec, random.Random(7)), rules, names)
    out = tmp_path / "deployhq_api"
    regen.generate(doc, out)
    assert regen.compare_trees(out, regen.GENERATED) == []
