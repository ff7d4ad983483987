"""Teams of users and what they may do."""

from __future__ import annotations

from collections.abc import Sequence

from deployhq_async.generated.api.teams import create_team, delete_team, get_team, list_teams, update_team
from deployhq_async.generated.models import Team, TeamCreate, TeamCreateTeam, TeamUpdate, TeamUpdateTeam

from ._base import AccountCollection, Crud, Extra, fields, runs


class Teams(AccountCollection[Team]):
    """Teams of users and what they may do."""

    crud = Crud(list=list_teams, get=get_team, delete=delete_team)

    @runs("createTeam")
    async def create(
        self,
        *,
        name: str,
        is_admin: bool | None = None,
        user_ids: Sequence[int] | None = None,
        extra: Extra = None,
    ) -> Team:
        """Add a team."""
        values = fields(TeamCreateTeam, locals(), user_ids=None if user_ids is None else list(user_ids))
        return await self._run(create_team, create_team.build_request(body=TeamCreate(team=values)))

    @runs("updateTeam")
    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        is_admin: bool | None = None,
        user_ids: Sequence[int] | None = None,
        extra: Extra = None,
    ) -> Team:
        """Change a team; fields left at None are not sent."""
        values = fields(TeamUpdateTeam, locals(), user_ids=None if user_ids is None else list(user_ids))
        return await self._run(update_team, update_team.build_request(id, body=TeamUpdate(team=values)))
