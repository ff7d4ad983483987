from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.global_server_input import GlobalServerInput
from ...models.server import Server
from ...types import Response, loads

OPERATION = "create_global_server"
METHOD = "POST"
PATH = "/global_servers"
SUCCESS_STATUSES = (201,)


def build_request(
    *,
    body: GlobalServerInput,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx2.Response) -> Server:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 201:
        response_201 = Server.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GlobalServerInput,
) -> Response[Server]:
    """Create a global server

    Args:
        body (GlobalServerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Server]
    """

    kwargs = build_request(
        body=body,
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
    *,
    client: AuthenticatedClient,
    body: GlobalServerInput,
) -> Server:
    """Create a global server

    Args:
        body (GlobalServerInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Server
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
