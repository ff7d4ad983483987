from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.recent_commits import RecentCommits
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "recent_commits_project_repository"
METHOD = "GET"
PATH = "/projects/{project_id}/repository/recent_commits"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    *,
    branch: str,
    update: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["update"] = update

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> RecentCommits:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = RecentCommits.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    branch: str,
    update: str | Unset = UNSET,
) -> Response[RecentCommits]:
    """Recent Commits

    Args:
        project_id (str):
        branch (str):
        update (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RecentCommits]
    """

    kwargs = build_request(
        project_id=project_id,
        branch=branch,
        update=update,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    parsed = parse_response(response)
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    branch: str,
    update: str | Unset = UNSET,
) -> RecentCommits:
    """Recent Commits

    Args:
        project_id (str):
        branch (str):
        update (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RecentCommits
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            branch=branch,
            update=update,
        )
    ).parsed
