package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input far longer than any answer (a runaway pipe, a file pasted by mistake) is refused with a kind message before
 * it is held in memory, and nothing already typed is lost.
 */
final class ConsoleLongInputTest {
    private static final long HUGE = 20_000_000;

    private InMemoryCoach coach;

    @BeforeEach
    void openCoach() {
        coach = InMemoryCoach.open();
    }

    @AfterEach
    void closeCoach() {
        coach.close();
    }

    @Test
    void aHugeLineIsRefusedWithAKindMessageAndTheQuestionStaysOpen() throws IOException {
        // GIVEN a contact being added, at the question about how to reach them
        coach.converse("/contact add", "Ana Li", "", "", "", "warm", "friend");

        // WHEN a line of twenty million characters comes, then a usable answer
        String transcript = converse(new EndlessLine("/resume\n", HUGE, "\nana@example.com\nyes\n"));

        // THEN the console refuses the line saying what it takes, and the flow goes on from the same question
        assertThat(transcript).contains(tooLong()).doesNotContain("xxxxxxxxxx")
                .doesNotContain(InMemoryCoach.TEXTS.get("engine.error"))
                .contains("Saved Ana Li.");
    }

    @Test
    void aHugeBlockIsRefusedUpToItsClosingFenceAndTheFieldsTypedBeforeAreKept() throws IOException {
        // GIVEN the contact form with the name, role and organisation typed, and the "why" field opened as a block
        String start = String.join("\n", "/contact add", "Ana Li", "UX researcher", "Acme", "\"\"\"", "");

        // WHEN the block holds twenty million characters, then the user types a short reason
        String transcript = converse(new EndlessLine(start, HUGE,
                "\n\"\"\"\nShe moved from teaching\n1\n1\n\nyes\n/contact show contact: Ana Li\n"));

        // THEN the block is refused with the message, the field is asked again, and the rest is kept
        assertThat(transcript).contains(tooLong()).doesNotContain("xxxxxxxxxx").contains("Saved Ana Li.")
                .contains("UX researcher at Acme").contains("She moved from teaching");
    }

    private static String tooLong() {
        return InMemoryCoach.TEXTS.get("console.too-long", "limit", "100,000", "max", "4,000");
    }

    private String converse(EndlessLine input) throws IOException {
        StringWriter out = new StringWriter();
        new ConsoleSession(coach.coach(), InMemoryCoach.CONFIG, Terminal.scripted(input, out, new StringWriter()))
                .run();
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
