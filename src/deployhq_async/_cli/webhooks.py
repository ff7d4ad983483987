"""`deployhq-async webhooks verify|listen`: DeployHQ's deployment notifications,
checked from a saved request, or received on a local port while debugging."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from ..webhooks import DeploymentNotification, WebhookVerificationError, handle, verify
from ._common import EXIT_FAILED, EXIT_OK, UsageError, emit

HEAD_LIMIT = 64 * 1024  # a request's head; DeployHQ's are a few hundred bytes


async def run(args: argparse.Namespace) -> int:
    key = None if args.key is None else await asyncio.to_thread(_read, args.key, "--key ")
    if args.action == "verify":
        return await _verify(args, key)
    if args.request is not None:
        raise UsageError("listen takes no saved request: give --port (and --host)")
    return await _listen(args, key)


async def _verify(args: argparse.Namespace, key: bytes | None) -> int:
    """A saved request (its head, a blank line, its body): valid, or why not (exit 1)."""
    if args.request is None:
        raise UsageError("verify needs a saved request: deployhq-async webhooks verify FILE (- for stdin)")
    raw = sys.stdin.buffer.read() if str(args.request) == "-" else await asyncio.to_thread(_read, args.request, "")
    # The body as it was signed: split at the first blank line, never rewritten.
    head, separator, body = raw.partition(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n")
    if not separator:
        raise UsageError(f"{args.request} is not a saved request: no blank line between its head and its body")
    headers = _headers(head.decode("latin-1").splitlines()[1:])
    try:
        note = await asyncio.to_thread(verify, body, headers, key=key, signature_header=args.signature_header)
    except WebhookVerificationError as exc:
        emit(args, {"valid": False, "reason": exc.reason, "message": str(exc)}, [f"not valid ({exc.reason}): {exc}"])
        return EXIT_FAILED
    emit(args, {"valid": True, **_json(note)}, [f"valid: {_line(note)}"])
    return EXIT_OK


async def _listen(args: argparse.Namespace, key: bytes | None) -> int:
    """Answer notifications on a port until stopped, printing each that verifies."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status, text = await _exchange(reader, args, key)
            writer.write(f"HTTP/1.1 {status} {_REASONS[status]}\r\nContent-Length: {len(text)}\r\n".encode())
            writer.write(b"Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text)
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, args.host, args.port, limit=HEAD_LIMIT)
    port = server.sockets[0].getsockname()[1]
    print(f"listening on http://{args.host}:{port}/ (Ctrl-C to stop)", file=sys.stderr, flush=True)
    async with server:
        await server.serve_forever()
    return EXIT_OK  # serve_forever returns only when cancelled, which the signal handler turns into its exit status


async def _exchange(reader: asyncio.StreamReader, args: argparse.Namespace, key: bytes | None) -> tuple[int, bytes]:
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    if not head[0].startswith("POST "):
        return 405, b"DeployHQ posts its notifications"
    headers = _headers(head[1:])
    length_text = headers.get("content-length", "0") or "0"
    if not length_text.isdigit():
        return 400, b"malformed: the Content-Length is not a number"
    length = int(length_text)
    if length > 1 << 20:
        return 413, b"a notification is at most 1 MiB"
    body = await reader.readexactly(length)
    answer = await handle(body, headers, key=key, signature_header=args.signature_header)
    if answer.notification is None:
        print(f"refused: {answer.body.decode()}", file=sys.stderr, flush=True)
    elif args.json:
        import json

        print(json.dumps(_json(answer.notification)), flush=True)
    else:
        print(_line(answer.notification), flush=True)
    return answer.status, answer.body


_REASONS = {204: "No Content", 400: "Bad Request", 405: "Method Not Allowed", 413: "Content Too Large"}


def _headers(lines: list[str]) -> dict[str, str]:
    pairs = (line.partition(":") for line in lines if ":" in line)
    return {name.strip().lower(): value.strip() for name, _, value in pairs}


def _read(path: Path, flag: str) -> bytes:
    """A file's bytes (read off the loop); a usage error naming it, and its `flag`, when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{flag}{path}: {exc.strerror or exc}") from None


def _line(note: DeploymentNotification) -> str:
    servers = ", ".join(s.name or s.identifier or "?" for s in note.servers) or "no servers"
    return f"deployment {note.identifier} of {note.project}: {note.status} ({servers}; {note.end_revision})"


def _json(note: DeploymentNotification) -> dict[str, Any]:
    return {
        "deployment": note.identifier,
        "project": note.project,
        "status": note.status,
        "servers": [s.identifier for s in note.servers],
        "start_revision": note.start_revision,
        "end_revision": note.end_revision,
    }
