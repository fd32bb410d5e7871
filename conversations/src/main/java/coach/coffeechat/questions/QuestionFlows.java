package coach.coffeechat.questions;

import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.ContactHandOff;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Minutes;
import java.util.List;
import java.util.function.Supplier;

/**
 * The question flows and the answers their commands set. {@code questions-prepare} ({@link QuestionPrepareFlow})
 * builds and saves the list for one contact; {@code questions-check} ({@link QuestionCheckFlow}) checks a pasted
 * list. The list being built lives in one answer, a question per line, so {@code back} and a restart keep it.
 */
final class QuestionFlows {
    static final String PREPARE = "questions-prepare";
    static final String CHECK = "questions-check";

    /** Answer keys set by the commands (with the {@link ContactHandOff}). */
    static final String CONTACT_NAME = "contact-name";
    static final String CONTACT_ORGANISATION = "contact-organisation";
    static final String CONTACT_ROLE = "contact-role";
    static final String LIST = "list";
    static final String MINUTES = "minutes";
    /** The server the command was typed in, empty for none: its coach's questions are offered first. */
    static final String SERVER = "server";

    /** The minutes a question list may be for, from the flow and from {@code /questions check}. */
    static final Minutes.Range MINUTES_RANGE = new Minutes.Range(5, 60, 15);

    private final QuestionPrepareFlow prepare;
    private final QuestionCheckFlow check;

    QuestionFlows(Texts texts, ContactBook contacts, QuestionListRepository lists, QuestionBank bank,
                  ServerBank serverBank, Supplier<QuestionChecker> checker) {
        BankMatches matches = new BankMatches(bank);
        QuestionReport report = new QuestionReport(checker, texts);
        QuestionListView view = new QuestionListView(texts, matches);
        this.prepare = new QuestionPrepareFlow(texts, lists, new ContactHandOff.Receiver(contacts, texts), report,
                new ClosingQuestions(bank, checker, matches, texts), view,
                new QuestionEditSteps(texts, serverBank, matches, view));
        this.check = new QuestionCheckFlow(texts, report);
    }

    List<Flow> all() {
        return List.of(prepare.flow(), check.flow());
    }
}
