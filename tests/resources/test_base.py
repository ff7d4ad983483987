"""What every resource shares: request models built from a method's own arguments."""

from __future__ import annotations

import pytest

from deployhq_async.generated.models import ServerUpdateServer, TeamCreateTeam
from deployhq_async.generated.types import UNSET
from deployhq_async.resources._base import fields


def test_fields_sends_the_given_arguments_and_leaves_none_unset() -> None:
    arguments = {"self": object(), "project": "app", "id": "s-1", "name": "web", "branch": None, "extra": None}
    model = fields(ServerUpdateServer, arguments)
    assert model.name == "web"
    assert model.branch is UNSET
    assert model.to_dict() == {"name": "web"}  # the path's values and the resource are no fields


def test_fields_puts_extra_in_the_additional_properties() -> None:
    model = fields(ServerUpdateServer, {"enabled": False, "extra": {"hostname": "web.example", "port": 22}})
    assert model.to_dict() == {"enabled": False, "hostname": "web.example", "port": 22}


def test_fields_takes_a_converted_value_over_the_argument() -> None:
    model = fields(TeamCreateTeam, {"name": "ops", "user_ids": (1, 2)}, user_ids=[1, 2])
    assert model.user_ids == [1, 2]
    assert model.to_dict() == {"name": "ops", "user_ids": [1, 2]}


def test_fields_refuses_an_argument_the_model_does_not_have() -> None:
    # A method whose parameter has no field would drop the caller's value silently.
    with pytest.raises(TypeError, match=r"ServerUpdateServer has no field colour, hostname_typo"):
        fields(ServerUpdateServer, {"name": "web", "colour": "blue", "hostname_typo": None})
