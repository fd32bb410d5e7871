package coach.coffeechat.store;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the bot remembers about itself across restarts. */
final class BotStateTest {
    private final MutableClock clock = MutableClock.atMondayMorning();
    private final Database database = TestDatabases.inMemory();
    private final BotState state = new BotState(database.dataSource(), clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNameNeverStoredHasNoValue() {
        assertThat(state.get("discord.commands.global")).isEmpty();
    }

    @Test
    void aStoredValueIsReadBackAndReplacedByTheNextOne() {
        state.put("discord.commands.global", "hash-1");
        assertThat(state.get("discord.commands.global")).contains("hash-1");

        state.put("discord.commands.global", "hash-2");
        assertThat(state.get("discord.commands.global")).contains("hash-2");
    }

    @Test
    void namesAreIndependent() {
        state.put("discord.commands.global", "global");
        state.put("discord.commands.guild.42", "guild");

        assertThat(state.get("discord.commands.global")).contains("global");
        assertThat(state.get("discord.commands.guild.42")).contains("guild");
    }

    @Test
    void valuesOutliveTheObjectThatStoredThem() {
        state.put("discord.commands.global", "kept");

        assertThat(new BotState(database.dataSource(), clock).get("discord.commands.global")).contains("kept");
    }
}
