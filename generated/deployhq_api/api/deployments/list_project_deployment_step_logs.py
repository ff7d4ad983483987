from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.deployment_log_entry import DeploymentLogEntry
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "list_project_deployment_step_logs"
METHOD = "GET"
PATH = "/projects/{project_id}/deployments/{deployment_id}/steps/{step_id}/logs"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    deployment_id: str,
    step_id: str,
    *,
    before: int | Unset = UNSET,
    download: bool | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""

    params: dict[str, Any] = {}

    params["before"] = before

    params["download"] = download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
            deployment_id=quote_segment(deployment_id, "deployment_id"),
            step_id=quote_segment(step_id, "step_id"),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx2.Response) -> list[DeploymentLogEntry]:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = []
        _response_200 = loads(response.content)
        for componentsschemas_deployment_log_entry_list_item_data in _response_200:
            componentsschemas_deployment_log_entry_list_item = DeploymentLogEntry.from_dict(
                componentsschemas_deployment_log_entry_list_item_data
            )

            response_200.append(componentsschemas_deployment_log_entry_list_item)

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    deployment_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient,
    before: int | Unset = UNSET,
    download: bool | Unset = UNSET,
) -> Response[list[DeploymentLogEntry]]:
    """List log entries for a deployment step

    Args:
        project_id (str):
        deployment_id (str):
        step_id (str):
        before (int | Unset):
        download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[DeploymentLogEntry]]
    """

    kwargs = build_request(
        project_id=project_id,
        deployment_id=deployment_id,
        step_id=step_id,
        before=before,
        download=download,
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
    deployment_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient,
    before: int | Unset = UNSET,
    download: bool | Unset = UNSET,
) -> list[DeploymentLogEntry]:
    """List log entries for a deployment step

    Args:
        project_id (str):
        deployment_id (str):
        step_id (str):
        before (int | Unset):
        download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[DeploymentLogEntry]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            deployment_id=deployment_id,
            step_id=step_id,
            client=client,
            before=before,
            download=download,
        )
    ).parsed
