import datetime

import pytest
from django.utils import translation

from alliance.core.dates import date_range

D = datetime.date


@pytest.mark.parametrize(
    "start, end, english, french",
    [
        (D(2017, 11, 16), D(2017, 11, 17), "16–17 November 2017", "16–17 novembre 2017"),
        (D(2017, 11, 16), None, "16 November 2017", "16 novembre 2017"),
        (D(2017, 11, 16), D(2017, 11, 16), "16 November 2017", "16 novembre 2017"),
        (D(2017, 11, 30), D(2017, 12, 1), "30 November – 1 December 2017", "30 novembre – 1er décembre 2017"),
        (
            D(2017, 12, 31),
            D(2018, 1, 2),
            "31 December 2017 – 2 January 2018",
            "31 décembre 2017 – 2 janvier 2018",
        ),
    ],
)
def test_date_ranges_read_naturally(start, end, english, french):
    with translation.override("en"):
        assert date_range(start, end) == english
    with translation.override("fr"):
        assert date_range(start, end) == french
