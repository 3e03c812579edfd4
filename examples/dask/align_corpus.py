#!/usr/bin/python3
"""Align a JSONL corpus with `muqabala stream` on Dask distributed.

    /usr/bin/python3 examples/dask/align_corpus.py INPUT.jsonl OUTPUT.jsonl [--scheduler ADDRESS]

INPUT.jsonl has one document pair per line ({"id", "ar", "en", ...}, as
`muqabala stream` reads it). The input is cut into shards of --shard-size lines;
each shard is one Dask task that runs `node dist/main/cli.js stream --jobs 1`
on a worker, and the shards' outputs are written to OUTPUT.jsonl in input
order, so the result is the same as one `muqabala stream` over the whole file.

Without --scheduler a local cluster of two worker processes is started on
127.0.0.1. With --scheduler tcp://HOST:8786 the script uses that cluster (started
with `dask scheduler` and `dask worker` on the machines); every worker needs
Node 20+ and a built Muqabala at the path given by --cli (default: this
checkout's dist/main/cli.js, so the same path on every machine).

Only a few shards are in flight at a time (twice the cluster's threads), so
memory stays bounded however large the input. Errors of single documents are
passed on to stderr as `muqabala stream` prints them (with line numbers of the
whole input), followed by the totals; the exit code is 1 when some document
failed, 2 when a shard could not run at all.

Needs Debian's python3-distributed (run it with /usr/bin/python3).
"""

import argparse
import json
import logging
import os
import subprocess
import sys

from distributed import Client, LocalCluster, as_completed

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_CLI = os.path.join(REPO, "dist", "main", "cli.js")


def align_shard(text, node, cli):
    """Runs on a Dask worker: one `muqabala stream` process over one shard."""
    done = subprocess.run([node, cli, "stream", "--jobs", "1"], input=text.encode("utf-8"), capture_output=True)
    return {"stdout": done.stdout, "stderr": done.stderr.decode("utf-8", "replace"), "code": done.returncode}


def read_shards(path, size):
    """Yields (first line number - 1, text of up to `size` lines) without reading the whole file."""
    with open(path, encoding="utf-8", newline="\n") as source:
        lines, offset, number = [], 0, 0
        for line in source:
            number += 1
            lines.append(line if line.endswith("\n") else line + "\n")
            if len(lines) == size:
                yield offset, "".join(lines)
                lines, offset = [], number
        if lines:
            yield offset, "".join(lines)


def shift_stderr(text, offset, totals):
    """Stream's stderr lines with whole-input line numbers; the shard's totals are added up, not printed."""
    passed_on = []
    for line in text.splitlines():
        try:
            message = json.loads(line)
        except ValueError:
            passed_on.append(line)
            continue
        if isinstance(message, dict) and "read" in message and "written" in message:
            for key in ("read", "written", "failed", "beads", "sentences"):
                totals[key] += message.get(key, 0)
            continue
        if isinstance(message, dict) and isinstance(message.get("line"), int):
            message["line"] += offset
        passed_on.append(json.dumps(message, ensure_ascii=False, separators=(",", ":")))
    return passed_on


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    parser.add_argument("--shard-size", type=int, default=20, help="documents per task (default 20)")
    parser.add_argument("--node", default="node", help="the Node.js executable on the workers")
    parser.add_argument("--cli", default=DEFAULT_CLI, help="dist/main/cli.js of Muqabala on the workers")
    args = parser.parse_args()

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    totals = {"read": 0, "written": 0, "failed": 0, "beads": 0, "sentences": 0}
    worst = 0
    try:
        window = 2 * max(1, sum(client.nthreads().values()))
        shards = read_shards(args.input, args.shard_size)
        in_flight = as_completed()
        where = {}
        submitted = 0
        written = 0
        finished = {}

        def submit_more():
            nonlocal submitted
            while submitted - written < window:
                shard = next(shards, None)
                if shard is None:
                    return
                future = client.submit(align_shard, shard[1], args.node, args.cli, pure=False)
                where[future.key] = (submitted, shard[0])
                in_flight.add(future)
                submitted += 1

        with open(args.output + ".part", "wb") as output:
            submit_more()
            for future in in_flight:
                index, offset = where.pop(future.key)
                finished[index] = (offset, future.result())
                future.release()
                while written in finished:
                    offset, result = finished.pop(written)
                    output.write(result["stdout"])
                    for line in shift_stderr(result["stderr"], offset, totals):
                        print(line, file=sys.stderr)
                    worst = max(worst, result["code"])
                    written += 1
                submit_more()
        os.replace(args.output + ".part", args.output)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps(totals, separators=(",", ":")), file=sys.stderr)
    return 2 if worst >= 2 else 1 if totals["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
