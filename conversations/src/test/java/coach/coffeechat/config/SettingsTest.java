package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SettingsTest {

    @Test
    void theShippedDefaultsAreValid() {
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(), Map.of()));

        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.idleTimeout()).isEqualTo(Duration.ofHours(24));
        assertThat(config.defaultZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:").contains("coffeechat");
    }

    @Test
    void aConfigDirectoryOverridesTheDefaultsAndTheEnvironmentOverridesBoth(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("coach.properties"), "flow.max-attempts=5\nsessions.cache-size=500\n");

        Settings settings = Settings.load(Optional.of(dir), Map.of("COFFEECHAT_FLOW_MAX_ATTEMPTS", "7"));
        CoachConfig config = CoachConfig.from(settings);

        assertThat(config.maxAttempts()).isEqualTo(7);
        assertThat(config.sessionCacheSize()).isEqualTo(500);
        assertThat(settings.origin("flow.max-attempts")).isEqualTo("COFFEECHAT_FLOW_MAX_ATTEMPTS");
        assertThat(settings.origin("sessions.cache-size")).isEqualTo(dir.resolve("coach.properties").toString());
    }

    @Test
    void environmentNamesFollowTheKeyWithDotsAndDashesAsUnderscores() {
        assertThat(Settings.environmentName("data.dir")).isEqualTo("COFFEECHAT_DATA_DIR");
        assertThat(Settings.environmentName("db.url")).isEqualTo("COFFEECHAT_DB_URL");
        assertThat(Settings.environmentName("flow.idle-timeout")).isEqualTo("COFFEECHAT_FLOW_IDLE_TIMEOUT");
    }

    @Test
    void theDataDirAndDatabaseUrlComeFromTheirEnvironmentVariables() {
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DATA_DIR", "/var/lib/coffeechat", "COFFEECHAT_DB_URL", "jdbc:postgresql://db/cc")));

        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/coffeechat"));
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/cc");
    }

    @Test
    void aBadValueFailsWithOneLineNamingKeyValueAndWhatIsAllowed() {
        Settings settings = Settings.load(Optional.empty(), Map.of("COFFEECHAT_FLOW_MAX_ATTEMPTS", "lots"));

        assertThatThrownBy(() -> CoachConfig.from(settings))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting flow.max-attempts (COFFEECHAT_FLOW_MAX_ATTEMPTS) is 'lots':"
                        + " expected a whole number from 1 to 10");
    }

    @Test
    void aBadZoneOrDurationIsNamedToo() {
        assertThatThrownBy(() -> CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_USER_DEFAULT_TIME_ZONE", "Mars/Olympus"))))
                .hasMessageContaining("user.default-time-zone").hasMessageContaining("Mars/Olympus")
                .hasMessageContaining("IANA");
        assertThatThrownBy(() -> CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_FLOW_IDLE_TIMEOUT", "1 day"))))
                .hasMessageContaining("flow.idle-timeout").hasMessageContaining("PT24H");
    }

    @Test
    void aDelayInBusinessDaysIsHeldToTheSameMaximumAsADuration() {
        Settings settings = Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_FOLLOWUP_THANK_YOU_AFTER", "999 business days"));

        assertThatThrownBy(() -> new SettingReader(settings).delay("followup.thank-you-after", Duration.ofDays(2)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Setting followup.thank-you-after (COFFEECHAT_FOLLOWUP_THANK_YOU_AFTER) is"
                        + " '999 business days': expected an ISO-8601 duration up to PT48H (such as P10D or PT24H)"
                        + " or a number of business days up to 2 (such as 2 business days)");
    }

    @Test
    void aDelayOfBusinessDaysWithinTheMaximumIsRead() {
        Settings settings = Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_FOLLOWUP_THANK_YOU_AFTER", "2 business days"));

        assertThat(new SettingReader(settings).delay("followup.thank-you-after", Duration.ofDays(2)))
                .isEqualTo(new SettingReader.Delay(Duration.ZERO, 2));
    }

    @Test
    void anUnknownKeyInAConfigDirectoryIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("coach.properties"), "flow.max-atempts=5\n");

        assertThatThrownBy(() -> Settings.load(Optional.of(dir), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("flow.max-atempts").hasMessageContaining("not a known setting");
    }

    @Test
    void aVariableThatNamesNoSettingIsReportedWithTheClosestKnownOne() {
        Map<String, String> environment = Map.of("COFFEECHAT_DB_PASWORD", "s3cret-value",
                "COFFEECHAT_DISCORD_DEV_GILD", "123", "PATH", "/usr/bin", "DISCORD_TOKEN", "token",
                "COFFEECHAT_DISCORD_DEV_GUILD", "456", "COFFEECHAT_DATA_DIR", "/data");
        Settings settings = Settings.load(Optional.empty(), environment);

        assertThat(settings.unknownVariables(environment, List.of("COFFEECHAT_DISCORD_DEV_GUILD"))).containsExactly(
                "COFFEECHAT_DB_PASWORD is not a setting and is ignored; did you mean COFFEECHAT_DB_PASSWORD"
                        + " (db.password)?",
                "COFFEECHAT_DISCORD_DEV_GILD is not a setting and is ignored; did you mean"
                        + " COFFEECHAT_DISCORD_DEV_GUILD?");
    }

    @Test
    void anEnvironmentOfKnownVariablesIsNotReported() {
        Map<String, String> environment = Map.of("COFFEECHAT_FLOW_MAX_ATTEMPTS", "4", "HOME", "/home/maya",
                "COFFEECHAT_TEST_POSTGRES_URL", "jdbc:postgresql://db/test");
        Settings settings = Settings.load(Optional.empty(), environment);

        assertThat(settings.unknownVariables(environment, List.of("COFFEECHAT_TEST_POSTGRES_URL"))).isEmpty();
    }

    @Test
    void theDatabasePasswordNeverAppearsInTheConfigsDescription() {
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DB_PASSWORD", "s3cret-value")));

        assertThat(config.databasePassword()).isEqualTo("s3cret-value");
        assertThat(config.toString()).doesNotContain("s3cret-value");
    }

    @Test
    void discordShardsDefaultToAllOfThemAsDiscordRecommends() {
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(), Map.of()));

        assertThat(config.shards().total()).isZero();
        assertThat(config.shards().ranged()).isFalse();
    }

    @Test
    void aProcessCanRunARangeOfShards() {
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DISCORD_SHARDS_TOTAL", "8", "COFFEECHAT_DISCORD_SHARDS", "4-7")));

        assertThat(config.shards().total()).isEqualTo(8);
        assertThat(config.shards().first()).contains(4);
        assertThat(config.shards().last()).contains(7);
    }

    @Test
    void aShardRangeOutsideTheTotalIsRefusedInOneLine() {
        assertThatThrownBy(() -> CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_DISCORD_SHARDS_TOTAL", "4", "COFFEECHAT_DISCORD_SHARDS", "2-5"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Setting discord.shards (COFFEECHAT_DISCORD_SHARDS) is '2-5'");
    }
}
