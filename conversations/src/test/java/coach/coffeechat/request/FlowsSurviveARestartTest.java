package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request and question flows on the whole product and an H2 file database, with the bot restarted (a new
 * {@link Coach} on a reopened database) in the middle: the user carries on exactly where they were, with what they
 * typed, and what the flow saves at the end is the same as without the restart.
 */
final class FlowsSurviveARestartTest {
    private static final UserId MAYA = new UserId("maya");
    private static final String SUMMARY = "I teach chemistry and I'm moving into UX research.";

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.atMondayMorning();

    /** Runs a part of the session on a freshly started bot, and shuts it down after. */
    private <T> T onABotStartedAfresh(Function<Coach, T> session) {
        try (Database database = TestDatabases.file(dataDir)) {
            return session.apply(TestCoach.on(database.dataSource(), clock));
        }
    }

    private static Reply send(Coach coach, String text) {
        return coach.conversations().handle(MAYA, new Input.Answer(text));
    }

    private Contact ana() {
        try (Database database = TestDatabases.file(dataDir)) {
            return database.inTransaction(c -> TestCoach.contacts().list(c, MAYA)).stream()
                    .filter(contact -> contact.name().equals("Ana Li")).findFirst().orElseThrow();
        }
    }

    @Test
    void aRequestDraftStartedBeforeARestartIsFinishedAfterItWithEveryAnswerKept() {
        onABotStartedAfresh(coach -> {
            TestCoach.addContact(coach, MAYA, Map.of("name", "Ana Li", "organisation", "Acme"));
            coach.conversations().handle(MAYA, new Input.Command("request draft", Map.of("contact", "Ana Li")));
            send(coach, "email");
            coach.conversations().handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary", SUMMARY)));
            return send(coach, "how people move from teaching into UX research");
        });

        Reply review = onABotStartedAfresh(coach -> {
            Reply minutes = send(coach, "20");
            assertThat(minutes.prompt().get()).isInstanceOf(Prompt.Confirm.class);
            return send(coach, "yes");
        });

        assertThat(review.prompt().get().text()).contains("Hi Ana,", SUMMARY,
                "how people move from teaching into UX research", "20 minutes", "Maya Ortiz");
        Reply sent = onABotStartedAfresh(coach -> send(coach, "sent"));
        assertThat(sent.notes().get(0)).isEqualTo(TestCoach.TEXTS.get("request.sent", "name", "Ana Li",
                "date", "2 Mar 2026"));
        assertThat(ana().stage()).isEqualTo(Stage.REQUEST_SENT);
    }

    @Test
    void aDraftKeptBeforeARestartIsOfferedAfterIt() {
        onABotStartedAfresh(coach -> {
            TestCoach.addContact(coach, MAYA, Map.of("name", "Ana Li", "organisation", "Acme"));
            coach.conversations().handle(MAYA, new Input.Command("request draft", Map.of("contact", "Ana Li")));
            send(coach, "phone");
            coach.conversations().handle(MAYA, new Input.Form(Map.of("sender", "Maya Ortiz", "summary", SUMMARY)));
            send(coach, "how people move from teaching into UX research");
            send(coach, "15");
            send(coach, "no");
            send(coach, "edit");
            send(coach, "Hi Ana, it's Maya. Could we talk for 15 minutes about your move into research?");
            return send(coach, "later");
        });

        Reply again = onABotStartedAfresh(coach -> coach.conversations().handle(MAYA,
                new Input.Command("request draft", Map.of("contact", "Ana Li"))));

        assertThat(again.prompt().get().text()).contains("Could we talk for 15 minutes about your move");
        assertThat(ana().stage()).isEqualTo(Stage.REQUEST_DRAFTED);
    }

    @Test
    void aQuestionListBuiltBeforeARestartKeepsItsQuestionsFindingsAndClosingOffer() {
        onABotStartedAfresh(coach -> {
            TestCoach.addContact(coach, MAYA, Map.of("name", "Ana Li", "organisation", "Acme"));
            coach.conversations().handle(MAYA, new Input.Command("questions prepare", Map.of("contact", "Ana Li")));
            send(coach, "20");
            send(coach, "own");
            send(coach, "What made you move from teaching into research?");
            send(coach, "own");
            return send(coach, "What is the salary range for juniors at Acme?");
        });

        Reply checked = onABotStartedAfresh(coach -> send(coach, "check"));

        assertThat(checked.notes()).singleElement().asString().contains("salary");
        assertThat(checked.prompt().get().text()).contains("(20 minutes)",
                "1. What made you move from teaching into research?",
                "2. What is the salary range for juniors at Acme?");
        Reply closing = onABotStartedAfresh(coach -> send(coach, "finish"));
        assertThat(closing.prompt().get().text()).contains("Who else do you think I should talk to?");
        Reply saved = onABotStartedAfresh(coach -> send(coach, "add"));
        assertThat(saved.notes().get(0)).startsWith(TestCoach.TEXTS.get("questions.saved", "count", 4,
                "name", "Ana Li", "list", "").strip());
        try (Database database = TestDatabases.file(dataDir)) {
            List<String> stored = database.inTransaction(c -> Sql.one(c, "SELECT questions FROM question_lists",
                    s -> { }, row -> List.of(row.getString(1).split("\n")))).orElseThrow();
            assertThat(stored).hasSize(4).startsWith("What made you move from teaching into research?")
                    .contains("Who else do you think I should talk to?");
        }
    }
}
