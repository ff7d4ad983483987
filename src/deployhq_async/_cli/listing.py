"""`deployhq-async projects`, `servers` and `deployments`: a look at the account."""

from __future__ import annotations

import argparse

from ..errors import NotFoundError
from ._common import EXIT_OK, client, emit
from ._terms import not_found


async def projects(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        projects = await dhq.projects.list().collect()
    data = [{"name": p.name, "permalink": p.permalink, "identifier": p.identifier} for p in projects]
    emit(args, data, [f"{p['permalink']:<30} {p['name']}" for p in data])
    return EXIT_OK


async def servers(args: argparse.Namespace) -> int:
    """The servers, then the server groups: what `deploy --server` takes."""
    async with client(args) as dhq:
        try:
            servers = await dhq.servers.list(args.project).collect()
            groups = await dhq.server_groups.list(args.project).collect()
        except NotFoundError as exc:
            raise await not_found(dhq, args.project, exc) from None
    data = [
        {"name": s.name, "identifier": s.identifier, "kind": "server", "protocol": s.protocol_type} for s in servers
    ] + [{"name": g.name, "identifier": g.identifier, "kind": "server group", "protocol": None} for g in groups]
    emit(args, data, [f"{s['identifier']:<38} {s['name']} ({s['protocol'] or s['kind']})" for s in data])
    return EXIT_OK


async def deployments(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        try:
            deployments = await dhq.deployments.list(args.project).collect(limit=args.limit)
        except NotFoundError as exc:
            raise await not_found(dhq, args.project, exc) from None
    data = [
        {
            "identifier": d.identifier,
            "status": d.status,
            "revision": getattr(d.end_revision, "ref", None),
            "queued_at": getattr(d.timestamps, "queued_at", None),
        }
        for d in deployments
    ]
    emit(args, data, [f"{d['identifier']:<38} {d['status']:<10} {d['revision']}" for d in data])
    return EXIT_OK
