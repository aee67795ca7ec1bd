"""Fetching URLs (toolkit.fetch): articles, errors, the cache and politeness, against a local server.

The server (127.0.0.1, port 0) serves invented news pages and every failure the toolkit must
report; it counts the requests per path, the largest number in flight at once and when each began.
"""
import collections
import datetime as dt
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from test_fetch_pages import news_html
from toolkit.errors import InputError
from toolkit.fetch import ERROR_COLUMNS, FetchError, fetch_articles, iter_fetch
from toolkit.fetch.client import DEFAULT_USER_AGENT

FAST = dict(progress=False, delay=0.0, timeout=2.0, retries=2, backoff=0.01)
HARBOUR = ["Ferry workers in Calderport agreed a new contract on Friday after a week of talks, the union said.",
           '"Nobody wanted another strike," said union secretary Ines Varga, '
           'who signed the deal at the harbour office.']
LATIN1 = ["Zoë Amberly opened a café in Port Varnë on Monday, the first on the quay since the fire of last winter.",
          "She said the façade would be repainted by spring and that the bakery next door would reopen too."]


class Server:
    """What the handler saw: requests per path, user agents, start times and the peak in flight."""

    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        with self.lock:
            self.counts = collections.Counter()
            self.agents = set()
            self.starts = []
            self.in_flight = 0
            self.peak = 0
            self.robots = (200, b"User-agent: *\nDisallow: /private/\n")

    def begin(self, path, agent):
        with self.lock:
            self.counts[path] += 1
            self.agents.add(agent)
            self.starts.append((time.monotonic(), path))
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            return self.counts[path]

    def end(self):
        with self.lock:
            self.in_flight -= 1

    @property
    def total(self):
        return sum(self.counts.values())


def _routes(state):
    """path -> function(nth request) -> (status, headers, body bytes, seconds to wait first)."""
    def html(text, charset="utf-8"):
        return text.encode(charset)

    def ok(body, ctype="text/html; charset=utf-8"):
        return (200, {"Content-Type": ctype}, body, 0)

    bridge = html(news_html())
    return {
        "/robots.txt": lambda n: (state.robots[0], {"Content-Type": "text/plain"}, state.robots[1], 0),
        "/news/bridge.html": lambda n: ok(bridge),
        "/news/harbour.html": lambda n: ok(html(news_html("Calderport ferry deal signed", HARBOUR, date="2024-05-10"))),
        "/news/latin1.html": lambda n: ok(html(news_html("A café returns to Port Varnë", LATIN1, charset="iso-8859-1"),
                                               "latin-1"), "text/html; charset=ISO-8859-1"),
        "/missing.html": lambda n: (404, {"Content-Type": "text/html"}, b"<html>not here</html>", 0),
        "/slow.html": lambda n: (200, {"Content-Type": "text/html"}, bridge, 1.0),
        "/old.html": lambda n: (301, {"Location": "/news/bridge.html"}, b"", 0),
        "/private/secret.html": lambda n: ok(bridge),
        "/report.pdf": lambda n: ok(b"%PDF-1.4 not a page", "application/pdf"),
        "/huge.html": lambda n: ok(b"<html><body>" + b"<p>filler words</p>" * 20_000 + b"</body></html>"),
        "/flaky.html": lambda n: (503, {"Retry-After": "0"}, b"busy", 0) if n == 1 else ok(bridge),
        "/busy.html": lambda n: (429, {"Retry-After": "1"}, b"slow down", 0) if n == 1 else ok(bridge),
    }


@pytest.fixture(scope="module")
def server():
    state = Server()
    routes = _routes(state)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            path = self.path.split("?")[0]
            nth = state.begin(path, self.headers.get("User-Agent"))
            try:
                if path.startswith("/page/"):  # many distinct slow-ish pages for the politeness tests
                    status, headers, body, wait = 200, {"Content-Type": "text/html"}, news_html().encode(), 0.15
                elif path in routes:
                    status, headers, body, wait = routes[path](nth)
                else:
                    status, headers, body, wait = 404, {}, b"", 0
                time.sleep(wait)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if path != "/huge-unlabelled.html":
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                state.end()

        def log_message(self, *args):
            pass

    routes["/huge-unlabelled.html"] = routes["/huge.html"]  # no Content-Length: the reader must count
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def srv(server):
    server.reset()
    return server


