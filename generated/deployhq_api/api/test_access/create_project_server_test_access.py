from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.access_test import AccessTest
from ...types import Response, loads, quote_segment

OPERATION = "create_project_server_test_access"
METHOD = "POST"
PATH = "/projects/{project_id}/servers/{server_id}/test_access"
SUCCESS_STATUSES = (201,)


def build_request(
    project_id: str,
    server_id: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
            server_id=quote_segment(server_id, "server_id"),
        ),
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> AccessTest:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 201:
        response_201 = AccessTest.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AccessTest]:
    """Run test access

    Args:
        project_id (str):
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessTest]
    """

    kwargs = build_request(
        project_id=project_id,
        server_id=server_id,
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
    server_id: str,
    *,
    client: AuthenticatedClient,
) -> AccessTest:
    """Run test access

    Args:
        project_id (str):
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessTest
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            server_id=server_id,
            client=client,
        )
    ).parsed
