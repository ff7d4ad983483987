"""Project templates of the account."""

from __future__ import annotations

from deployhq_async.generated.api.templates import create_template, delete_template, list_templates, update_template
from deployhq_async.generated.models import (
    Template,
    TemplateCreate,
    TemplateCreateTemplate,
    TemplateUpdate,
    TemplateUpdateTemplate,
)

from ..errors import NotInListingError
from ._base import AccountCollection, Crud, Extra, fields, runs


class Templates(AccountCollection[Template]):
    """Project templates of the account."""

    crud = Crud(list=list_templates, get=None, delete=delete_template)

    @runs("createTemplate")
    async def create(
        self, *, name: str, project_id: str | None = None, description: str | None = None, extra: Extra = None
    ) -> Template:
        """Add a template, optionally copied from a project."""
        body = TemplateCreate(template=fields(TemplateCreateTemplate, locals()))
        return await self._run(create_template, create_template.build_request(body=body))

    @runs("updateTemplate")
    async def update(
        self, id: str, *, name: str | None = None, description: str | None = None, extra: Extra = None
    ) -> Template:
        """Change a template; fields left at None are not sent."""
        body = TemplateUpdate(template=fields(TemplateUpdateTemplate, locals()))
        return await self._run(update_template, update_template.build_request(id, body=body))

    @runs("listTemplates")
    async def get(self, id: str) -> Template:
        """DeployHQ has no endpoint for one template: find it in the listing.

        Raises `NotInListingError` when no template has `id` as permalink or name."""
        async for template in self.list():
            if id in (template.permalink, template.name):
                return template
        raise NotInListingError(f"no template {id!r} (by permalink or name): see templates.list()")
