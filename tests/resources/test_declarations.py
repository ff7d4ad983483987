"""Every public resource method declares the operations it runs, and each names
an operation of DeployHQ's document: the drift report depends on it."""

from __future__ import annotations

import typing
from typing import Any

from deployhq_async import DeployHQ
from deployhq_async._client import facade_operations
from deployhq_async._operations import operation_index, snake_case
from deployhq_async.resources._base import _CollectionResource


def resource_classes() -> dict[str, type]:
    return {name: d.resource_class() for name, d in vars(DeployHQ).items() if type(d).__name__ == "_LazyResource"}


def test_every_public_method_declares_operations_of_the_document(pinned_spec: dict[str, Any]) -> None:
    documented = {
        snake_case(op["operationId"])
        for item in pinned_spec["paths"].values()
        for op in item.values()
        if "operationId" in op
    }
    declared = facade_operations()
    assert len(declared) > 80
    undeclared = sorted(method for method, modules in declared.items() if not modules)
    assert undeclared == []
    unknown = sorted((method, m) for method, modules in declared.items() for m in modules if m not in documented)
    assert unknown == []
    assert set().union(*declared.values()) <= set(operation_index())


def test_declarations_name_what_the_methods_run() -> None:
    declared = facade_operations()
    # A create without a start revision looks up its server (or group) first.
    assert declared["deployments.create"] == {
        "create_project_deployment",
        "get_project_server_by_id",
        "get_project_server_group_by_id",
    }
    assert (
        declared["deployments.deploy_many"]
        == declared["deployments.start_many"]
        == {
            "create_project_deployment",
            "list_project_deployments",
            "get_project_deployment_by_id",
            "abort_project_deployment",
            "list_project_servers",  # the start revisions, from one listing of each per project
            "list_project_server_groups",
        }
    )
    assert declared["servers.get"] == {"get_project_server_by_id"}
    assert declared["global_servers.list"] == {"list_global_servers"}
    assert declared["templates.get"] == {"list_templates"}


def test_collection_types_are_the_document_types() -> None:
    """A collection's model type (the `T` of `ProjectCollection[T]`) is what the
    generated list and get operations decode."""
    checked = 0
    for cls in resource_classes().values():
        if not issubclass(cls, _CollectionResource):
            continue
        (declared,) = typing.get_args(cls.__orig_bases__[0])  # type: ignore[attr-defined]
        listing = cls.crud.list
        assert typing.get_type_hints(listing.parse_response)["return"] == list[declared], cls.__name__
        if "get" not in vars(cls):  # the inherited get runs the declared operation
            single = cls.crud.get
            assert typing.get_type_hints(single.parse_response)["return"] is declared, cls.__name__
        checked += 1
    assert checked == 15
