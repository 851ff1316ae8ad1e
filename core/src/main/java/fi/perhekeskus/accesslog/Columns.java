package fi.perhekeskus.accesslog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/** The two logs' column types that JDBC does not bind or read by itself. */
final class Columns {

    private Columns() {
    }

    /** A real {@code uuid[]}, so that the GIN index and {@code @>} apply without casts. */
    static SqlTypeValue uuids(Collection<UUID> ids) {
        return new AbstractSqlTypeValue() {
            @Override
            protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws SQLException {
                return connection.createArrayOf("uuid", ids.toArray());
            }
        };
    }

    static Set<UUID> uuids(ResultSet row, String column) throws SQLException {
        return Set.copyOf(Arrays.asList((UUID[]) row.getArray(column).getArray()));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
