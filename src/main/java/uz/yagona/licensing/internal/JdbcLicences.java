package uz.yagona.licensing.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uz.yagona.ledger.Audits;
import uz.yagona.ledger.Hash;
import uz.yagona.ledger.Ledger;
import uz.yagona.ledger.Receipt;
import uz.yagona.licensing.Licence;
import uz.yagona.licensing.LicenceNotFoundException;
import uz.yagona.licensing.LicenceStatus;
import uz.yagona.licensing.LicenceType;
import uz.yagona.licensing.Licences;
import uz.yagona.licensing.Verification;
import uz.yagona.shared.InvalidValueException;
import uz.yagona.shared.LocalizedText;
import uz.yagona.signature.Signatures;
import uz.yagona.signature.VerificationReport;

@Service
class JdbcLicences implements Licences {

    /** {@code L-2026-000001}. */
    static final Pattern NUMBER = Pattern.compile("L-(\\d{4})-(\\d{6})");
    private static final Pattern HOLDER = Pattern.compile("\\d{9}|\\d{14}");
    private static final Pattern AGENCY = Pattern.compile("[A-Z][A-Z0-9]{1,9}(\\.[A-Z0-9]{1,10})*");
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();
    private static final String COLUMNS = "number, type_code, holder_id, holder_name, scope, valid_from, "
            + "valid_until, agency_code, state, reason, version";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final Audits audits;
    private final Signatures signatures;
    private final Clock clock;

    JdbcLicences(JdbcClient jdbc, Ledger ledger, Audits audits, Signatures signatures, Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.audits = audits;
        this.signatures = signatures;
        this.clock = clock;
    }

