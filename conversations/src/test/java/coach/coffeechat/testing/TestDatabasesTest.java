package coach.coffeechat.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TestDatabasesTest {
    private static final String URL = "jdbc:postgresql://127.0.0.1:55432/coach?user=coach&password=coach";

    @Test
    void theOrdinaryRunStaysOnH2WhateverTheEnvironmentSays() {
        assertThat(TestDatabases.postgresUrl("h2", URL)).isNull();
        assertThat(TestDatabases.postgresUrl("h2", null)).isNull();
    }

    @Test
    void thePostgresRunUsesTheUrlFromTheEnvironment() {
        assertThat(TestDatabases.postgresUrl("postgres", URL)).isEqualTo(URL);
    }

    @Test
    void aPostgresRunWithoutAUrlFailsAtOnceSayingWhatIsMissing() {
        assertThatThrownBy(() -> TestDatabases.postgresUrl("postgres", " "))
                .hasMessageContaining("COFFEECHAT_TEST_POSTGRES_URL").hasMessageContaining(".ci/postgres start");
    }

    @Test
    void anUnknownDatabaseNameIsRefused() {
        assertThatThrownBy(() -> TestDatabases.postgresUrl("mysql", URL)).hasMessageContaining("h2 or postgres");
    }
}
