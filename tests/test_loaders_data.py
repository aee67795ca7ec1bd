"""Loaders that never lose data (#16 part 3): defaults fill only what records lack, path strings
are files or errors, day-first dates, duplicates, empty and undated articles are named, CSV rows
are read (or refused) by their physical line."""
import datetime as dt
import json
import warnings

import pytest

import toolkit as tk
from toolkit.articles import LoaderWarning
from toolkit.cli import main
from toolkit.dates import AmbiguousDateWarning, dayfirst_for, parse_date
from toolkit.errors import InputError

STORY = '"The ferry will run again by June," said harbour master Olek Brandt in Calderport on Monday.'
OTHER = "The Vell river rose by two metres overnight, flooding the lower market of Bellmoor."


def _cell(text):
    return '"' + text.replace('"', '""') + '"'


def _read(*args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = tk.read_articles(*args, **kwargs)
    return articles, [(w.category, str(w.message)) for w in caught]


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Keyword metadata are defaults

def test_keyword_metadata_never_replace_a_records_own_fields_given_by_alias(tmp_path):
    path = _jsonl(tmp_path / "coverage.jsonl", [
        {"text": STORY, "date": "2021-03-04", "publisher": "Calderport Courier"},
        {"text": OTHER, "publication_date": "2022-05-06"},
        {"text": OTHER + " Again."}])
    articles, _ = _read(str(path), published="2020-01-01", outlet="Reuters")
    assert [a.published for a in articles] == [dt.date(2021, 3, 4), dt.date(2022, 5, 6), dt.date(2020, 1, 1)]
    assert [a.outlet for a in articles] == ["Calderport Courier", "Reuters", "Reuters"]


def test_defaults_in_csv_and_a_sidecar_date_wins_over_the_default(tmp_path):
    (tmp_path / "c.csv").write_text(f'body,date,publisher\n{_cell(STORY)},2021-03-04,Courier\n', encoding="utf-8")
    (article,), _ = _read(tmp_path / "c.csv", published="2020-01-01", outlet="Reuters")
    assert (article.published, article.outlet, article.text) == (dt.date(2021, 3, 4), "Courier", STORY)
    (tmp_path / "s.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "s.meta.json").write_text('{"date": "2019-08-09"}', encoding="utf-8")
    (article,), _ = _read(tmp_path / "s.txt", published="2020-01-01")
    assert article.published == dt.date(2019, 8, 9)


# ---------------------------------------------------------------------------------------------
# Path strings

def test_a_list_of_paths_is_read_as_files_and_a_missing_one_is_named(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    articles, _ = _read([str(tmp_path / "story.txt"), str(tmp_path / "other.txt")])
    assert [a.text for a in articles] == [STORY, OTHER]
    with pytest.raises(FileNotFoundError, match="nonexistent/file.txt"):
        tk.read_articles([str(tmp_path / "story.txt"), "/nonexistent/file.txt"])


def test_analyze_reads_path_strings_and_gives_an_error_row_for_a_missing_one(tmp_path, monkeypatch):
    (tmp_path / "coverage").mkdir()
    (tmp_path / "coverage" / "story.txt").write_text(STORY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = tk.analyze(["coverage/story.txt", "/nonexistent/file.txt", "Plain words, no file."], progress=False)
    assert result.articles["status"].tolist() == ["ok", "error", "ok"]
    assert result.articles.loc[0, "source"] == "coverage/story.txt" and result.articles.loc[0, "words"] > 10
    (row,) = result.errors.itertuples(index=False)
    assert (row.index, row.id, row.source, row.error) == (1, None, "/nonexistent/file.txt", "FileNotFoundError")
    assert "Olek Brandt" in set(result.quotes["speaker"])


# ---------------------------------------------------------------------------------------------
# Dates

def test_day_first_by_keyword_by_language_or_country_and_a_warning_when_ambiguous(tmp_path):
    path = _jsonl(tmp_path / "d.jsonl", [{"id": "a", "text": STORY, "date": "04/10/2023"},
                                         {"id": "b", "text": OTHER, "date": "04/10/2023", "language": "es"},
                                         {"id": "c", "text": OTHER + " B.", "date": "04/10/2023", "country": "MX"},
                                         {"id": "d", "text": OTHER + " C.", "date": "04/10/2023", "language": "en",
                                          "country": "US"}])
    articles, caught = _read(path)
    assert [a.published for a in articles] == [dt.date(2023, 4, 10), dt.date(2023, 10, 4), dt.date(2023, 10, 4),
                                               dt.date(2023, 4, 10)]
    ambiguous = [m for c, m in caught if c is AmbiguousDateWarning]
    assert len(ambiguous) == 1 and "'04/10/2023'" in ambiguous[0] and "'published'" in ambiguous[0]
    assert "d.jsonl line 1" in ambiguous[0]
    articles, caught = _read(path, dayfirst=True)
    assert {a.published for a in articles} == {dt.date(2023, 10, 4)}
    assert not [m for c, m in caught if c is AmbiguousDateWarning]
    assert tk.read_article(_txt(tmp_path), published="04/10/2023", dayfirst=True).published == dt.date(2023, 10, 4)


def _txt(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_parse_date_reads_more_formats_and_dayfirst_for():
    assert parse_date("Wed, 04 Oct 2023 18:30:00 GMT") == dt.date(2023, 10, 4)
    assert parse_date("25/12/2023") == dt.date(2023, 12, 25)  # only one reading is a date: no warning needed
    assert parse_date("4.10.2023", dayfirst=True) == dt.date(2023, 10, 4)
    with pytest.raises(InputError, match="'October 2023'"):
        parse_date("October 2023")  # no day: not a date, not the 1st
    assert (dayfirst_for("es"), dayfirst_for("en"), dayfirst_for("en-GB"), dayfirst_for(None, "US")) == \
        (True, None, True, False)


# ---------------------------------------------------------------------------------------------
# Duplicates, empty and undated articles

def test_duplicates_are_named_with_both_sources(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    path = _jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": OTHER}])
    articles, caught = _read([str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(path)], published="2023-10-04")
    assert [a.source for a in articles] == [str(tmp_path / "a.txt"), str(path) + " line 1"]  # b.txt dropped
    messages = " | ".join(m for c, m in caught if c is LoaderWarning)
    assert f"{tmp_path / 'b.txt'} (same text as {tmp_path / 'a.txt'})" in messages
    assert "share an id" in messages and f"{path} line 1 (id 'a' as {tmp_path / 'a.txt'})" in messages


def test_empty_and_undated_articles_are_named(tmp_path):
    path = _jsonl(tmp_path / "e.jsonl", [{"id": "x", "text": "", "date": "2023-01-02"}, {"id": "y", "text": STORY}])
    _, caught = _read(path)
    messages = [m for c, m in caught if c is LoaderWarning]
    assert any("no text" in m and "e.jsonl line 1" in m for m in messages)
    assert any("no publication date" in m and "e.jsonl line 2" in m for m in messages)


# ---------------------------------------------------------------------------------------------
# CSV lines

def test_a_csv_row_with_an_extra_field_names_file_line_and_field(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(f'id,text\na,{_cell(STORY)}\nb,The mayor said yes,and no\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.csv line 3: 3 cells .* 2 fields; the extra field 'and no'"):
        tk.read_articles(path)
    result = tk.analyze(path, progress=False)
    assert result.errors["id"].tolist() == [None] and "line 3" in result.errors["message"].iloc[0]


def test_csv_sources_name_the_physical_line_a_row_starts_on(tmp_path):
    path = tmp_path / "lines.csv"
    two_paragraphs = _cell(STORY + "\n\nSecond paragraph.")
    path.write_text(f'id,text\na,{two_paragraphs}\n\nb,{_cell(OTHER)}\n', encoding="utf-8")
    articles, _ = _read(path)
    assert [a.source for a in articles] == [f"{path} line 2", f"{path} line 6"]


# ---------------------------------------------------------------------------------------------
# evaluate on a file of the wrong shape

@pytest.mark.parametrize("task, expected", [("quotes", "PolNeAR-style records with 'id', 'text' and 'attributions'"),
                                            ("timexes", "TimeML-style records"),
                                            ("sentiment", "records with 'id', 'text' and 'label'")])
def test_evaluate_says_what_it_expected_and_exits_2(tmp_path, capsys, task, expected):
    path = _jsonl(tmp_path / "wrong.jsonl", [{"url": "http://news.test/a", "title": "Not gold"}])
    assert main(["evaluate", task, str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and "wrong.jsonl line 1" in err and "Traceback" not in err
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert main(["evaluate", task, str(tmp_path / "empty.jsonl")]) == 2


def test_the_publication_date_is_read_from_the_text_when_metadata_lack_it():
    from toolkit.articles import make_article

    given = make_article("The harbor council of Bellmoor met on Thursday.", published="2031-10-06")
    assert (given.published, given.published_from) == (dt.date(2031, 10, 6), "metadata")
    wired = make_article("BELLMOOR, Oct. 6, 2031 (Reuters) - The harbor council voted on Thursday "
                         "to close the old pier, officials said.")
    assert (wired.published, wired.published_from) == (dt.date(2031, 10, 6), "dateline")
    page_view = make_article("Sunday, March 03, 2024\n\nThe harbor council voted on Thursday to close the pier.")
    assert (page_view.published, page_view.published_from) == (None, None)  # a page-view line, not a date
