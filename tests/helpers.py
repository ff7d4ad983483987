"""Shared test helpers: a scripted mock transport and a client wired to it."""

from __future__ import annotations

import json
from typing import Any

import httpx

from deployhq_async import DeployHQ


class Recorder:
    """An httpx MockTransport handler that answers from a script and remembers requests.

    Each scripted answer is an httpx.Response, an exception to raise, or a callable
    taking the request. The last answer repeats once the script runs out.
    """

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers) or [httpx.Response(200, json={})]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        assert isinstance(answer, httpx.Response)
        return answer

    @property
    def count(self) -> int:
        return len(self.requests)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


KEY = "k3y" + "x" * 37
EMAIL = "ops@acme.example"


def make_client(recorder: Recorder, **kwargs: Any) -> DeployHQ:
    return DeployHQ("acme", EMAIL, KEY, transport=httpx.MockTransport(recorder), **kwargs)
