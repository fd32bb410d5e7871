package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A list pasted into the console without fences, where a paragraph or a list is asked: the lines that came with the
 * paste and read as a list (numbered, bulleted or questions) are one answer, never commands of their own.
 */
final class ConsolePasteTest {
    private static final String[] SIX = {
        "1. How did you move from teaching into UX research?",
        "2. What does a typical week look like for you?",
        "3. Which skills from the classroom carried over best?",
        "4. What surprised you most in your first year?",
        "5. Which research methods do you use most?",
        "6. Who else would you suggest I talk to?"};

    private final InMemoryCoach coach = InMemoryCoach.open();

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void sixPastedQuestionsAreAllCheckedAsOneList() {
        String[] lines = new String[SIX.length + 1];
        lines[0] = "/questions check";
        System.arraycopy(SIX, 0, lines, 1, SIX.length);

        String transcript = coach.converse(lines);

        assertThat(transcript).contains(InMemoryCoach.TEXTS.get("questions.check.header", "count", 6,
                "minutes", 15, "list", String.join("\n", SIX)));
        assertThat(transcript).doesNotContain(InMemoryCoach.TEXTS.get("engine.nothing-open"))
                .doesNotContain(InMemoryCoach.TEXTS.get("engine.choice-invalid", "options", "").substring(0, 10));
    }

    @Test
    void aListPastedAtAddYourOwnAddsEveryQuestionAndTheNextAnswerStillAnswersTheMenu() {
        String transcript = coach.converse("/contact add", "Ana Li", "UX Researcher", "Acme Health",
                "She moved from teaching into UX research", "warm", "colleague", "ana@example.com", "yes",
                "/questions prepare contact: Ana Li", "skip", "own",
                "- How did you move from teaching into UX research?",
                "- What does a typical week look like for you?",
                "- Which skills from the classroom carried over best?",
                "check");

        assertThat(transcript).contains("1. How did you move from teaching into UX research?",
                "2. What does a typical week look like for you?",
                "3. Which skills from the classroom carried over best?");
        assertThat(transcript).contains(InMemoryCoach.TEXTS.get("questions.added.many", "count", 3,
                "from", 1, "to", 3));
        assertThat(transcript).doesNotContain(InMemoryCoach.TEXTS.get("engine.nothing-open"));
    }
}
