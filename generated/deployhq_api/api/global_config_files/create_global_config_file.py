from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.config_file import ConfigFile
from ...models.config_file_input import ConfigFileInput
from ...types import Response, loads

OPERATION = "create_global_config_file"
METHOD = "POST"
PATH = "/global_config_files"
SUCCESS_STATUSES = (201,)


def build_request(
    *,
    body: ConfigFileInput,
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


def parse_response(response: httpx2.Response) -> ConfigFile:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 201:
        response_201 = ConfigFile.from_dict(loads(response.content))

        return response_201

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfigFileInput,
) -> Response[ConfigFile]:
    """Create new global config file

    Args:
        body (ConfigFileInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfigFile]
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
    body: ConfigFileInput,
) -> ConfigFile:
    """Create new global config file

    Args:
        body (ConfigFileInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfigFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
