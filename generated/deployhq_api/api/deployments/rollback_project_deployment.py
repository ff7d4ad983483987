from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient
from ...models.deployment import Deployment
from ...models.rollback_project_deployment_body import RollbackProjectDeploymentBody
from ...types import UNSET, Response, Unset, loads, quote_segment

OPERATION = "rollback_project_deployment"
METHOD = "POST"
PATH = "/projects/{project_id}/deployments/{id}/rollback"
SUCCESS_STATUSES = (200,)


def build_request(
    project_id: str,
    id: str,
    *,
    body: RollbackProjectDeploymentBody | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments for `httpx2.AsyncClient.request` that perform this operation."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": PATH.format(
            project_id=quote_segment(project_id, "project_id"),
            id=quote_segment(id, "id"),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx2.Response) -> Deployment:
    """Decode a successful response; any other status raises `errors.UnexpectedStatus`."""
    if response.status_code == 200:
        response_200 = Deployment.from_dict(loads(response.content))

        return response_200

    raise errors.UnexpectedStatus(response.status_code, response.content)


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: RollbackProjectDeploymentBody | Unset = UNSET,
) -> Response[Deployment]:
    """Rollback a deployment

    Args:
        project_id (str):
        id (str):
        body (RollbackProjectDeploymentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deployment]
    """

    kwargs = build_request(
        project_id=project_id,
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
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
    body: RollbackProjectDeploymentBody | Unset = UNSET,
) -> Deployment:
    """Rollback a deployment

    Args:
        project_id (str):
        id (str):
        body (RollbackProjectDeploymentBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deployment
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
