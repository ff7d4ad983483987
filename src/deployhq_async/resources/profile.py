"""The signed-in user's own profile."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ._base import Resource, arguments

if TYPE_CHECKING:
    from deployhq_api.models import Profile as ProfileModel


class Profile(Resource):
    """The user whose API key the client uses."""

    async def get(self) -> ProfileModel:
        """Name, email address and time zone."""
        return cast("ProfileModel", await self._run("profile", "get_profile"))

    async def update(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email_address: str | None = None,
        time_zone: str | None = None,
    ) -> None:
        """Change the profile; fields left at None are not sent."""
        values = arguments(locals())
        await self._run("profile", "update_profile", body={"user": values})
