package coach.coffeechat.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Settings;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** metrics.port and logging.format: off and text by default, read from the environment, refused in one line. */
final class OpsSettingsTest {
    private static OpsSettings read(Map<String, String> environment) {
        return OpsSettings.from(Settings.load(Optional.empty(), environment));
    }

    @Test
    void metricsAreOffAndLogsAreTextByDefault() {
        assertThat(read(Map.of())).isEqualTo(new OpsSettings(OptionalInt.empty(), OpsSettings.LogFormat.TEXT));
    }

    @Test
    void bothComeFromTheirEnvironmentVariables() {
        assertThat(read(Map.of("COFFEECHAT_METRICS_PORT", "9464", "COFFEECHAT_LOGGING_FORMAT", "JSON")))
                .isEqualTo(new OpsSettings(OptionalInt.of(9464), OpsSettings.LogFormat.JSON));
    }

    @Test
    void aPortOutOfRangeOrNotANumberIsRefusedNamingTheSetting() {
        for (String bad : new String[] {"65536", "-1", "http"}) {
            assertThatThrownBy(() -> read(Map.of("COFFEECHAT_METRICS_PORT", bad))).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("metrics.port").hasMessageContaining("COFFEECHAT_METRICS_PORT")
                    .hasMessageContaining("0 to 65535");
        }
    }

    @Test
    void anUnknownLogFormatIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> read(Map.of("COFFEECHAT_LOGGING_FORMAT", "xml"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("logging.format").hasMessageContaining("'xml'")
                .hasMessageContaining("text or json");
    }
}
