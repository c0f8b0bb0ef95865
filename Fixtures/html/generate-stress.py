#!/usr/bin/env python3
"""Writes stress pages that are too large to commit.

    generate-stress.py OUTDIR [MEGABYTES]

deep.html   10,000 nested <div><span> pairs around one paragraph (nesting must not recurse).
large.html  about MEGABYTES (default 50) of article-like HTML: headings, paragraphs with entities,
            inline markup, lists and tables, with more than 65,535 lines.
"""
import os
import sys

out = sys.argv[1]
megabytes = int(sys.argv[2]) if len(sys.argv) > 2 else 50
os.makedirs(out, exist_ok=True)

depth = 10_000
with open(os.path.join(out, "deep.html"), "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html><body>")
    f.write("<div><span>" * depth)
    f.write("<p>Deep paragraph about tapering diazepam.</p>")
    f.write("</span></div>" * depth)
    f.write("</body></html>\n")

section = """<h2>Section {n}: stopping a medicine</h2>
<p>Stopping a sedative such as <b>dia</b>zepam too quickly can cause withdrawal&nbsp;symptoms &amp; in rare
cases seizures. Talk to your doctor &mdash; they can plan a slow taper of 5&nbsp;mg steps. Caf\u00e9 \U0001F375 note.</p>
<ul><li>Keep a symptom diary.</li><li>Ask about <a href="https://example.org/t/{n}">tapering plans</a>.</li></ul>
<table><tr><th>Week</th><td>Dose</td></tr><tr><th>{n}</th><td>2.5 mg</td></tr></table>
<p>Call <a href="tel:+1555000{m:04d}">555-000-{m:04d}</a> for the clinic.<br>Read more in our guide.</p>
"""
with open(os.path.join(out, "large.html"), "w", encoding="utf-8") as f:
    f.write("<!DOCTYPE html><html lang=\"en\"><head><title>Large page</title></head><body><main>\n")
    written = 0
    n = 0
    target = megabytes * 1_000_000
    while written < target:
        chunk = section.format(n=n, m=n % 10_000)
        f.write(chunk)
        written += len(chunk.encode("utf-8"))
        n += 1
    f.write("</main></body></html>\n")
