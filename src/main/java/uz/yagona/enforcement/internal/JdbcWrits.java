package uz.yagona.enforcement.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.enforcement.ClaimType;
import uz.yagona.enforcement.NewWrit;
import uz.yagona.enforcement.Party;
import uz.yagona.enforcement.Writ;
import uz.yagona.enforcement.WritNotFound;
import uz.yagona.enforcement.WritSigned;
import uz.yagona.enforcement.WritStatus;
import uz.yagona.enforcement.WritVerification;
import uz.yagona.enforcement.Writs;
import uz.yagona.identity.LegalEntities;
import uz.yagona.identity.Persons;
import uz.yagona.ledger.Audits;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.Receipt;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Soato;
import uz.yagona.shared.Stir;
import uz.yagona.signature.SignerReport;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.VerificationReport;

@Service
class JdbcWrits implements Writs {

    /** {@code IV-2026-0000001}. */
    static final Pattern NUMBER = Pattern.compile("IV-(\\d{4})-(\\d{7})");
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();
    private static final String COLUMNS = "number, court, decision_number, decision_date, creditor_pinfl, "
            + "creditor_stir, creditor_name, debtor_pinfl, debtor_stir, debtor_name, claim_type, amount_tiyin, "
            + "obligation, issued_at, status, signed_by, signed_at, debtor_district";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Audits audits;
    private final Signatures signatures;
    private final Persons persons;
    private final LegalEntities entities;
    private final ApplicationEventPublisher events;
    private final Numbers numbers;
    private final Clock clock;

