package uz.yagona;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser sends a form with files, for tests that upload over real HTTP. */
public record Multipart(String contentType, byte[] body) {

    /** A file field's content. */
    public record File(String filename, byte[] content) {
    }

    /** Parts in order; a {@link File} value is sent as a file, anything else as its text. */
    public static Multipart of(Map<String, ?> parts) {
        var boundary = "----yagona" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        parts.forEach((name, value) -> {
            var head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append('"');
            byte[] content;
            if (value instanceof File file) {
                head.append("; filename=\"").append(file.filename()).append("\"\r\n")
                        .append("Content-Type: application/octet-stream");
                content = file.content();
            } else {
                content = value.toString().getBytes(StandardCharsets.UTF_8);
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }
}
