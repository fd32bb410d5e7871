package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fields of a form typed one by one in the console are kept with the flow, as the bot says they are: after
 * {@code /quit}, after the process is stopped halfway (Ctrl-C), and after the flow is set aside for another.
 */
final class ConsoleFormKeptTest {
    private static final String NAME_KEPT = "Name (required; press Enter to keep: Ana Li)";
    private static final String ROLE_KEPT = "Role (optional; press Enter to keep: UX researcher)";

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
    void fieldsTypedBeforeQuitAreOfferedAfterResumeInTheNextSession() {
        // GIVEN the name and role typed, WHEN the user quits at the organisation
        String first = coach.converse("/contact add", "Ana Li", "UX researcher", "/quit");
        assertThat(first).endsWith("it's saved, so /resume picks it up next time.\n");

        // THEN the next session's /resume offers both (Enter keeps the name)
        String second = coach.converse("/resume", "");
        assertThat(second).contains(NAME_KEPT).contains(ROLE_KEPT);
    }

    @Test
    void fieldsTypedBeforeTheProcessIsStoppedAreKept() {
        // GIVEN the name and role typed, WHEN the terminal goes away while the organisation is asked (Ctrl-C)
        Terminal dying = Terminal.scripted(new DyingReader("/contact add\nAna Li\nUX researcher\n"),
                new StringWriter(), new StringWriter());
        assertThatThrownBy(() -> new ConsoleSession(coach.coach(), InMemoryCoach.CONFIG, dying).run())
                .isInstanceOf(IOException.class);

        // THEN the next session's /resume offers both (Enter keeps the name)
        assertThat(coach.converse("/resume", "")).contains(NAME_KEPT).contains(ROLE_KEPT);
    }

    @Test
    void fieldsTypedBeforeTheFlowIsSetAsideComeBackWithIt() {
        // GIVEN the name and role typed, WHEN the flow is set aside for /questions check, which is then cancelled
        String transcript = coach.converse("/contact add", "Ana Li", "UX researcher", "/questions check", "2",
                "cancel", "/resume", "");

        // THEN /resume brings the form back with both (Enter keeps the name)
        assertThat(transcript).contains("I've set adding a contact aside with your answers");
        assertThat(transcript.substring(transcript.lastIndexOf("> /resume"))).contains(NAME_KEPT).contains(ROLE_KEPT);
    }

    @Test
    void fieldsTypedForAFlowSetAsideAreNotOfferedInTheNewOne() {
        // WHEN a contact add is set aside halfway through its form for another contact add
        String transcript = coach.converse("/contact add", "Ana Li", "/contact add", "2");

        // THEN the new form starts empty
        assertThat(transcript.substring(transcript.lastIndexOf("> 2"))).contains("Name (required; for example:")
                .doesNotContain("press Enter to keep");
    }

    /** Input that fails once its text is read, as a terminal does when the process is stopped. */
    private static final class DyingReader extends Reader {
        private final StringReader text;

        DyingReader(String text) {
            this.text = new StringReader(text);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = text.read(buffer, offset, length);
            if (read < 0) {
                throw new IOException("the terminal went away");
            }
            return read;
        }

        @Override
        public void close() {
            text.close();
        }
    }
}
