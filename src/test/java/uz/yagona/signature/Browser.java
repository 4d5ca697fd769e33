package uz.yagona.signature;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uz.yagona.Multipart;

/**
 * A user agent over real HTTP for the signature pages: cookies, the CSRF token of the last page, form and
 * multipart posts (file uploads, which the identity module's {@code WebSession} does not do), byte bodies.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf = "";

    private final String language;

    Browser(int port) {
        this(port, "en");
    }

    Browser(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
    }

    /** A file to upload. */
    record Upload(String filename, byte[] content) {
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    String page(String path) {
        return text(get(path));
    }

    void signIn(String pinfl, String password) {
        get("/login");
        var response = post("/login", Map.of("username", pinfl, "password", password));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed");
        }
    }

    HttpResponse<byte[]> post(String path, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart post as a browser sends a form with files; the CSRF token travels as a form field. */
    HttpResponse<byte[]> upload(String path, Map<String, Object> parts) {
        var all = new LinkedHashMap<String, Object>();
        all.put("_csrf", csrf);
        all.putAll(parts);
        return multipart(path, all);
    }

    /** A multipart post to the API (no session, no CSRF). */
    HttpResponse<byte[]> multipart(String path, Map<String, Object> parts) {
        var converted = new LinkedHashMap<String, Object>();
        parts.forEach((name, value) -> converted.put(name,
                value instanceof Upload file ? new Multipart.File(file.filename(), file.content()) : value));
        var body = Multipart.of(converted);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", body.contentType())
                .POST(body.publisher()));
    }

    HttpResponse<byte[]> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.header("Accept-Language", language)
                    .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            var token = CSRF.matcher(text(response));
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
