from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.server import Server
from ...types import Response, loads, quote_segment

OPERATION = "list_project_servers"
METHOD = "GET"
PATH = "/projects/{project_id}/servers"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
        ),
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> list[Server]:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for componentsschemas_server_list_item_data in _response_200:
            componentsschemas_server_list_item = Server.from_dict(componentsschemas_server_list_item_data)

            response_200.append(componentsschemas_server_list_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[list[Server]]:
    """List all servers

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Server]]
    """

    kwargs = build_request(
        project_id=project_id,
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
) -> list[Server]:
    """List all servers

    Args:
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Server]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
        )
    ).parsed
