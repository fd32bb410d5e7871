package coach.coffeechat;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.ContactRepository;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Frame;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.Session;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.UserRepository;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random inputs, half of them hostile (empty, 5,000 characters, control characters, emoji, SQL and
 * markdown metacharacters, mentions, placeholders, broken surrogates), walked through every step of every
 * contact flow. None may escape as an exception or an error reply, and the stored session must stay valid.
 */
final class RandomInputTest {
    private static final UserId MAYA = new UserId("maya");
    private static final int INPUTS = 10_000;
    private static final List<String> NASTY = List.of(
            "", " ", "x".repeat(5_000), "\u0000\u0001\u0007\u001b[31mred\u001b[0m", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB",
            "'; DROP TABLE contacts; --", "\" OR 1=1 --", "**bold** __u__ ~~s~~ `code` ||spoiler|| > quote",
            "@everyone", "@here", "<@123456789012345678>", "<@&123456789012345678>", "${name}", "${${x}}",
            "\uD800 lone", "\r\n\t", "\u0661\u0662\u0663", "9999999999999999999999", "-1", "0", "26", "c99999",
            "c-1", "yes", "no", "back", "skip", "cancel", "help", "/contact add", "/resume", "/cancel", "/help",
            "/contact list", "/contact remove contact: Ana", "/contact stage contact: Sam stage: met",
            "/contact show contact: \u0000", "/unknown thing", "Ana Lii", "Sam Prak", "Zed New", "Sam Park");
    private static final List<String> NAMES = List.of("Ana Li", "Ana Lii", "Sam Prak", "Zed New", "Sam Park",
            "Bo Chen", "@everyone");

    private final Random random = new Random(20261122L);
    private final MutableClock clock = MutableClock.atMondayMorning();

    @Test
    void randomInputsNeverEscapeAndLeaveAValidSession() throws Exception {
        try (Database database = TestDatabases.inMemory()) {
            Coach coach = TestCoach.on(database.dataSource(), clock);
            Conversations engine = coach.conversations();
            Map<String, Flow> flows = new HashMap<>();
            new coach.coffeechat.contact.ContactFeature(TestCoach.TEXTS, new UserRepository(ZoneOffset.UTC), 0.88,
                    1000).flows().forEach(flow -> flows.put(flow.id(), flow));
            String error = TestCoach.TEXTS.get("engine.error");
            Map<String, Integer> hostilePerStep = new TreeMap<>();
            long lastVersion = 0;
            Reply reply = engine.handle(MAYA, Input.Command.of("contact add"));

            for (int i = 0; i < INPUTS; i++) {
                seedContacts(database);
                clock.advance(Duration.ofSeconds(random.nextInt(120)));
                Session before = engine.stored(MAYA).orElseThrow();
                boolean hostile = random.nextBoolean();
                Input input = hostile ? hostile() : helpful(reply);
                if (hostile && before.inFlow() && before.pending() == null) {
                    hostilePerStep.merge(before.top().flowId() + "/" + before.top().stepId(), 1, Integer::sum);
                }

                reply = engine.handle(MAYA, input);

                assertThat(reply.notes()).as("input %s: %s", i, input).doesNotContain(error);
                Session after = engine.stored(MAYA).orElseThrow();
                assertThat(after.version()).isGreaterThanOrEqualTo(lastVersion);
                assertThat(reply.version()).isEqualTo(after.version());
                for (Frame frame : after.frames()) {
                    assertThat(flows).containsKey(frame.flowId());
                    assertThat(flows.get(frame.flowId()).step(frame.stepId())).as(frame.stepId()).isNotNull();
                    assertThat(frame.answers().values()).allSatisfy(value ->
                            assertThat(value.length()).isLessThanOrEqualTo(Prompt.MAX_TEXT));
                }
                lastVersion = after.version();
                if (!after.inFlow()) {
                    reply = engine.handle(MAYA, restart(uniqueContactName(database)));
                }
            }

            for (Flow flow : flows.values()) {
                for (String step : flow.steps().keySet()) {
                    assertThat(hostilePerStep.getOrDefault(flow.id() + "/" + step, 0))
                            .as("hostile inputs at %s/%s", flow.id(), step).isGreaterThanOrEqualTo(5);
                }
            }
        }
    }

    private Input restart(String contact) {
        int which = random.nextInt(5);
        if (which <= 1) {
            return new Input.Command("contact stage", Map.of("contact", contact));
        }
        if (which == 2) {
            return new Input.Command("contact remove", Map.of("contact", contact));
        }
        return Input.Command.of("contact add");
    }

    private static String uniqueContactName(Database database) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            List<String> names = new ContactRepository().list(connection, MAYA).stream()
                    .map(coach.coffeechat.contact.Contact::name).toList();
            return names.stream().filter(name -> names.indexOf(name) == names.lastIndexOf(name))
                    .findFirst().orElse("nobody");
        }
    }

    private Input hostile() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Input.Control(ControlAction.values()[random.nextInt(ControlAction.values().length)]);
        }
        if (kind == 1) {
            Map<String, String> fields = new HashMap<>();
            for (String key : List.of("name", "role", "organisation", "why", "stage", "\u0000")) {
                if (random.nextBoolean()) {
                    fields.put(key, pick(NASTY));
                }
            }
            return new Input.Form(fields);
        }
        if (kind == 2) {
            return new Input.Command(pick(List.of("contact show", "contact remove", "contact stage", "contact add",
                    "x y z", "")), Map.of("contact", pick(NASTY), "stage", pick(NASTY)));
        }
        return new Input.Answer(pick(NASTY));
    }

    // An answer that usually moves the flow on, so that the walk reaches every step.
    private Input helpful(Reply reply) {
        if (reply.prompt().isEmpty()) {
            return Input.Command.of("contact add");
        }
        Prompt prompt = reply.prompt().get();
        if (prompt instanceof Prompt.Form form) {
            Map<String, String> fields = new HashMap<>();
            for (Prompt.Field field : form.fields()) {
                fields.put(field.id(), field.id().equals("name") ? pick(NAMES) : "Something " + random.nextInt(9));
            }
            return new Input.Form(fields);
        }
        if (prompt instanceof Prompt.Choice choice) {
            return new Input.Answer(Integer.toString(1 + random.nextInt(choice.options().size())));
        }
        if (prompt instanceof Prompt.Confirm) {
            return new Input.Answer(random.nextInt(3) == 0 ? "no" : "yes");
        }
        return new Input.Answer(random.nextBoolean() ? pick(NAMES) : "ana@example.com");
    }

    private void seedContacts(Database database) throws Exception {
        ContactRepository contacts = new ContactRepository();
        try (Connection connection = database.dataSource().getConnection()) {
            if (contacts.count(connection, MAYA) >= 2) {
                return;
            }
            new UserRepository(ZoneOffset.UTC).ensure(connection, MAYA, clock.instant());
            for (String name : List.of("Sam Park", "Ana Li")) {
                contacts.add(connection, new NewContact(MAYA, name, "Designer", "Acme", Warmth.WARM, Source.FRIEND,
                        OptionalLong.empty(), "", "", ""), clock.instant());
            }
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
