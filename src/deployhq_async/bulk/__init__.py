"""Bulk deployments: many targets at bounded concurrency, no duplicate under any
fault, resumable with a journal (`dhq.deployments.start_many` / `deploy_many`);
and rollouts, bulk runs in waves (`dhq.deployments.start_rollout` / `rollout`)."""

from ._port import DeployHQPort
from ._rollout import RolloutOptions, RolloutResult, RolloutRun, WaveResult, plan_waves
from ._run import BulkRun
from ._targets import BulkOptions, Callback, DeployResult, DeployTarget, first_repeat

__all__ = [
    "BulkOptions",
    "BulkRun",
    "Callback",
    "DeployHQPort",
    "DeployResult",
    "DeployTarget",
    "RolloutOptions",
    "RolloutResult",
    "RolloutRun",
    "WaveResult",
    "first_repeat",
    "plan_waves",
]
