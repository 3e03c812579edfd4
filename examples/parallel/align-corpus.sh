#!/bin/sh
# Align a JSONL corpus with `muqabala stream` under GNU parallel:
#   examples/parallel/align-corpus.sh INPUT.jsonl OUTPUT.jsonl [GNU parallel options]
# --pipe cuts stdin into blocks of 20 documents (-N 20: whole lines, so whole
# documents), one `muqabala stream --jobs 1` per block and per core, and
# --keep-order writes the blocks' outputs in input order: OUTPUT.jsonl is what
# one `muqabala stream` over INPUT.jsonl writes. Each block prints its own
# errors and counts on stderr (line numbers count from the block's start); the
# exit code is the number of blocks in which some document failed.
#
# Several machines: add e.g. `--sshlogin 4/alice@node1,4/node2,: --workdir /opt/muqabala`
# (Muqabala built at that path on each machine, Node 20+ on its PATH; `:` is this machine).
set -eu
input=$1
output=$2
shift 2
muqabala=$(cd "$(dirname "$0")/../.." && pwd)
parallel --pipe --keep-order -N 20 "$@" node "$muqabala/dist/main/cli.js" stream --jobs 1 < "$input" > "$output"