    JdbcWrits(JdbcClient jdbc, Ledger ledger, Audits audits, Signatures signatures, Persons persons,
            LegalEntities entities, ApplicationEventPublisher events, Numbers numbers, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audits = audits;
        this.signatures = signatures;
        this.persons = persons;
        this.entities = entities;
        this.events = events;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Writ draft(NewWrit writ, String court, Pinfl author) {
        var decision = writ.decisionNumber().strip();
        if (decision.isEmpty() || decision.length() > 50) {
            throw new InvalidValueException("enforcement.decision.number", "A decision number has 1 to 50 characters",
                    50);
        }
        if (writ.decisionDate().isAfter(LocalDate.now(clock)) || writ.decisionDate().getYear() < 1991) {
            throw new InvalidValueException("enforcement.decision.date", "The decision date is not in the future",
                    writ.decisionDate());
        }
        requireClaim(writ);
        requireKnownDebtor(writ.debtor());
        String district = null;
        if (!writ.debtor().isPerson()) {
            if (writ.debtorDistrict() == null) {
                throw new InvalidValueException("enforcement.debtor.district",
                        "The district of an entity debtor is required");
            }
            district = Soato.ofDistrict(writ.debtorDistrict().strip()).value();
        }
        var issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var number = numbers.next("IV", "IV-%04d-%07d", issuedAt);
        var obligation = writ.obligation() == null ? null : writ.obligation().strip();
        jdbc.sql("insert into enforcement.writ (" + COLUMNS + ", author) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, null, null, ?, ?)")
                .params(number, court, decision, writ.decisionDate(), pinfl(writ.creditor()), stir(writ.creditor()),
                        writ.creditor().name(), pinfl(writ.debtor()), stir(writ.debtor()), writ.debtor().name(),
                        writ.claimType().name(), writ.amount() == null ? null : writ.amount().tiyin(), obligation,
                        Timestamp.from(issuedAt), WritStatus.DRAFT.name(), district, author.value())
                .update();
        return find(number).orElseThrow();
    }

    private static void requireClaim(NewWrit writ) {
        if (writ.claimType().monetary()) {
            if (writ.amount() == null || writ.amount().isNegative() || writ.amount().isZero()) {
                throw new InvalidValueException("enforcement.amount.positive",
                        "A monetary claim has a positive amount");
            }
            if (writ.obligation() != null && !writ.obligation().isBlank()) {
                throw new InvalidValueException("enforcement.obligation.monetary",
                        "A monetary claim has an amount, not an obligation's text");
            }
        } else {
            if (writ.obligation() == null || writ.obligation().isBlank() || writ.obligation().length() > 4000) {
                throw new InvalidValueException("enforcement.obligation.required",
                        "A non-monetary claim states the obligation (1 to 4000 characters)", 4000);
            }
            if (writ.amount() != null) {
                throw new InvalidValueException("enforcement.amount.nonMonetary",
                        "A non-monetary claim has no amount");
            }
        }
    }

    private void requireKnownDebtor(Party debtor) {
        boolean known = debtor.isPerson() ? persons.findByPinfl(debtor.pinfl()).isPresent()
                : entities.findByStir(debtor.stir()).isPresent();
        if (!known) {
            throw new InvalidValueException("enforcement.debtor.unknown", "No person or entity " + debtor.id(),
                    debtor.id());
        }
    }

    @Override
    @Transactional
    public Writ sign(String number, Pinfl judge, String keySerial, String pin) {
        var writ = lockedDraft(number);
        var signature = signatures.sign(judge, keySerial, pin, canonical(writ));
        return signed(writ, judge, signature);
    }

    @Override
    @Transactional
    public Writ attachSignature(String number, Pinfl judge, byte[] signature) {
        return signed(lockedDraft(number), judge, signature);
    }

    /** Accepts the signature only if it verifies and is the judge's, for this court; then anchors the writ. */
    private Writ signed(Writ writ, Pinfl judge, byte[] signature) {
        var document = canonical(writ);
        var report = report(document, signature);
        if (report == null || !signedBy(report, judge.value(), writ.court())) {
            throw new InvalidValueException("enforcement.signature.invalid",
                    "The signature does not verify as the judge's over this writ", writ.number());
        }
        var receipt = ledger.append(LEDGER_TYPE, writ.number(), Hash.sha256(document));
        jdbc.sql("update enforcement.writ set status = ?, signature = ?, signed_by = ?, signed_at = ?, "
                        + "ledger_sequence = ? where number = ?")
                .params(WritStatus.SIGNED.name(), signature, judge.value(), Timestamp.from(clock.instant()),
                        receipt.sequence(), writ.number())
                .update();
        events.publishEvent(new WritSigned(writ.number()));
        return find(writ.number()).orElseThrow();
    }

    private @Nullable VerificationReport report(byte[] document, byte[] signature) {
        try {
            return signatures.verify(document, signature);
        } catch (InvalidValueException notCms) {
            return null;
        }
    }

    private static boolean signedBy(VerificationReport report, String judge, String court) {
        if (!report.valid() || report.signers().size() != 1) {
            return false;
        }
        SignerReport signer = report.signers().getFirst();
        return judge.equals(signer.pinfl()) && court.equals(signer.agencyCode());
    }

    private Writ lockedDraft(String number) {
        requireNumber(number);
        var writ = jdbc.sql("select " + COLUMNS + " from enforcement.writ where number = ? for update").param(number)
                .query(JdbcWrits::writ).optional().orElseThrow(() -> new WritNotFound(number));
        if (writ.status() != WritStatus.DRAFT) {
            throw new InvalidValueException("enforcement.writ.signed", "The writ is signed already", number);
        }
        return writ;
    }

    @Override
    public byte[] canonical(String number) {
        return canonical(find(number).orElseThrow(() -> new WritNotFound(number)));
    }

    @Override
    public Optional<Writ> find(String number) {
        requireNumber(number);
        return jdbc.sql("select " + COLUMNS + " from enforcement.writ where number = ?").param(number)
                .query(JdbcWrits::writ).optional();
    }

    @Override
    public WritVerification verify(String number) {
        return verify(number, true);
    }

    /**
     * For opening a case: the writ as the ledger logged it. Its signature was verified as the judge's before it was
     * anchored (a writ is SIGNED only then), so a writ whose canonical form still has the logged digest is the one
     * signed; only a writ that no longer has it gets its signature verified again, to record what broke.
     */
    WritVerification verifyAnchored(String number) {
        return verify(number, false);
    }

    private WritVerification verify(String number, boolean signatureAgain) {
        var writ = find(number).orElseThrow(() -> new WritNotFound(number));
        var document = canonical(writ);
        var recomputed = Hash.sha256(document);
        var stored = jdbc.sql("select signature, ledger_sequence from enforcement.writ where number = ?")
                .param(number).query((row, n) -> new Stored(row.getBytes(1), (Long) row.getObject(2))).single();
        if (writ.status() != WritStatus.SIGNED || stored.signature() == null || stored.ledgerSequence() == null) {
            return new WritVerification(writ, false, null, false, recomputed.hex(), null, null, null, false);
        }
        var audit = audits.audit(new Receipt(stored.ledgerSequence()), LEDGER_TYPE, number, Duration.ofSeconds(2));
        var inLedger = audit.digest();
        boolean signatureValid;
        @Nullable String signer = null;
        if (signatureAgain || !recomputed.equals(inLedger)) {
            var report = report(document, stored.signature());
            signatureValid = report != null && writ.signedBy() != null
                    && signedBy(report, writ.signedBy(), writ.court());
            signer = report == null || report.signers().isEmpty() ? null : report.signers().getFirst().name();
        } else {
            signatureValid = writ.signedBy() != null;
        }
        return new WritVerification(writ, signatureValid, signer, recomputed.equals(inLedger), recomputed.hex(),
                inLedger == null ? null : inLedger.hex(), audit.entry() == null ? null : audit.entry().index(),
                audit.treeSize(), audit.proofValid());
    }

    private record Stored(byte @Nullable [] signature, @Nullable Long ledgerSequence) {
    }

    /** The writ as JSON with sorted keys, no spaces, dates and times as ISO-8601 text, in UTF-8. */
    static byte[] canonical(Writ writ) {
        var record = new TreeMap<String, @Nullable Object>();
        record.put("number", writ.number());
        record.put("court", writ.court());
        record.put("decisionNumber", writ.decisionNumber());
        record.put("decisionDate", writ.decisionDate().toString());
        record.put("creditor", party(writ.creditor()));
        record.put("debtor", party(writ.debtor()));
        record.put("debtorDistrict", writ.debtorDistrict());
        record.put("claimType", writ.claimType().name());
        record.put("amountTiyin", writ.amount() == null ? null : writ.amount().tiyin());
        record.put("obligation", writ.obligation());
        record.put("issuedAt", writ.issuedAt().toString());
        return CANONICAL.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
    }

    private static TreeMap<String, String> party(Party party) {
        var map = new TreeMap<String, String>();
        map.put(party.isPerson() ? "pinfl" : "stir", party.id());
        map.put("name", party.name());
        return map;
    }

    static void requireNumber(String number) {
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidValueException("enforcement.writ.number", "A writ number looks like IV-2026-0000001",
                    number, "IV-2026-0000001");
        }
    }