def test_good_pages_load_and_every_failure_is_an_error_with_its_reason(srv, tmp_path):
    paths = ["/news/bridge.html", "/missing.html", "/news/harbour.html", "/slow.html", "/old.html",
             "/private/secret.html", "/news/latin1.html", "/report.pdf", "/huge.html", "/huge-unlabelled.html",
             "/flaky.html", "ftp://nowhere.test/x"]
    urls = [srv.base + p if p.startswith("/") else p for p in paths]
    result = fetch_articles(urls, cache=tmp_path, **{**FAST, "timeout": 0.4}, max_bytes=100_000)

    assert [a.url for a in result.articles] == [urls[i] for i in (0, 2, 4, 6, 10)]
    bridge, harbour, redirected, latin1, flaky = result.articles
    assert bridge.title == "Mayor Quill opens the Bellmoor bridge" and bridge.outlet == "The Harbor Ledger"
    assert bridge.published == dt.date(2024, 4, 2) and bridge.text.startswith("The new bridge over the river Vell")
    assert harbour.text == "\n\n".join(HARBOUR) and harbour.published == dt.date(2024, 5, 10)
    assert redirected.text == bridge.text and redirected.metadata["final_url"] == urls[0]
    assert latin1.text == "\n\n".join(LATIN1) and "Zoë Amberly" in latin1.text
    assert flaky.text == bridge.text and srv.counts["/flaky.html"] == 2

    errors = {e.url.replace(srv.base, ""): e for e in result.errors}
    assert [e.index for e in result.errors] == [1, 3, 5, 7, 8, 9, 11]
    assert (errors["/missing.html"].stage, errors["/missing.html"].status) == ("fetch", 404)
    assert "404" in errors["/missing.html"].reason
    assert (errors["/slow.html"].stage, errors["/slow.html"].error) == ("fetch", "Timeout")
    assert ((errors["/private/secret.html"].stage, errors["/private/secret.html"].error)
            == ("robots", "RobotsDisallowed"))
    assert errors["/report.pdf"].error == "NotHTML" and "application/pdf" in errors["/report.pdf"].reason
    assert errors["/huge.html"].error == errors["/huge-unlabelled.html"].error == "TooLarge"
    assert errors["ftp://nowhere.test/x"].stage == "input"
    assert srv.counts["/private/secret.html"] == 0  # refused without asking
    assert srv.counts["/robots.txt"] == 1 and srv.agents == {DEFAULT_USER_AGENT}

    frame = result.errors_frame()
    assert list(frame.columns) == list(ERROR_COLUMNS) and len(frame) == 7
    assert frame.loc[frame["index"] == 1, "message"].item() == "HTTP 404 Not Found"


def test_retry_after_is_honoured(srv):
    started = time.monotonic()
    result = fetch_articles([srv.base + "/busy.html"], cache=False, **FAST)
    assert len(result.articles) == 1 and srv.counts["/busy.html"] == 2
    assert time.monotonic() - started >= 1.0  # Retry-After: 1, although the backoff asked for 0.01 s


def test_retries_run_out_into_an_error(srv):
    result = fetch_articles([srv.base + "/flaky.html"], cache=False, **{**FAST, "retries": 0})
    assert result.articles == [] and result.errors[0].status == 503 and srv.counts["/flaky.html"] == 1


def test_a_second_run_fetches_nothing_it_has(srv, tmp_path):
    urls = [srv.base + "/news/bridge.html", srv.base + "/news/harbour.html", srv.base + "/missing.html"]
    first = fetch_articles(urls, cache=tmp_path, **FAST)
    assert srv.counts["/news/bridge.html"] == srv.counts["/news/harbour.html"] == 1
    srv.reset()
    second = fetch_articles(urls, cache=tmp_path, **FAST)
    assert second.articles == first.articles
    # only the failure is asked again (failures are not cached), and robots.txt for it
    assert dict(srv.counts) == {"/robots.txt": 1, "/missing.html": 1}


def test_offline_reads_the_cache_only(srv, tmp_path):
    cached, uncached = srv.base + "/news/bridge.html", srv.base + "/news/harbour.html"
    fetch_articles([cached], cache=tmp_path, **FAST)
    srv.reset()
    result = fetch_articles([cached, uncached], cache=tmp_path, offline=True, **FAST)
    assert srv.total == 0
    assert [a.url for a in result.articles] == [cached]
    (error,) = result.errors
    assert (error.url, error.stage, error.index) == (uncached, "offline", 1) and "network" in error.reason

    empty = fetch_articles([cached], cache=tmp_path / "empty", offline=True, **FAST)
    assert srv.total == 0 and empty.articles == [] and empty.errors[0].stage == "offline"


def test_at_most_per_host_requests_in_flight(srv):
    urls = [f"{srv.base}/page/{i}.html" for i in range(8)]
    result = fetch_articles(urls, cache=False, **{**FAST, "per_host": 2})
    assert len(result.articles) == 8
    assert srv.peak == 2  # the pages take 0.15 s each: two at a time, never three

    srv.reset()
    fetch_articles(urls[:4], cache=False, **{**FAST, "per_host": 1})
    assert srv.peak == 1


