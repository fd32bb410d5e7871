package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void assemblesTheCoachOnTheConfiguredDatabase() {
        try (App app = App.start(config("jdbc:h2:mem:app-assembles;DB_CLOSE_DELAY=-1"),
                Texts.load(Optional.empty()), CLOCK)) {
            String reply = app.coach().conversations()
                    .handle(new UserId("someone"), Input.Command.of("contact list")).text();

            assertThat(reply).contains("You haven't added anyone yet.");
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        // GIVEN the main thread and the shutdown hook may both close the app
        App app = App.start(config("jdbc:h2:mem:app-closes;DB_CLOSE_DELAY=-1"), Texts.load(Optional.empty()), CLOCK);

        app.close();

        assertThatCode(app::close).doesNotThrowAnyException();
    }

    private static CoachConfig config(String url) {
        return CoachConfig.from(Settings.load(Optional.empty(), Map.of("COFFEECHAT_DB_URL", url)));
    }
}
