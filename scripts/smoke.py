"""Drive the generated client against an in-process mock of DeployHQ and print a few calls."""

from __future__ import annotations

import asyncio
import json

import httpx
from deployhq_api.api.deployments import create_project_deployment, get_project_deployment_by_id
from deployhq_api.api.projects import list_projects
from deployhq_api.models import DeploymentCreate, DeploymentCreateDeployment

PROJECTS = [{"name": "Acme Web", "permalink": "acme-web", "identifier": "p-1", "repository": None}]
DEPLOYMENT = {"identifier": "d-1", "status": "pending", "timestamps": {"queued_at": "2026-02-26T13:43:29.000+01:00"}}


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/projects":
        return httpx.Response(200, json=PROJECTS)
    if request.method == "POST":
        body = json.loads(request.content)
        return httpx.Response(201, json={**DEPLOYMENT, "branch": body["deployment"]["branch"]})
    return httpx.Response(200, json={**DEPLOYMENT, "status": "completed"})


async def main() -> None:
    transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(base_url="https://acme.deployhq.com", transport=transport) as http:

        async def call(module, *args, **kwargs):  # type: ignore[no-untyped-def]
            response = await http.request(**module.build_request(*args, **kwargs))
            print(f"{module.METHOD:6} {response.request.url.path:40} -> {response.status_code}")
            return module.parse_response(response)

        projects = await call(list_projects)
        print("   projects:", [p.permalink for p in projects])
        body = DeploymentCreate(
            deployment=DeploymentCreateDeployment(parent_identifier="s-1", end_revision="abc123", branch="main")
        )
        created = await call(create_project_deployment, "acme-web", body=body)
        print("   created:", created.identifier, created.status, created.branch, created.timestamps.queued_at)
        done = await call(get_project_deployment_by_id, "acme-web", created.identifier)
        print("   now:", done.status)


if __name__ == "__main__":
    asyncio.run(main())
