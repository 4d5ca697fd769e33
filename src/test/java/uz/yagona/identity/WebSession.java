package uz.yagona.identity;

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

/** A user agent over real HTTP: keeps cookies, sends the CSRF token of the last page, follows no redirect itself. */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private final String language;
    private String csrf = "";

    public WebSession(int port) {
        this(port, "en");
    }

    public WebSession(int port, String language) {
        this.base = "http://localhost:" + port;
        this.language = language;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The value of a cookie this user agent holds, such as the session cookie. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .findFirst().orElseThrow().getValue();
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        var fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        var body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows redirects on this site from a response, as a browser would, and returns the last response. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        var current = response;
        for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
            var location = current.headers().firstValue("Location").orElseThrow();
            if (!location.startsWith("/") && !location.startsWith(base)) {
                return current;
            }
            current = get(location);
        }
        return current;
    }

    /** Signs in with a password; returns the page the login ends on (cabinet, TOTP page or login error). */
    public HttpResponse<String> signIn(String pinfl, String password) {
        get("/login");
        return follow(post("/login", Map.of("username", pinfl, "password", password)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
            var token = CSRF.matcher(response.body());
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

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static Map<String, String> form(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
