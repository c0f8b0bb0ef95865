#!/usr/bin/env python3
"""Writes the small synthetic WARC fixtures the tests read (run from this folder; output is deterministic).

sample.warc.gz   one gzip member per record, as Common Crawl writes them: warcinfo, request, an HTML response
                 (charset windows-1252 in the HTTP header), an image response, a chunked + gzip-encoded HTML
                 response, a text/plain conversion, a metadata record.
sample.warc      the same records, uncompressed.
corrupt.warc.gz  the sample with the compressed bytes of record 3 damaged: one error, the other records read.
truncated.warc.gz the sample cut in the middle of its last member.
garbage.warc     an uncompressed archive with a record whose header is not WARC, between two good records.
"""
import gzip
import io
import zlib

ARTICLE = (
    "<!doctype html>\n<html><head><title>Coming off sleeping pills</title></head>\n<body>\n"
    "<h1>Coming off sleeping pills</h1>\n"
    "<p>Caf\u00e9 owners say you can stop taking lorazepam on your own.</p>\n"
    "<p>Take 5 mg three times a day, then skip doses when you feel better.</p>\n"
    "</body></html>\n"
)
CLINIC = (
    "<html><body><h1>Our clinic</h1>\n"
    "<p>Call us today at (555) 010-0123 to book a free detox consultation.</p>\n"
    "</body></html>\n"
)
WET_TEXT = "Stopping alcohol\nTake 2 mg of lorazepam twice a day for a week.\n"


def record(kind, uri, content_type, block, number):
    head = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>",
        "WARC-Date: 2026-01-01T00:00:00Z",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http(status, headers, body):
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def chunked(body, size=40):
    out = b""
    for start in range(0, len(body), size):
        piece = body[start:start + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def records():
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as f:
        f.write(CLINIC.encode())
    return [
        record("warcinfo", None, "application/warc-fields", b"software: caveat fixtures\r\n", 1),
        record("request", "https://rehab.example/articles/sleeping-pills", "application/http; msgtype=request",
               b"GET /articles/sleeping-pills HTTP/1.1\r\nHost: rehab.example\r\n\r\n", 2),
        record("response", "https://rehab.example/articles/sleeping-pills", "application/http; msgtype=response",
               http("200 OK", [("Content-Type", "text/html; charset=windows-1252")], ARTICLE.encode("cp1252")), 3),
        record("response", "https://rehab.example/logo.png", "application/http; msgtype=response",
               http("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n" + bytes(16)), 4),
        record("response", "https://clinic.example/", "application/http; msgtype=response",
               http("200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"),
                               ("Content-Encoding", "gzip")], chunked(gz.getvalue())), 5),
        record("conversion", "https://wet.example/stopping-alcohol", "text/plain", WET_TEXT.encode(), 6),
        record("metadata", "https://clinic.example/", "application/warc-fields", b"fetchTimeMs: 12\r\n", 7),
    ]


def member(data):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as f:
        f.write(data)
    return out.getvalue()


def main():
    recs = records()
    members = [member(r) for r in recs]
    open("sample.warc.gz", "wb").write(b"".join(members))
    open("sample.warc", "wb").write(b"".join(recs))
    damaged = bytearray(members[2])
    for i in range(20, min(60, len(damaged) - 8)):
        damaged[i] ^= 0x5A
    open("corrupt.warc.gz", "wb").write(b"".join(members[:2]) + bytes(damaged) + b"".join(members[3:]))
    whole = b"".join(members)
    open("truncated.warc.gz", "wb").write(whole[: len(whole) - len(members[-1]) // 2])
    bad = b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"
    open("garbage.warc", "wb").write(recs[2] + bad + recs[5])


if __name__ == "__main__":
    main()
