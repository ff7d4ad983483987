from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.undeployed_changes import UndeployedChanges
from ...types import Response, loads, quote_segment

OPERATION = "undeployed_changes_project_undeployed_change"
METHOD = "GET"
PATH = "/projects/{id}/undeployed_changes"
SUCCESS_STATUSES = (200,)


def build_request(
    id: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote_segment(id, "id"),
        ),
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> UndeployedChanges:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = UndeployedChanges.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[UndeployedChanges]:
    """List undeployed commits for a project

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UndeployedChanges]
    """

    kwargs = build_request(
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient,
) -> UndeployedChanges:
    """List undeployed commits for a project

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UndeployedChanges
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
