package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code data.dir} goes into the embedded database's JDBC URL, so nothing in it may be read as an H2 setting. */
final class DataDirSettingTest {

    @Test
    void aSemicolonInTheDataDirIsRefusedInOneLineBeforeItReachesTheUrl() {
        Settings settings = Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", "/tmp/cc;INIT=CREATE TABLE injected(x INT)"));

        assertThatThrownBy(() -> CoachConfig.from(settings))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Setting data.dir (COFFEECHAT_DATA_DIR) is '/tmp/cc;INIT=CREATE TABLE injected(x INT)'")
                .hasMessageContaining("without ';'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void theEmbeddedUrlCarriesThePathAndOnlyTheBotsOwnSettings() {
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", "/srv/coffee chat/data")));

        assertThat(config.jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/coffee chat/data/coffeechat;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }
}
