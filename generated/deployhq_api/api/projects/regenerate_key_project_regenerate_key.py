from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.public_key import PublicKey
from ...models.regenerate_key_input import RegenerateKeyInput
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "regenerate_key_project_regenerate_key"
METHOD = "PATCH"
PATH = "/projects/{id}/regenerate_key"
SUCCESS_STATUSES = (200,)


def build_request(
    id: str,
    *,
    body: RegenerateKeyInput | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            id=quote_segment(id, "id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx2.Response) -> PublicKey:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = PublicKey.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: RegenerateKeyInput | Unset = UNSET,
) -> Response[PublicKey]:
    """Regenerate project SSH key

    Args:
        id (str):
        body (RegenerateKeyInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublicKey]
    """

    kwargs = build_request(
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: RegenerateKeyInput | Unset = UNSET,
) -> PublicKey:
    """Regenerate project SSH key

    Args:
        id (str):
        body (RegenerateKeyInput | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublicKey
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
