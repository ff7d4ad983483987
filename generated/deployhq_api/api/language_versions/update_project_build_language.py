from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.build_environment import BuildEnvironment
from ...models.build_language_input import BuildLanguageInput
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "update_project_build_language"
METHOD = "PATCH"
PATH = "/projects/{project_id}/build_languages/{id}"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    id: str,
    *,
    body: BuildLanguageInput,
    override_build_configuration_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["override_build_configuration_id"] = override_build_configuration_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
            id=quote_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx2.Response) -> BuildEnvironment:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = BuildEnvironment.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: BuildLanguageInput,
    override_build_configuration_id: str | Unset = UNSET,
) -> Response[BuildEnvironment]:
    """Update language version

    Args:
        project_id (str):
        id (str):
        override_build_configuration_id (str | Unset):
        body (BuildLanguageInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildEnvironment]
    """

    kwargs = build_request(
        project_id=project_id,
        id=id,
        body=body,
        override_build_configuration_id=override_build_configuration_id,
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
    body: BuildLanguageInput,
    override_build_configuration_id: str | Unset = UNSET,
) -> BuildEnvironment:
    """Update language version

    Args:
        project_id (str):
        id (str):
        override_build_configuration_id (str | Unset):
        body (BuildLanguageInput):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildEnvironment
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            body=body,
            override_build_configuration_id=override_build_configuration_id,
        )
    ).parsed
