from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.environment_variable import EnvironmentVariable
from ...models.global_environment_variable_create import GlobalEnvironmentVariableCreate
from ...types import Response, loads

OPERATION = "create_global_environment_variable"
METHOD = "POST"
PATH = "/global_environment_variables"
SUCCESS_STATUSES = (201,)


def build_request(
    *,
    body: GlobalEnvironmentVariableCreate,
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


def parse_response(response: httpx2.Response) -> EnvironmentVariable:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 201:
        response_201 = EnvironmentVariable.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GlobalEnvironmentVariableCreate,
) -> Response[EnvironmentVariable]:
    """Create a global environment variable

    Args:
        body (GlobalEnvironmentVariableCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnvironmentVariable]
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
    body: GlobalEnvironmentVariableCreate,
) -> EnvironmentVariable:
    """Create a global environment variable

    Args:
        body (GlobalEnvironmentVariableCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnvironmentVariable
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