def test_requests_to_one_host_are_spaced_by_the_delay(srv):
    urls = [srv.base + p for p in ("/news/bridge.html", "/news/harbour.html", "/news/latin1.html", "/missing.html")]
    fetch_articles(urls, cache=False, **{**FAST, "delay": 0.2, "per_host": 4})
    starts = sorted(t for t, _ in srv.starts)
    assert len(starts) == 5  # robots.txt and the four pages
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert min(gaps) >= 0.18, gaps


def test_iter_fetch_yields_in_input_order(srv):
    urls = [srv.base + "/missing.html", srv.base + "/news/harbour.html", srv.base + "/news/bridge.html"]
    items = list(iter_fetch(urls, cache=False, **FAST))
    assert isinstance(items[0], FetchError) and items[0].index == 0
    assert [i.url for i in items] == urls
    row = items[0].as_row()
    assert row["source"] == urls[0] and row["stage"] == "fetch" and row["error"] == "HTTPError"


def test_media_cloud_and_gdelt_exports_are_fetched_with_their_metadata(srv, tmp_path):
    mc = tmp_path / "mediacloud.csv"
    mc.write_text("id,publish_date,title,url,language,media_name,media_url\n"
                  f"101,2024-04-03 08:15:00,Bellmoor gets its bridge,{srv.base}/news/bridge.html,"
                  "en,Ledger Weekly,ledger.test\n",
                  encoding="utf-8")
    gdelt = tmp_path / "gdelt.json"
    gdelt.write_text('{"articles": [{"url": "%s/news/harbour.html", "title": "", "seendate": "20240511T143000Z",'
                     ' "domain": "calderport.test", "language": "English", "sourcecountry": "Freedonia"}]}' % srv.base,
                     encoding="utf-8")
    (article,) = fetch_articles(mc, cache=tmp_path / "c", **FAST).articles
    assert (article.outlet, article.published, article.title) == ("Ledger Weekly", dt.date(2024, 4, 3),
                                                                   "Bellmoor gets its bridge")
    assert article.metadata == {"language": "en"}  # the export's id column is not kept

    (harbour,) = fetch_articles(gdelt, cache=tmp_path / "c", **FAST).articles
    assert (harbour.outlet, harbour.published) == ("calderport.test", dt.date(2024, 5, 11))
    assert harbour.title == "Calderport ferry deal signed"  # the export had none: the page's
    assert harbour.metadata["outlet_country"] == "Freedonia" and harbour.metadata["language"] == "English"


def test_a_bad_date_in_a_record_is_an_error_not_a_crash(srv):
    result = fetch_articles([{"url": srv.base + "/news/bridge.html", "published": "2024-02-30"},
                             srv.base + "/news/harbour.html"], cache=False, **FAST)
    assert len(result.articles) == 1 and result.errors[0].stage == "metadata"


def test_robots_txt_that_answers_4xx_allows_all_and_one_that_fails_refuses_all(srv):
    secret = srv.base + "/private/secret.html"
    srv.robots = (404, b"")
    assert len(fetch_articles([secret], cache=False, **FAST).articles) == 1
    srv.reset()
    srv.robots = (503, b"")
    (error,) = fetch_articles([secret, srv.base + "/news/bridge.html"], cache=False, **FAST).errors[:1]
    assert error.stage == "robots" and error.error == "RobotsUnreadable" and "503" in error.reason
    assert srv.counts["/private/secret.html"] == srv.counts["/news/bridge.html"] == 0


def test_crawl_delay_of_robots_txt_is_honoured(srv):
    srv.robots = (200, b"User-agent: *\nCrawl-delay: 1\n")
    fetch_articles([srv.base + "/news/bridge.html", srv.base + "/news/harbour.html"], cache=False, **FAST)
    starts = sorted(t for t, _ in srv.starts)
    assert len(starts) == 3 and min(b - a for a, b in zip(starts, starts[1:])) >= 0.95


def test_a_refused_connection_is_a_network_error():
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (error,) = fetch_articles([f"http://127.0.0.1:{port}/a.html"], cache=False, **FAST).errors
    assert (error.stage, error.error, error.status) == ("fetch", "NetworkError", None)
    assert "could not reach" in error.reason


def test_bad_input_raises_at_the_call_and_stopping_early_closes_cleanly(srv):
    with pytest.raises(InputError):
        iter_fetch([{"link_to": "x"}], cache=False, **FAST)
    items = iter_fetch([f"{srv.base}/page/{i}.html" for i in range(20)], cache=False, **{**FAST, "per_host": 1})
    assert next(items).title == "Mayor Quill opens the Bellmoor bridge"
    items.close()
    assert srv.counts["/robots.txt"] == 1 and sum(srv.counts.values()) < 10  # the rest were never asked


def test_a_cache_that_cannot_be_written_warns_and_the_page_still_loads(srv, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="cannot store"):
        result = fetch_articles([srv.base + "/news/bridge.html"], cache=blocked, **FAST)
    assert len(result.articles) == 1
