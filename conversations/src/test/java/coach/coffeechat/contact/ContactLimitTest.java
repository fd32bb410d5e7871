package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code contacts.max-per-user} holds when the contact is saved, however the flow got there: set aside and resumed
 * after another contact was added, or after a referrer was added on the way.
 */
final class ContactLimitTest {
    private static final UserId MAYA = new UserId("maya");
    private static final int MAX = 2;

    private final MutableClock clock = MutableClock.atMondayMorning();
    private Database database;
    private Conversations engine;

    @BeforeEach
    void open() {
        database = TestDatabases.inMemory();
        CoachConfig config = CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_CONTACTS_MAX_PER_USER", Integer.toString(MAX))));
        engine = Coach.assemble(config, TestCoach.TEXTS, database.dataSource(), clock).conversations();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAddSetAsideBeforeTheLimitWasReachedCannotPassItWhenResumed() throws Exception {
        // GIVEN one contact, and a second add started (the limit is not reached yet) and set aside for a third
        addWarm("Ana Li");
        command("contact add");
        details("Bo Chen");
        answer("warm");
        command("contact add");
        answer("abandon");
        details("Cy Diaz");
        answer("warm");
        answer("friend");
        answer("skip");
        answer("yes");

        // WHEN the set-aside add is resumed and confirmed
        command("resume");
        answer("friend");
        answer("skip");
        Reply saved = answer("yes");

        // THEN it is refused with the limit, and the question stays open
        assertThat(saved.notes()).containsExactly(text("contact.add.limit", "max", MAX));
        assertThat(saved.prompt()).get().isInstanceOf(Prompt.Confirm.class);
        assertThat(names()).containsExactly("Ana Li", "Cy Diaz");
    }

    @Test
    void aReferrerAddedOnTheWayTakesTheLastPlaceAndTheContactItselfIsRefused() throws Exception {
        // GIVEN one contact, and a lukewarm one whose referrer is added as a contact on the way
        addWarm("Ana Li");
        command("contact add");
        details("Bo Chen");
        answer("lukewarm");
        answer("alumni");
        answer("Sam Park");
        answer("add");
        engine.handle(MAYA, new Input.Form(Map.of("name", "Sam Park")));
        answer("warm");
        answer("friend");
        answer("skip");

        // WHEN the contact is confirmed
        Reply saved = answer("yes");

        // THEN the referrer took the last place, and the contact is refused
        assertThat(saved.notes()).containsExactly(text("contact.add.limit", "max", MAX));
        assertThat(names()).containsExactly("Ana Li", "Sam Park");
    }

    @Test
    void aReferrerWhoseAddWasSetAsideAtTheLimitIsKeptAsANameOnly() throws Exception {
        // GIVEN an add at the referrer's own details, set aside, and the last place taken meanwhile
        command("contact add");
        details("Bo Chen");
        answer("lukewarm");
        answer("alumni");
        answer("Sam Park");
        answer("add");
        engine.handle(MAYA, new Input.Form(Map.of("name", "Sam Park")));
        answer("warm");
        command("contact add");
        answer("abandon");
        details("Ana Li");
        answer("warm");
        answer("friend");
        answer("skip");
        answer("yes");
        addWarm("Cy Diaz");

        // WHEN the add is resumed and the referrer's source is given
        command("resume");
        Reply reach = answer("friend");

        // THEN the referrer is not saved, is kept as a name, and the add goes on
        assertThat(reach.notes()).containsExactly(text("contact.quick.limit", "name", "Sam Park", "max", MAX));
        assertThat(reach.prompt().get().text()).isEqualTo(text("contact.add.reach", "name", "Bo Chen"));
        assertThat(names()).containsExactly("Ana Li", "Cy Diaz");
    }

    private void addWarm(String name) {
        command("contact add");
        details(name);
        answer("warm");
        answer("friend");
        answer("skip");
        Reply saved = answer("yes");
        assertThat(saved.notes()).first().isEqualTo(text("contact.add.saved", "name", name));
    }

    private Reply command(String path) {
        return engine.handle(MAYA, Input.Command.of(path));
    }

    private Reply details(String name) {
        return engine.handle(MAYA, new Input.Form(Map.of("name", name)));
    }

    private Reply answer(String text) {
        return engine.handle(MAYA, new Input.Answer(text));
    }

    private List<String> names() throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            return new ContactRepository().list(connection, MAYA).stream().map(Contact::name).toList();
        }
    }

    private static String text(String key, Object... values) {
        return TestCoach.TEXTS.get(key, values);
    }
}
