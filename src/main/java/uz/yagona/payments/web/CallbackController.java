package uz.yagona.payments.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.payments.Payments;
import uz.yagona.payments.ProviderTransaction;
import uz.yagona.payments.internal.CallbackSignatures;
import uz.yagona.payments.internal.SandboxProvider;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;

/**
 * The sandbox provider's server-to-server callback. The signature is checked over the exact bytes received,
 * before anything in the body is read; a forged or missing one is a 401 and changes nothing.
 */
@RestController
class CallbackController {

    private final Payments payments;
    private final CallbackSignatures signatures;
    private final JsonMapper json = JsonMapper.builder().build();

    CallbackController(Payments payments, CallbackSignatures sandboxSignatures) {
        this.payments = payments;
        this.signatures = sandboxSignatures;
    }

    @PostMapping(SandboxProvider.CALLBACK_PATH)
    Map<String, Object> sandbox(@RequestBody byte[] body,
            @RequestHeader(name = CallbackSignatures.HEADER, required = false) @Nullable String signature) {
        if (signature == null || !signatures.verify(body, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "payments.callback.signature");
        }
        var transaction = transaction(body);
        var credited = payments.credit(SandboxProvider.NAME, transaction);
        return Map.of("transactionId", transaction.transactionId(), "credited", credited);
    }

    private ProviderTransaction transaction(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            var id = text(node, "transactionId");
            var number = text(node, "invoiceNumber");
            var amount = node.get("amountTiyin");
            if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong()) {
                throw bad("amountTiyin");
            }
            return new ProviderTransaction(id, number, Money.ofTiyin(amount.asLong()),
                    Instant.parse(text(node, "paidAt")));
        } catch (JacksonException | DateTimeParseException e) {
            throw bad("body");
        }
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank() || value.asString().length() > 100) {
            throw bad(field);
        }
        return value.asString();
    }

    private static InvalidValueException bad(String field) {
        return new InvalidValueException("payments.callback.body", "callback field missing or malformed", field);
    }
}
