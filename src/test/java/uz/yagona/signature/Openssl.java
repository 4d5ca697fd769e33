package uz.yagona.signature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code openssl} binary in a working directory: the independent tool that checks our PKI. */
record Openssl(Path dir) {

    record Result(int exit, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    Result run(String... arguments) {
        var command = new ArrayList<String>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("openssl timed out: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs and insists on success, returning the output. */
    String ok(String... arguments) {
        var result = run(arguments);
        if (!result.ok()) {
            throw new AssertionError("openssl " + String.join(" ", arguments) + " failed:\n" + result.output());
        }
        return result.output();
    }
}
