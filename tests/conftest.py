from __future__ import annotations

import asyncio
import functools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import helpers
import pytest
import redis_server
from helpers import InstantClock

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "deployhq.openapi.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--transport",
        choices=("httpx2", "aiohttp"),
        default="httpx2",
        help="the transport every client that is given none makes for itself (default: httpx2)",
    )
    parser.addoption(
        "--loop",
        choices=("asyncio", "uvloop"),
        default="asyncio",
        help="the event loop every test (and the CLI's processes) runs on (default: asyncio's own)",
    )


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """The suite runs under uvloop too (`--loop uvloop`), as services do."""
    if config.getoption("--loop") == "uvloop":
        import uvloop

        return {"uvloop": uvloop.new_event_loop}
    return {"asyncio": asyncio.new_event_loop}


@pytest.fixture(autouse=True)
def loop_of_the_pass(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The CLI's processes run on the loop of the pass too."""
    name: str = request.config.getoption("--loop")
    monkeypatch.setenv("DEPLOYHQ_LOOP", name)
    return name


@pytest.fixture(autouse=True)
def default_transport(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The suite runs once per transport (`--transport aiohttp`): clients built
    without a transport or http_client get the one named, in the CLI's processes too."""
    from deployhq_async import _connection

    name: str = request.config.getoption("--transport")
    monkeypatch.setattr(_connection, "DEFAULT_TRANSPORT", name)
    monkeypatch.setenv("DEPLOYHQ_TRANSPORT", name)  # the CLI's processes
    return name


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The code generation's tests (tests/codegen) are marked `codegen`; tests that
    run the generator are skipped, saying so, where it is not installed."""
    import importlib.util

    codegen = Path(__file__).parent / "codegen"
    for item in items:
        if codegen in Path(item.fspath).parents:
            item.add_marker(pytest.mark.codegen)
    if importlib.util.find_spec("openapi_python_client") is not None:
        return
    skip = pytest.mark.skip(reason="openapi-python-client is not installed (it needs Python 3.11 or later)")
    for item in items:
        if "generator" in item.keywords:
            item.add_marker(skip)


def spec_path() -> Path:
    return Path(os.environ.get("DEPLOYHQ_OPENAPI_SPEC", SHARED_SPEC))


def missing_spec() -> str | None:
    """What to do when DeployHQ's document is not at hand (None when it is)."""
    path = spec_path()
    if path.is_file():
        return None
    return (
        f"DeployHQ's document is not at {path}: put it there (../shared/openapi/ beside the clone) "
        "or run DEPLOYHQ_OPENAPI_SPEC=/path/to/deployhq.openapi.json scripts/dev.sh test"
    )


SAID = pytest.StashKey[list[str]]()


@pytest.fixture
def say(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Print a line at the end of the run, passed or not (the counts of the
    Prism and schemathesis passes, which CI's log should show)."""
    return request.config.stash.setdefault(SAID, []).append


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Said once, at the end: what tests asked to `say`; that the tests that need
    the document were skipped (failed under CI)."""
    for line in config.stash.get(SAID, []):
        terminalreporter.write_line(line)
    problem = missing_spec()
    if problem is not None:
        outcome = "failed (CI=true)" if _under_ci() else "skipped"
        terminalreporter.write_line(f"{problem}; the tests that need it {outcome}", yellow=True)
    if config.stash.get(NO_REDIS, False):
        outcome = "failed (CI=true)" if _under_ci() else "skipped"
        terminalreporter.write_line(f"{redis_server.MISSING}; those tests {outcome}", yellow=True)


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


NO_REDIS = pytest.StashKey[bool]()


@pytest.fixture
def redis(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[redis_server.RedisServer]:
    """A redis-server of this test's own on loopback (see tests/redis_server.py)."""
    binary = redis_server.binary()
    if binary is None:
        request.config.stash[NO_REDIS] = True
        if _under_ci():
            pytest.fail(redis_server.MISSING)
        pytest.skip("needs redis-server (see the end of this run)")
    server = redis_server.RedisServer(binary, tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pinned_spec() -> dict[str, Any]:
    """DeployHQ's document as pinned by openapi/spec.lock.json (read, never copied).
    Without it, a test that needs it is skipped, and under CI=true fails."""
    problem = missing_spec()
    if problem is not None:
        if _under_ci():
            pytest.fail(problem)
        pytest.skip("needs DeployHQ's document (see the end of this run)")
    return json.loads(spec_path().read_text())  # type: ignore[no-any-return]


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> InstantClock:
    """The virtual clock of the clients `make_client` builds in this test."""
    made = InstantClock()
    monkeypatch.setattr(helpers, "DEFAULT_CLOCK", made)
    return made


@pytest.fixture
def sleeps(clock: InstantClock) -> list[float]:
    """Every wait of the test's clients, recorded (the clock moves, nothing sleeps)."""
    return clock.sleeps


@pytest.fixture(scope="session")
def response_schemas(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    """Operation module name -> a validator of its success bodies, from the
    normalized document (what the generated client decodes)."""
    import jsonschema
    from deployhq_codegen import normalize, walk

    rules, names = normalize.load_data()
    doc, _ = normalize.normalize(pinned_spec, rules, names)
    validators: dict[str, Any] = {}
    for _path, _method, operation in walk.operations(doc):
        schemas = [
            body["schema"]
            for status, response in operation.get("responses", {}).items()
            if status.startswith("2")
            for body in response.get("content", {}).values()
            if "schema" in body
        ]
        if schemas:
            root = {**(schemas[0] if len(schemas) == 1 else {"anyOf": schemas}), "components": doc["components"]}
            validators[walk.snake_case(operation["operationId"])] = jsonschema.Draft202012Validator(root)
    return validators


@pytest.fixture(autouse=True)
def fakes_answer_as_the_document_says(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[None]:
    """Every success body any FakeDeployHQ of the test sent validates against the
    response schema of the operation it answered (when the document is at hand:
    the tests that need it say so themselves)."""
    from deployhq_async.testing import FakeDeployHQ

    if not spec_path().is_file():
        yield
        return
    response_schemas: dict[str, Any] = request.getfixturevalue("response_schemas")

    made: list[FakeDeployHQ] = []
    original = FakeDeployHQ.__init__

    @functools.wraps(original)
    def init(self: FakeDeployHQ, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(FakeDeployHQ, "__init__", init)
    yield
    for fake in made:
        for record in fake.requests:
            if record.operation is None or record.status is None or not 200 <= record.status < 300 or not record.body:
                continue
            if record.body[:1] not in (b"{", b"[", b'"'):  # a badge, a key: not JSON
                continue
            errors = list(response_schemas[record.operation].iter_errors(json.loads(record.body)))
            assert not errors, f"{record.method} {record.path} ({record.operation}): {errors[0].message}"
