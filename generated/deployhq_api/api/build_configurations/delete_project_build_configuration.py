from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.status_result import StatusResult
from ...types import Response, loads, mismatch, quote_segment

OPERATION = "delete_project_build_configuration"
METHOD = "DELETE"
PATH = "/projects/{project_id}/build_configurations/{id}"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    id: str,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
            id=quote_segment(id, "id"),
        ),
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> None | StatusResult:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200: None | StatusResult
        _response_200_data = loads(response.content)
        if isinstance(_response_200_data, dict):
            try:
                response_200_type_0 = StatusResult.from_dict(_response_200_data)

                response_200 = response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("response_200", _response_200_data, "None | StatusResult", error) from error
        elif _response_200_data is None:
            response_200 = _response_200_data
        else:
            raise mismatch("response_200", _response_200_data, "None | StatusResult")

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[None | StatusResult]:
    """Delete a build configuration override

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[None | StatusResult]
    """

    kwargs = build_request(
        project_id=project_id,
        id=id,
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
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> None | StatusResult:
    """Delete a build configuration override

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None | StatusResult
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
        )
    ).parsed
