package coach.coffeechat;

import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.store.UserRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The whole product, assembled: every feature's commands and flows on one conversation engine. Transports
 * (console, Discord) build one {@code Coach} and send it their users' inputs.
 *
 * @param conversations the engine that handles every input
 * @param commands every command, for help, parsing and Discord registration
 * @param texts every sentence the bot says, transports' own included
 */
public record Coach(Conversations conversations, CommandCatalog commands, Texts texts) {

    /**
     * Builds the product on a migrated database.
     *
     * @param config validated settings
     * @param texts the messages
     * @param dataSource the migrated database
     * @param clock where all time comes from
     */
    public static Coach assemble(CoachConfig config, Texts texts, DataSource dataSource, Clock clock) {
        UserRepository users = new UserRepository(config.defaultZone());
        ContactFeature contacts = new ContactFeature(texts, users, config.matchThreshold(), config.maxContacts());

        CommandCatalog.Builder catalog = CommandCatalog.builder();
        contacts.registerCommands(catalog);
        CommandCatalog commands = catalog.build();

        List<Flow> flows = new ArrayList<>(contacts.flows());
        Conversations conversations = Conversations.builder()
                .dataSource(dataSource)
                .clock(clock)
                .texts(texts)
                .commands(commands)
                .flows(flows)
                .cacheSize(config.sessionCacheSize())
                .maxAttempts(config.maxAttempts())
                .idleTimeout(config.idleTimeout())
                .build();
        return new Coach(conversations, commands, texts);
    }
}
