"""Bulk runs and rollouts journaled in Redis (`journal="redis://…/<name>"`),
against a real redis-server on loopback: a run cut short resumes from another
client (or process) adopting what the first made; the lease lets one run
drive a journal at a time; a run that lost its lease sends nothing more."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest
from helpers import EMAIL, KEY
from redis_server import RedisServer
from test_cli import creates, run_cli, start_cli, targets_file

from deployhq_async import BulkOptions, ConfigurationError, DeployTarget
from deployhq_async.bulk._redis_log import beside, split
from deployhq_async.testing import FakeDeployHQ, Fault


def fleet(count: int) -> tuple[FakeDeployHQ, list[DeployTarget]]:
    fake = FakeDeployHQ(email=EMAIL, api_key=KEY, pending_seconds=0, running_seconds=0)
    project = fake.add_project("Fleet")
    servers = [fake.add_server(project, f"web-{n}") for n in range(count)]
    return fake, [DeployTarget("fleet", s.identifier, "abc123") for s in servers]


async def test_a_run_cut_short_resumes_from_another_client_with_one_deployment_per_target(redis: RedisServer) -> None:
    fake, targets = fleet(10)
    fake.inject(Fault.latency(0.1), method="POST", path="/projects/*/deployments", times="always")
    # A create on the wire when the run is cut short is looked for by the resume for one
    # settle window, on real time here (the lease's): one second, not the default minute.
    options = BulkOptions(concurrency=2, wait=False, settle_window=1, journal=f"{redis.url}/fleet-run")
    async with fake.client() as first:
        run = asyncio.ensure_future(first.deployments.start_many(targets, options))
        while len(fake.deployments()) < 3:
            await asyncio.sleep(0.01)
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
    made = len(fake.deployments())
    async with fake.client() as second:
        results = await second.deployments.start_many(targets, options)
    assert 3 <= made < 10
    assert all(r.ok for r in results)
    per_server = Counter(d.parent_identifier for d in fake.deployments())
    assert len(per_server) == 10 and set(per_server.values()) == {1}
    assert sum(r.adopted for r in results) >= 3  # what the first run made, from the journal (or found)


async def test_a_second_run_on_a_held_journal_stops_before_sending(redis: RedisServer) -> None:
    fake, targets = fleet(4)
    fake.inject(Fault.latency(0.2), method="POST", path="/projects/*/deployments", times="always")
    options = BulkOptions(concurrency=1, wait=False, journal=f"{redis.url}/shared-run")
    heard: list[object] = []
    async with fake.client() as first, fake.client(hooks=[heard.append]) as second:
        running = asyncio.ensure_future(first.deployments.start_many(targets, options))
        while not fake.requests:
            await asyncio.sleep(0.01)
        with pytest.raises(ConfigurationError, match=r"another run holds the journal redis://127\.0\.0\.1:\d+/0/"):
            await second.deployments.start_many(targets, options)
        assert heard == []  # the second run sent nothing
        results = await running
    assert all(r.ok for r in results) and len(fake.deployments()) == 4
    # Done, the first run gave its lease back: the journal can be run (and adopts all) at once.
    async with fake.client() as third:
        again = await third.deployments.start_many(targets, options)
    assert all(r.adopted for r in again) and len(fake.deployments()) == 4


async def test_a_run_that_lost_its_lease_sends_no_more_creates(redis: RedisServer) -> None:
    from redis.asyncio import from_url

    fake, targets = fleet(6)
    fake.inject(Fault.latency(0.1), method="POST", path="/projects/*/deployments", times="always")
    options = BulkOptions(concurrency=1, wait=False, journal=f"{redis.url}/lost-run")
    client = from_url(redis.url)
    async with fake.client() as dhq:
        running = asyncio.ensure_future(dhq.deployments.start_many(targets, options))
        while len(fake.deployments()) < 2:
            await asyncio.sleep(0.01)
        # Another run took the journal over (this one's lease expired meanwhile).
        await client.set("deployhq-async:journal:{lost-run}:lease", "another:99")
        with pytest.raises(ConfigurationError, match="lost the lease of the journal"):
            await running
    await client.aclose()
    assert len(fake.deployments()) <= 3  # the create on the wire when it was taken over, at most


def test_a_redis_journal_location_names_its_journal_and_may_set_its_lease() -> None:
    assert split("redis://cache:6379/0/nightly") == ("redis://cache:6379/0", "nightly", 15_000)
    assert split("redis://cache:6379/0/nightly?lease=3") == ("redis://cache:6379/0", "nightly", 3_000)
    assert beside("redis://cache:6379/0/nightly?lease=3", "wave-2") == "redis://cache:6379/0/nightly.wave-2?lease=3"
    with pytest.raises(ConfigurationError, match="ends with its name"):
        split("redis://cache:6379")
    with pytest.raises(ConfigurationError, match=r"takes \?lease=<seconds> \(1 to 3600\), not 'lease=0'"):
        BulkOptions(journal="redis://cache:6379/0/nightly?lease=0").check()


@pytest.mark.once
async def test_two_processes_on_one_redis_journal_one_runs_and_the_other_exits_2(
    redis: RedisServer, tmp_path: Path
) -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    file = targets_file(fake, tmp_path / "fleet.csv", 12)
    # Long enough that the second process starts while the first still runs.
    fake.inject(Fault.latency(0.5), method="POST", path="/projects/*/deployments", times="always")
    args = ("bulk", str(file), "--no-wait", "--concurrency", "1", "--journal", f"{redis.url}/one-run")
    async with fake.serve() as base_url:
        first = await start_cli(*args, base_url=base_url, fake=fake)
        await creates(fake, 1)
        code, _, err = await run_cli(*args, base_url=base_url, fake=fake)
        assert code == 2, err
        assert f"another run holds the journal {redis.url}/one-run" in err and "nothing was sent" in err
        _, first_err = await first.communicate()
    assert first.returncode == 0, first_err.decode()
    per_server = Counter(d.parent_identifier for d in fake.deployments())
    assert len(per_server) == 12 and set(per_server.values()) == {1}


# Alone, and beside the shared rate store of the same Redis, on a limit the run
# meets (DEPLOYHQ_RATE_STORE): a run stopped while some of its attempts wait
# for the store's admission still stops at once and gives its lease back.
@pytest.mark.once
@pytest.mark.parametrize("shared_rate", [False, True])
async def test_sigterm_gives_the_lease_back_so_the_run_resumes_at_once(
    redis: RedisServer, tmp_path: Path, shared_rate: bool
) -> None:
    import signal

    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    file = targets_file(fake, tmp_path / "fleet.csv", 30)
    journal = f"{redis.url}/fleet-term"  # the default lease (15 s): a resume within it needs the lease given back
    fake.inject(Fault.latency(0.2), method="POST", path="/projects/*/deployments", times="always")
    env = {"DEPLOYHQ_RATE_STORE": redis.url} if shared_rate else {}
    if shared_rate:
        fake.inject(Fault.rate_limit(8, retry_after=1), path="/projects/*", times="always")
    args = ("bulk", str(file), "--concurrency", "4", "--no-wait", "--journal", journal, "--settle-window", "1")
    async with fake.serve() as base_url:
        process = await start_cli(*args, base_url=base_url, fake=fake, env=env)
        await creates(fake, 6)
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), timeout=20)
        made = len(fake.deployments())
        code, again, again_err = await run_cli(*args, base_url=base_url, fake=fake, env=env)
    assert process.returncode == 143, err.decode()
    assert f"to resume without deploying twice: deployhq-async bulk {file}" in out.decode()
    assert f"--journal {journal}" in out.decode()
    assert code == 0, again_err
    assert f"({made} made by an earlier run with this journal, or found after a lost answer)" in again
    assert sorted(Counter(d.parent_identifier for d in fake.deployments()).values()) == [1] * 30
    if shared_rate:  # the runs met the limit, and the store learned it for the account
        assert any(r.status == 429 for r in fake.requests)
        from redis.asyncio import from_url

        client = from_url(redis.url)
        try:
            (state,) = await client.keys("deployhq-async:{*}:state")  # one account
            # Learned from the 429s: at the limit, or a probe or few above it (+1, +2, +4 …) until the next 429.
            assert 1 <= float(await client.hget(state, "rate")) <= 16
        finally:
            await client.aclose()
