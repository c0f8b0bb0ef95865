#!/usr/bin/env python3
"""Run caveat over web archives (WARC) with Apache Spark, the way Common Crawl's cc-pyspark runs external tools.

The driver reads a list of WARC paths (local paths, file:// URLs, or any URL the nodes can fetch: hdfs://, s3a://,
s3://, https://) and spreads them over partitions. Each task runs the caveat binary as an external command on its
partition's files, one file at a time, reads the JSON Lines it streams (`caveat lint --format jsonl`), and turns every
line into a row. The job writes

    OUTPUT/findings/      Parquet: one row per finding and per input error (damaged records, unreadable files)
    OUTPUT/files/         Parquet: one row per WARC file (its summary line: documents, findings, skipped records)
    OUTPUT/by_rule/       Parquet + CSV: findings per rule and severity
    OUTPUT/by_host/       Parquet + CSV: findings per host (from the document URL)
    OUTPUT/totals.json    the sums over every file, comparable with one `caveat lint` run over the same files

Usage (see docs/scale.md for clusters and Common Crawl):

    spark-submit --master local[2] integrations/spark/caveat_spark.py \
        --caveat .build/release/caveat --output out/ warc.paths
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import urlparse

# Columns of the findings table; summary lines go to the files table.
FINDING_FIELDS = [
    ("kind", "string"), ("warc", "string"), ("url", "string"), ("host", "string"), ("rule", "string"),
    ("severity", "string"), ("message", "string"), ("start_line", "int"), ("start_column", "int"),
    ("start_offset", "long"), ("end_line", "int"), ("end_column", "int"), ("end_offset", "long"),
    ("excerpt", "string"), ("sentence", "string"), ("section", "string"), ("fingerprint", "string"),
    ("code", "string"), ("fatal", "boolean"),
]
FILE_FIELDS = [
    ("warc", "string"), ("documents", "long"), ("findings", "long"), ("errors", "long"), ("warnings", "long"),
    ("infos", "long"), ("documents_with_findings", "long"), ("input_errors", "long"), ("skipped_records", "long"),
    ("suppressed", "long"), ("exit_code", "int"),
]


def host_of(url):
    """The host of a document URL, lowercased; empty for file paths."""
    parsed = urlparse(url or "")
    return (parsed.hostname or "").lower() if parsed.scheme else ""


def finding_row(warc, line):
    """A findings-table row (a dict) for one `finding` or `error` line of the JSON Lines output."""
    start = line.get("start") or line.get("location") or {}
    end = line.get("end") or {}
    url = line.get("path", "")
    return {
        "kind": line["type"], "warc": warc, "url": url, "host": host_of(url),
        "rule": line.get("rule"), "severity": line.get("severity") or ("error" if line.get("fatal") else "warning"),
        "message": line.get("message"),
        "start_line": start.get("line"), "start_column": start.get("column"), "start_offset": start.get("offset"),
        "end_line": end.get("line"), "end_column": end.get("column"), "end_offset": end.get("offset"),
        "excerpt": line.get("excerpt"), "sentence": line.get("sentence"),
        "section": " > ".join(line.get("sectionPath") or []) or None,
        "fingerprint": line.get("fingerprint"), "code": line.get("code"), "fatal": line.get("fatal"),
    }


def file_row(warc, summary, exit_code):
    totals = summary.get("totals", {}) if summary else {}
    severities = totals.get("bySeverity", {})
    return {
        "warc": warc, "documents": totals.get("files", 0), "findings": totals.get("findings", 0),
        "errors": severities.get("error", 0), "warnings": severities.get("warning", 0),
        "infos": severities.get("info", 0), "documents_with_findings": totals.get("filesWithFindings", 0),
        "input_errors": totals.get("inputErrors", 0), "skipped_records": totals.get("skippedRecords", 0),
        "suppressed": totals.get("suppressed", 0), "exit_code": exit_code,
    }


def local_copy(path, scratch):
    """A local file for `path`: itself when local, else a download into `scratch` (hadoop CLI, S3 or HTTP)."""
    parsed = urlparse(path)
    if parsed.scheme in ("", "file"):
        return parsed.path if parsed.scheme == "file" else path
    target = os.path.join(scratch, os.path.basename(parsed.path) or "archive.warc.gz")
    if shutil.which("hadoop"):
        subprocess.run(["hadoop", "fs", "-copyToLocal", path, target], check=True)
    elif parsed.scheme in ("s3", "s3a"):
        import boto3  # only needed for S3 without Hadoop; installed on Common Crawl-style clusters
        boto3.client("s3").download_file(parsed.netloc, parsed.path.lstrip("/"), target)
    elif parsed.scheme in ("http", "https"):
        import urllib.request
        with urllib.request.urlopen(path) as response, open(target, "wb") as out:
            shutil.copyfileobj(response, out, 1 << 20)
    else:
        raise RuntimeError(f"{path}: no way to fetch a {parsed.scheme}:// URL on this node (install Hadoop)")
    return target


def resolve_caveat(caveat):
    """The binary on this node: a path that exists, a name on PATH, or a file shipped with `--files`."""
    if os.path.isfile(caveat):
        found = os.path.abspath(caveat)
    elif shutil.which(caveat):
        return shutil.which(caveat)
    else:
        from pyspark import SparkFiles
        found = SparkFiles.get(os.path.basename(caveat))
    if os.path.isfile(found) and not os.access(found, os.X_OK):
        os.chmod(found, 0o755)  # --files does not keep the execute bit everywhere
    return found


def lint_partition(paths, caveat, extra_args):
    """Runs caveat on each WARC path of a partition; yields ("finding", row) and ("file", row) pairs."""
    caveat = resolve_caveat(caveat)
    for path in paths:
        path = path.strip()
        if not path:
            continue
        scratch = tempfile.mkdtemp(prefix="caveat-spark-")
        try:
            try:
                local = local_copy(path, scratch)
            except Exception as error:  # a file that cannot be fetched is reported, the others go on
                yield "finding", finding_row(path, {"type": "error", "path": path, "code": "fetch-failed",
                                                    "message": str(error).splitlines()[0][:500], "fatal": True})
                yield "file", file_row(path, None, -1)
                continue
            command = [caveat, "lint", "--format", "jsonl", "--fail-on", "never", "--no-config"] + extra_args + [local]
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                       encoding="utf-8")
            summary = None
            for raw in process.stdout:  # streamed: one document's lines as soon as it is linted
                line = json.loads(raw)
                if line["type"] == "summary":
                    summary = line
                else:
                    if line["type"] == "error" and line.get("path") == local:
                        line["path"] = path
                    yield "finding", finding_row(path, line)
            stderr = process.stderr.read()
            code = process.wait()
            if code not in (0, 1, 2) or summary is None:
                yield "finding", finding_row(path, {
                    "type": "error", "path": path, "code": "caveat-failed", "fatal": True,
                    "message": f"caveat exited with status {code}: " + (stderr.strip().splitlines() or [""])[-1][:500]})
            yield "file", file_row(path, summary, code)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)


def schema(fields):
    from pyspark.sql.types import (BooleanType, IntegerType, LongType, StringType, StructField, StructType)
    types = {"string": StringType(), "int": IntegerType(), "long": LongType(), "boolean": BooleanType()}
    return StructType([StructField(name, types[kind], True) for name, kind in fields])


def run_job(spark, paths, output, caveat, partitions=None, extra_args=()):
    """Lints `paths` and writes the tables under `output`; returns the totals dictionary."""
    from pyspark.sql import functions as F

    if __name__ != "__main__":
        # Imported (tests, notebooks): the workers need this module to unpickle the partition function.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    caveat_name = caveat
    if not os.path.isabs(caveat) and os.path.exists(caveat):
        caveat_name = os.path.abspath(caveat)
    extra = list(extra_args)
    partitions = partitions or max(1, min(len(paths), spark.sparkContext.defaultParallelism * 4))
    rows = (spark.sparkContext.parallelize(paths, partitions)
            .mapPartitions(lambda part: lint_partition(part, caveat_name, extra))
            .cache())
    findings = spark.createDataFrame(rows.filter(lambda kv: kv[0] == "finding").map(lambda kv: kv[1]),
                                     schema(FINDING_FIELDS))
    files = spark.createDataFrame(rows.filter(lambda kv: kv[0] == "file").map(lambda kv: kv[1]), schema(FILE_FIELDS))
    findings.write.mode("overwrite").parquet(os.path.join(output, "findings"))
    files.write.mode("overwrite").parquet(os.path.join(output, "files"))

    only_findings = findings.filter(F.col("kind") == "finding")
    by_rule = only_findings.groupBy("rule", "severity").agg(
        F.count("*").alias("findings"), F.countDistinct("url").alias("documents"),
        F.countDistinct("host").alias("hosts")).orderBy(F.desc("findings"), "rule")
    by_host = only_findings.groupBy("host").agg(
        F.count("*").alias("findings"), F.countDistinct("url").alias("documents"),
        F.sum(F.when(F.col("severity") == "error", 1).otherwise(0)).alias("errors"),
        F.countDistinct("rule").alias("rules")).orderBy(F.desc("findings"), "host")
    for name, frame in (("by_rule", by_rule), ("by_host", by_host)):
        frame.write.mode("overwrite").parquet(os.path.join(output, name))
        frame.coalesce(1).write.mode("overwrite").option("header", True).csv(os.path.join(output, name + "_csv"))

    sums = files.agg(*[F.sum(name).alias(name) for name, _ in FILE_FIELDS if name not in ("warc", "exit_code")])
    totals = {key: int(value or 0) for key, value in sums.first().asDict().items()}
    totals["warc_files"] = files.count()
    totals["error_rows"] = findings.filter(F.col("kind") == "error").count()
    totals["by_rule"] = {row["rule"]: int(row["findings"])
                         for row in only_findings.groupBy("rule").count().withColumnRenamed("count", "findings")
                         .collect()}
    rows.unpersist()
    text = json.dumps(totals, indent=2, sort_keys=True) + "\n"
    if urlparse(output).scheme in ("", "file"):
        with open(os.path.join(urlparse(output).path if output.startswith("file:") else output, "totals.json"),
                  "w") as out:
            out.write(text)
    else:  # hdfs://, s3a://…: a one-part text folder, written by Spark like the tables
        spark.sparkContext.parallelize([text.rstrip("\n")], 1).saveAsTextFile(output.rstrip("/") + "/totals.json")
    return totals


def read_paths(argument, spark=None):
    """WARC paths from a listing (one per line, `#` comments; local, or any URL Spark reads such as hdfs://), or
    the argument itself when it names an archive."""
    if argument.endswith((".warc", ".warc.gz")):
        return [argument]
    if urlparse(argument).scheme not in ("", "file") and spark is not None:
        lines = [row.value for row in spark.read.text(argument).collect()]
    else:
        with open(urlparse(argument).path if argument.startswith("file:") else argument) as listing:
            lines = listing.read().splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="files listing WARC paths or URLs (one per line), or WARC files")
    parser.add_argument("--output", required=True, help="folder for the Parquet tables and totals.json")
    parser.add_argument("--caveat", default=os.environ.get("CAVEAT_BIN", "caveat"),
                        help="the caveat binary on every node: a path, or a name shipped with --files (default: "
                             "$CAVEAT_BIN or caveat on PATH)")
    parser.add_argument("--partitions", type=int, help="number of tasks (default: 4 per core)")
    parser.add_argument("--master", help="Spark master when run with python directly (spark-submit sets it)")
    parser.add_argument("--caveat-arg", action="append", default=[], dest="caveat_args",
                        help="an extra argument for caveat lint, e.g. --caveat-arg=--only=dosing-claim (repeatable)")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("caveat")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    paths = [path for argument in args.inputs for path in read_paths(argument, spark)]
    totals = run_job(spark, paths, args.output, args.caveat, args.partitions, args.caveat_args)
    print(json.dumps(totals, sort_keys=True))
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
