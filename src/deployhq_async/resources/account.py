"""The account itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ._base import Extra, Resource, arguments

if TYPE_CHECKING:
    from deployhq_api.models import Account as AccountModel
    from deployhq_api.models import BillingStatus


class Account(Resource):
    """Name, time zone and plan of the account."""

    async def get(self) -> AccountModel:
        """The account's settings."""
        return cast("AccountModel", await self._run("account", "get_account"))

    async def update(
        self, *, name: str | None = None, time_zone: str | None = None, extra: Extra = None
    ) -> AccountModel:
        """Change the account's settings; fields left at None are not sent."""
        values = arguments(locals())
        return cast("AccountModel", await self._run("account", "update_account", body={"account": values}))

    async def billing_status(self) -> BillingStatus:
        """The plan and whether the account is trialling or suspended."""
        return cast("BillingStatus", await self._run("account", "billing_status_account_billing_status"))
