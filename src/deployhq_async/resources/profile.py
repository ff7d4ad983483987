"""The signed-in user's own profile."""

from __future__ import annotations

from deployhq_async.generated.api.profile import get_profile, update_profile
from deployhq_async.generated.models import Profile as ProfileModel
from deployhq_async.generated.models import ProfileUpdate, ProfileUpdateUser

from ._base import Resource, given, runs


class Profile(Resource):
    """The user whose API key the client uses."""

    @runs("getProfile")
    async def get(self) -> ProfileModel:
        """Name, email address and time zone."""
        return await self._run(get_profile, get_profile.build_request())

    @runs("updateProfile")
    async def update(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email_address: str | None = None,
        time_zone: str | None = None,
    ) -> None:
        """Change the profile; fields left at None are not sent."""
        values = ProfileUpdateUser(
            first_name=given(first_name),
            last_name=given(last_name),
            email_address=given(email_address),
            time_zone=given(time_zone),
        )
        await self._run(update_profile, update_profile.build_request(body=ProfileUpdate(user=values)))
