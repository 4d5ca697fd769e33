package uz.yagona.registry.internal.loading;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import uz.yagona.registry.Basis;
import uz.yagona.registry.RegistryBatch;
import uz.yagona.registry.RegistryLoader;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.InvalidValueException;

/**
 * Loads a {@link RegistryBatch} with one PostgreSQL {@code COPY ... FROM STDIN} per table, in one transaction,
 * parents before children so the foreign keys are checked as rows arrive. Banks, a handful, are inserted and
 * skipped when known. A batch that breaks a constraint loads nothing and fails with {@code registry.load}.
 */
@Service
class CopyLoader implements RegistryLoader {

    private static final Logger log = LoggerFactory.getLogger(CopyLoader.class);
    /** Lift columns of records lifted before they were loaded, whose lift document the batch does not carry. */
    private static final String LOADED_LIFT = "lifted before the registry load";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    CopyLoader(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void load(RegistryBatch batch) {
        for (var account : batch.accounts()) {
            if (!account.held().isZero()) {
                throw new InvalidValueException("registry.load-held",
                        "holds are placed through Banks.hold, never loaded", account.number());
            }
        }
        var started = System.nanoTime();
        try {
            transaction.executeWithoutResult(status -> {
                insertBanks(batch);
                var connection = DataSourceUtils.getConnection(dataSource);
                try {
                    copyAll(connection.unwrap(PGConnection.class), batch);
                } catch (SQLException | IOException e) {
                    throw new LoadFailed(e);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            });
        } catch (LoadFailed e) {
            throw refused(e.getCause());
        } catch (DataAccessException e) {
            throw refused(e.getMostSpecificCause());
        } catch (TransactionException e) {
            // deferred checks (the sum of shares) run at commit
            throw refused(e.getMostSpecificCause());
        }
        log.info("registry batch of {} residents loaded in {} ms", batch.residents().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static InvalidValueException refused(Throwable cause) {
        return new InvalidValueException("registry.load", "the batch breaks a rule of the registry and was not "
                + "loaded: " + cause.getMessage(), String.valueOf(cause.getMessage()));
    }

    private void insertBanks(RegistryBatch batch) {
        for (var bank : batch.banks()) {
            jdbc.sql("""
                    insert into registry.bank (mfo, name_uz_latn, name_uz_cyrl, name_ru, name_en)
                    values (?, ?, ?, ?, ?) on conflict (mfo) do nothing""")
                    .params(bank.mfo(), bank.name().uzLatn(), bank.name().uzCyrl(), bank.name().ru(),
                            bank.name().en())
                    .update();
        }
    }

    private void copyAll(PGConnection pg, RegistryBatch batch) throws SQLException, IOException {
        copy(pg, "registry.resident", """
                pinfl, last_latn, first_latn, patronymic_latn, last_cyrl, first_cyrl, patronymic_cyrl, birth_date,
                sex, birth_place, died_on""", batch.residents(), (r, row) -> row.row(r.pinfl(), r.latin().last(),
                r.latin().first(), r.latin().patronymic(), r.cyrillic().last(), r.cyrillic().first(),
                r.cyrillic().patronymic(), r.birthDate(), r.sex(), r.birthPlace(), r.diedOn()));
        copy(pg, "registry.address", """
                pinfl, since, district, mahalla, street, house, apartment, mahalla_cyrillic, street_cyrillic""",
                batch.addresses(), (a, row) -> row.row(a.pinfl(), a.address().since(), a.address().district(),
                        a.address().mahalla(), a.address().street(), a.address().house(), a.address().apartment(),
                        a.address().mahallaCyrillic(), a.address().streetCyrillic()));
        copy(pg, "registry.passport", "series, number, pinfl, issued_on, expires_on, issued_by, status",
                batch.passports(), (p, row) -> row.row(p.passport().series(), p.passport().number(), p.pinfl(),
                        p.passport().issuedOn(), p.passport().expiresOn(), p.passport().issuedBy(),
                        p.passport().status()));
        copy(pg, "registry.civil_act", "id, kind, number, registered_on, office, subject, other, note",
                batch.civilActs(), (a, row) -> row.row(a.id(), a.kind(), a.number(), a.registeredOn(), a.office(),
                        a.subject(), a.other(), a.note()));
        copy(pg, "registry.family_link", "pinfl, relative_pinfl, relation", batch.familyLinks(),
                (l, row) -> row.row(l.pinfl(), l.relative().pinfl(), l.relative().relation()));

        copy(pg, "registry.taxpayer", "stir, pinfl, name, kind, registered_on", batch.taxpayers(),
                (t, row) -> row.row(t.stir(), t.pinfl(), t.name(), t.kind(), t.registeredOn()));
        copy(pg, "registry.employment",
                "pinfl, employer_stir, employer_name, position, monthly_salary, since, until", batch.employments(),
                (e, row) -> row.row(e.pinfl(), e.employment().employer(), e.employment().employerName(),
                        e.employment().position(), e.employment().monthlySalary().tiyin(), e.employment().since(),
                        e.employment().until()));
        copy(pg, "registry.income_declaration", "stir, year, income, tax_paid", batch.incomeDeclarations(),
                (i, row) -> row.row(i.stir(), i.declaration().year(), i.declaration().income().tiyin(),
                        i.declaration().taxPaid().tiyin()));
        copy(pg, "registry.tax_debt", "id, stir, kind, amount, since", batch.taxDebts(),
                (d, row) -> row.row(d.debt().id(), d.stir(), d.debt().kind(), d.debt().amount().tiyin(),
                        d.debt().since()));

        copy(pg, "registry.real_estate", "cadastral_number, kind, district, address, area_m2, cadastral_value",
                batch.realEstate(), (o, row) -> row.row(o.cadastralNumber(), o.kind(), o.district(), o.address(),
                        o.areaM2(), o.cadastralValue().tiyin()));
        copy(pg, "registry.real_estate_share", "cadastral_number, owner_pinfl, owner_stir, numerator, denominator",
                batch.realEstate(), (o, row) -> {
                    for (var share : o.owners()) {
                        row.row(o.cadastralNumber(), Columns.pinflOf(share.owner()), Columns.stirOf(share.owner()),
                                share.numerator(), share.denominator());
                    }
                });
        copy(pg, "registry.encumbrance", """
                id, cadastral_number, kind, agency_code, document, case_reference, imposed_at, lifted_at,
                lift_agency_code, lift_document, lift_case""", batch.realEstate(), (o, row) -> {
                    for (var e : o.encumbrances()) {
                        row.row(concat(new Object[] {e.id(), o.cadastralNumber(), e.kind()},
                                basisAndLift(e.basis(), Columns.timestamp(e.imposedAt()), e.liftedAt())));
                    }
                });

        copy(pg, "registry.account",
                "number, mfo, owner_pinfl, owner_stir, currency, balance, held, opened_on, closed_on",
                batch.accounts(), (a, row) -> row.row(a.number(), a.mfo(), Columns.pinflOf(a.owner()),
                        Columns.stirOf(a.owner()), a.currency(), a.balance().tiyin(), 0, a.openedOn(), a.closedOn()));
        copy(pg, "registry.account_movement", "account, amount, kind, reference", batch.accounts(), (a, row) -> {
            if (!a.balance().isZero()) {
                row.row(a.number(), a.balance().tiyin(), "OPENING", "opening balance");
            }
        });

        copy(pg, "registry.vehicle",
                "vin, plate, make, model, year, colour, owner_pinfl, owner_stir, registered_on", batch.vehicles(),
                (v, row) -> row.row(v.vin(), v.plate(), v.make(), v.model(), v.year(), v.colour(),
                        Columns.pinflOf(v.owner()), Columns.stirOf(v.owner()), v.registeredOn()));
        copy(pg, "registry.vehicle_arrest", """
                id, vin, agency_code, document, case_reference, imposed_at, lifted_at, lift_agency_code,
                lift_document, lift_case""", batch.vehicles(), (v, row) -> {
                    for (var a : v.arrests()) {
                        row.row(concat(new Object[] {a.id(), v.vin()},
                                basisAndLift(a.basis(), Columns.timestamp(a.imposedAt()), a.liftedAt())));
                    }
                });

        copy(pg, "registry.travel_ban", """
                id, pinfl, agency_code, document, case_reference, imposed_on, lifted_at, lift_agency_code,
                lift_document, lift_case, until""", batch.travelBans(), (b, row) -> row.row(concat(
                        new Object[] {b.id(), b.pinfl()}, basisAndLift(b.basis(), b.imposedOn(), b.liftedAt()),
                        new Object[] {b.until()})));
    }

    /** agency, document, case, imposed, lifted and, for a lifted record, who lifted it (unknown at load). */
    private static @Nullable Object[] basisAndLift(Basis basis, Object imposed, @Nullable Instant liftedAt) {
        var lifted = liftedAt != null;
        return new @Nullable Object[] {basis.agencyCode(), basis.document(), basis.caseReference(), imposed,
            lifted ? Columns.timestamp(liftedAt) : null, lifted ? basis.agencyCode() : null,
            lifted ? LOADED_LIFT : null, lifted ? basis.caseReference() : null};
    }

    private static @Nullable Object[] concat(@Nullable Object[]... parts) {
        var length = 0;
        for (var part : parts) {
            length += part.length;
        }
        var all = new @Nullable Object[length];
        var at = 0;
        for (var part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private <T> void copy(PGConnection pg, String table, String columns, List<T> items, Rows<T> rows)
            throws SQLException, IOException {
        if (items.isEmpty()) {
            return;
        }
        var started = System.nanoTime();
        try (var copy = new CopyIn(pg, table, columns.replace('\n', ' '))) {
            for (var item : items) {
                rows.write(item, copy);
            }
            var copied = copy.finish();
            if (log.isDebugEnabled()) {
                log.debug("{}: {} rows in {} ms", table, copied, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    /** Writes an item's rows (none, one or several) into a table's copy. */
    @FunctionalInterface
    private interface Rows<T> {
        void write(T item, CopyIn copy) throws IOException;
    }

    /** Carries a failed copy out of the transaction callback, which rolls back on it. */
    private static final class LoadFailed extends RuntimeException {
        LoadFailed(Exception cause) {
            super(cause);
        }
    }
}
