package coach.coffeechat.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The schema's Flyway migrations ({@code db/migration}), configured in one place for every database the bot opens. */
final class Migrations {
    private static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** Flyway on a pool. */
    static Flyway on(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    }

    /** Flyway on a JDBC URL, with connections of its own that it closes when each command ends. */
    static Flyway on(String url) {
        return Flyway.configure().dataSource(url, "", "").locations(LOCATION).load();
    }
}
