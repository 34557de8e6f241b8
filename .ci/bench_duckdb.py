#!/usr/bin/env python3
"""DuckDB side of uql-bench: loads a CSV into an in-memory table and times queries.

Usage: bench_duckdb.py SPEC.json, where SPEC holds csv, table, columns ([name, type] pairs),
loads, runs and queries ([{name, sql}]). Prints JSON: load (ms per load), queries (ms per
run, by name), rows (result rows, by name), threads.
"""
import json
import sys
import time

import duckdb


def main():
    spec = json.load(open(sys.argv[1], encoding="utf-8"))
    con = duckdb.connect(":memory:")
    columns = ", ".join("'%s': '%s'" % (name, kind) for name, kind in spec["columns"])
    load_sql = "CREATE OR REPLACE TABLE \"%s\" AS SELECT * FROM read_csv('%s', header = true, columns = {%s})" % (
        spec["table"], spec["csv"].replace("'", "''"), columns)
    loads = []
    for _ in range(spec["loads"]):
        start = time.perf_counter()
        con.execute(load_sql)
        loads.append((time.perf_counter() - start) * 1000)
    queries, rows = {}, {}
    for _ in range(spec["runs"]):
        for q in spec["queries"]:
            start = time.perf_counter()
            result = con.execute(q["sql"]).fetchall()
            queries.setdefault(q["name"], []).append((time.perf_counter() - start) * 1000)
            rows[q["name"]] = len(result)
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    json.dump({"load": loads, "queries": queries, "rows": rows, "threads": int(threads)}, sys.stdout)


if __name__ == "__main__":
    main()
