from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...types import Response, quote_segment

OPERATION = "status_badge_status_badge_by_identifier"
METHOD = "GET"
PATH = "/{id}/{identifier}/status_badge.svg"
SUCCESS_STATUSES = (200,)


def build_request(
    id: str,
    identifier: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote_segment(id, "id"),
            identifier=quote_segment(identifier, "identifier"),
        ),
    }

    _kwargs.setdefault("headers", {})["Accept"] = "image/svg+xml, application/json;q=0.5"
    return _kwargs


def parse_response(response: httpx2.Response) -> bytes:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        return response.content
    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[bytes]:
    """Get deployment status badge

    Args:
        id (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[bytes]
    """

    kwargs = build_request(
        id=id,
        identifier=identifier,
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
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> bytes:
    """Get deployment status badge

    Args:
        id (str):
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        bytes
    """

    return (
        await asyncio_detailed(
            id=id,
            identifier=identifier,
            client=client,
        )
    ).parsed
