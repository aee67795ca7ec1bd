"""The shipped coverage list: links and facts about the meeting's coverage."""
import datetime as dt

import toolkit.coverage as coverage


def test_coverage_list_has_its_columns_and_rows():
    table = coverage.coverage_list()
    assert list(table.columns) == coverage.COVERAGE_COLUMNS
    assert len(table) == 23
    assert table["outlet"].nunique() == 20
    assert table["url"].str.startswith("http").all()


def test_coverage_list_dates_are_dates_or_none():
    table = coverage.coverage_list()
    dates = [d for d in table["published"] if d is not None]
    assert dates and all(type(d) is dt.date for d in dates)
    assert min(dates) >= dt.date(2023, 10, 1)
    assert table["published"].isna().sum() == 23 - len(dates)


def test_coverage_list_leaves_unknown_facts_as_none():
    table = coverage.coverage_list()
    assert set(table["outlet_country"].dropna()) >= {"US", "MX"}
    assert table["outlet_country"].isna().sum() == 2
    assert not (table == "").any().any()
