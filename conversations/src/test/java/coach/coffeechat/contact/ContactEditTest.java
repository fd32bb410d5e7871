package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.engine.CommandSpec;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing one field of a contact: {@code /contact edit contact: field: [value:]}, and the "Change something" step
 * of {@code /contact add}, which picks the field instead of walking every step again. Values are checked as
 * {@code /contact add} checks them; a refused value stays typed in the prompt.
 */
final class ContactEditTest {
    private static final UserId MAYA = new UserId("maya");

    private final MutableClock clock = MutableClock.atMondayMorning();
    private Database database;
    private Coach coach;
    private Conversations engine;

    @BeforeEach
    void open() {
        database = TestDatabases.inMemory();
        coach = TestCoach.on(database.dataSource(), clock);
        engine = coach.conversations();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Reply send(String text) {
        return engine.handle(MAYA, new Input.Answer(text));
    }

    private Reply edit(String contact, String field, String value) {
        Map<String, String> options = new HashMap<>(Map.of("contact", contact, "field", field));
        if (value != null) {
            options.put("value", value);
        }
        return engine.handle(MAYA, new Input.Command("contact edit", options));
    }

    private void add(String name, String role, String organisation, String warmth) {
        engine.handle(MAYA, Input.Command.of("contact add"));
        engine.handle(MAYA, new Input.Form(Map.of("name", name, "role", role, "organisation", organisation,
                "why", "")));
        send(warmth);
        send("friend");
        if (warmth.equals("lukewarm")) {
            send("skip");
        }
        send("skip");
        send("yes");
    }

    private Contact contact(String name) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            return new ContactRepository().list(connection, MAYA).stream().filter(c -> c.name().equals(name))
                    .findFirst().orElseThrow();
        }
    }

    private static String text(String key, Object... values) {
        return TestCoach.TEXTS.get(key, values);
    }

    @Test
    void theCommandTakesTheContactTheFieldAsAChoiceAndAnOptionalValue() {
        CommandSpec spec = coach.commands().find("contact edit").orElseThrow();

        assertThat(spec.options()).extracting(CommandSpec.OptionSpec::name).containsExactly("contact", "field", "value");
        assertThat(spec.options().get(0).kind()).isEqualTo(CommandSpec.OptionKind.CONTACT);
        assertThat(spec.options().get(1).kind()).isEqualTo(CommandSpec.OptionKind.CHOICE);
        assertThat(spec.options().get(1).required()).isTrue();
        assertThat(spec.options().get(1).choices()).extracting(Prompt.Option::id)
                .containsExactly("name", "role", "organisation", "warmth", "source", "referrer", "why", "reach");
        assertThat(spec.options().get(2).required()).isFalse();
    }

    @Test
    void aValueGivenInTheCommandIsSavedAtOnce() throws Exception {
        add("Ana Li", "Researcher", "Acme", "warm");

        Reply saved = edit("ana", "role", "Lead UX researcher");

        assertThat(saved.prompt()).isEmpty();
        assertThat(saved.notes()).contains(text("contact.edit.saved", "name", "Ana Li", "field",
                text("contact.edit.field.role"), "value", "Lead UX researcher"));
        Contact ana = contact("Ana Li");
        assertThat(ana.role()).isEqualTo("Lead UX researcher");
        assertThat(ana.organisation()).isEqualTo("Acme");
    }

    @Test
    void withoutAValueTheFieldIsAskedWithItsCurrentValueFilledIn() throws Exception {
        add("Ana Li", "Researcher", "Acme", "warm");

        Reply asked = edit("Ana Li", "organisation", null);

        assertThat(asked.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("Acme"));
        send("Globex Health");
        assertThat(contact("Ana Li").organisation()).isEqualTo("Globex Health");
    }

    @Test
    void anOverLongValueIsRefusedKindlyAndStaysTypedSoNothingIsLost() throws Exception {
        add("Ana Li", "Researcher", "Acme", "warm");
        String tooLong = "r".repeat(101);

        Reply refused = edit("Ana Li", "role", tooLong);

        assertThat(refused.notes()).anySatisfy(note -> assertThat(note).contains("100"));
        assertThat(refused.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo(tooLong));
        assertThat(contact("Ana Li").role()).isEqualTo("Researcher");
        send("Research lead");
        assertThat(contact("Ana Li").role()).isEqualTo("Research lead");
    }

    @Test
    void valuesAreCheckedAsContactAddChecksThem() throws Exception {
        add("Ana Li", "Researcher", "Acme", "warm");

        assertThat(edit("Ana Li", "reach", "at the gym on tuesdays").notes())
                .contains(text("contact.add.reach.invalid"));
        engine.handle(MAYA, Input.Command.of("cancel"));
        assertThat(edit("Ana Li", "name", "!!!").notes()).contains(text("contact.add.name-needs-letters"));
        engine.handle(MAYA, Input.Command.of("cancel"));
        Reply warmth = edit("Ana Li", "warmth", "scorching");
        assertThat(warmth.prompt().get()).isInstanceOf(Prompt.Choice.class);
        assertThat(warmth.notes()).singleElement().satisfies(note -> assertThat(note).contains("lukewarm"));
        send("lukewarm");

        Contact ana = contact("Ana Li");
        assertThat(ana.warmth()).isEqualTo(Warmth.LUKEWARM);
        assertThat(ana.reach()).isEmpty();
        assertThat(ana.name()).isEqualTo("Ana Li");
    }

    @Test
    void anUnknownFieldIsRefusedWithTheFieldsThereAre() throws Exception {
        add("Ana Li", "Researcher", "Acme", "warm");

        Reply refused = edit("Ana Li", "shoe size", "42");

        assertThat(refused.prompt()).isEmpty();
        assertThat(refused.notes()).contains(text("contact.edit.unknown-field", "typed", "shoe size",
                "fields", "name, role, organisation, warmth, source, referrer, why, reach"));
    }

    @Test
    void withoutAFieldTheFlowAsksWhichAndSkippingTheValueChangesNothing() throws Exception {
        add("Ana Li", "Researcher", "Acme", "warm");

        Reply which = edit("Ana Li", "", null);

        assertThat(which.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.options()).hasSize(8));
        assertThat(send("why").prompt().get()).isInstanceOf(Prompt.Text.class);
        assertThat(send("skip").notes()).containsExactly(text("contact.edit.skipped", "name", "Ana Li"));
        assertThat(contact("Ana Li").why()).isEmpty();
    }

    @Test
    void aReferrerIsLinkedWhenItIsAContactAndKeptAsANameOtherwise() throws Exception {
        add("Sam Park", "Designer", "Globex", "warm");
        add("Ana Li", "Researcher", "Acme", "lukewarm");

        edit("Ana Li", "referrer", "sam park");
        assertThat(contact("Ana Li").referrerId()).hasValue(contact("Sam Park").id());
        assertThat(contact("Ana Li").referrerName()).isEqualTo("Sam Park");

        edit("Ana Li", "referrer", "Jo from the meetup");
        assertThat(contact("Ana Li").referrerId()).isEmpty();
        assertThat(contact("Ana Li").referrerName()).isEqualTo("Jo from the meetup");
    }

    @Test
    void aNewNameIsAlsoTheReferrerNameOfThePeopleTheyReferred() throws Exception {
        add("Sam Park", "Designer", "Globex", "warm");
        add("Ana Li", "Researcher", "Acme", "lukewarm");
        edit("Ana Li", "referrer", "Sam Park");

        edit("Sam", "name", "Samuel Park");

        assertThat(contact("Ana Li").referrerName()).isEqualTo("Samuel Park");
    }

    @Test
    void changeSomethingBeforeSavingPicksTheFieldInsteadOfWalkingEveryStep() throws Exception {
        engine.handle(MAYA, Input.Command.of("contact add"));
        engine.handle(MAYA, new Input.Form(Map.of("name", "Ana Li", "role", "Researcher", "organisation", "Acme",
                "why", "")));
        send("warm");
        send("friend");
        send("ana@example.com");

        Reply pick = send("no");

        assertThat(pick.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.options()).extracting(Prompt.Option::id)
                        .containsExactly("name", "role", "organisation", "warmth", "source", "why", "reach"));
        Reply role = send("role");
        assertThat(role.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("Researcher"));
        Reply confirm = send("Lead researcher");
        assertThat(confirm.prompt().get()).isInstanceOf(Prompt.Confirm.class);
        assertThat(confirm.prompt().get().text()).contains("Lead researcher at Acme", "ana@example.com");

        send("no");
        send("warmth");
        Reply referrer = send("lukewarm");
        assertThat(referrer.prompt().get().text()).isEqualTo(text("contact.add.referrer", "name", "Ana Li"));
        Reply again = send("skip");
        assertThat(again.prompt().get()).isInstanceOf(Prompt.Confirm.class);

        send("no");
        assertThat(send("reach").prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("ana@example.com"));
        assertThat(send("at the gym").notes()).containsExactly(text("contact.add.reach.invalid"));
        send("ana.li@example.com");
        send("yes");

        Contact ana = contact("Ana Li");
        assertThat(ana.role()).isEqualTo("Lead researcher");
        assertThat(ana.warmth()).isEqualTo(Warmth.LUKEWARM);
        assertThat(ana.source()).isEqualTo(Source.FRIEND);
        assertThat(ana.reach()).isEqualTo("ana.li@example.com");
    }

    @Test
    void theReferrerCanBePickedToChangeOnlyForALukewarmContact() {
        engine.handle(MAYA, Input.Command.of("contact add"));
        engine.handle(MAYA, new Input.Form(Map.of("name", "Ana Li", "role", "", "organisation", "", "why", "")));
        send("lukewarm");
        send("alumni");
        send("Jo");
        send("name-only");
        send("skip");

        Reply pick = send("no");

        assertThat(pick.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.options()).extracting(Prompt.Option::id).contains("referrer"));
        Reply referrer = send("referrer");
        assertThat(referrer.prompt().get().text()).isEqualTo(text("contact.add.referrer", "name", "Ana Li"));
        List<String> typed = List.of("Jo Bloggs");
        Reply next = send(typed.get(0));
        assertThat(next.prompt().get().text()).isEqualTo(text("contact.add.referrer-new", "typed", "Jo Bloggs"));
        Reply confirm = send("name-only");
        assertThat(confirm.prompt().get()).isInstanceOf(Prompt.Confirm.class);
        assertThat(confirm.prompt().get().text()).contains("Jo Bloggs");
    }
}
