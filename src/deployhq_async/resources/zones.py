"""The regions DeployHQ deploys from."""

from __future__ import annotations

from deployhq_async.generated.api.zones import list_zones
from deployhq_async.generated.models import Zone

from .._pagination import AsyncPaginator
from ._base import Resource, runs


class Zones(Resource):
    """The regions DeployHQ deploys from."""

    @runs("listZones")
    def list(self) -> AsyncPaginator[Zone]:
        """All zones."""
        return self._unpaged(list_zones, list_zones.build_request())
