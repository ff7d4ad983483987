"""The targets file of `bulk` and `rollout` as people write it: CSV saved by
Excel, `[[targets]]` for `[[target]]`, an unquoted revision."""

from __future__ import annotations

from pathlib import Path

import pytest

from deployhq_async._cli import read_targets


def test_a_csv_saved_by_excel_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "targets.csv"
    path.write_bytes("project,server,revision\r\nshop,s1,r1\r\n".encode("utf-8-sig"))
    (target,) = read_targets(path)
    assert (target.project, target.parent_identifier, target.end_revision) == ("shop", "s1", "r1")


def test_targets_tables_are_read_as_target_tables(tmp_path: Path) -> None:
    path = tmp_path / "targets.toml"
    path.write_text('[[targets]]\nproject = "shop"\nserver = "s1"\nrevision = "r1"\n')
    assert [t.parent_identifier for t in read_targets(path)] == ["s1"]
    path.write_text(path.read_text() + '[[target]]\nproject = "shop"\nserver = "s2"\nrevision = "r1"\n')
    with pytest.raises(ValueError, match=r"both \[\[target\]\] and \[\[targets\]\] tables: use one name"):
        read_targets(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("revision = 5", 'target 1: revision must be text, got 5 (in TOML, quote it: revision = "5")'),
        ("end_revision = 5", 'target 1: end_revision must be text, got 5 (in TOML, quote it: end_revision = "5")'),
        ('revision = "r1"\nbranch = 2', 'target 1: branch must be text, got 2 (in TOML, quote it: branch = "2")'),
    ],
)
def test_a_value_that_is_not_text_names_the_file_the_target_and_the_column(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "targets.toml"
    path.write_text(f'[[target]]\nproject = "shop"\nserver = "s1"\n{line}\n')
    with pytest.raises(ValueError) as info:
        read_targets(path)
    assert str(info.value) == f"{path}: {message}"
