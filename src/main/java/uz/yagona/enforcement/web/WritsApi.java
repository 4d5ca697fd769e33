package uz.yagona.enforcement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.NewWrit;
import uz.yagona.enforcement.Party;
import uz.yagona.enforcement.Writ;
import uz.yagona.enforcement.WritNotFound;
import uz.yagona.enforcement.WritVerification;
import uz.yagona.enforcement.Writs;
import uz.yagona.enforcement.internal.EnforcementSettings;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * Writs over the API: court staff ({@code COURT_CLERK} or {@code JUDGE} of a court, an agency under {@code SC})
 * draft them, a judge of the writ's court signs them, and anyone verifies one by its number.
 */
@RestController
@RequestMapping("/api/v1/enforcement/writs")
@Tag(name = "Writs", description = "Writs of execution: drafted and signed by courts, verified by anyone")
class WritsApi extends EnforcementProblems {

    /** The root agency code of the courts. */
    static final String COURTS = "SC";

    private final Writs writs;
    private final EnforcementSettings settings;

    WritsApi(Writs writs, EnforcementSettings settings, MessageSource messages) {
        super(messages);
        this.writs = writs;
        this.settings = settings;
    }

    record PartyJson(@Nullable String pinfl, @Nullable String stir, @NotBlank @Size(max = 300) String name) {

        /** The party, or a broken rule naming {@code role} ({@code creditor} or {@code debtor}) as the field. */
        Party party(String role) {
            try {
                return new Party(pinfl == null ? null : Pinfl.parse(pinfl), stir == null ? null : Stir.parse(stir),
                        name);
            } catch (InvalidValueException e) {
                throw new InvalidValueException("enforcement." + role + ".invalid", e.getMessage());
            }
        }
    }

    record AmountJson(long tiyin) {
    }

    record NewWritJson(@NotBlank @Size(max = 50) String decisionNumber, @NotNull LocalDate decisionDate,
            @NotNull @Valid PartyJson creditor, @NotNull @Valid PartyJson debtor, @NotNull ClaimType claimType,
            @Nullable AmountJson amount, @Nullable @Size(max = 4000) String obligation,
            @Nullable String debtorDistrict) {
    }

    /** Either a kept key and its PIN, or a detached CMS made elsewhere (base64). */
    record SignatureJson(@Nullable String keySerial, @Nullable String pin, @Nullable String signature) {
    }

    record WritJson(String number, String court, String decisionNumber, LocalDate decisionDate, Party creditor,
            Party debtor, ClaimType claimType, @Nullable Long amountTiyin, @Nullable String obligation,
            Instant issuedAt, String status, @Nullable Instant signedAt, String canonical, String verificationUrl) {

        static WritJson of(Writ w, byte[] canonical, String verificationUrl) {
            return new WritJson(w.number(), w.court(), w.decisionNumber(), w.decisionDate(), w.creditor(),
                    w.debtor(), w.claimType(), w.amount() == null ? null : w.amount().tiyin(), w.obligation(),
                    w.issuedAt(), w.status().name(), w.signedAt(), Base64.getEncoder().encodeToString(canonical),
                    verificationUrl);
        }
    }

    /** What anyone holding a writ may check: the writ without the parties' identifiers, and the proofs. */
    record VerificationJson(String number, String court, String decisionNumber, LocalDate decisionDate,
            String claimType, @Nullable Long amountTiyin, @Nullable String obligation, String debtorName,
            String status, boolean signatureValid, @Nullable String signedBy, boolean intact, String recomputedDigest,
            @Nullable String ledgerDigest, @Nullable Long ledgerIndex, @Nullable Long treeSize, boolean proofValid,
            boolean genuine, String verificationUrl) {

        static VerificationJson of(WritVerification v, String verificationUrl) {
            var w = v.writ();
            return new VerificationJson(w.number(), w.court(), w.decisionNumber(), w.decisionDate(),
                    w.claimType().name(), w.amount() == null ? null : w.amount().tiyin(), w.obligation(),
                    w.debtor().name(), w.status().name(), v.signatureValid(), v.signerName(), v.intact(),
                    v.recomputedDigest(), v.ledgerDigest(), v.ledgerIndex(), v.treeSize(), v.proofValid(),
                    v.genuine(), verificationUrl);
        }
    }

