package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shapes real input comes in: files saved on Windows (a byte-order mark, {@code \r\n} line endings), scripts
 * without a final line break, tabs, and answers of several lines between {@code """} fences.
 */
final class ConsoleInputTest {
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
    void aByteOrderMarkAtTheStartOfPipedInputIsNotPartOfTheFirstCommand() {
        // GIVEN a script saved by an editor that writes a UTF-8 byte-order mark
        String transcript = coach.converseInput("\uFEFF/contact list\n");

        // THEN its first line is read as the command it is, and the echo shows it without the mark
        assertThat(transcript)
                .contains("\n> /contact list\n\nYou haven't added anyone yet.")
                .doesNotContain("\uFEFF")
                .doesNotContain("There's nothing in progress");
    }

    @Test
    void aByteOrderMarkWhereTwoScriptsWereJoinedIsDroppedToo() {
        // GIVEN two such scripts joined with cat: the second mark starts a later line
        String transcript = coach.converseInput("\uFEFF/draft name: Priya\n\uFEFF/contact list\n");

        // THEN both lines are read as commands
        assertThat(transcript).contains(header("email", "Priya")).contains("You haven't added anyone yet.")
                .doesNotContain("\uFEFF");
    }

    @Test
    void aQuotedNameInAQuickDraftIsUsedWithoutItsQuotes() {
        String transcript = coach.converse("/draft name: \"Priya Raman\" format: linkedin");

        String reply = transcript.substring(transcript.indexOf("format: linkedin\n"));
        assertThat(reply).contains(header("linkedin", "Priya Raman")).contains("Hi Priya,")
                .doesNotContain("\"Priya");
    }

    @Test
    void readsAScriptWithWindowsLineEndings() {
        String transcript = coach.converseInput(
                "/contact add\r\nAna Li\r\n\r\n\r\n\r\n1\r\n1\r\n\r\nyes\r\n/contact list\r\n");

        assertThat(transcript).contains("Saved Ana Li.").contains("1. Ana Li").doesNotContain("\r");
    }

    @Test
    void readsTheLastLineOfAScriptWithoutAFinalLineBreak() {
        String transcript = coach.converseInput("/contact list");

        assertThat(transcript).contains("> /contact list\n\nYou haven't added anyone yet.").endsWith("Bye for now!\n");
    }

    @Test
    void aBlockNotClosedBeforeTheEndOfInputIsStillSentWhole() {
        String transcript = coach.converse("/questions check", "\"\"\"", "How did you move into UX research?",
                "What do you earn?");

        assertThat(transcript).contains("1. How did you move into UX research?\n2. What do you earn?")
                .endsWith("Bye for now!\n");
    }

    @Test
    void aNameThatLooksLikeAMentionIsKeptAsTyped() {
        String transcript = coach.converse("/contact add", "@everyone", "", "", "", "1", "1", "", "yes",
                "/contact list");

        assertThat(transcript).contains("Saved @everyone.").contains("1. @everyone");
    }

    /** The heading of a quick draft in this format for this person. */
    private static String header(String format, String name) {
        return InMemoryCoach.TEXTS.get("draft.header", "name", name,
                "format", InMemoryCoach.TEXTS.get("request.format." + format));
    }
}