    private static @Nullable String pinfl(Party party) {
        return party.pinfl() == null ? null : party.pinfl().value();
    }

    private static @Nullable String stir(Party party) {
        return party.stir() == null ? null : party.stir().value();
    }

    private static Writ writ(ResultSet row, int n) throws SQLException {
        var amount = (Long) row.getObject("amount_tiyin");
        var signedAt = row.getTimestamp("signed_at");
        return new Writ(row.getString("number"), row.getString("court"), row.getString("decision_number"),
                row.getObject("decision_date", LocalDate.class),
                party(row.getString("creditor_pinfl"), row.getString("creditor_stir"), row.getString("creditor_name")),
                party(row.getString("debtor_pinfl"), row.getString("debtor_stir"), row.getString("debtor_name")),
                ClaimType.valueOf(row.getString("claim_type")), amount == null ? null : Money.ofTiyin(amount),
                row.getString("obligation"), row.getTimestamp("issued_at").toInstant(),
                WritStatus.valueOf(row.getString("status")), row.getString("signed_by"),
                signedAt == null ? null : signedAt.toInstant(), row.getString("debtor_district"));
    }

    private static Party party(@Nullable String pinfl, @Nullable String stir, String name) {
        return new Party(pinfl == null ? null : new Pinfl(pinfl), stir == null ? null : new Stir(stir), name);
    }
}
