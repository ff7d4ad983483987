from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.commit_info import CommitInfo
from ...types import UNSET, Response, loads, quote_segment

OPERATION = "commit_info_project_repository"
METHOD = "GET"
PATH = "/projects/{project_id}/repository/commit_info"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    *,
    commit: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["commit"] = commit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> CommitInfo:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = CommitInfo.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    commit: str,
) -> Response[CommitInfo]:
    """Commit Info

    Args:
        project_id (str):
        commit (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommitInfo]
    """

    kwargs = build_request(
        project_id=project_id,
        commit=commit,
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
    commit: str,
) -> CommitInfo:
    """Commit Info

    Args:
        project_id (str):
        commit (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommitInfo
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            commit=commit,
        )
    ).parsed
