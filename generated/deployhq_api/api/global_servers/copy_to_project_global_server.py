from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.server import Server
from ...types import UNSET, Response, loads, quote_segment

OPERATION = "copy_to_project_global_server"
METHOD = "POST"
PATH = "/global_servers/{id}/copy_to_project"
SUCCESS_STATUSES = (201,)


def build_request(
    id: str,
    *,
    project_id: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> Server:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 201:
        response_201 = Server.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    project_id: str,
) -> Response[Server]:
    """Copy a global server to a project

    Args:
        id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Server]
    """

    kwargs = build_request(
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient,
    project_id: str,
) -> Server:
    """Copy a global server to a project

    Args:
        id (str):
        project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Server
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            project_id=project_id,
        )
    ).parsed
