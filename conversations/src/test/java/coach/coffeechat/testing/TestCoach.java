package coach.coffeechat.testing;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The whole product on a test database, with the shipped defaults and a test clock. */
public final class TestCoach {
    /** The shipped messages. */
    public static final Texts TEXTS = Texts.load(Optional.empty());
    /** The shipped default settings. */
    public static final CoachConfig CONFIG = CoachConfig.from(Settings.load(Optional.empty(), Map.of()));

    private TestCoach() {
    }

    /** The product on this database and clock. */
    public static Coach on(DataSource dataSource, Clock clock) {
        return Coach.assemble(CONFIG, TEXTS, dataSource, clock);
    }
}
