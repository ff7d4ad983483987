"""SSH key pairs of the account."""

from __future__ import annotations

from deployhq_async.generated.api.ssh_keys import create_ssh_key, delete_ssh_key, list_ssh_keys
from deployhq_async.generated.models import SshKey, SshKeyCreate, SshKeyCreateKeyPair

from .._pagination import AsyncPaginator
from ._base import Resource, fields, runs


class SshKeys(Resource):
    """SSH key pairs of the account."""

    @runs("listSshKeys")
    def list(self) -> AsyncPaginator[SshKey]:
        """All key pairs."""
        return self._unpaged(list_ssh_keys, list_ssh_keys.build_request())

    @runs("createSshKey")
    async def create(self, *, title: str, key_type: str | None = None, custom_private_key: str | None = None) -> SshKey:
        """Create a key pair (or import `custom_private_key`)."""
        values = fields(SshKeyCreateKeyPair, locals(), use_custom_key=True if custom_private_key else None)
        return await self._run(create_ssh_key, create_ssh_key.build_request(body=SshKeyCreate(key_pair=values)))

    @runs("deleteSshKey")
    async def delete(self, id: str) -> None:
        """Delete a key pair."""
        await self._run(delete_ssh_key, delete_ssh_key.build_request(id))
