"""Characters that Python calls digits but int() refuses (superscripts like '²') are bad
input with a clear error, not a crash."""

import pytest

from shopdesk.domain.appraisal import validate_rating
from shopdesk.domain.errors import ValidationError
from shopdesk.domain.recurrence import RepeatError, parse_repeat


@pytest.mark.parametrize("text", ["²", "³", "①"])
def test_a_rating_of_a_superscript_is_refused(text):
    assert text.isdigit() or text.isnumeric()
    with pytest.raises(ValidationError) as caught:
        validate_rating(text, "cooperation")
    assert caught.value.field == "cooperation"


@pytest.mark.parametrize("text", ["monthly:²", "monthly:¹⁵"])
def test_a_monthly_day_of_a_superscript_is_refused(text):
    with pytest.raises(RepeatError):
        parse_repeat(text)
