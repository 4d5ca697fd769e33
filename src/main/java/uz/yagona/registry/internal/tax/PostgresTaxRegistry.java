package uz.yagona.registry.internal.tax;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.yagona.registry.Employment;
import uz.yagona.registry.IncomeDeclaration;
import uz.yagona.registry.TaxDebt;
import uz.yagona.registry.TaxRegistry;
import uz.yagona.registry.Taxpayer;
import uz.yagona.registry.internal.Columns;
import uz.yagona.shared.Money;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/** The tax committee's registry read from the {@code registry.taxpayer} tables. */
@Service
@Transactional(readOnly = true)
class PostgresTaxRegistry implements TaxRegistry {

    private static final String TAXPAYER = "select stir, pinfl, name, kind, registered_on from registry.taxpayer ";

    private final JdbcClient jdbc;

    PostgresTaxRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Taxpayer> taxpayer(Stir stir) {
        return jdbc.sql(TAXPAYER + "where stir = ?").param(stir.value()).query(PostgresTaxRegistry::taxpayer)
                .optional();
    }

    @Override
    public Optional<Taxpayer> taxpayerOf(Pinfl pinfl) {
        return jdbc.sql(TAXPAYER + "where pinfl = ?").param(pinfl.value()).query(PostgresTaxRegistry::taxpayer)
                .optional();
    }

    @Override
    public List<Employment> employment(Pinfl pinfl) {
        return jdbc.sql("""
                select employer_stir, employer_name, position, monthly_salary, since, until from registry.employment
                where pinfl = ? order by until desc nulls first, since desc, id""")
                .param(pinfl.value())
                .query((row, n) -> new Employment(new Stir(row.getString("employer_stir")),
                        row.getString("employer_name"), row.getString("position"),
                        Money.ofTiyin(row.getLong("monthly_salary")), row.getObject("since", LocalDate.class),
                        Columns.nullableDate(row, "until")))
                .list();
    }

    @Override
    public List<IncomeDeclaration> income(Stir stir) {
        return jdbc.sql("select year, income, tax_paid from registry.income_declaration where stir = ? "
                        + "order by year desc")
                .param(stir.value())
                .query((row, n) -> new IncomeDeclaration(row.getInt("year"), Money.ofTiyin(row.getLong("income")),
                        Money.ofTiyin(row.getLong("tax_paid"))))
                .list();
    }

    @Override
    public List<TaxDebt> debts(Stir stir) {
        return jdbc.sql("select id, kind, amount, since from registry.tax_debt where stir = ? order by since, id")
                .param(stir.value())
                .query((row, n) -> new TaxDebt(row.getObject("id", UUID.class), row.getString("kind"),
                        Money.ofTiyin(row.getLong("amount")), row.getObject("since", LocalDate.class)))
                .list();
    }

    private static Taxpayer taxpayer(ResultSet row, int rowNum) throws SQLException {
        var pinfl = row.getString("pinfl");
        return new Taxpayer(new Stir(row.getString("stir")), pinfl == null ? null : new Pinfl(pinfl),
                row.getString("name"), Stir.Kind.valueOf(row.getString("kind")),
                row.getObject("registered_on", LocalDate.class));
    }
}
