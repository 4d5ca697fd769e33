package uz.yagona.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import uz.yagona.registry.Basis;
import uz.yagona.registry.Owner;
import uz.yagona.shared.Pinfl;
import uz.yagona.shared.Stir;

/**
 * How owners and bases are kept in columns of every registry table: {@code owner_pinfl}/{@code owner_stir} and
 * {@code agency_code}/{@code document}/{@code case_reference}.
 */
public final class Columns {

    private Columns() {
    }

    public static Owner owner(ResultSet row) throws SQLException {
        var pinfl = row.getString("owner_pinfl");
        return pinfl != null ? Owner.person(new Pinfl(pinfl)) : Owner.entity(new Stir(row.getString("owner_stir")));
    }

    /** The column an owner is looked up by and its value: {@code owner_pinfl} or {@code owner_stir}. */
    public static String ownerColumn(Owner owner) {
        return owner.pinfl() != null ? "owner_pinfl" : "owner_stir";
    }

    public static String ownerValue(Owner owner) {
        return owner.pinfl() != null ? owner.pinfl().value() : String.valueOf(owner.stir());
    }

    public static @Nullable String pinflOf(Owner owner) {
        return owner.pinfl() == null ? null : owner.pinfl().value();
    }

    public static @Nullable String stirOf(Owner owner) {
        return owner.stir() == null ? null : owner.stir().value();
    }

    public static Basis basis(ResultSet row) throws SQLException {
        return new Basis(row.getString("agency_code"), row.getString("document"), row.getString("case_reference"));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    public static @Nullable Instant nullableInstant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A time as pgjdbc binds it to {@code timestamptz}, in microseconds as PostgreSQL keeps it. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** Now, as PostgreSQL will keep it, so that what a method returns equals what a later read gives. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static java.time.@Nullable LocalDate nullableDate(ResultSet row, String column) throws SQLException {
        return row.getObject(column, java.time.LocalDate.class);
    }
}
