"""The head revision's structure shipped with the program is exactly what the migrations build."""

from __future__ import annotations

import json

from shopdesk.services.safety.file_check import SHIPPED, build_structure, shipped_structure
from shopdesk.store.schema import SCHEMA_HEAD


def test_the_shipped_structure_is_what_the_migrations_build():
    assert shipped_structure() is not None, "run: python scripts/expected_schema.py"
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped["revision"] == SCHEMA_HEAD
    assert shipped["structure"] == build_structure(SCHEMA_HEAD)
