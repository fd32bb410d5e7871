package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.NewContact;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Conversations;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import coach.coffeechat.user.UserRepository;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class RequestFlowTest {
    private static final UserId MAYA = new UserId("maya");
    private static final String SUMMARY = "I teach chemistry and I'm moving into UX research.";

    private final MutableClock clock = MutableClock.atMondayMorning();
    private Database database;
    private Conversations engine;
    private long anaId;

    @BeforeEach
    void open() {
        database = TestDatabases.inMemory();
        engine = TestCoach.on(database.dataSource(), clock).conversations();
        anaId = database.inTransaction(c -> {
            TestCoach.users().ensure(c, MAYA, clock.instant());
            ContactBook contacts = TestCoach.contacts();
            long sam = contacts.add(c, new NewContact(MAYA, "Sam Park", "", "Globex", Warmth.WARM, Source.FRIEND,
                    OptionalLong.empty(), "", "", ""), clock.instant());
            return contacts.add(c, new NewContact(MAYA, "Ana Li", "UX Researcher", "Acme", Warmth.LUKEWARM,
                    Source.ALUMNI, OptionalLong.of(sam), "Sam Park", "", "ana@example.com"), clock.instant());
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Reply send(String text) {
        return engine.handle(MAYA, new Input.Answer(text));
    }

    private Reply draftFor(String contact) {
        return engine.handle(MAYA, new Input.Command("request draft", Map.of("contact", contact)));
    }

    private Reply answerUpToReview() {
        draftFor("Ana Li");
        send("email");
        engine.handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary", SUMMARY)));
        send("how people move from teaching into UX research");
        send("15");
        return send("yes");
    }

    private Contact ana() {
        return database.inTransaction(c -> TestCoach.contacts().find(c, MAYA, anaId).orElseThrow());
    }

    @Test
    void theGuidedFlowShowsAReferredEmailDraftWithItsChecks() {
        Reply review = answerUpToReview();

        assertThat(review.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class, choice -> {
            assertThat(choice.text()).contains("Subject: Sam Park suggested I get in touch", "Hi Ana,",
                    "15 minutes", SUMMARY, "Maya Ortiz", "Checks: all clear");
            assertThat(choice.options()).extracting(Prompt.Option::id).containsExactly("edit", "sent", "later");
        });
    }

    @Test
    void whyThisPersonFromTheContactIsWhatTheDraftSaysToThem() {
        database.inTransaction(c -> Sql.update(c, "UPDATE contacts SET why = ? WHERE id = ?", s -> {
            s.setString(1, "How they moved from teaching into research");
            s.setLong(2, anaId);
        }));

        Reply review = answerUpToReview();

        assertThat(review.prompt().get().text())
                .contains("because of how you moved from teaching into research.")
                .doesNotContain(TestCoach.TEXTS.get("request.why.missing", "name", "Ana"));
    }

    @Test
    void withoutAReasonTheReviewSaysWhyThisPersonMatters() {
        Reply review = answerUpToReview();

        assertThat(review.prompt().get().text()).contains(TestCoach.TEXTS.get("request.why.missing", "name", "Ana"));
    }

    @Test
    void aGuidedEmailWithARealisticSummaryKeepsToTheHundredWordsTheChecksAdvise() {
        draftFor("Ana Li");
        send("email");
        engine.handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary", "I teach chemistry at a"
                + " secondary school and I'm moving into UX research. I've run two usability studies for my school's"
                + " learning platform.")));
        send("how people move from teaching into UX research");
        send("15");

        Reply review = send("yes");

        assertThat(review.prompt().get().text()).contains("Checks: all clear").doesNotContain("too-long");
    }

    @Test
    void aLinkedInNoteFromTheFlowSaysWhoIsWriting() {
        draftFor("Ana Li");
        send("linkedin");
        engine.handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary", SUMMARY)));
        send("how people move from teaching into UX research");

        // a note has no room for the offer to send questions ahead, so it is not asked
        Reply review = send("15");

        assertThat(review.prompt().get().text()).contains("I'm Maya.", SUMMARY)
                .doesNotContain(TestCoach.TEXTS.get("request.offer-ask"));
    }

    @Test
    void anEditIsCheckedAgainAndMarkingItSentMovesTheContactAndRemembersTheProfile() {
        answerUpToReview();
        send("edit");

        Reply review = send("Hi Ana, are there any openings on your team I could apply for? Thanks, Maya");

        assertThat(review.notes()).contains(TestCoach.TEXTS.get("request.edited"));
        assertThat(review.prompt().get().text()).contains("any openings on your team", "asks-for-job");
        Reply sent = send("sent");
        assertThat(sent.notes().get(0)).isEqualTo(TestCoach.TEXTS.get("request.sent", "name", "Ana Li",
                "date", "2 Mar 2026"));
        assertThat(ana().stage()).isEqualTo(Stage.REQUEST_SENT);
        String stored = database.inTransaction(c -> Sql.one(c, "SELECT text FROM requests WHERE contact_id = ?"
                + " AND sent_at IS NOT NULL", s -> s.setLong(1, anaId), row -> row.getString(1)).orElseThrow());
        assertThat(stored).startsWith("Hi Ana, are there any openings");

        // The next draft offers the remembered name and summary.
        Reply about = engine.handle(MAYA, new Input.Command("request draft", Map.of("contact", "Ana Li",
                "format", "linkedin")));
        assertThat(about.prompt().get()).isInstanceOfSatisfying(Prompt.Form.class, form ->
                assertThat(form.fields()).extracting(Prompt.Field::defaultValue).containsExactly("Maya Ortiz", SUMMARY));
    }

    @Test
    void afterAnEditThatPassesItsChecksTheReviewOffersMarkingItSentNotAnotherEdit() {
        answerUpToReview();
        send("edit");

        Reply review = send("Subject: Your move into UX research\n\nHi Ana,\n\nSam Park suggested I get in touch."
                + " I teach chemistry and I'm exploring UX research, the move you made. Would you have 15 minutes for"
                + " a call in the next few weeks, whenever suits you? I'd love to hear how you made the switch and"
                + " what helped most in your first year.\n\nThank you,\nMaya Ortiz");

        Prompt.Choice choice = (Prompt.Choice) review.prompt().orElseThrow();
        assertThat(choice.text()).contains("Checks: all clear");
        assertThat(choice.selected()).isEqualTo("sent");
        assertThat(choice.suggestion()).as("offered as the next step, not as the answer given").isTrue();
    }

    @Test
    void afterAnEditWithAnErrorTheReviewOffersEditingAgain() {
        answerUpToReview();
        send("edit");

        Reply review = send("Hi Ana, are there any openings on your team I could apply for? Thanks, Maya");

        assertThat(((Prompt.Choice) review.prompt().orElseThrow()).selected()).isEqualTo("edit");
    }

    @Test
    void keepingItAsADraftMovesAnIdentifiedContactToRequestDrafted() {
        answerUpToReview();

        Reply kept = send("later");

        assertThat(kept.notes()).containsExactly(TestCoach.TEXTS.get("request.kept", "name", "Ana Li"));
        assertThat(ana().stage()).isEqualTo(Stage.REQUEST_DRAFTED);
    }

    @Test
    void aDraftKeptForLaterIsPickedUpWithItsEditsAndCanThenBeMarkedSent() {
        answerUpToReview();
        send("edit");
        send("Subject: Sam Park suggested I get in touch\n\nHi Ana, my own words, 15 minutes by phone?\n\nMaya");
        send("later");
        clock.advance(Duration.ofDays(2));

        Reply again = draftFor("Ana Li");

        assertThat(again.notes()).containsExactly(TestCoach.TEXTS.get("request.kept-draft", "name", "Ana Li",
                "date", "2 Mar 2026"));
        assertThat(again.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class, choice -> {
            assertThat(choice.text()).contains("my own words, 15 minutes by phone?");
            assertThat(choice.options()).extracting(Prompt.Option::id).containsExactly("edit", "sent", "later", "new");
        });
        send("sent");
        assertThat(ana().stage()).isEqualTo(Stage.REQUEST_SENT);
        String stored = database.inTransaction(c -> Sql.one(c, "SELECT text FROM requests WHERE contact_id = ?"
                + " AND sent_at IS NOT NULL", s -> s.setLong(1, anaId), row -> row.getString(1)).orElseThrow());
        assertThat(stored).contains("my own words");
        // The name and summary asked the first time are still remembered.
        UserRepository.Profile profile = database.inTransaction(c -> TestCoach.users()
                .profile(c, MAYA));
        assertThat(profile).isEqualTo(new UserRepository.Profile("Maya Ortiz", SUMMARY));
    }

    @Test
    void aKeptDraftCanBeSetAsideForANewOneAndASentRequestIsNotOfferedAgain() {
        answerUpToReview();
        send("later");
        draftFor("Ana Li");

        Reply format = send("new");

        assertThat(format.notes()).isEmpty();
        assertThat(format.prompt().get().text()).isEqualTo(TestCoach.TEXTS.get("request.format", "name", "Ana Li"));
        send("linkedin");
        engine.handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary", SUMMARY)));
        send("how people move from teaching into UX research");
        send("15");
        Reply review = send("yes");
        assertThat(review.prompt().get().text()).contains("Hi Ana, Sam Park suggested I get in touch.");
        assertThat(((Prompt.Choice) review.prompt().get()).options()).extracting(Prompt.Option::id)
                .containsExactly("edit", "sent", "later");
        send("sent");

        Reply fresh = draftFor("Ana Li");

        assertThat(fresh.notes()).isEmpty();
        assertThat(fresh.prompt().get().text()).isEqualTo(TestCoach.TEXTS.get("request.format", "name", "Ana Li"));
    }

    @Test
    void changingAnAnswerAfterAnEditDropsTheEditSoTheDraftMatchesTheAnswers() {
        answerUpToReview();
        send("edit");
        Reply back = send("My own words entirely, 15 minutes?");
        // back through review, edit, review and offer to the minutes question
        for (int i = 0; i < 6 && !back.prompt().get().text().equals(TestCoach.TEXTS.get("request.minutes")); i++) {
            back = send("back");
        }

        assertThat(back.prompt().get().text()).isEqualTo(TestCoach.TEXTS.get("request.minutes"));
        Reply review = send("30");
        review = send("yes");

        assertThat(review.prompt().get().text()).contains("30 minutes").doesNotContain("My own words");
    }

    @Test
    void anUnknownContactIsRefusedKindly() {
        Reply reply = draftFor("Zed Nobody");

        assertThat(reply.notes()).containsExactly(TestCoach.TEXTS.get("contact.not-found", "typed", "Zed Nobody"));
    }

    @Test
    void theQuickDraftAnswersWithADraftAndItsChecksInOneReply() {
        Reply reply = engine.handle(MAYA, new Input.Command("draft", Map.of("name", "Priya",
                "field", "application security", "format", "linkedin")));

        assertThat(reply.notes().get(0)).isEqualTo(TestCoach.TEXTS.get("draft.header", "name", "Priya",
                "format", TestCoach.TEXTS.get("request.format.linkedin")));
        assertThat(reply.notes().get(1)).startsWith("Hi Priya").contains("application security");
        assertThat(reply.notes().get(1).length()).isLessThanOrEqualTo(RequestDrafter.LINKEDIN_FREE_LIMIT);
        // The quick LinkedIn note does not yet say who the writer is (no-intro-or-goal, a warning) until the templates
        // introduce the writer; nothing else may be found.
        assertThat(reply.notes().get(2)).satisfiesAnyOf(
                checks -> assertThat(checks).startsWith("Checks: all clear"),
                checks -> assertThat(checks).contains("good to go").contains("no-intro-or-goal")
                        .hasLineCount(2));
        // The only question is the offer to save Priya, which the next command closes without a word.
        assertThat(reply.prompt()).get().isInstanceOf(Prompt.Confirm.class);
        Reply next = engine.handle(MAYA, Input.Command.of("contact list"));
        assertThat(next.prompt()).isEmpty();
        assertThat(next.text()).contains("Sam Park").doesNotContain("Priya");
        assertThat(engine.stored(MAYA).map(s -> s.inFlow()).orElse(false)).isFalse();
    }

    @Test
    void theQuickDraftNamesTheReferrerAndRefusesBadMinutes() {
        Reply referred = engine.handle(MAYA, new Input.Command("draft", Map.of("name", "Priya Raman",
                "referrer", "Sam Park", "minutes", "20")));
        Reply refused = engine.handle(MAYA, new Input.Command("draft", Map.of("name", "Priya", "minutes", "90")));

        assertThat(referred.notes().get(1)).contains("Subject: Sam Park suggested I get in touch", "20 minutes");
        assertThat(refused.notes()).containsExactly(TestCoach.TEXTS.get("draft.minutes", "typed", "90",
                "min", 10, "max", 30));
    }

    @Test
    void theQuickDraftRefusesAReferrerWhoIsThePersonItIsFor() {
        Reply reply = engine.handle(MAYA, new Input.Command("draft", Map.of("name", "Priya Raman",
                "referrer", "priya  RAMAN")));

        assertThat(reply.prompt()).isEmpty();
        assertThat(reply.notes()).containsExactly(TestCoach.TEXTS.get("draft.referrer-same", "name", "Priya Raman"));
    }

    @Test
    void aQuickPhoneScriptWithoutAProfileLeavesTheNameOutNoGapNoBrokenSentenceAndAsksForIt() {
        Reply reply = engine.handle(MAYA, new Input.Command("draft", Map.of("name", "José García",
                "format", "phone")));

        assertThat(reply.notes().get(1)).startsWith("Hi José.").doesNotContain(" .", "[", "my name is", "My name is");
        assertThat(reply.notes().get(3)).isEqualTo(TestCoach.TEXTS.get("draft.next.no-profile",
                "name", "José García"));
    }
}
