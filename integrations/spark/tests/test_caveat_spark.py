"""The Spark job in local mode against one `caveat lint` run over the same web archives.

Needs the caveat binary (CAVEAT_BIN, else .build/release/caveat, else .build/debug/caveat), pyspark, warcio and Java.
The corpus test builds its archives from ../shared/corpus and is skipped when that folder is absent; the fixture
test always runs.
"""
import glob
import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, os.path.dirname(HERE))

import caveat_spark  # noqa: E402
import make_warcs  # noqa: E402

SHARED_CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "html")
FIXTURES = os.path.join(ROOT, "Fixtures", "warc")
MASTER = os.environ.get("CAVEAT_SPARK_MASTER", "local[2]")


def caveat_binary():
    candidates = [os.environ.get("CAVEAT_BIN", ""), os.path.join(ROOT, ".build", "release", "caveat"),
                  os.path.join(ROOT, ".build", "debug", "caveat")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("no caveat binary: run `swift build` first or set CAVEAT_BIN")


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession
    session = (SparkSession.builder.master(MASTER).appName("caveat-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def single_run(paths):
    """The summary line and per-rule counts of one `caveat lint` run over every archive."""
    result = subprocess.run([caveat_binary(), "lint", "--format", "jsonl", "--fail-on", "never", "--no-config"]
                            + paths, capture_output=True, text=True, check=False)
    assert result.returncode in (0, 2), result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[-1]["type"] == "summary"
    by_rule = {}
    for line in lines:
        if line["type"] == "finding":
            by_rule[line["rule"]] = by_rule.get(line["rule"], 0) + 1
    errors = sum(1 for line in lines if line["type"] == "error")
    return lines[-1]["totals"], by_rule, errors


def check_against_single_run(spark, paths, output):
    totals = caveat_spark.run_job(spark, paths, str(output), caveat_binary())
    expected, by_rule, errors = single_run(paths)
    assert totals["warc_files"] == len(paths)
    assert totals["documents"] == expected["files"]
    assert totals["findings"] == expected["findings"]
    assert totals["errors"] == expected["bySeverity"]["error"]
    assert totals["warnings"] == expected["bySeverity"]["warning"]
    assert totals["input_errors"] == expected["inputErrors"]
    assert totals["skipped_records"] == expected["skippedRecords"]
    assert totals["error_rows"] == errors
    assert totals["by_rule"] == by_rule
    # The Parquet tables hold the same rows.
    findings = spark.read.parquet(str(output / "findings"))
    assert findings.filter("kind = 'finding'").count() == expected["findings"]
    by_rule_table = {row["rule"]: row["findings"]
                     for row in spark.read.parquet(str(output / "by_rule")).groupBy("rule").sum("findings")
                     .withColumnRenamed("sum(findings)", "findings").collect()}
    assert by_rule_table == by_rule
    return totals, findings


def test_fixture_archives_match_a_single_run(spark, tmp_path):
    paths = [os.path.join(FIXTURES, name) for name in ("sample.warc.gz", "corrupt.warc.gz", "truncated.warc.gz")]
    totals, findings = check_against_single_run(spark, paths, tmp_path / "out")
    assert totals["documents"] == 10 and totals["skipped_records"] == 11 and totals["error_rows"] == 2
    hosts = {row["host"]: row["findings"] for row in spark.read.parquet(str(tmp_path / "out" / "by_host")).collect()}
    assert set(hosts) == {"rehab.example", "clinic.example", "wet.example"}
    damaged = findings.filter("kind = 'error'").orderBy("warc").collect()
    assert [row["code"] for row in damaged] == ["warc-corrupt", "warc-truncated"]
    assert damaged[0]["warc"].endswith("corrupt.warc.gz")
    assert damaged[0]["message"].startswith("record 3 (offset 400): corrupt gzip data")


@pytest.mark.skipif(not os.path.isdir(SHARED_CORPUS), reason="../shared/corpus is not beside the checkout")
def test_corpus_archives_match_a_single_run(spark, tmp_path):
    pages = make_warcs.pages_under(SHARED_CORPUS, limit=int(os.environ.get("CAVEAT_SPARK_PAGES", "40")))
    paths, counts = make_warcs.write_archives(pages, str(tmp_path / "warcs"), files=4)
    totals, _ = check_against_single_run(spark, paths, tmp_path / "out")
    assert totals["documents"] == counts["responses"]
    assert totals["skipped_records"] == counts["requests"] + counts["warcinfo"]
    assert totals["findings"] > 0


def test_a_missing_archive_is_an_error_row_not_a_failed_job(spark, tmp_path):
    paths = [os.path.join(FIXTURES, "sample.warc.gz"), str(tmp_path / "missing.warc.gz")]
    totals = caveat_spark.run_job(spark, paths, str(tmp_path / "out"), caveat_binary())
    assert totals["documents"] == 3 + 1  # the missing file is reported as one input
    assert totals["input_errors"] == 1
    rows = spark.read.parquet(str(tmp_path / "out" / "findings")).filter("kind = 'error'").collect()
    assert [row["code"] for row in rows] == ["not-found"]


def test_urls_and_hosts():
    assert caveat_spark.host_of("https://Rehab.Example:8443/a?b") == "rehab.example"
    assert caveat_spark.host_of("articles/a.html") == ""
    assert caveat_spark.read_paths("x.warc.gz") == ["x.warc.gz"]
    row = caveat_spark.finding_row("a.warc.gz", {"type": "finding", "path": "https://h.example/p", "rule": "r",
                                                  "severity": "warning", "start": {"line": 2, "column": 3, "offset": 9},
                                                  "end": {"line": 2, "column": 5, "offset": 11},
                                                  "sectionPath": ["A", "B"]})
    assert (row["host"], row["start_line"], row["end_offset"], row["section"]) == ("h.example", 2, 11, "A > B")
