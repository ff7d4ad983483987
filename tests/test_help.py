"""What `help(DeployHQ)` tells a user: each resource with its class and what it
is for, every constructor parameter, and what calls raise."""

from __future__ import annotations

import inspect
import pydoc
import re

from deployhq_async import DeployHQ
from deployhq_async._client import _LazyResource


def test_help_lists_each_resource_with_its_class_and_one_line() -> None:
    text = pydoc.render_doc(DeployHQ, renderer=pydoc.plaintext)
    resources = [name for name, value in vars(DeployHQ).items() if isinstance(value, _LazyResource)]
    assert len(resources) == 23
    for name in resources:
        line = next(line for line in text.splitlines() if re.match(rf"^ \|  {name} = ", line))
        assert "_LazyResource" not in line and "object at" not in line
        cls = type(getattr(DeployHQ("acme", "a@b.c", "k"), name))
        assert f"{name} = {cls.__name__}: " in line and "..." not in line, line
    assert " |  deployments = Deployments: A project's deployments\n" in text


def test_the_constructor_documents_every_parameter_and_what_it_raises() -> None:
    doc = inspect.getdoc(DeployHQ.__init__) or ""
    for name in inspect.signature(DeployHQ.__init__).parameters:
        if name != "self":
            assert re.search(rf"^    {name}: ", doc, re.MULTILINE), name
    assert "Raises:\n    ConfigurationError" in doc


def test_call_wait_and_deploy_many_document_what_they_raise() -> None:
    text = pydoc.render_doc(DeployHQ, renderer=pydoc.plaintext)
    assert "Run any operation of DeployHQ's document" in text  # call's own docstring, not an alias
    client = DeployHQ("acme", "a@b.c", "k")
    assert "Raises `UnknownOperationError`" in (inspect.getdoc(client.call_untyped) or "")
    wait = inspect.getdoc(client.deployments.wait) or ""
    assert "`DeploymentFailedError`" in wait and "`DeploymentTimeoutError`" in wait
    assert "Raises `ConfigurationError`" in (inspect.getdoc(client.deployments.deploy_many) or "")
