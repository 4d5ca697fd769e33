package uz.yagona;

import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the platform's JMH benchmarks briefly (a few minutes): {@code -Dbench.include=Proof} or
 * {@code -Dbench.include=Signature} runs a subset (a regular expression matched after {@code uz.yagona.}).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder()
                .include("uz\\.yagona\\..*" + System.getProperty("bench.include", "") + ".*")
                .forks(1)
                .jvmArgsAppend("-Dbench.leaves=" + System.getProperty("bench.leaves", "10000000"), "-Xmx2g")
                .warmupIterations(2).warmupTime(TimeValue.seconds(3))
                .measurementIterations(3).measurementTime(TimeValue.seconds(5))
                .resultFormat(ResultFormatType.TEXT).result("target/bench.txt")
                .build();
        new Runner(options).run();
    }
}
