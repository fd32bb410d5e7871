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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server's own request templates and follow-up drafts: a coach edits one in a text box holding the current text;
 * it is checked before it is saved (only known placeholders; a request template's drafts pass the request checks)
 * and shown back; members who draft in that server get it, members elsewhere (another server, a DM) the shipped one;
 * show and reset.
 */
final class CoachTemplateTest {
    private static final UserId DANA = new UserId("dana");
    private static final UserId MAYA = new UserId("maya");
    /** The shipped cold email with one sentence of the cohort's own. */
    static final String OWN_COLD = """
            Subject: ${minutes} minutes to learn about ${topic}?

            Hi ${first},

            ${me} ${why} ${connection}

            ${summary} I'm trying to understand ${learn}, and our cohort taught me to ask the people who do the work.\
             Would you have ${minutes} minutes for a conversation in the coming weeks? ${purpose} ${place}

            ${offer}

            Thank you,
            ${sender}""";
    private final CoachBench bench = new CoachBench();

    @BeforeEach
    void setUp() {
        bench.setUp(SERVER);
        bench.setUp(OTHER_SERVER);
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private Reply template(String name, String... more) {
        String[] options = new String[more.length + 2];
        options[0] = "name";
        options[1] = name;
        System.arraycopy(more, 0, options, 2, more.length);
        return bench.command(DANA, in(SERVER, "Dana", false, COACH_ROLE), "coach template", options);
    }

    /** Edits a template as the coach: the text box, then the text. */
    private Reply edit(String name, String text) {
        Reply box = template(name);
        assertThat(box.prompt()).containsInstanceOf(Prompt.Text.class);
        return bench.handle(DANA, new Input.Answer(text));
    }

    private String quickDraft(Place place) {
        return bench.command(MAYA, place, "draft", "name", "Ana Li", "field", "UX research").text();
    }

    @Test
    void theBoxHoldsTheShippedTextAndASavedTemplateIsShownBackAndUsedInThatServerOnly() {
        Reply box = template("email-cold");
        assertThat(((Prompt.Text) box.prompt().orElseThrow()).defaultValue()).contains("Subject: ${minutes} minutes");

        Reply saved = bench.handle(DANA, new Input.Answer(OWN_COLD));

        assertThat(saved.text()).startsWith("Saved for Cohort A").contains("our cohort taught me");
        assertThat(quickDraft(in(SERVER, "Maya", false))).contains("our cohort taught me to ask");
        assertThat(quickDraft(in(OTHER_SERVER, "Maya", false))).doesNotContain("our cohort taught me");
        assertThat(quickDraft(Place.NONE)).doesNotContain("our cohort taught me");
        assertThat(template("email-cold", "action", "show").text())
                .startsWith("email-cold, as Cohort A's coach wrote it").contains("our cohort taught me");
    }

    @Test
    void anUnknownPlaceholderOrADraftTheChecksFlagIsRefusedAndTheShippedTemplateStays() {
        Reply unknown = edit("email-cold", OWN_COLD.replace("${learn}", "${goal}"));
        assertThat(unknown.text()).contains("I can't fill in ${goal}.", text("coach.template.not-saved"));
        bench.handle(DANA, new Input.Answer("cancel"));

        Reply flagged = edit("email-cold", "Subject: Hello\n\nHi ${first}, can you get me a job at your company?"
                + "\n\n${sender}");
        assertThat(flagged.text()).contains("doesn't pass the request checks", text("coach.template.not-saved"));
        bench.handle(DANA, new Input.Answer("cancel"));

        assertThat(template("email-cold", "action", "show").text()).startsWith("email-cold, as shipped");
    }

    @Test
    void aResetGoesBackToTheShippedTemplate() {
        edit("email-cold", OWN_COLD);

        assertThat(template("email-cold", "action", "reset").text())
                .isEqualTo(text("coach.template.reset", "name", "email-cold", "server", "Cohort A"));
        assertThat(template("email-cold", "action", "reset").text())
                .isEqualTo(text("coach.template.was-shipped", "name", "email-cold", "server", "Cohort A"));
        assertThat(quickDraft(in(SERVER, "Maya", false))).doesNotContain("our cohort taught me");
    }

    @Test
    void onlyCoachesChangeTemplatesAndAnUnknownNameIsNamedKindly() {
        Reply member = bench.command(MAYA, in(SERVER, "Maya", false), "coach template", "name", "email-cold");
        Reply unknown = template("email-lukewarm");

        assertThat(member.text()).isEqualTo(text("coach.material.not-coach"));
        assertThat(unknown.text()).startsWith("\"email-lukewarm\" isn't a template I know.")
                .contains("email-cold", "followup-reminder");
    }

    @Test
    void aFollowUpDraftKeepsToItsPlaceholders() {
        Reply refused = edit("followup-reminder", "Hi ${first}, about ${met}: ${sender}");
        assertThat(refused.text()).contains("I can't fill in ${met}.");
        bench.handle(DANA, new Input.Answer("cancel"));

        Reply saved = edit("followup-reminder", "Hi ${first},\n\nA short nudge from our cohort. ${referrer}\n\n"
                + "${sender}");
        assertThat(saved.text()).startsWith("Saved for Cohort A").contains("A short nudge from our cohort.");
    }
}
