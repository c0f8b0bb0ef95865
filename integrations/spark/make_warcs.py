#!/usr/bin/env python3
"""Builds WARC files (one gzip member per record, as Common Crawl writes them) from a folder of HTML pages, with
warcio. Each page becomes a `response` record for https://<host>/<name>, where the host is the page's sub-folder;
every archive also gets a `warcinfo` record and a `request` record per page, which caveat skips and counts.

    python3 integrations/spark/make_warcs.py --pages ../shared/corpus/html --out /tmp/warcs --files 4
"""
import argparse
import io
import os

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def pages_under(root, limit=None):
    """(host, name, path) of every .html file under root, sorted; the host is the first sub-folder."""
    found = []
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if name.endswith((".html", ".htm")):
                relative = os.path.relpath(os.path.join(folder, name), root)
                host = relative.split(os.sep)[0] if os.sep in relative else "pages"
                found.append((host + ".example", name, os.path.join(folder, name)))
    found.sort()
    return found[:limit] if limit else found


def write_archives(pages, out, files, repeat=1):
    """Spreads the pages (repeated `repeat` times) over `files` archives; returns their paths and record counts."""
    os.makedirs(out, exist_ok=True)
    paths = [os.path.join(out, f"caveat-{index:03d}.warc.gz") for index in range(files)]
    handles = [open(path, "wb") for path in paths]
    writers = [WARCWriter(handle, gzip=True) for handle in handles]
    for writer in writers:
        writer.write_record(writer.create_warcinfo_record("caveat-test", {"software": "caveat make_warcs.py"}))
    counts = {"responses": 0, "requests": 0, "warcinfo": files}
    for copy in range(repeat):
        for index, (host, name, path) in enumerate(pages):
            writer = writers[(copy * len(pages) + index) % files]
            uri = f"https://{host}/{name}" + (f"?copy={copy}" if copy else "")
            request = StatusAndHeaders(f"GET /{name} HTTP/1.1", [("Host", host)], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            with open(path, "rb") as page:
                body = page.read()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
            counts["responses"] += 1
            counts["requests"] += 1
    for handle in handles:
        handle.close()
    return paths, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", required=True, help="folder of .html pages (searched recursively)")
    parser.add_argument("--out", required=True, help="folder for the .warc.gz files")
    parser.add_argument("--files", type=int, default=4, help="number of archives (default 4)")
    parser.add_argument("--limit", type=int, help="use at most this many pages")
    parser.add_argument("--repeat", type=int, default=1, help="write every page this many times (bigger archives)")
    args = parser.parse_args()
    paths, counts = write_archives(pages_under(args.pages, args.limit), args.out, args.files, args.repeat)
    print(f"{len(paths)} archives, {counts['responses']} responses, {counts['requests']} requests in {args.out}")


if __name__ == "__main__":
    main()
