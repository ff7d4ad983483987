from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.beta_enrollment import BetaEnrollment
from ...models.beta_enrollment_create import BetaEnrollmentCreate
from ...types import UNSET, Response, Unset, loads

OPERATION = "create_betum_enrollment"
METHOD = "POST"
PATH = "/beta/enrollments"
SUCCESS_STATUSES = (200,)


def build_request(
    *,
    body: BetaEnrollmentCreate | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx2.Response) -> BetaEnrollment:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = BetaEnrollment.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BetaEnrollmentCreate | Unset = UNSET,
) -> Response[BetaEnrollment]:
    """Enroll in managed-resources beta

    Args:
        body (BetaEnrollmentCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BetaEnrollment]
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
    body: BetaEnrollmentCreate | Unset = UNSET,
) -> BetaEnrollment:
    """Enroll in managed-resources beta

    Args:
        body (BetaEnrollmentCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BetaEnrollment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
