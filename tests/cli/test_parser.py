"""The command line's help: the environment and exit statuses said once, each
default once, none where there is none."""

from __future__ import annotations

import pytest

from deployhq_async._cli import main
from deployhq_async._cli._parser import SEE_ROOT

COMMANDS = ["demo", "deploy", "wait", "logs", "bulk", "rollout", "projects", "servers", "deployments", "webhooks"]


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return capsys.readouterr().out


def test_the_environment_and_exit_statuses_are_in_the_root_help_only(capsys: pytest.CaptureFixture[str]) -> None:
    root = help_of(capsys)
    assert "DEPLOYHQ_API_KEY" in root and "124  a wait timed out" in root
    for command in COMMANDS:
        text = help_of(capsys, command)
        assert "DEPLOYHQ_API_KEY" not in text and "exit status:" not in text, command
        assert text.rstrip().endswith(SEE_ROOT), command


def test_each_default_is_shown_once_and_never_as_none(capsys: pytest.CaptureFixture[str]) -> None:
    for command in COMMANDS:
        text = " ".join(help_of(capsys, command).split())  # unwrapped
        assert "(default: None)" not in text and "(default: False)" not in text, command
        assert text.count("(default:") == len(set(text.split("(default:")[1:])), command
    rollout = " ".join(help_of(capsys, "rollout").split())
    assert rollout.count("(default: 1, 25%, 100%)") == 1
    assert "seconds to wait after each wave (default: 0.0)" in rollout
    assert "requests in flight at once (default: 8)" in rollout
