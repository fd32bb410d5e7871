package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.COACH_ROLE;
import static coach.coffeechat.coach.CoachBench.OTHER_SERVER;
import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server's own questions: a coach (the coach role or Manage Server) adds them, each checked like the bank's own
 * before it is saved and shown back; members who prepare questions in that server see them first, members
 * elsewhere (another server, a DM) never do; a coach lists and removes them.
 */
final class CoachMaterialTest {
    static final UserId DANA = new UserId("dana");
    static final UserId MAYA = new UserId("maya");
    static final String QUESTION = "What did your first month in ${organisation} teach you about the work?";
    private final CoachBench bench = new CoachBench();

    @BeforeEach
    void setUp() {
        bench.setUp(SERVER);
        bench.setUp(OTHER_SERVER);
        bench.contactThrough(MAYA, "Ana Li");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    static Place coach(String server) {
        return in(server, "Dana", false, COACH_ROLE);
    }

    private Reply questions(Place place, String... namesAndValues) {
        return bench.command(DANA, place, "coach questions", namesAndValues);
    }

    /** The topics a member is offered in /questions prepare, typed in {@code place}. */
    private Prompt.Choice topicsFor(Place place) {
        bench.handle(MAYA, new Input.Command("questions prepare", Map.of("contact", "Ana Li")).in(place));
        bench.handle(MAYA, new Input.Answer(""));
        Reply topics = bench.handle(MAYA, new Input.Answer("topic"));
        return (Prompt.Choice) topics.prompt().orElseThrow();
    }

    @Test
    void aCoachAddsAQuestionThatIsShownBackAndOfferedFirstToMembersOfThatServerOnly() {
        Reply added = questions(coach(SERVER), "action", "add", "question", QUESTION, "tags", "insights, advice");

        assertThat(added.notes()).containsExactly(
                text("coach.questions.added", "server", "Cohort A", "question", QUESTION, "tags", "insights, advice"),
                text("coach.questions.list", "server", "Cohort A", "count", 1, "lines",
                        text("coach.questions.line", "number", 1, "question", QUESTION, "tags", "insights, advice")));
        Prompt.Choice here = topicsFor(in(SERVER, "Maya", false));
        assertThat(here.options().get(0).label()).isEqualTo(text("questions.topic.coach"));
        Reply questionsHere = bench.handle(MAYA, new Input.Answer("coach"));
        assertThat(questionsHere.prompt().orElseThrow().text()).isNotEmpty();
        assertThat(((Prompt.Choice) questionsHere.prompt().orElseThrow()).options().get(0).label())
                .contains("What did your first month in");
        Reply picked = bench.handle(MAYA, new Input.Answer(((Prompt.Choice) questionsHere.prompt().orElseThrow())
                .options().get(0).id()));
        assertThat(picked.text()).contains("What did your first month in");

        bench.handle(MAYA, new Input.Answer("cancel"));
        assertThat(topicsFor(in(OTHER_SERVER, "Maya", false)).options())
                .noneMatch(option -> option.id().equals("coach"));
        bench.handle(MAYA, new Input.Answer("cancel"));
        assertThat(topicsFor(Place.NONE).options()).noneMatch(option -> option.id().equals("coach"));
    }

    @Test
    void aQuestionTheChecksWouldFlagABadPlaceholderOrABankDuplicateIsRefusedAndNothingIsSaved() {
        Reply pay = questions(coach(SERVER), "action", "add", "question", "What is your salary?");
        Reply placeholder = questions(coach(SERVER), "action", "add", "question", "How did ${team} start?");
        Reply tag = questions(coach(SERVER), "action", "add", "question", "How did you start?", "tags", "gossip");

        assertThat(pay.notes().get(0)).startsWith(text("coach.questions.checks-found"));
        assertThat(pay.notes()).last().isEqualTo(text("coach.questions.not-added"));
        assertThat(placeholder.notes()).containsExactly(text("coach.questions.unknown-placeholder",
                "placeholder", "${team}"), text("coach.questions.not-added"));
        assertThat(tag.notes().get(0)).startsWith("\"gossip\" isn't a tag I know.");
        assertThat(questions(coach(SERVER)).text()).isEqualTo(text("coach.questions.none", "server", "Cohort A"));
    }

    @Test
    void onlyCoachesChangeTheQuestionsAndACoachRemovesOneByItsNumber() {
        Reply member = bench.command(MAYA, in(SERVER, "Maya", false), "coach questions", "action", "add",
                "question", QUESTION);
        assertThat(member.text()).isEqualTo(text("coach.material.not-coach"));
        Reply manager = questions(in(SERVER, "Dana", true), "action", "add", "question", QUESTION);
        assertThat(manager.notes().get(0)).startsWith("Added to the questions of Cohort A");

        Reply wrong = questions(coach(SERVER), "action", "remove", "number", "2");
        Reply removed = questions(coach(SERVER), "action", "remove", "number", "1");

        assertThat(wrong.text()).isEqualTo(text("coach.questions.number-unknown", "typed", "2", "count", 1));
        assertThat(removed.notes()).containsExactly(text("coach.questions.removed", "question", QUESTION),
                text("coach.questions.none", "server", "Cohort A"));
    }

    @Test
    void theMaterialBelongsToTheServerAndStaysWhenTheCoachWhoWroteItIsForgotten() {
        Place manager = in(SERVER, "Dana", true);
        questions(manager, "action", "add", "question", QUESTION);
        bench.handle(DANA, new Input.Command("privacy forget", Map.of()));
        bench.handle(DANA, new Input.Answer("yes"));

        List<String> userColumns = bench.database.inTransaction(c -> Sql.list(c, "SELECT column_name FROM"
                + " information_schema.columns WHERE LOWER(table_name) IN ('coach_questions', 'coach_templates')"
                + " AND LOWER(column_name) IN ('user_id', 'owner_id')", s -> { }, row -> row.getString(1)));
        assertThat(userColumns).as("no user is named in a server's material").isEmpty();
        assertThat(questions(manager).text()).contains(QUESTION);
    }
}
