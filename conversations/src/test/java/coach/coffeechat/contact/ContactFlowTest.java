package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ContactFlowTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");

    private final MutableClock clock = MutableClock.atMondayMorning();
    private Database database;
    private Conversations engine;

    @BeforeEach
    void open() {
        database = TestDatabases.inMemory();
        engine = TestCoach.on(database.dataSource(), clock).conversations();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Reply send(UserId user, String text) {
        if (text.startsWith("/")) {
            return engine.handle(user, Console.command(text));
        }
        return engine.handle(user, new Input.Answer(text));
    }

    private Reply send(String text) {
        return send(MAYA, text);
    }

    private Reply details(String name, String role, String organisation, String why) {
        return engine.handle(MAYA, new Input.Form(Map.of("name", name, "role", role, "organisation", organisation,
                "why", why)));
    }

    private void addWarm(String name, String role, String organisation) {
        send("/contact add");
        details(name, role, organisation, "");
        send("warm");
        send("friend");
        send("skip");
        send("yes");
    }

    private List<Contact> contacts(UserId user) throws Exception {
        try (Connection connection = database.dataSource().getConnection()) {
            return new ContactRepository().list(connection, user);
        }
    }

    private static String text(String key, Object... values) {
        return TestCoach.TEXTS.get(key, values);
    }

    @Test
    void aWarmContactIsAddedThroughTheWholeFlow() throws Exception {
        Reply form = send("/contact add");
        assertThat(form.prompt().get()).isInstanceOfSatisfying(Prompt.Form.class,
                f -> assertThat(f.fields()).extracting(Prompt.Field::id)
                        .containsExactly("name", "role", "organisation", "why"));

        Reply warmth = details("Ana Li", "UX Researcher", "Acme", "She moved from teaching into research");
        assertThat(warmth.prompt().get().text()).contains(text("contact.add.warmth.tip"));
        send("warm");
        send("colleague");
        Reply confirm = send("ana@example.com");
        assertThat(confirm.prompt().get()).isInstanceOf(Prompt.Confirm.class);
        assertThat(confirm.prompt().get().text()).contains("Ana Li \u2014 UX Researcher at Acme", "ana@example.com");
        Reply saved = send("yes");

        assertThat(saved.notes()).contains(text("contact.add.saved", "name", "Ana Li"));
        Contact ana = contacts(MAYA).get(0);
        assertThat(ana.warmth()).isEqualTo(Warmth.WARM);
        assertThat(ana.source()).isEqualTo(Source.COLLEAGUE);
        assertThat(ana.stage()).isEqualTo(Stage.IDENTIFIED);
        assertThat(ana.why()).isEqualTo("She moved from teaching into research");
        assertThat(ana.reach()).isEqualTo("ana@example.com");
        assertThat(ana.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void theWarmContactTipIsNotRepeatedOnceTheUserHasAWarmContact() {
        addWarm("Sam Park", "Designer", "Globex");
        send("/contact add");

        Reply warmth = details("Ana Li", "", "", "");

        assertThat(warmth.prompt().get().text()).doesNotContain(text("contact.add.warmth.tip"));
    }

    @Test
    void aLukewarmContactIsAskedForTheReferrerAndAKnownReferrerIsRecognised() throws Exception {
        addWarm("Sam Park", "Designer", "Globex");
        send("/contact add");
        details("Ana Li", "UX Researcher", "Acme", "");
        send("lukewarm");

        Reply referrer = send("alumni");
        assertThat(referrer.prompt().get().text()).isEqualTo(text("contact.add.referrer", "name", "Ana Li"));
        Reply reach = send("sam park");

        assertThat(reach.notes()).containsExactly(text("contact.add.referrer.linked", "referrer",
                "Sam Park (Designer at Globex)"));
        send("skip");
        send("yes");
        Contact sam = contacts(MAYA).stream().filter(c -> c.name().equals("Sam Park")).findFirst().orElseThrow();
        Contact ana = contacts(MAYA).stream().filter(c -> c.name().equals("Ana Li")).findFirst().orElseThrow();
        assertThat(ana.referrerId()).hasValue(sam.id());
        assertThat(ana.referrerName()).isEqualTo("Sam Park");
    }

    @Test
    void skippingTheReferrerGoesOnToTheWayToReachWithoutAskingAboutANameless() throws Exception {
        send("/contact add");
        details("Ana Li", "", "", "");
        send("lukewarm");
        send("alumni");

        Reply reach = send("skip");

        assertThat(reach.notes()).isEmpty();
        assertThat(reach.prompt().get().text()).isEqualTo(text("contact.add.reach", "name", "Ana Li"));
        send("skip");
        send("yes");
        assertThat(contacts(MAYA)).singleElement().satisfies(ana -> {
            assertThat(ana.referrerName()).isEmpty();
            assertThat(ana.referrerId()).isEmpty();
        });
    }

    @Test
    void aBlankReferrerIsNoNameEither() {
        send("/contact add");
        details("Ana Li", "", "", "");
        send("lukewarm");
        send("alumni");

        Reply reach = send("   ");

        assertThat(reach.prompt().get().text()).isEqualTo(text("contact.add.reach", "name", "Ana Li"));
    }

    @Test
    void aReferrerSkippedAfterGoingBackIsNotKeptFromTheFirstAnswer() throws Exception {
        addWarm("Sam Park", "Designer", "Globex");
        send("/contact add");
        details("Ana Li", "", "", "");
        send("lukewarm");
        send("alumni");
        send("sam park");
        send("back");

        Reply reach = send("skip");

        assertThat(reach.prompt().get().text()).isEqualTo(text("contact.add.reach", "name", "Ana Li"));
        Reply confirm = send("skip");
        assertThat(confirm.prompt().get().text()).doesNotContain("Sam Park");
        send("yes");
        assertThat(contacts(MAYA)).filteredOn(c -> c.name().equals("Ana Li")).singleElement().satisfies(ana -> {
            assertThat(ana.referrerName()).isEmpty();
            assertThat(ana.referrerId()).isEmpty();
        });
    }

    @Test
    void aWarmOrColdContactIsNotAskedForAReferrer() {
        send("/contact add");
        details("Priya", "", "", "");
        Reply source = send("cold");
        assertThat(source.notes()).containsExactly(text("contact.add.cold-note"));

        Reply reach = send("event");

        assertThat(reach.prompt().get().text()).isEqualTo(text("contact.add.reach", "name", "Priya"));
    }

    @Test
    void aReferrerWithATypoIsOfferedAsACandidate() throws Exception {
        addWarm("Sam Park", "Designer", "Globex");
        send("/contact add");
        details("Ana Li", "", "", "");
        send("lukewarm");
        send("alumni");

        Reply pick = send("Sam Prak");

        assertThat(pick.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.options()).extracting(Prompt.Option::label)
                        .containsExactly("Sam Park (Designer at Globex)", "No, Sam Prak is someone new"));
        send("1");
        send("skip");
        send("yes");
        assertThat(contacts(MAYA)).filteredOn(c -> c.name().equals("Ana Li"))
                .singleElement().satisfies(ana -> assertThat(ana.referrerName()).isEqualTo("Sam Park"));
    }

    @Test
    void aNewReferrerCanBeAddedInASubFlowAndIsLinked() throws Exception {
        send("/contact add");
        details("Ana Li", "UX Researcher", "Acme", "");
        send("lukewarm");
        send("alumni");
        Reply offer = send("Sam Park");
        assertThat(offer.prompt().get().text()).isEqualTo(text("contact.add.referrer-new", "typed", "Sam Park"));

        Reply subForm = send("add");
        assertThat(subForm.prompt().get()).isInstanceOfSatisfying(Prompt.Form.class,
                form -> assertThat(form.fields().get(0).defaultValue()).isEqualTo("Sam Park"));
        engine.handle(MAYA, new Input.Form(Map.of("name", "Sam Park", "role", "Designer", "organisation", "Globex")));
        send("warm");
        Reply reach = send("friend");
        assertThat(reach.notes()).containsExactly(text("contact.quick.saved", "name", "Sam Park"));
        assertThat(reach.prompt().get().text()).isEqualTo(text("contact.add.reach", "name", "Ana Li"));
        send("linkedin.com/in/ana-li");
        send("yes");

        Contact sam = contacts(MAYA).stream().filter(c -> c.name().equals("Sam Park")).findFirst().orElseThrow();
        Contact ana = contacts(MAYA).stream().filter(c -> c.name().equals("Ana Li")).findFirst().orElseThrow();
        assertThat(ana.referrerId()).hasValue(sam.id());
        assertThat(sam.warmth()).isEqualTo(Warmth.WARM);
    }

    @Test
    void aNearDuplicateIsFlaggedAndPickingItAddsNothing() throws Exception {
        addWarm("Ana Li", "UX Researcher", "Acme");
        send("/contact add");

        Reply duplicate = details("Ana  Lí", "", "", "");

        assertThat(duplicate.prompt().get().text()).isEqualTo(text("contact.add.duplicate", "existing",
                "Ana Li (UX Researcher at Acme)"));
        Reply kept = send("1");
        assertThat(kept.notes()).containsExactly(text("contact.add.kept-existing", "name", "Ana Li"));
        assertThat(contacts(MAYA)).hasSize(1);
    }

    @Test
    void aNearDuplicateCanBeConfirmedAsSomeoneElse() throws Exception {
        addWarm("Ana Li", "UX Researcher", "Acme");
        send("/contact add");
        details("Ana Lin", "", "Initech", "");

        Reply warmth = send("2");

        assertThat(warmth.prompt().get().text()).startsWith(text("contact.add.warmth", "name", "Ana Lin"));
    }

    @Test
    void anInvalidWayToReachIsRefusedWithAnExample() {
        send("/contact add");
        details("Ana Li", "", "", "");
        send("warm");
        send("friend");

        Reply refused = send("at the gym on tuesdays");

        assertThat(refused.notes()).containsExactly(text("contact.add.reach.invalid"));
        assertThat(send("+1 (555) 010-0199").prompt().get()).isInstanceOf(Prompt.Confirm.class);
    }

    @Test
    void answeringNoAtTheConfirmationAsksWhatToChangeWithTheAnswerFilledIn() {
        send("/contact add");
        details("Ana Li", "Researcher", "Acme", "");
        send("warm");
        send("friend");
        send("skip");

        Reply pick = send("no");
        assertThat(pick.prompt().get()).isInstanceOf(Prompt.Choice.class);
        Reply name = send("name");

        assertThat(name.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("Ana Li"));
    }

    @Test
    void listShowsContactsWithReferrerAndStage() {
        addWarm("Sam Park", "Designer", "Globex");
        send("/contact add");
        details("Ana Li", "UX Researcher", "Acme", "");
        send("lukewarm");
        send("alumni");
        send("Sam Park");
        send("skip");
        send("yes");

        Reply list = send("/contact list");

        assertThat(list.notes().get(0)).isEqualTo(text("contact.list.header", "count", 2)
                + "\n1. Ana Li \u2014 UX Researcher at Acme \u00b7 lukewarm, alumni \u00b7 referred by Sam Park"
                + " \u00b7 identified"
                + "\n2. Sam Park \u2014 Designer at Globex \u00b7 warm, friend \u00b7 identified");
    }

    @Test
    void anEmptyListInvitesTheFirstContact() {
        assertThat(send("/contact list").notes()).containsExactly(text("contact.list.empty"));
    }

    @Test
    void contactsArePrivateToTheirOwner() {
        addWarm("Ana Li", "UX Researcher", "Acme");

        assertThat(send(LEO, "/contact list").notes()).containsExactly(text("contact.list.empty"));
        assertThat(send(LEO, "/contact show contact: Ana Li").notes())
                .containsExactly(text("contact.not-found", "typed", "Ana Li"));
        assertThat(send(LEO, "/contact remove contact: Ana Li").notes())
                .containsExactly(text("contact.not-found", "typed", "Ana Li"));
    }

    @Test
    void showFindsAContactByFirstNameAndSaysWhoTheySuggested() {
        addWarm("Ana Li", "UX Researcher", "Acme");
        send("/contact add");
        details("Bo Chen", "", "", "");
        send("lukewarm");
        send("alumni");
        send("Ana Li");
        send("skip");
        send("yes");

        Reply shown = send("/contact show contact: ana");

        assertThat(shown.notes().get(0)).isEqualTo(text("contact.guessed", "typed", "ana", "name", "Ana Li"));
        assertThat(shown.notes().get(1)).contains("Ana Li \u2014 UX Researcher at Acme",
                text("contact.show.referred", "names", "Bo Chen"));
    }

    @Test
    void anAmbiguousNameAsksForTheFullName() {
        addWarm("Ana Li", "", "Acme");
        addWarm("Ana Lopez", "", "Initech");

        Reply reply = send("/contact show contact: Ana");

        assertThat(reply.notes()).containsExactly(text("contact.ambiguous", "typed", "Ana",
                "names", "Ana Li (Acme), Ana Lopez (Initech)"));
    }

    @Test
    void removeAsksFirstAndKeepsTheContactOnNo() throws Exception {
        addWarm("Ana Li", "", "Acme");

        Reply ask = send("/contact remove contact: Ana Li");
        assertThat(ask.prompt().get()).isInstanceOf(Prompt.Confirm.class);
        Reply kept = send("no");

        assertThat(kept.notes()).containsExactly(text("contact.remove.kept", "name", "Ana Li"));
        assertThat(contacts(MAYA)).hasSize(1);
    }

    @Test
    void removeAfterConfirmationKeepsReferredContactsWithTheReferrersName() throws Exception {
        addWarm("Ana Li", "", "Acme");
        send("/contact add");
        details("Bo Chen", "", "", "");
        send("lukewarm");
        send("alumni");
        send("Ana Li");
        send("skip");
        send("yes");

        Reply ask = send("/contact remove contact: Ana Li");
        assertThat(ask.prompt().get().text()).contains("Bo Chen");
        Reply removed = send("yes");

        assertThat(removed.notes()).containsExactly(text("contact.removed", "name", "Ana Li"));
        assertThat(contacts(MAYA)).singleElement().satisfies(bo -> {
            assertThat(bo.referrerId()).isEmpty();
            assertThat(bo.referrerName()).isEqualTo("Ana Li");
        });
    }

    @Test
    void stageMovesDirectlyWithTheOptionOrThroughAChoiceWithout() throws Exception {
        addWarm("Ana Li", "", "Acme");

        Reply moved = send("/contact stage contact: Ana Li stage: request sent");
        assertThat(moved.notes()).containsExactly(text("contact.stage.moved", "name", "Ana Li",
                "from", "identified", "to", "request sent"));

        Reply choice = send("/contact stage contact: Ana Li");
        assertThat(choice.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                c -> assertThat(c.selected()).isEqualTo("request-sent"));
        send("met");
        assertThat(contacts(MAYA).get(0).stage()).isEqualTo(Stage.MET);
    }

    @Test
    void anUnknownStageListsTheRealOnes() {
        addWarm("Ana Li", "", "Acme");

        Reply reply = send("/contact stage contact: Ana Li stage: married");

        assertThat(reply.notes().get(0)).contains("married", "request-sent", "staying-in-touch");
    }

    @Test
    void aMentionTypedAsANameIsStoredAsPlainText() throws Exception {
        addWarm("@everyone", "", "");

        assertThat(contacts(MAYA)).extracting(Contact::name).containsExactly("@everyone");
        assertThat(send("/contact list").notes().get(0)).contains("@everyone");
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        send("/contact add");

        Reply reply = details("!!!", "", "", "");

        assertThat(reply.notes()).containsExactly(text("contact.add.name-needs-letters"));
    }

    /** Parses "/contact show contact: Ana Li" the simple way tests need. */
    private static final class Console {
        static Input.Command command(String typed) {
            String body = typed.substring(1);
            int colon = body.indexOf(':');
            if (colon < 0) {
                return Input.Command.of(body);
            }
            String head = body.substring(0, colon);
            int lastSpace = head.lastIndexOf(' ');
            String path = head.substring(0, lastSpace);
            Map<String, String> options = new java.util.LinkedHashMap<>();
            String rest = body.substring(lastSpace + 1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+):\\s*(.*?)(?=\\s+\\w+:|$)").matcher(rest);
            while (m.find()) {
                options.put(m.group(1), m.group(2));
            }
            return new Input.Command(path, options);
        }
    }
}