    @Override
    public List<LicenceType> types() {
        return jdbc.sql("select code, name_uz_latn, name_uz_cyrl, name_ru, name_en, agency_code "
                        + "from licensing.licence_type order by code")
                .query((row, n) -> new LicenceType(row.getString(1), new LocalizedText(row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5)), row.getString(6)))
                .list();
    }

    @Override
    @Transactional
    public Licence issue(String typeCode, String holderId, String holderName, String scope, LocalDate validFrom,
            LocalDate validUntil, String agencyCode) {
        var typeAgency = jdbc.sql("select agency_code from licensing.licence_type where code = ?").param(typeCode)
                .query(String.class).optional()
                .orElseThrow(() -> new InvalidValueException("licensing.type.unknown", "No licence type " + typeCode,
                        typeCode));
        if (!HOLDER.matcher(holderId).matches()) {
            throw new InvalidValueException("licensing.holder.format", "Holder must be a STIR or PINFL", holderId);
        }
        requireText(holderName, "holderName", 300);
        requireText(scope, "scope", 2000);
        if (!AGENCY.matcher(agencyCode).matches() || !agencyCode.equals(typeAgency)) {
            throw new InvalidValueException("licensing.agency.mismatch",
                    "Licence type " + typeCode + " is issued by " + typeAgency, typeAgency);
        }
        if (validUntil.isBefore(validFrom)) {
            throw new InvalidValueException("licensing.validity.order", "Validity ends before it starts",
                    validFrom, validUntil);
        }
        int year = validFrom.getYear();
        if (year < 1000 || year > 9999) {
            throw new InvalidValueException("licensing.validity.order", "Year out of range", validFrom, validUntil);
        }
        // the row lock serializes issuers of one year; a rollback returns the number, so there are no gaps
        jdbc.sql("insert into licensing.counter (year, last) values (?, 0) on conflict (year) do nothing")
                .param(year).update();
        int next = jdbc.sql("update licensing.counter set last = last + 1 where year = ? returning last")
                .param(year).query(Integer.class).single();
        var number = "L-%04d-%06d".formatted(year, next);
        var licence = new Licence(number, typeCode, holderId, holderName.strip(), scope.strip(), validFrom,
                validUntil, agencyCode, LicenceStatus.VALID, null, 1);
        jdbc.sql("insert into licensing.licence (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(number, typeCode, holderId, licence.holderName(), licence.scope(), validFrom, validUntil,
                        agencyCode, licence.state().name(), null, 1)
                .update();
        anchor(licence);
        return licence;
    }

    @Override
    @Transactional
    public Licence suspend(String number, String reason) {
        requireText(reason, "reason", 2000);
        var licence = locked(number);
        if (licence.state() != LicenceStatus.VALID) {
            throw refused(licence, "suspend");
        }
        return change(licence, LicenceStatus.SUSPENDED, reason.strip());
    }

    @Override
    @Transactional
    public Licence resume(String number) {
        return resumed(number, null);
    }

    @Override
    @Transactional
    public Licence resume(String number, String reason) {
        requireText(reason, "reason", 2000);
        return resumed(number, reason.strip());
    }

    private Licence resumed(String number, @Nullable String reason) {
        var licence = locked(number);
        if (licence.state() != LicenceStatus.SUSPENDED) {
            throw refused(licence, "resume");
        }
        return change(licence, LicenceStatus.VALID, reason);
    }

    @Override
    @Transactional
    public Licence revoke(String number, String reason) {
        requireText(reason, "reason", 2000);
        var licence = locked(number);
        if (licence.state() == LicenceStatus.REVOKED) {
            throw refused(licence, "revoke");
        }
        return change(licence, LicenceStatus.REVOKED, reason.strip());
    }

    @Override
    public Optional<Licence> find(String number) {
        requireNumber(number);
        return jdbc.sql("select " + COLUMNS + " from licensing.licence where number = ?").param(number)
                .query(JdbcLicences::licence).optional();
    }

    @Override
    public Verification verify(String number) {
        var licence = find(number).orElseThrow(() -> new LicenceNotFoundException(number));
        var recomputed = digest(licence);
        var state = jdbc.sql("select ledger_sequence, seal from licensing.licence_state where number = ? "
                        + "order by version desc limit 1")
                .param(number).query((row, n) -> new State(row.getLong(1), row.getBytes(2))).optional();
        var audit = state.map(found -> audits.audit(new Receipt(found.ledgerSequence()), Licences.LEDGER_TYPE, number,
                Duration.ofSeconds(2))).orElse(null);
        var logged = audit == null ? null : audit.entry();
        Long index = logged == null ? null : logged.index();
        Hash inLedger = audit == null ? null : audit.digest();
        var seal = state.map(State::seal).map(cms -> verifySeal(licence, cms)).orElse(null);
        var sealer = seal == null || seal.signers().isEmpty() ? null : seal.signers().getFirst();
        boolean sealValid = seal != null && seal.valid() && seal.signers().size() == 1
                && licence.agencyCode().equals(sealer.agencyCode());
        return new Verification(licence, licence.statusOn(LocalDate.now(clock)), index,
                recomputed.equals(inLedger), recomputed.hex(), inLedger == null ? null : inLedger.hex(), sealValid,
                sealer == null ? null : sealer.organisation(), audit == null ? null : audit.treeSize(),
                audit != null && audit.proofValid());
    }

    private record State(long ledgerSequence, byte @Nullable [] seal) {
    }

    /** The report on a stored seal; a seal that is not even CMS any more is no seal, not the caller's mistake. */
    private @Nullable VerificationReport verifySeal(Licence licence, byte[] seal) {
        try {
            return signatures.verify(canonical(licence), seal);
        } catch (InvalidValueException broken) {
            return null;
        }
    }

    /** SHA-256 of the record's {@link #canonical} form. */
    static Hash digest(Licence licence) {
        return Hash.sha256(canonical(licence));
    }

    /** The record as JSON with sorted keys, no spaces, dates as ISO-8601 text, in UTF-8. */
    static byte[] canonical(Licence licence) {
        var record = new TreeMap<String, @Nullable Object>();
        record.put("number", licence.number());
        record.put("type", licence.typeCode());
        record.put("holderId", licence.holderId());
        record.put("holderName", licence.holderName());
        record.put("scope", licence.scope());
        record.put("validFrom", licence.validFrom().toString());
        record.put("validUntil", licence.validUntil().toString());
        record.put("agency", licence.agencyCode());
        record.put("state", licence.state().name());
        record.put("reason", licence.reason());
        record.put("version", licence.version());
        return CANONICAL.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
    }

    private Licence change(Licence licence, LicenceStatus state, @Nullable String reason) {
        var changed = new Licence(licence.number(), licence.typeCode(), licence.holderId(), licence.holderName(),
                licence.scope(), licence.validFrom(), licence.validUntil(), licence.agencyCode(), state, reason,
                licence.version() + 1);
        jdbc.sql("update licensing.licence set state = ?, reason = ?, version = ? where number = ?")
                .params(state.name(), reason, changed.version(), licence.number()).update();
        anchor(changed);
        return changed;
    }

    /** Seals the new state with the issuing agency's seal and logs its digest, in the caller's transaction. */
    private void anchor(Licence licence) {
        var seal = signatures.seal(licence.agencyCode(), canonical(licence));
        var receipt = ledger.append(Licences.LEDGER_TYPE, licence.number(), digest(licence));
        jdbc.sql("insert into licensing.licence_state (number, version, state, ledger_sequence, changed_at, seal) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(licence.number(), licence.version(), licence.state().name(), receipt.sequence(),
                        Timestamp.from(clock.instant()), seal)
                .update();
    }

    private Licence locked(String number) {
        requireNumber(number);
        return jdbc.sql("select " + COLUMNS + " from licensing.licence where number = ? for update").param(number)
                .query(JdbcLicences::licence).optional().orElseThrow(() -> new LicenceNotFoundException(number));
    }

    private static InvalidValueException refused(Licence licence, String action) {
        return new InvalidValueException("licensing.transition.refused",
                "Cannot " + action + " a licence that is " + licence.state(), licence.number(),
                licence.state().name());
    }

    static void requireNumber(String number) {
        if (!NUMBER.matcher(number).matches()) {
            throw new InvalidValueException("licensing.number.format", "A licence number looks like L-2026-000001",
                    number, "L-2026-000001");
        }
    }

    private static void requireText(String text, String field, int max) {
        if (text.isBlank() || text.length() > max) {
            throw new InvalidValueException("licensing.text.length", field + " must have 1 to " + max + " characters",
                    field, max);
        }
    }

    private static Licence licence(ResultSet row, int n) throws SQLException {
        return new Licence(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class), row.getString(8),
                LicenceStatus.valueOf(row.getString(9)), row.getString(10), row.getInt(11));
    }
}
