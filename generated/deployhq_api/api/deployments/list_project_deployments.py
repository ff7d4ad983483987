from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.deployment_page import DeploymentPage
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "list_project_deployments"
METHOD = "GET"
PATH = "/projects/{project_id}/deployments"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    to: str | Unset = UNSET,
    currently_running: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["to"] = to

    params["currently_running"] = currently_running

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> DeploymentPage:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = DeploymentPage.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    to: str | Unset = UNSET,
    currently_running: str | Unset = UNSET,
) -> Response[DeploymentPage]:
    """List deployments for a project

    Args:
        project_id (str):
        page (int | Unset):
        per_page (int | Unset):
        to (str | Unset):
        currently_running (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentPage]
    """

    kwargs = build_request(
        project_id=project_id,
        page=page,
        per_page=per_page,
        to=to,
        currently_running=currently_running,
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
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    to: str | Unset = UNSET,
    currently_running: str | Unset = UNSET,
) -> DeploymentPage:
    """List deployments for a project

    Args:
        project_id (str):
        page (int | Unset):
        per_page (int | Unset):
        to (str | Unset):
        currently_running (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentPage
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            per_page=per_page,
            to=to,
            currently_running=currently_running,
        )
    ).parsed
