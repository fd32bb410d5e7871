package coach.coffeechat.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The schema's Flyway migrations ({@code db/migration}), configured in one place for every database the bot opens. */
final class Migrations {
    private static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * The settings every database gets. A migration this version does not know ("future": a newer version of the
     * bot, sharing the database, applied it) is allowed, so processes sharing one database can be upgraded one by
     * one.
     */
    private static FluentConfiguration configured() {
        return Flyway.configure().locations(LOCATION).ignoreMigrationPatterns("*:future");
    }

    /** Flyway on a pool. */
    static Flyway on(DataSource dataSource) {
        return configured().dataSource(dataSource).load();
    }

    /** Flyway on a JDBC URL, with connections of its own that it closes when each command ends. */
    static Flyway on(String url) {
        return configured().dataSource(url, "", "").load();
    }
}
