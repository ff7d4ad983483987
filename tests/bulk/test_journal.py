"""The bulk journal: one run's at a time, written off the event loop in order,
and a damaged file refused before anything is sent."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest

from deployhq_async import BulkOptions, ConfigurationError, DeployTarget
from deployhq_async.bulk._journal import Journal
from deployhq_async.testing import AutojumpClock, FakeDeployHQ


def seed(fake: FakeDeployHQ, servers: int) -> list[DeployTarget]:
    project = fake.add_project("Shop")
    return [DeployTarget("shop", fake.add_server(project, f"web-{n}").identifier, "abc") for n in range(servers)]


async def test_a_second_run_on_a_journal_another_run_holds_stops_before_any_request(tmp_path: Path) -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=0, running_seconds=0)
    targets = seed(fake, 3)
    journal = tmp_path / "release.journal"
    held = Journal.open(journal, targets, "0123456789abcdef")
    try:
        async with fake.client() as dhq:
            with pytest.raises(ConfigurationError, match=r"another run holds the journal .*release\.journal"):
                await dhq.deployments.deploy_many(targets, wait=False, journal=journal)
        assert fake.requests == []
    finally:
        await held.aclose()
    async with fake.client() as dhq:  # released with the first run
        results = await dhq.deployments.deploy_many(targets, wait=False, journal=str(journal))
    assert [r.ok for r in results] == [True] * 3


async def test_writes_and_fsyncs_run_off_the_loop_and_an_intent_waits_for_its_fsync(tmp_path: Path) -> None:
    """A slow disk: the fsync blocks until the test releases it. Meanwhile the
    loop keeps running, and the intent (which must be on disk before its create
    is sent) has not returned."""
    release = threading.Event()
    synced: list[int] = []

    def slow_fsync(fd: int) -> None:
        release.wait(10)
        synced.append(fd)

    targets = [DeployTarget("shop", "s1", "abc")]
    journal = Journal.open(tmp_path / "slow.journal", targets, "0123456789abcdef", sync=slow_fsync)
    intent = asyncio.ensure_future(journal.intent(0, 1_900_000_000.0, "4b825dc"))
    beats = 0
    for _ in range(20):
        await asyncio.sleep(0.005)
        beats += 1
    assert beats == 20  # the loop ran throughout
    assert not intent.done()  # and the intent is still waiting for its fsync
    release.set()
    await asyncio.wait_for(intent, 10)
    journal.outcome(0, "d-1")
    await journal.aclose()
    assert len(synced) == 2
    lines = [json.loads(line) for line in (tmp_path / "slow.journal").read_text().splitlines()]
    assert [next(iter(entry)) for entry in lines] == ["journal", "intent", "outcome"]
    assert lines[1] == {"intent": 0, "at": 1_900_000_000.0, "start": "4b825dc"}  # what a resume sends again


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (b"\xff\xfe{}", "it is not UTF-8 text"),
        (b'{"outcome": 1}', "its outcome has no deployment identifier: None"),
        (b'{"intent": "one", "at": 1}', "its intent is not a target number below 2: 'one'"),
        (b'{"intent": 7, "at": 1}', "its intent is not a target number below 2: 7"),
        (b'{"intent": 1, "at": 1, "start": 5}', "its intent's start revision is not a string: 5"),
        (b"[1, 2]", "it is not a JSON object"),
        (b'{"hello": 1}', "it is not one intent, outcome or refusal"),
    ],
)
async def test_a_damaged_journal_names_its_file_and_line_and_nothing_is_sent(
    tmp_path: Path, line: bytes, problem: str
) -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=0, running_seconds=0)
    targets = seed(fake, 2)
    path = tmp_path / "damaged.journal"
    started = Journal.open(path, targets, "0123456789abcdef")
    started.outcome(0, "d-0")
    await started.aclose()
    path.write_bytes(path.read_bytes() + line + b"\n" + b'{"refused": 1}\n')
    async with fake.client() as dhq:
        with pytest.raises(ConfigurationError) as info:
            await dhq.deployments.deploy_many(targets, wait=False, journal=path)
    assert f"the journal {path} is damaged at line 3: {problem}" in str(info.value)
    assert fake.requests == []


async def test_a_journal_of_a_longer_list_is_said_to_be_another_lists_not_damaged(tmp_path: Path) -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=0, running_seconds=0)
    targets = seed(fake, 12)
    path = tmp_path / "fleet.journal"
    earlier = Journal.open(path, targets, "0123456789abcdef")
    earlier.outcome(10, "d-10")  # a target the shorter list has not
    await earlier.aclose()
    async with fake.client() as dhq:
        with pytest.raises(ConfigurationError) as info:
            await dhq.deployments.deploy_many(targets[:5], wait=False, journal=path)
    assert str(info.value) == (
        f"the journal {path} belongs to another list of targets (12 targets, not these 5); "
        "resume with the same targets, or give this run a new journal file"
    )
    assert fake.requests == []


async def test_a_torn_last_line_is_still_skipped_and_paths_may_be_strings(tmp_path: Path) -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 2)
    path = tmp_path / "torn.journal"
    first = Journal.open(path, targets, "0123456789abcdef")
    await first.intent(0, clock.now(), "")  # a create whose answer the crash lost: none was made
    await first.aclose()
    path.write_bytes(path.read_bytes() + b'{"outcome": 0, "deplo')
    async with fake.client() as dhq:
        results = await dhq.deployments.start_many(
            targets, BulkOptions(wait=False, settle_window=0.5, journal=str(path))
        )
    assert [r.ok for r in results] == [True, True]
    assert len(fake.deployments()) == 2


async def test_a_resume_looks_for_one_settle_window_at_most_whatever_the_stamp_says(tmp_path: Path) -> None:
    """The earlier run's clock was an hour fast when it wrote the intent: the
    resume still looks for at most one settle window, then creates."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1)
    path = tmp_path / "ahead.journal"
    earlier = Journal.open(path, targets, "0123456789abcdef")
    await earlier.intent(0, clock.now() + 3600, "")  # its answer was lost; nothing was made
    await earlier.aclose()
    started = clock.monotonic()
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, wait=False, settle_window=2, journal=path)
    assert [r.ok for r in results] == [True]
    assert len(fake.deployments()) == 1
    assert clock.monotonic() - started <= 2 + 1  # one window, then the create (virtual seconds)
    assert fake.count("GET", "/projects/shop/deployments") <= 2 / 0.2 + 3  # look-ups every 0.2 s, then the sweep
