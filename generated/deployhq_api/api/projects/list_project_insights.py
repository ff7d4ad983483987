from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.project_insights import ProjectInsights
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "list_project_insights"
METHOD = "GET"
PATH = "/projects/{id}/insights"
SUCCESS_STATUSES = (200,)


def build_request(
    id: str,
    *,
    period: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["period"] = period

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote_segment(id, "id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> ProjectInsights:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = ProjectInsights.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    period: str | Unset = UNSET,
) -> Response[ProjectInsights]:
    """Get project deployment insights

    Args:
        id (str):
        period (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectInsights]
    """

    kwargs = build_request(
        id=id,
        period=period,
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
    period: str | Unset = UNSET,
) -> ProjectInsights:
    """Get project deployment insights

    Args:
        id (str):
        period (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectInsights
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            period=period,
        )
    ).parsed
