"""The people of the account."""

from __future__ import annotations

from deployhq_async.generated.api.users import create_user, delete_user, get_user, list_users, update_user
from deployhq_async.generated.models import User, UserCreate, UserCreateUser, UserSummary, UserUpdate, UserUpdateUser

from ._base import AccountCollection, Crud, Extra, fields, runs


class Users(AccountCollection[User]):
    """The people of the account."""

    crud = Crud(list=list_users, get=get_user, delete=delete_user)

    @runs("createUser")
    async def create(
        self,
        *,
        first_name: str,
        email_address: str,
        last_name: str | None = None,
        time_zone: str | None = None,
        account_administrator: bool | None = None,
        extra: Extra = None,
    ) -> UserSummary:
        """Invite a user."""
        body = UserCreate(user=fields(UserCreateUser, locals()))
        return await self._run(create_user, create_user.build_request(body=body))

    @runs("updateUser")
    async def update(
        self,
        id: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email_address: str | None = None,
        time_zone: str | None = None,
        account_administrator: bool | None = None,
        extra: Extra = None,
    ) -> UserSummary:
        """Change a user; fields left at None are not sent."""
        body = UserUpdate(user=fields(UserUpdateUser, locals()))
        return await self._run(update_user, update_user.build_request(id, body=body))