    @Operation(summary = "Draft a writ", description = "By court staff; the court is the caller's. A monetary claim "
            + "has an amount in tiyin, a non-monetary one the obligation's text. The debtor must be known.")
    @PostMapping
    ResponseEntity<WritJson> draft(@Valid @RequestBody NewWritJson body, @AuthenticationPrincipal Jwt token) {
        var court = courtOf(token, List.of("COURT_CLERK", "JUDGE"));
        var amount = body.amount() == null ? null : Money.ofTiyin(body.amount().tiyin());
        var writ = writs.draft(new NewWrit(body.decisionNumber(), body.decisionDate(),
                body.creditor().party("creditor"), body.debtor().party("debtor"), body.claimType(), amount,
                body.obligation(), body.debtorDistrict()), court, new Pinfl(token.getSubject()));
        return ResponseEntity.created(URI.create("/api/v1/enforcement/writs/" + writ.number())).body(json(writ));
    }

    @Operation(summary = "Sign a drafted writ", description = "By a judge of the writ's court, with a kept key and "
            + "its PIN or with a detached CMS over the writ's canonical form. The writ is anchored in the ledger and "
            + "an enforcement case opens.")
    @PostMapping("/{number}/signature")
    WritJson sign(@PathVariable String number, @RequestBody SignatureJson body, @AuthenticationPrincipal Jwt token) {
        var writ = writs.find(number).orElseThrow(() -> new WritNotFound(number));
        var court = courtOf(token, List.of("JUDGE"));
        if (!court.equals(writ.court())) {
            throw new Forbidden("enforcement.writ.foreignCourt", writ.court());
        }
        var judge = new Pinfl(token.getSubject());
        Writ signed;
        if (body.signature() != null && !body.signature().isBlank()) {
            signed = writs.attachSignature(number, judge, decode(body.signature()));
        } else if (body.keySerial() != null && body.pin() != null) {
            signed = writs.sign(number, judge, body.keySerial(), body.pin());
        } else {
            throw new InvalidValueException("enforcement.signature.invalid", "A key and PIN, or a signature", number);
        }
        return json(signed);
    }

    @Operation(summary = "A writ as its court drafted it", description = "For court staff: the writ with the "
            + "base64 of its canonical form, which a judge signs elsewhere as a detached CMS.")
    @GetMapping("/{number}/canonical")
    WritJson draftOf(@PathVariable String number, @AuthenticationPrincipal Jwt token) {
        var writ = writs.find(number).orElseThrow(() -> new WritNotFound(number));
        if (!writ.court().equals(courtOf(token, List.of("COURT_CLERK", "JUDGE")))) {
            throw new Forbidden("enforcement.writ.foreignCourt", writ.court());
        }
        return json(writ);
    }

    @Operation(summary = "Verify a writ", description = "Public: the judge's signature, the ledger proof and whether "
            + "the writ is unchanged since it was signed.")
    @GetMapping("/{number}")
    VerificationJson verify(@PathVariable String number) {
        return VerificationJson.of(writs.verify(number), settings.verificationUrl(number));
    }

    private WritJson json(Writ writ) {
        return WritJson.of(writ, writs.canonical(writ.number()), settings.verificationUrl(writ.number()));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("enforcement.signature.invalid", "Not base64", "");
        }
    }

    /** The court the caller works at with one of {@code roles}; a 403 otherwise. */
    static String courtOf(Jwt token, List<String> roles) {
        var held = claim(token, "roles");
        if (roles.stream().noneMatch(held::contains)) {
            throw new Forbidden("enforcement.court.forbidden");
        }
        return claim(token, "agencies").stream().filter(code -> code.split("\\.")[0].equals(COURTS)).findFirst()
                .orElseThrow(() -> new Forbidden("enforcement.court.forbidden"));
    }

    static List<String> claim(Jwt token, String name) {
        var values = token.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }
}
