package uz.yagona.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.exchange.Exchange;
import uz.yagona.exchange.ExchangeException;
import uz.yagona.exchange.ExchangeService;
import uz.yagona.exchange.Purpose;
import uz.yagona.exchange.RequestContext;
import uz.yagona.exchange.internal.Gateway;
import uz.yagona.exchange.internal.SignedRequests;
import uz.yagona.identity.PlatformSigner;
import uz.yagona.ledger.Hash;

/**
 * The exchange for agency systems outside the platform (Government as a Platform): an OAuth2 client-credentials
 * token of an agency system, a request signed by that system (compact JWS), and an answer signed by the
 * platform with the key published at {@code /oauth2/jwks}. The agency comes from the token, never the body.
 */
@RestController
@Tag(name = "Exchange", description = "Interagency exchange: signed requests to the registries")
class ExchangeApi {

    static final String JOSE = "application/jose";
    static final String ANSWER_TYPE = "exchange-answer+jwt";

    private final Exchange exchange;
    private final Gateway gateway;
    private final SignedRequests signed;
    private final PlatformSigner signer;
    private final JsonMapper json;
    private final ExchangeProblems problems;

    ExchangeApi(Exchange exchange, Gateway gateway, SignedRequests signed, PlatformSigner signer, JsonMapper json,
            MessageSource messages) {
        this.exchange = exchange;
        this.gateway = gateway;
        this.signed = signed;
        this.signer = signer;
        this.json = json;
        this.problems = new ExchangeProblems(messages);
    }

    /** The signed request's payload. {@code iat} (seconds since the epoch) is checked with the signature. */
    record RequestJson(@Nullable String service, @Nullable String subject, @Nullable String purpose,
            @Nullable String legalBasis, @Nullable String caseReference, @Nullable String hiddenUntil,
            @Nullable Map<String, String> parameters, @Nullable Long iat) {
    }

    @Operation(summary = "Ask a registry through the exchange",
            description = """
                    The body is a compact JWS (RS256, PS256 or ES256) signed with a key registered for the calling
                    agency system (`PUT /api/v1/admin/exchange/systems/{clientId}/keys`), its `kid` in the header.
                    Payload: `{"service": "composite.person-with-assets", "subject": "<PINFL or STIR>",
                    "purpose": "ENFORCEMENT", "legalBasis": "...", "caseReference": "...", "iat": <seconds>,
                    "hiddenUntil": "YYYY-MM-DD" (CRIMINAL_INVESTIGATION only), "parameters": {}}`.
                    Needs an access token of an agency system (client credentials, scope `exchange`); the agency
                    is the token's `agency` claim. The answer is a compact JWS (ES256) signed with the platform key
                    published at `/oauth2/jwks`, `typ` `exchange-answer+jwt`, payload `{requestId, service,
                    subject, outcome, answer, requestDigest (SHA-256 of the request JWS, base64url), iat}`.
                    Refusals (403), unknown subjects (404) and malformed requests (400) are RFC 9457 problems
                    with the `requestId` of their access-log entry.""",
            responses = {
                @ApiResponse(responseCode = "200", description = "Signed answer",
                        content = @Content(mediaType = JOSE, schema = @Schema(type = "string"))),
                @ApiResponse(responseCode = "400", description = "Malformed request or JWS"),
                @ApiResponse(responseCode = "401", description = "No token, unknown key or bad signature"),
                @ApiResponse(responseCode = "403", description = "Not an agency system, or refused by the policy"),
                @ApiResponse(responseCode = "404", description = "Unknown subject")})
    @PostMapping(path = "/api/v1/exchange/requests", consumes = {JOSE, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<?> request(@RequestBody(required = false) @Nullable String body, JwtAuthenticationToken token,
            HttpServletRequest http, Locale locale) {
        var agency = token.getToken().getClaimAsString("agency");
        boolean exchangeScope = token.getAuthorities().stream()
                .anyMatch(authority -> "SCOPE_exchange".equals(authority.getAuthority()));
        if (agency == null || agency.isBlank() || !exchangeScope) {
            return problems.problem(HttpStatus.FORBIDDEN, "exchange.notAgencySystem", null, null, http, locale);
        }
        var clientId = token.getToken().getSubject();
        if (body == null || body.isBlank()) {
            return problems.problem(HttpStatus.BAD_REQUEST, "exchange.jws.malformed", "body", null, http, locale);
        }
        byte[] payload;
        try {
            payload = signed.verify(clientId, body);
        } catch (SignedRequests.BadSignature bad) {
            return problems.problem(HttpStatus.valueOf(bad.status()), bad.rule(), "body", null, http, locale);
        }
        RequestJson request;
        try {
            request = json.readValue(payload, RequestJson.class);
        } catch (JacksonException e) {
            return problems.problem(HttpStatus.BAD_REQUEST, "exchange.request.malformed", "body", null, http,
                    locale);
        }
        var service = request.service() == null ? null : ExchangeService.ofCode(request.service()).orElse(null);
        if (service == null) {
            return problems.problem(HttpStatus.BAD_REQUEST, "exchange.service.unknown", "service", null, http,
                    locale);
        }
        var subject = request.subject() == null ? "" : request.subject();
        var parameters = request.parameters() == null ? Map.<String, String>of() : request.parameters();
        var context = new RequestContext(agency, null, clientId, null, request.legalBasis(),
                request.caseReference(), null);
        Purpose purpose = null;
        if (request.purpose() != null) {
            try {
                purpose = Purpose.valueOf(request.purpose());
            } catch (IllegalArgumentException e) {
                throw gateway.reject(service, subject, context, parameters, "purpose", "exchange.purpose.unknown",
                        "Unknown purpose");
            }
        }
        LocalDate hiddenUntil = null;
        if (request.hiddenUntil() != null) {
            try {
                hiddenUntil = LocalDate.parse(request.hiddenUntil());
            } catch (DateTimeParseException e) {
                throw gateway.reject(service, subject, context, parameters, "hiddenUntil", "exchange.date.invalid",
                        "Not a date");
            }
        }
        context = new RequestContext(agency, null, clientId, purpose, request.legalBasis(), request.caseReference(),
                hiddenUntil);
        var answer = exchange.query(service, subject, parameters, context);
        var signedAnswer = new LinkedHashMap<String, Object>();
        signedAnswer.put("requestId", answer.requestId().toString());
        signedAnswer.put("service", service.code());
        signedAnswer.put("subject", subject);
        signedAnswer.put("outcome", "SERVED");
        signedAnswer.put("answer", answer.value());
        signedAnswer.put("requestDigest", Hash.sha256(body.strip().getBytes(StandardCharsets.US_ASCII)).base64Url());
        signedAnswer.put("iat", Instant.now().getEpochSecond());
        var jws = signer.signCompact(json.writeValueAsBytes(signedAnswer), ANSWER_TYPE, "json");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(JOSE))
                .header("X-Request-Id", answer.requestId().toString()).body(jws);
    }

    @ExceptionHandler(ExchangeException.class)
    ResponseEntity<ProblemDetail> notServed(ExchangeException ex, HttpServletRequest http, Locale locale) {
        return problems.notServed(ex, http, locale);
    }
}
