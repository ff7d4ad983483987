"""The account itself."""

from __future__ import annotations

from deployhq_async.generated.api.account import billing_status_account_billing_status, get_account, update_account
from deployhq_async.generated.models import Account as AccountModel
from deployhq_async.generated.models import AccountUpdate, AccountUpdateAccount, BillingStatus

from ._base import Extra, Resource, given, runs, with_extra


class Account(Resource):
    """Name, time zone and plan of the account."""

    @runs("getAccount")
    async def get(self) -> AccountModel:
        """The account's settings."""
        return await self._run(get_account, get_account.build_request())

    @runs("updateAccount")
    async def update(
        self, *, name: str | None = None, time_zone: str | None = None, extra: Extra = None
    ) -> AccountModel:
        """Change the account's settings; fields left at None are not sent."""
        values = with_extra(AccountUpdateAccount(name=given(name), time_zone=given(time_zone)), extra)
        return await self._run(update_account, update_account.build_request(body=AccountUpdate(account=values)))

    @runs("billingStatusAccountBillingStatus")
    async def billing_status(self) -> BillingStatus:
        """The plan and whether the account is trialling or suspended."""
        operation = billing_status_account_billing_status
        return await self._run(operation, operation.build_request())
