#!/bin/sh
# Signature benchmarks (JMH, profile bench) next to `openssl speed ecdsap256` on the same machine, one after the other.
set -e
cd "$(dirname "$0")/.."
echo "## machine"; uname -srm; nproc; grep -m1 "model name" /proc/cpuinfo || true; openssl version
echo "## openssl speed ecdsap256"; openssl speed -seconds 3 ecdsap256 2>/dev/null | tail -3
echo "## JMH"; ./mvnw -q -Pbench test-compile exec:exec -Dbench.include=Signature
