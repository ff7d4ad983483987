"""OpenTelemetry spans, read back from the SDK's in-memory exporter: one client
span per call (its retries as events), a bulk run as the parent of one span per
target, and nothing when tracing is off."""

from __future__ import annotations

import subprocess
import sys

import httpx2
import pytest
from helpers import EMAIL, KEY, Recorder, make_client
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from deployhq_async import ConfigurationError, DeployHQ, DeployTarget, NotFoundError
from deployhq_async.testing import AutojumpClock, FakeDeployHQ


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    made = TracerProvider()
    made.add_span_processor(SimpleSpanProcessor(exporter))
    return made


async def test_a_call_with_a_retry_is_one_client_span_with_a_retry_event(
    provider: TracerProvider, exporter: InMemorySpanExporter, sleeps: list[float]
) -> None:
    recorder = Recorder(
        httpx2.Response(503, headers={"Retry-After": "1"}, json={"error": "busy"}),
        httpx2.Response(200, json={"identifier": "d-1", "status": "running"}),
    )
    async with make_client(recorder, tracing=provider) as dhq:
        await dhq.deployments.get("shop", "d-1")
    (span,) = exporter.get_finished_spans()
    assert span.name == "GET /projects/{project_id}/deployments/{id}"
    assert span.kind == trace.SpanKind.CLIENT
    assert dict(span.attributes or {}) == {
        "http.request.method": "GET",
        "url.template": "/projects/{project_id}/deployments/{id}",
        "server.address": "acme.deployhq.com",
        "deployhq.operation_id": "getProjectDeploymentById",
        "http.response.status_code": 200,
    }
    (event,) = span.events
    assert event.name == "deployhq.retry"
    assert dict(event.attributes or {}) == {"attempt": 1, "reason": "503", "delay": 1.0}
    assert KEY not in str(span.to_json()) and EMAIL not in str(span.to_json())


async def test_a_hook_post_is_a_span_that_never_shows_the_token(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    recorder = Recorder(httpx2.Response(200, text="Deployment queued"))
    async with make_client(recorder, tracing=provider) as dhq:
        await dhq.auto_deployments.trigger("web", hook_url="https://acme.deployhq.com/deploy/web/s3cr3t0token")
    (span,) = exporter.get_finished_spans()
    assert span.name == "POST /deploy/{hook}"
    assert dict(span.attributes or {})["http.response.status_code"] == 200
    assert "s3cr3t0token" not in str(span.to_json())


async def test_a_call_held_back_by_the_rate_says_how_long(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    fake = FakeDeployHQ(clock=AutojumpClock())
    fake.add_project("Shop")
    async with fake.client(tracing=provider, max_rate=1) as dhq:
        for _ in range(2):
            await dhq.projects.get("shop")
    first, second = exporter.get_finished_spans()
    assert first.events == ()
    (event,) = second.events
    assert event.name == "deployhq.throttled"
    assert dict(event.attributes or {}) == {"seconds": pytest.approx(1.0)}


async def test_a_failed_call_says_its_error_type_and_status(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    recorder = Recorder(httpx2.Response(404, json={"error": "Deployment not found"}))
    async with make_client(recorder, tracing=provider) as dhq:
        with pytest.raises(NotFoundError):
            await dhq.deployments.get("shop", "d-9")
    (span,) = exporter.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert (attributes["error.type"], attributes["http.response.status_code"]) == ("NotFoundError", 404)
    assert span.status.status_code == trace.StatusCode.ERROR


async def test_a_bulk_run_is_the_parent_of_a_span_per_target_and_of_their_calls(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    project = fake.add_project("Shop")
    targets = [DeployTarget("shop", fake.add_server(project, f"web-{n}").identifier, "abc") for n in range(2)]
    async with fake.client(tracing=provider) as dhq:
        await dhq.deployments.deploy_many(targets)
    spans = exporter.get_finished_spans()
    (run,) = [s for s in spans if s.name == "deployhq bulk run"]
    per_target = [s for s in spans if s.name == "deployhq bulk target"]
    assert len(per_target) == 2
    assert all(s.parent is not None and s.parent.span_id == run.context.span_id for s in per_target)
    assert sorted(str(dict(s.attributes or {})["deployhq.status"]) for s in per_target) == ["completed", "completed"]
    target_ids = {s.context.span_id for s in per_target}
    creates = [s for s in spans if s.name == "POST /projects/{project_id}/deployments"]
    assert len(creates) == 2 and all(s.parent is not None and s.parent.span_id in target_ids for s in creates)


async def test_no_spans_when_tracing_is_off(provider: TracerProvider, exporter: InMemorySpanExporter) -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    async with make_client(recorder, tracing=provider) as dhq:
        await dhq.with_options(tracing=False).projects.list().collect()
    assert exporter.get_finished_spans() == ()
    with pytest.raises(ConfigurationError, match="tracing must be True, False or an OpenTelemetry TracerProvider"):
        DeployHQ("acme", EMAIL, KEY, tracing="yes")


def test_importing_the_package_imports_no_opentelemetry() -> None:
    code = (
        "import sys, deployhq_async\n"
        "deployhq_async.DeployHQ('acme', 'a@b.c', 'k')\n"
        "print('opentelemetry' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_spans_start_at_the_first_call_after_the_application_sets_a_tracer_provider() -> None:
    """Until an SDK provider is set, OpenTelemetry's global provider is a
    stand-in whose spans record nothing: none is made (they cost a tenth of a
    request). One set later, after the client's first call, gets the next call's span."""
    code = """
import asyncio, httpx2
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from deployhq_async import DeployHQ

async def main():
    answer = lambda request: httpx2.Response(200, json={"permalink": "shop", "name": "Shop"})
    async with DeployHQ("acme", "a@b.c", "k" * 40, transport=httpx2.MockTransport(answer)) as dhq:
        await dhq.projects.get("shop")
        exporter = InMemorySpanExporter()
        provider = TracerProvider()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        trace.set_tracer_provider(provider)
        await dhq.projects.get("shop")
    print([span.name for span in exporter.get_finished_spans()])

asyncio.run(main())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['GET /projects/{id}']"  # the second call's only
