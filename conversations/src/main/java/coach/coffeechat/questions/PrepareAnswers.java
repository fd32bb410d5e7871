package coach.coffeechat.questions;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Minutes;
import coach.coffeechat.engine.Next;
import coach.coffeechat.engine.StepContext;

/**
 * The answers of {@code questions-prepare}, read: the contact's name, role and organisation the command set, the minutes,
 * the list being built, and what the last step did (a transient answer, {@link #DID}, for the note on the way back
 * to the menu).
 */
final class PrepareAnswers {
    /** What the last step did to the list, said when the menu shows again. */
    static final String DID = "did";

    private PrepareAnswers() {
    }

    /** The list being built. */
    static QuestionDraft list(StepContext context) {
        return QuestionDraft.fromAnswer(context.answer(QuestionFlows.LIST));
    }

    /** The minutes answered, or loaded with a saved list; the default until then. */
    static int minutes(StepContext context) {
        return Minutes.stored(context.answer(QuestionFlows.MINUTES), QuestionFlows.MINUTES_RANGE).count();
    }

    /** The contact's name. */
    static String name(StepContext context) {
        return context.answer(QuestionFlows.CONTACT_NAME);
    }

    /** What the bank's placeholders become for the contact. */
    static Placeholders placeholders(StepContext context, Texts texts) {
        return Placeholders.of(name(context), context.answer(QuestionFlows.CONTACT_ROLE),
                context.answer(QuestionFlows.CONTACT_ORGANISATION), texts);
    }

    /** Back to the menu, saying what the step just did. */
    static Next toMenu(StepContext context) {
        String did = context.answer(DID);
        return did.isEmpty() ? Next.goTo("menu") : Next.goTo("menu", did);
    }
}
