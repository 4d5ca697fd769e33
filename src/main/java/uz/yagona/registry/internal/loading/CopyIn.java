package uz.yagona.registry.internal.loading;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format: values separated by tabs, rows by
 * newlines, {@code \N} for null, and backslash, tab, newline and carriage return escaped with a backslash.
 * Rows are built in a plain {@link StringBuilder} and handed to the driver in chunks of about 64 KiB.
 */
final class CopyIn implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final PGCopyOutputStream stream;
    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private boolean firstInRow = true;
    private long rows;

    CopyIn(PGConnection connection, String table, String columns) throws SQLException {
        this.stream = new PGCopyOutputStream(connection, "copy " + table + " (" + columns + ") from stdin", CHUNK);
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** Adds a row of values: text as is, numbers and dates in their ISO form, null as null. */
    void row(@Nullable Object... values) throws IOException {
        for (var value : values) {
            if (!firstInRow) {
                buffer.append('\t');
            }
            firstInRow = false;
            switch (value) {
                case null -> buffer.append("\\N");
                case BigDecimal decimal -> buffer.append(decimal.toPlainString());
                case Number number -> buffer.append(number);
                default -> escaped(value.toString());
            }
        }
        buffer.append('\n');
        firstInRow = true;
        rows++;
        if (buffer.length() >= CHUNK) {
            out.append(buffer);
            buffer.setLength(0);
        }
    }

    /** Ends the copy; PostgreSQL has checked the rows' constraints by now and fails the copy if one breaks. */
    long finish() throws SQLException, IOException {
        out.append(buffer);
        buffer.setLength(0);
        out.flush();
        var copied = stream.endCopy();
        if (copied != rows) {
            throw new SQLException("copied " + copied + " rows of " + rows);
        }
        return copied;
    }

    /** Cancels a copy that did not finish, so that the connection can roll back. */
    @Override
    public void close() throws SQLException {
        if (stream.isActive()) {
            stream.cancelCopy();
        }
    }

    private void escaped(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            var c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }
}
