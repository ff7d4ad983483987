from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.template import Template
from ...models.template_create import TemplateCreate
from ...types import Response, loads

OPERATION = "create_template"
METHOD = "POST"
PATH = "/templates"
SUCCESS_STATUSES = (200,)


def build_request(
    *,
    body: TemplateCreate,
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


def parse_response(response: httpx2.Response) -> Template:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = Template.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TemplateCreate,
) -> Response[Template]:
    """Create a template

    Args:
        body (TemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Template]
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
    body: TemplateCreate,
) -> Template:
    """Create a template

    Args:
        body (TemplateCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Template
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
