package uz.yagona.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.exchange.internal.Anchors;
import uz.yagona.exchange.internal.SystemKeys;
import uz.yagona.exchange.internal.Verification;

/** Administration of the exchange (role ADMIN): agency systems' signing keys and a check of the access log. */
@RestController
class ExchangeAdminApi {

    private final SystemKeys keys;
    private final Anchors anchors;

    ExchangeAdminApi(SystemKeys keys, Anchors anchors) {
        this.keys = keys;
        this.anchors = anchors;
    }

    @Operation(summary = "Register an agency system's public signing key",
            description = "Body: a public JWK (EC P-256 or RSA 2048+). Returns its key id (`kid`), which the "
                    + "system puts in the header of every request it signs.")
    @PutMapping(path = "/api/v1/admin/exchange/systems/{clientId}/keys", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> registerKey(@PathVariable String clientId, @RequestBody String jwk) {
        return Map.of("clientId", clientId, "kid", keys.register(clientId, jwk));
    }

    @Operation(summary = "Verify the access log",
            description = "Walks the hash chain and checks the heads anchored in the ledger; names the first "
                    + "broken entry.")
    @GetMapping("/api/v1/admin/exchange/access-log/verification")
    Verification verify() {
        return anchors.verify(Duration.ofMinutes(1));
    }
}
