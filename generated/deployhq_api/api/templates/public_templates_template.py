from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.public_template_summary import PublicTemplateSummary
from ...types import UNSET, Response, Unset, loads

OPERATION = "public_templates_template"
METHOD = "GET"
PATH = "/templates/public_templates"
SUCCESS_STATUSES = (200,)


def build_request(
    *,
    framework_type: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["framework_type"] = framework_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> list[PublicTemplateSummary]:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for componentsschemas_public_template_list_item_data in _response_200:
            componentsschemas_public_template_list_item = PublicTemplateSummary.from_dict(
                componentsschemas_public_template_list_item_data
            )

            response_200.append(componentsschemas_public_template_list_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    framework_type: str | Unset = UNSET,
) -> Response[list[PublicTemplateSummary]]:
    """List public templates

    Args:
        framework_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PublicTemplateSummary]]
    """

    kwargs = build_request(
        framework_type=framework_type,
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
    framework_type: str | Unset = UNSET,
) -> list[PublicTemplateSummary]:
    """List public templates

    Args:
        framework_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PublicTemplateSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            framework_type=framework_type,
        )
    ).parsed
