package coach.coffeechat.meeting;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.Session;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import coach.coffeechat.user.UserRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A conversation engine for feature tests: a fresh in-memory H2 database, a stopped clock, the contact commands
 * and the features under test. Inputs go to one user, Maya, unless a test names another.
 */
public final class FeatureBench implements AutoCloseable {
    /** The user most tests talk as. */
    public static final UserId MAYA = new UserId("maya");
    /** The shipped messages. */
    public static final Texts TEXTS = TestCoach.TEXTS;
    /** The shipped name-matching threshold. */
    public static final double THRESHOLD = TestCoach.CONFIG.matchThreshold();

    /** Time, moved only by the test. */
    public final MutableClock clock = MutableClock.atMondayMorning();
    /** The users table, users without a zone in UTC. */
    public final UserRepository users = TestCoach.users();
    /** The contact feature, with the shipped settings; features under test build on it. */
    public final ContactFeature contactFeature = ContactFeature.create(TEXTS, users, THRESHOLD,
            TestCoach.CONFIG.maxContacts());
    /** The contacts table. */
    public final ContactBook contacts = contactFeature.book();

    private final Database database = TestDatabases.inMemory();
    private Conversations engine;

    /**
     * Builds the engine with the contact commands and the features under test; call once, before any input.
     *
     * @param commands registers the commands of the features under test
     * @param flows the flows of the features under test
     */
    public FeatureBench start(Consumer<CommandCatalog.Builder> commands, List<Flow> flows) {
        CommandCatalog.Builder catalog = CommandCatalog.builder();
        contactFeature.registerCommands(catalog);
        commands.accept(catalog);
        List<Flow> all = new ArrayList<>(contactFeature.flows());
        all.addAll(flows);
        engine = Conversations.builder().dataSource(database.dataSource()).clock(clock).texts(TEXTS)
                .commands(catalog.build()).flows(all).build();
        return this;
    }

    /** The engine itself. */
    public Conversations engine() {
        return engine;
    }

    /** Sends a typed answer (or control word) as Maya. */
    public Reply send(String text) {
        return engine.handle(MAYA, new Input.Answer(text));
    }

    /** Sends a command without options as Maya. */
    public Reply command(String path) {
        return engine.handle(MAYA, Input.Command.of(path));
    }

    /** Sends a command with options given as name, value, name, value... as Maya. */
    public Reply command(String path, String... namesAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            options.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return engine.handle(MAYA, new Input.Command(path, options));
    }

    /** Adds a contact for Maya straight into the database and returns it. */
    public Contact addContact(String name, String role, String organisation, Warmth warmth, String referrer) {
        return inTransaction(connection -> {
            users.ensure(connection, MAYA, clock.instant());
            OptionalLong referrerId = OptionalLong.empty();
            for (Contact contact : contacts.list(connection, MAYA)) {
                if (contact.name().equals(referrer)) {
                    referrerId = OptionalLong.of(contact.id());
                }
            }
            long id = contacts.add(connection, new NewContact(MAYA, name, role, organisation, warmth,
                    Source.FRIEND, referrerId, referrer, "", ""), clock.instant());
            return contacts.find(connection, MAYA, id).orElseThrow();
        });
    }

    /** Adds a warm contact with no referrer. */
    public Contact addContact(String name, String role, String organisation) {
        return addContact(name, role, organisation, Warmth.WARM, "");
    }

    /** Removes one of Maya's contacts as if from elsewhere (another device, while a flow here is open). */
    public void removeContactElsewhere(long contactId) {
        inTransaction(connection -> Sql.update(connection, "DELETE FROM contacts WHERE owner_id = ? AND id = ?", s -> {
            s.setString(1, MAYA.value());
            s.setLong(2, contactId);
        }));
    }

    /** Maya's contacts, by name. */
    public List<Contact> contacts() {
        return inTransaction(connection -> contacts.list(connection, MAYA));
    }

    /** One of Maya's contacts by exact name. */
    public Contact contact(String name) {
        return contacts().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no contact named " + name));
    }

    /** Maya's session as stored. */
    public Session session() {
        return engine.stored(MAYA).orElseThrow();
    }

    /** Runs work on a connection of its own (auto-commit). */
    public <T> T inTransaction(Function<Connection, T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A shipped message. */
    public static String text(String key, Object... values) {
        return TEXTS.get(key, values);
    }

    @Override
    public void close() {
        database.close();
    }
}
