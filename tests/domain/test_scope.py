"""One Scope type reads and writes both stored dialects, and refuses anything else."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from shopdesk.domain.departments import DEPARTMENTS
from shopdesk.domain.scope import Dialect, Scope, ScopeError

scopes = st.one_of(
    st.just(Scope.shop()),
    st.sampled_from([Scope.of_department(d.value) for d in DEPARTMENTS]),
    st.integers(1, 10**9).map(Scope.of_person),
)


@given(scope=scopes, dialect=st.sampled_from(list(Dialect)))
def test_what_is_written_reads_back_as_the_same_scope(scope: Scope, dialect: Dialect) -> None:
    assert Scope.parse(scope.key(dialect), dialect) == scope


def test_the_two_dialects_differ_only_for_the_shop_and_departments() -> None:
    design = Scope.of_department("design")
    assert design.key(Dialect.FIGURES) == "dept:design"
    assert design.key(Dialect.RULES) == "department:design"
    assert Scope.shop().key(Dialect.FIGURES) == "shop" and Scope.shop().key(Dialect.RULES) == "all"
    assert Scope.of_person(7).key(Dialect.FIGURES) == Scope.of_person(7).key(Dialect.RULES) == "staff:7"
    # A key of one dialect is not read as the other's.
    assert Scope.try_parse("all", Dialect.FIGURES) is None
    assert Scope.try_parse("dept:design", Dialect.RULES) is None


@given(text=st.text(max_size=30))
@example(text="staff:²")
@example(text="staff:0")
@example(text="staff:007")
@example(text="staff:" + "9" * 5000)
@example(text="dept:")
def test_anything_else_is_refused_not_guessed(text: str) -> None:
    for dialect in Dialect:
        parsed = Scope.try_parse(text, dialect)
        if parsed is None:
            with pytest.raises(ScopeError):
                Scope.parse(text, dialect)
        else:  # only what the writer would have written is accepted
            assert parsed.key(dialect) == text
