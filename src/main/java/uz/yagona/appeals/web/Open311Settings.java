package uz.yagona.appeals.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Open311 GeoReport v2 clients: the API keys they file requests with (one per client, issued by the operator)
 * and the jurisdiction this server answers for.
 */
@ConfigurationProperties("yagona.appeals.open311")
record Open311Settings(@Nullable List<String> apiKeys, @Nullable String jurisdiction) {

    Open311Settings {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? "yagona.uz" : jurisdiction;
    }
}
