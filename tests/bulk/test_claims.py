"""Which deployments a run may claim: its mark where DeployHQ echoes it, the
bounds of its lost creates where it does not."""

from __future__ import annotations

import datetime

from deployhq_async.bulk._claims import Claims, mark_of, marked
from deployhq_async.generated.models import DeploymentSummary

MINE, THEIRS = "0123456789abcdef", "fedcba9876543210"


def summary(identifier: str, queued: float, overview: str | None) -> DeploymentSummary:
    at = datetime.datetime.fromtimestamp(queued, datetime.UTC).isoformat()
    return DeploymentSummary.from_dict(
        {"identifier": identifier, "status": "pending", "overview": overview, "timestamps": {"queued_at": at}}
    )


def test_the_mark_follows_the_targets_own_overview() -> None:
    assert marked(None, MINE) == f"(deployhq-async run {MINE})"
    assert marked("  ", MINE) == f"(deployhq-async run {MINE})"
    assert marked("Release 5\n", MINE) == f"Release 5\n\n(deployhq-async run {MINE})"
    assert mark_of(summary("d", 0, marked("Release 5", MINE))) == MINE
    assert mark_of(summary("d", 0, "Release 5")) is None
    assert mark_of(summary("d", 0, None)) is None


def test_another_runs_mark_is_never_claimed_even_when_its_time_fits() -> None:
    claims = Claims(MINE)
    claims.lost(0, lambda: 100.0)
    theirs = summary("d-1", 200.0, marked(None, THEIRS))
    assert not claims.may_follow(theirs, since=100.0)
    assert not claims.owns(0, theirs)
    mine = summary("d-2", 50.0, marked("x", MINE))  # queued "before" the send: the mark decides
    assert claims.may_follow(mine, since=100.0) and claims.owns(0, mine)


def test_without_echoed_marks_only_the_lost_creates_bounds_decide() -> None:
    claims = Claims(MINE)
    claims.lost(0, lambda: 100.0)
    late, early = summary("d-1", 150.0, None), summary("d-2", 99.0, None)
    assert claims.may_follow(late, since=100.0) and not claims.may_follow(early, since=100.0)
    assert claims.owns(0, late) and not claims.owns(0, early) and not claims.owns(1, late)
    claims.account(0)  # one lost create, one deployment claimed for it: no more can be its
    assert not claims.owns(0, late)


def test_once_deployhq_echoes_this_runs_mark_an_unmarked_deployment_is_not_its() -> None:
    claims = Claims(MINE)
    claims.lost(0, lambda: 100.0)
    unmarked = summary("d-1", 150.0, None)
    assert claims.owns(0, unmarked)
    claims.made(summary("d-0", 90.0, marked(None, MINE)))
    assert claims.echoed and claims.claimed("d-0")
    assert not claims.owns(0, unmarked) and not claims.may_follow(unmarked, since=100.0)
