"""One test (or a few) per normalizer rule, each on a small hand-made document."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from deployhq_codegen.normalize import NormalizeError, generation_view, load_data, normalize

Json = dict[str, Any]
OK = {"200": {"description": "x", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}


def make_doc(paths: Json | None = None, schemas: Json | None = None, **components: Json) -> Json:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "description": "Upstream prose."},
        "paths": paths if paths is not None else {"/things": {"get": {"operationId": "listThings", "responses": OK}}},
        "components": {"schemas": schemas if schemas is not None else {"Thing": {"type": "object"}}, **components},
    }


BASE_RULES: Json = {
    "types": {"hash": "object", "float": "number"},
    "timestamps": {"suffixes": ["_at"], "names": ["timestamp"]},
}


def run(doc: Json, rules: Json | None = None, names: Json | None = None) -> tuple[Json, set[str]]:
    out, report = normalize(doc, {**BASE_RULES, **(rules or {})}, names or {})
    return out, report.rules()


def op(doc: Json, path: str, method: str = "get") -> Json:
    return doc["paths"][path][method]  # type: ignore[no-any-return]


# --- 1. invalid types ------------------------------------------------------------------


def test_hash_and_float_become_object_and_number_also_inside_type_lists() -> None:
    schemas = {
        "Thing": {
            "type": "object",
            "properties": {"meta": {"type": "hash"}, "cost": {"type": ["null", "float"]}, "n": {"type": "integer"}},
        }
    }
    out, rules = run(make_doc(schemas=schemas))
    props = out["components"]["schemas"]["Thing"]["properties"]
    assert props["meta"] == {"anyOf": [{"$ref": "#/components/schemas/ThingMeta"}, {"type": "null"}]}
    assert out["components"]["schemas"]["ThingMeta"] == {"type": "object", "x-deployhq-response": True}
    assert props["cost"]["type"] == ["null", "number"]
    assert props["n"]["type"] == ["integer", "null"]
    assert "invalid-type" in rules


def test_unknown_type_is_an_error_naming_its_pointer() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"x": {"type": "decimal"}}}}
    with pytest.raises(NormalizeError, match=r"/components/schemas/Thing/properties/x/type: unknown type 'decimal'"):
        run(make_doc(schemas=schemas))


# --- 2. Swagger-2 body parameters -------------------------------------------------------


def test_form_data_parameters_become_a_json_request_body() -> None:
    params = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "mode", "in": "formData", "required": True, "schema": {"type": "string"}},
        {"name": "copy_config_files", "in": "formData", "schema": {"type": "boolean"}},
    ]
    paths = {"/deployments/{id}/rollback": {"post": {"operationId": "rollback", "parameters": params, "responses": OK}}}
    out, rules = run(make_doc(paths=paths))
    operation = op(out, "/deployments/{id}/rollback", "post")
    assert [p["name"] for p in operation["parameters"]] == ["id"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"] == {"mode": {"type": "string"}, "copy_config_files": {"type": "boolean"}}
    assert schema["required"] == ["mode"]
    assert "body-param" in rules


def test_body_parameter_already_in_the_request_body_is_not_duplicated() -> None:
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Enroll"}}}}
    params = [{"name": "protocol", "in": "body", "schema": {"type": "string"}}]
    paths = {"/beta": {"post": {"operationId": "enroll", "parameters": params, "requestBody": body, "responses": OK}}}
    schemas = {
        "Thing": {"type": "object"},
        "Enroll": {"type": "object", "properties": {"protocol": {"type": "string"}}},
    }
    out, _ = run(make_doc(paths=paths, schemas=schemas))
    assert op(out, "/beta", "post")["parameters"] == []
    assert out["components"]["schemas"]["Enroll"]["properties"] == {"protocol": {"type": "string"}}


# --- 3. path defects --------------------------------------------------------------------


def test_repeated_placeholder_is_renamed_and_declared() -> None:
    params = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    paths = {"/templates/{id}/public/{id}": {"get": {"operationId": "show", "parameters": params, "responses": OK}}}
    out, rules = run(make_doc(paths=paths))
    assert list(out["paths"]) == ["/templates/{id}/public/{public_id}"]
    declared = [
        (p["name"], p["in"], p["required"]) for p in op(out, "/templates/{id}/public/{public_id}")["parameters"]
    ]
    assert declared == [("id", "path", True), ("public_id", "path", True)]
    assert "path-template" in rules


def test_query_parameter_named_in_the_template_moves_to_the_path() -> None:
    params = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "parent_id", "in": "query", "style": "form", "schema": {"type": "string"}},
    ]
    paths = {"/a/{parent_id}/b/{id}": {"put": {"operationId": "put", "parameters": params, "responses": OK}}}
    out, _ = run(make_doc(paths=paths))
    moved = op(out, "/a/{parent_id}/b/{id}", "put")["parameters"][1]
    assert moved == {"name": "parent_id", "in": "path", "required": True, "schema": {"type": "string"}}


def test_path_parameter_missing_from_the_template_is_removed_and_optional_ones_required() -> None:
    params = [
        {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "id", "in": "path", "required": False, "schema": {"type": "string"}},
    ]
    paths = {"/projects/{id}/insights": {"get": {"operationId": "insights", "parameters": params, "responses": OK}}}
    out, _ = run(make_doc(paths=paths))
    assert op(out, "/projects/{id}/insights")["parameters"] == [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]


# --- 4. duplicated schemas --------------------------------------------------------------


def test_list_items_that_copy_a_schema_become_refs_even_when_nested_copies_differ_first() -> None:
    server = {"type": "object", "properties": {"id": {"type": "integer"}}}
    thing = {"type": "object", "title": "Thing", "properties": {"servers": {"type": "array", "items": server}}}
    schemas = {
        "Thing": copy.deepcopy(thing),
        "ThingList": {"type": "array", "items": copy.deepcopy(thing)},
        "Server": copy.deepcopy(server),
    }
    out, rules = run(make_doc(schemas=schemas))
    result = out["components"]["schemas"]
    assert result["ThingList"]["items"] == {"$ref": "#/components/schemas/Thing"}
    assert result["Thing"]["properties"]["servers"]["items"] == {"$ref": "#/components/schemas/Server"}
    assert "dedupe" in rules


def test_empty_copy_is_matched_by_its_title_only() -> None:
    schemas = {
        "Thing": {"type": "object", "title": "Thing"},
        "Other": {"type": "object"},
        "ThingList": {"type": "array", "items": {"type": "object", "title": "Thing"}},
        "Loose": {"type": "array", "items": {"type": "object"}},
    }
    out, _ = run(make_doc(schemas=schemas))
    result = out["components"]["schemas"]
    assert result["ThingList"]["items"] == {"$ref": "#/components/schemas/Thing"}
    assert result["Loose"]["items"] == {"type": "object"}


# --- 5. machine names -------------------------------------------------------------------


def test_rename_rewrites_every_ref() -> None:
    schemas = {"Thing": {"type": "object"}, "NamePermalinkObject": {"type": "object"}}
    paths = {
        "/p": {
            "post": {
                "operationId": "create",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {
                    "201": {
                        "description": "x",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/NamePermalinkObject"}}
                        },
                    }
                },
            }
        }
    }
    out, rules = run(make_doc(paths=paths, schemas=schemas), names={"schemas": {"NamePermalinkObject": "Project"}})
    assert sorted(out["components"]["schemas"]) == ["Project", "Thing"]
    response = op(out, "/p", "post")["responses"]["201"]["content"]["application/json"]["schema"]
    assert response == {"$ref": "#/components/schemas/Project"}
    assert "rename" in rules


@pytest.mark.parametrize(
    "name", ["35f912b4c5029a0c4c2f7fd81f392ebf", "ProjectObject2", "NamePermalinkIdentifierObject"]
)
def test_a_machine_name_without_a_map_entry_is_refused(name: str) -> None:
    with pytest.raises(NormalizeError, match=f"/components/schemas/{name}.*names.toml"):
        run(make_doc(schemas={"Thing": {"type": "object"}, name: {"type": "object"}}))


def test_renaming_onto_an_existing_name_is_refused_and_stale_entries_are_reported() -> None:
    schemas = {"Thing": {"type": "object"}, "ThingObject": {"type": "object"}}
    with pytest.raises(NormalizeError, match="already taken"):
        run(make_doc(schemas=schemas), names={"schemas": {"ThingObject": "Thing"}})
    _, rules = run(make_doc(), names={"schemas": {"GoneObject": "Gone"}})
    assert "unused-name" in rules


def test_extract_gives_an_inline_schema_its_own_component() -> None:
    item = {"type": "object", "properties": {"id": {"type": "integer"}}}
    schemas = {
        "Thing": {"type": "object"},
        "Page": {"type": "object", "properties": {"records": {"type": "array", "items": item}}},
    }
    out, _ = run(make_doc(schemas=schemas), names={"extract": {"Page.records[]": "Record"}})
    result = out["components"]["schemas"]
    assert result["Record"]["properties"]["id"]["type"] == "integer"
    assert result["Page"]["properties"]["records"]["type"] == "array"


# --- 6. defects that break at run time --------------------------------------------------


def test_204_loses_its_body_and_non_json_media_types_are_declared() -> None:
    no_content = {"204": {"description": "x", "content": {"application/json": {"schema": {"type": "string"}}}}}
    badge = {"200": {"description": "x", "content": {"application/json": {"schema": {"type": "string"}}}}}
    paths = {
        "/things/{id}": {"delete": {"operationId": "del", "responses": no_content}},
        "/{id}/badge.svg": {"get": {"operationId": "badge", "responses": badge}},
    }
    for p in paths.values():
        for o in p.values():
            o["parameters"] = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    rules = {"media_types": {"badge": "image/svg+xml"}}
    out, applied = run(make_doc(paths=paths), rules=rules)
    assert op(out, "/things/{id}", "delete")["responses"]["204"] == {"description": "No Content"}
    assert op(out, "/{id}/badge.svg")["responses"]["200"]["content"] == {
        "image/svg+xml": {"schema": {"type": "string"}}
    }
    assert {"empty-204", "media-type"} <= applied


def test_closed_objects_are_opened_so_unknown_fields_are_kept() -> None:
    schemas = {"Thing": {"type": "object", "additionalProperties": False, "properties": {"a": {"type": "string"}}}}
    out, rules = run(make_doc(schemas=schemas))
    assert "additionalProperties" not in out["components"]["schemas"]["Thing"]
    assert "open-objects" in rules


def test_descriptions_and_examples_are_dropped_but_a_property_named_description_stays() -> None:
    schemas = {
        "Thing": {
            "type": "object",
            "description": "Upstream words.",
            "example": {"a": 1},
            "properties": {"description": {"type": "string", "description": "More upstream words."}},
        }
    }
    paths = {
        "/things": {
            "get": {"operationId": "list", "summary": "List things", "description": "Long prose.", "responses": OK}
        }
    }
    out, _ = run(make_doc(paths=paths, schemas=schemas))
    thing = out["components"]["schemas"]["Thing"]
    assert "description" not in thing and "example" not in thing
    assert thing["properties"]["description"] == {"type": ["string", "null"]}
    operation = op(out, "/things")
    assert operation["summary"] == "List things" and "description" not in operation
    assert operation["responses"]["200"]["description"] == "OK"
    assert "Upstream" not in out["info"]["description"]


def test_properties_keyed_by_ids_become_a_map() -> None:
    files = {
        "type": "object",
        "properties": {
            "69c0fd93-21d1-448d-a1cc-5ec9509f1ab1": {"type": "object", "title": "69c0fd93-21d1-448d-a1cc-5ec9509f1ab1"}
        },
    }
    schemas = {"Thing": {"type": "object", "properties": {"files": files}}}
    out, rules = run(make_doc(schemas=schemas))
    hoisted = out["components"]["schemas"]["ThingFiles"]
    entry = {"$ref": "#/components/schemas/ThingFilesAdditionalProperty"}
    assert "properties" not in hoisted and hoisted["additionalProperties"] == entry
    # The map's values are response objects of their own (decoded leniently).
    assert out["components"]["schemas"]["ThingFilesAdditionalProperty"] == {
        "type": "object",
        "x-deployhq-response": True,
    }
    assert "id-keyed-map" in rules


# --- 7. divergences from real responses -------------------------------------------------


def test_divergence_replaces_a_schema_found_through_refs() -> None:
    schemas = {
        "Thing": {"type": "object", "properties": {"step": {"$ref": "#/components/schemas/Step"}}},
        "Step": {"type": "object", "properties": {"server": {"type": "string"}}},
    }
    rules = {"divergence": [{"why": "ints", "at": ["Thing.step.server"], "schema": {"type": "integer"}}]}
    out, applied = run(make_doc(schemas=schemas), rules=rules)
    assert out["components"]["schemas"]["Step"]["properties"]["server"] == {"type": ["integer", "null"]}
    assert "divergence" in applied


def test_divergence_adds_properties_to_an_empty_schema() -> None:
    rules = {"divergence": [{"at": ["Thing"], "properties": {"name": {"type": "string"}}}]}
    out, _ = run(make_doc(), rules=rules)
    assert out["components"]["schemas"]["Thing"]["properties"] == {"name": {"type": ["string", "null"]}}


def test_divergence_path_that_matches_nothing_is_an_error() -> None:
    rules = {"divergence": [{"at": ["Thing.missing"], "schema": {"type": "integer"}}]}
    with pytest.raises(NormalizeError, match="no property 'missing'"):
        run(make_doc(), rules=rules)


def test_response_schemas_accept_null_and_missing_keys_and_type_timestamps() -> None:
    schemas = {
        "Thing": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "created_at": {"type": "string"},
                "timestamp": {"type": "string"},
                "owner": {"$ref": "#/components/schemas/Owner"},
                "repository": {"type": "object", "properties": {"url": {"type": "string"}}},
            },
        },
        "Owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "Input": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
    }
    out, _ = run(make_doc(schemas=schemas))
    result = out["components"]["schemas"]
    thing = result["Thing"]
    assert "required" not in thing
    assert thing["x-deployhq-response"] is True and result["Owner"]["x-deployhq-response"] is True
    assert result["ThingRepository"]["x-deployhq-response"] is True and "x-deployhq-response" not in result["Input"]
    assert thing["properties"]["name"] == {"type": ["string", "null"]}
    assert thing["properties"]["created_at"] == {"type": ["string", "null"], "format": "date-time"}
    assert thing["properties"]["timestamp"]["format"] == "date-time"
    assert thing["properties"]["owner"] == {"anyOf": [{"$ref": "#/components/schemas/Owner"}, {"type": "null"}]}
    # A nullable inline object is hoisted so the generator can give it a readable name.
    assert thing["properties"]["repository"]["anyOf"][0] == {"$ref": "#/components/schemas/ThingRepository"}
    assert result["ThingRepository"]["properties"]["url"] == {"type": ["string", "null"]}
    # Request-only schemas keep their contract.
    assert result["Input"] == {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}


def test_generation_view_keeps_success_responses_and_the_schemas_they_use() -> None:
    responses = {
        **OK,
        "404": {"description": "x", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Err"}}}},
    }
    paths = {"/things": {"get": {"operationId": "list", "responses": responses}}}
    schemas = {"Thing": {"type": "object"}, "Err": {"type": "object", "properties": {"error": {"type": "string"}}}}
    out, _ = run(make_doc(paths=paths, schemas=schemas))
    view = generation_view(out)
    assert list(op(view, "/things")["responses"]) == ["200"]
    assert list(view["components"]["schemas"]) == ["Thing"]
    assert "404" in op(out, "/things")["responses"]  # the normalized document itself keeps them


# --- the pinned document ---------------------------------------------------------------


def test_pinned_document_normalizes_with_every_rule_class(pinned_spec: Json) -> None:
    rules, names = load_data()
    doc, report = normalize(pinned_spec, rules, names)
    applied = report.rules()
    expected = {
        "invalid-type",
        "body-param",
        "path-template",
        "path-param",
        "dedupe",
        "rename",
        "empty-204",
        "media-type",
        "open-objects",
        "divergence",
        "relax-responses",
    }
    assert expected <= applied
    assert "unused-name" not in applied
    assert sum(1 for p in doc["paths"].values() for m in p if m in ("get", "post", "put", "patch", "delete")) == 191
    for name in ("Deployment", "DeploymentSummary", "DeploymentPage", "Project", "ProjectSummary", "Server"):
        assert name in doc["components"]["schemas"]
    for name in ("ServerGroup", "ConfigFile", "EnvironmentVariable", "ScheduledDeployment"):
        assert doc["components"]["schemas"][name]["properties"], name


def test_normalized_pinned_document_is_valid_openapi(pinned_spec: Json) -> None:
    from openapi_spec_validator import validate

    rules, names = load_data()
    doc, _ = normalize(pinned_spec, rules, names)
    validate(doc)
    validate(generation_view(doc))


def test_response_enums_are_open_and_request_enums_stay_strict() -> None:
    paths = {
        "/things": {
            "get": {"operationId": "listThings", "responses": OK},
            "post": {
                "operationId": "createThing",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Input"}}}},
                "responses": OK,
            },
        }
    }
    schemas = {
        "Thing": {
            "type": "object",
            "properties": {
                "status": {"type": "string", "enum": ["pending", "running"]},
                "kind": {"$ref": "#/components/schemas/Kind"},
                "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}},
            },
        },
        "Kind": {"type": "string", "enum": ["ssh", "ftp"]},
        "Input": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["queue", "preview"]}}},
    }
    out, rules = run(make_doc(paths=paths, schemas=schemas))
    result = out["components"]["schemas"]
    # The values stay beside (x-enum, which the generator ignores) for the drift report.
    assert result["Thing"]["properties"]["status"] == {"type": ["string", "null"], "x-enum": ["pending", "running"]}
    assert result["Thing"]["properties"]["tags"]["items"] == {"type": "string", "x-enum": ["a", "b"]}
    assert result["Kind"] == {"type": "string", "x-enum": ["ssh", "ftp"]}
    assert result["Input"]["properties"]["mode"]["enum"] == ["queue", "preview"]
    assert "open-enums" in rules


def test_fields_deployhq_always_sends_stay_required_and_non_null() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"id": {"type": "string"}, "note": {"type": "string"}}}}
    out, _ = run(make_doc(schemas=schemas), rules={"required": {"Thing": ["id"]}})
    thing = out["components"]["schemas"]["Thing"]
    assert thing["required"] == ["id"]
    assert thing["properties"] == {"id": {"type": "string"}, "note": {"type": ["string", "null"]}}
    with pytest.raises(NormalizeError, match=r"/components/schemas/Thing: rules.toml \[required\] .*\['nope'\]"):
        run(make_doc(schemas=schemas), rules={"required": {"Thing": ["nope"]}})


def test_a_response_schema_can_be_replaced_by_operation() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"a": {"type": "string"}}}, "Full": {"type": "object"}}
    out, rules = run(make_doc(schemas=schemas), rules={"responses": {"listThings": "Full"}})
    body = op(out, "/things")["responses"]["200"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Full"}
    assert "response-schema" in rules
    with pytest.raises(NormalizeError, match="no operation 'getNothing'"):
        run(make_doc(schemas=schemas), rules={"responses": {"getNothing": "Full"}})


# --- what the pipeline does not support fails loudly, naming where ---------------------


def test_a_dangling_ref_is_an_error_with_its_pointer() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Gone"}}}}
    with pytest.raises(
        NormalizeError,
        match=r"/components/schemas/Thing/properties/owner/\$ref: .*'#/components/schemas/Gone' points at nothing",
    ):
        run(make_doc(schemas=schemas))


def test_a_cookie_parameter_is_an_error_with_its_pointer() -> None:
    param = {"name": "session", "in": "cookie", "required": True, "schema": {"type": "string"}}
    paths = {"/things": {"get": {"operationId": "listThings", "parameters": [param], "responses": OK}}}
    with pytest.raises(
        NormalizeError, match=r"/paths/~1things/get/parameters/0: parameters in 'cookie' cannot be sent"
    ):
        run(make_doc(paths=paths))


def test_an_unknown_format_is_an_error_with_its_pointer() -> None:
    schemas = {"Thing": {"type": "object", "properties": {"size": {"type": "string", "format": "bytesize"}}}}
    with pytest.raises(
        NormalizeError, match=r"/components/schemas/Thing/properties/size/format: unknown format 'bytesize'"
    ):
        run(make_doc(schemas=schemas))


def test_a_media_type_without_a_rule_is_an_error_with_its_pointer() -> None:
    xml = {"200": {"description": "x", "content": {"application/xml": {"schema": {"type": "string"}}}}}
    form = {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object"}}}}
    paths = {
        "/things": {
            "get": {"operationId": "listThings", "responses": xml},
            "post": {"operationId": "createThing", "requestBody": form, "responses": OK},
        }
    }
    with pytest.raises(NormalizeError) as info:
        run(make_doc(paths=paths))
    message = str(info.value)
    assert "/paths/~1things/get/responses/200/content/application~1xml: no rule for application/xml" in message
    assert "/paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded: no rule" in message


def test_delete_answers_may_have_no_body() -> None:
    paths = {"/things/{id}": {"delete": {"operationId": "deleteThing", "responses": OK}}}
    out, rules = run(make_doc(paths=paths))
    schema = op(out, "/things/{id}", "delete")["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]}
    assert "bodiless-deletes" in rules
