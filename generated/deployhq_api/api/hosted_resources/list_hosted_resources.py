from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.hosted_resource_list_item import HostedResourceListItem
from ...types import Response, loads

OPERATION = "list_hosted_resources"
METHOD = "GET"
PATH = "/hosted_resources"
SUCCESS_STATUSES = (200,)


def build_request() -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> list[HostedResourceListItem]:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for componentsschemas_hosted_resource_list_item_data in _response_200:
            componentsschemas_hosted_resource_list_item = HostedResourceListItem.from_dict(
                componentsschemas_hosted_resource_list_item_data
            )

            response_200.append(componentsschemas_hosted_resource_list_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[list[HostedResourceListItem]]:
    """List all hosted resources and hosted websites

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[HostedResourceListItem]]
    """

    kwargs = build_request()

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
) -> list[HostedResourceListItem]:
    """List all hosted resources and hosted websites

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[HostedResourceListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
