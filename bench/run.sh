#!/bin/sh
# Builds the JMH benchmarks and runs them next to `openssl speed ecdsap256` on the same machine, one after the other.
set -e
cd "$(dirname "$0")"
../mvnw -q -f pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
JAVA=${JAVA:-java}
echo "## machine"; uname -srm; nproc; grep -m1 "model name" /proc/cpuinfo || true; "$JAVA" -version 2>&1 | head -1; openssl version
echo "## openssl speed ecdsap256"; openssl speed -seconds 3 ecdsap256 2>/dev/null | tail -3
echo "## JMH"; "$JAVA" -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main -f 1 -wi 2 -w 3s -i 3 -r 3s -t 1 SignatureBench
