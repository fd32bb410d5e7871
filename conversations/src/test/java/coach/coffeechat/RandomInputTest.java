package coach.coffeechat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactFeature;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.RandomWalk;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import coach.coffeechat.user.UserRepository;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random inputs, half of them hostile (empty, 5,000 characters, control characters, emoji, SQL and
 * markdown metacharacters, mentions, placeholders, broken surrogates), walked through every step of every
 * contact flow (the import's confirmation too). None may escape as an exception or an error reply, and the stored session must stay valid.
 */
final class RandomInputTest {
    private static final UserId MAYA = new UserId("maya");
    private static final int INPUTS = 10_000;
    private static final List<String> NAMES = List.of("Ana Li", "Ana Lii", "Sam Prak", "Zed New", "Sam Park",
            "Bo Chen", "@everyone");
    private static final List<String> TEXTS;

    static {
        List<String> texts = new ArrayList<>(RandomWalk.HOSTILE_TEXT);
        texts.addAll(List.of("/contact add", "/contact remove contact: Ana", "/contact stage contact: Sam stage: met",
                "/contact show contact: \u0000", "Ana Lii", "Sam Prak", "Zed New", "Sam Park",
                "/draft name: Zed New field: security", "/draft name: Sam Park referrer: Ana Li"));
        TEXTS = List.copyOf(texts);
    }

    private final MutableClock clock = MutableClock.atMondayMorning();

    @Test
    void randomInputsNeverEscapeAndLeaveAValidSession() {
        try (Database database = TestDatabases.inMemory()) {
            Coach coach = TestCoach.on(database.dataSource(), clock);
            List<Flow> flows = ContactFeature.create(TestCoach.TEXTS, TestCoach.users(), 0.88, 1000)
                    .flows();
            RandomWalk walk = new RandomWalk(coach.conversations(), MAYA, flows, clock, new Random(20261122L));

            Map<String, Integer> hostilePerStep = walk.walk(INPUTS, Duration.ofMinutes(2), new ContactMoves(database));

            RandomWalk.assertEveryStepReached(hostilePerStep, flows, 5);
        }
    }

    /** Hostile and helpful moves for the contact flows, keeping two contacts around for matches and duplicates. */
    private static final class ContactMoves implements RandomWalk.Moves {
        private final Database database;
        private final ContactBook contacts = TestCoach.contacts();

        ContactMoves(Database database) {
            this.database = database;
        }

        @Override
        public void beforeEach() {
            database.inTransaction(connection -> {
                if (contacts.count(connection, MAYA) < 2) {
                    TestCoach.users().ensure(connection, MAYA, java.time.Instant.EPOCH);
                    for (String name : List.of("Sam Park", "Ana Li")) {
                        contacts.add(connection, new NewContact(MAYA, name, "Designer", "Acme", Warmth.WARM,
                                Source.FRIEND, OptionalLong.empty(), "", "", ""), java.time.Instant.EPOCH);
                    }
                }
                return null;
            });
        }

        @Override
        public Input hostile(Random random) {
            return RandomWalk.hostile(random, TEXTS, List.of("name", "role", "organisation", "why", "stage"),
                    List.of("contact show", "contact remove", "contact stage", "contact add", "contact edit"),
                    List.of("contact", "stage", "field", "value"));
        }

        @Override
        public Input helpful(Reply reply, Random random) {
            if (reply.prompt().isEmpty()) {
                return Input.Command.of("contact add");
            }
            Prompt prompt = reply.prompt().get();
            if (prompt instanceof Prompt.Form form) {
                Map<String, String> fields = new HashMap<>();
                for (Prompt.Field field : form.fields()) {
                    fields.put(field.id(), field.id().equals("name") ? RandomWalk.pick(random, NAMES)
                            : "Something " + random.nextInt(9));
                }
                return new Input.Form(fields);
            }
            if (prompt instanceof Prompt.Choice choice) {
                // Going deeper (adding the referrer in the sub-flow) is favoured, so its steps get visited too.
                boolean canAdd = choice.options().stream().anyMatch(option -> option.id().equals("add"));
                return new Input.Answer(canAdd && random.nextInt(4) > 0 ? "add"
                        : Integer.toString(1 + random.nextInt(choice.options().size())));
            }
            if (prompt instanceof Prompt.Confirm) {
                return new Input.Answer(random.nextInt(3) == 0 ? "no" : "yes");
            }
            return new Input.Answer(random.nextBoolean() ? RandomWalk.pick(random, NAMES) : "ana@example.com");
        }

        @Override
        public Input restart(Random random) {
            String contact = uniqueContactName();
            int which = random.nextInt(8);
            if (which >= 6) {
                // A field, or none to be asked which; a value sometimes, to be read at once. The referrer, with
                // the most steps behind it, comes up most, and with names that match, nearly match or do not.
                List<String> fields = List.of("", "name", "role", "warmth", "source", "referrer", "referrer",
                        "referrer", "why", "reach");
                String field = RandomWalk.pick(random, fields);
                Map<String, String> options = new HashMap<>(Map.of("contact", contact, "field", field));
                if (which == 7) {
                    options.put("value", RandomWalk.pick(random, field.equals("referrer") ? NAMES : TEXTS));
                }
                return new Input.Command("contact edit", options);
            }
            if (which == 5 && random.nextBoolean()) {
                // An import with someone new in it, so that its confirmation is asked.
                return new Input.Command("contact import", Map.of("file",
                        "name,role\nImported " + random.nextInt(1_000_000) + ",Engineer\n"));
            }
            if (which == 5) {
                return new Input.Command("draft", Map.of("name", RandomWalk.pick(random, NAMES)));
            }
            if (which <= 1) {
                return new Input.Command("contact stage", Map.of("contact", contact));
            }
            if (which == 2) {
                return new Input.Command("contact remove", Map.of("contact", contact));
            }
            return Input.Command.of("contact add");
        }

        private String uniqueContactName() {
            List<String> names = database.inTransaction(connection -> contacts.list(connection, MAYA)).stream()
                    .map(Contact::name).toList();
            return names.stream().filter(name -> names.indexOf(name) == names.lastIndexOf(name))
                    .findFirst().orElse("nobody");
        }
    }
}
