"""`deployhq-async projects`, `servers` and `deployments`: a look at the account."""

from __future__ import annotations

import argparse

from ._common import EXIT_OK, client, emit


async def projects(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        projects = await dhq.projects.list().collect()
    data = [{"name": p.name, "permalink": p.permalink, "identifier": p.identifier} for p in projects]
    emit(args, data, [f"{p['permalink']:<30} {p['name']}" for p in data])
    return EXIT_OK


async def servers(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        servers = await dhq.servers.list(args.project).collect()
    data = [{"name": s.name, "identifier": s.identifier, "protocol": s.protocol_type} for s in servers]
    emit(args, data, [f"{s['identifier']:<38} {s['name']} ({s['protocol']})" for s in data])
    return EXIT_OK


async def deployments(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        deployments = await dhq.deployments.list(args.project).collect(limit=args.limit)
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
