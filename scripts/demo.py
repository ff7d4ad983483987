"""Deploy and wait with the facade against an in-process mock of DeployHQ."""

from __future__ import annotations

import asyncio
import itertools

import httpx

from deployhq_async import DeployHQ

STATUSES = itertools.chain(["pending", "running", "running"], itertools.repeat("completed"))


def mock_deployhq(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/projects":
        return httpx.Response(200, json=[{"name": "Acme Web", "permalink": "acme-web", "repository": None}])
    if path == "/projects/acme-web/servers":
        return httpx.Response(200, json=[{"identifier": "srv-1", "name": "web-1", "agent": None, "port": 22}])
    if path == "/projects/acme-web/deployments" and request.method == "POST":
        return httpx.Response(201, json={"identifier": "dep-1", "status": "pending"})
    if path == "/projects/acme-web/deployments/dep-1":
        return httpx.Response(200, json={"identifier": "dep-1", "status": next(STATUSES)})
    return httpx.Response(404, json={"error": "Not found", "error_code": "invalid_api_method"})


async def main() -> None:
    transport = httpx.MockTransport(mock_deployhq)
    async with DeployHQ("acme", "ops@acme.example", "0" * 40, transport=transport) as dhq:
        async for project in dhq.projects.list():
            print(f"project {project.permalink}")
            servers = await dhq.servers.list(project.permalink).collect()
            print(f"  servers: {[s.name for s in servers]}")
            dep = await dhq.deployments.create(
                project.permalink, parent_identifier=servers[0].identifier, end_revision="abc123", branch="main"
            )
            print(f"  created deployment {dep.identifier}: {dep.status}")
            done = await dhq.with_options(timeout=10).deployments.wait(
                project.permalink, dep.identifier, poll_interval=0.05, on_change=lambda d: print(f"  -> {d.status}")
            )
            print(f"  deployment {done.identifier} finished: {done.status}")


if __name__ == "__main__":
    asyncio.run(main())
