package coach.coffeechat.questions;

import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Works out which closing questions a list lacks: the bank's first referral question when the checks find no
 * "who else should I talk to?" (so the flow and {@code /questions check} never disagree), and its first
 * stay-in-touch question when no question asks that, by a phrase from {@code questions.stay-in-touch.phrases}
 * or by being a stay-in-touch question of the bank. Thread-safe after construction.
 */
final class ClosingQuestions {
    private static final String REFERRAL_RULE = "missing-referral-question";

    private final QuestionBank bank;
    private final Supplier<QuestionChecker> checker;
    private final BankMatches matches;
    private final List<String> stayInTouchPhrases = new ArrayList<>();

    ClosingQuestions(QuestionBank bank, Supplier<QuestionChecker> checker, BankMatches matches, Texts texts) {
        this.bank = bank;
        this.checker = checker;
        this.matches = matches;
        for (String phrase : texts.get("questions.stay-in-touch.phrases").split(",")) {
            if (!phrase.isBlank()) {
                stayInTouchPhrases.add(phrase.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The closing questions the list lacks, worded for the contact, for a meeting of {@code minutes}. */
    MissingClosers missing(List<String> list, int minutes, Placeholders fill) {
        boolean referral = checker.get().check(list, minutes).has(REFERRAL_RULE);
        return new MissingClosers(
                referral ? Optional.of(fill.fill(bank.tagged(Tag.REFERRAL).get(0).text())) : Optional.empty(),
                asksToStayInTouch(list, fill) ? Optional.empty()
                        : Optional.of(fill.fill(bank.tagged(Tag.STAY_IN_TOUCH).get(0).text())));
    }

    private boolean asksToStayInTouch(List<String> list, Placeholders fill) {
        for (String question : list) {
            String lower = question.toLowerCase(Locale.ROOT);
            if (stayInTouchPhrases.stream().anyMatch(lower::contains)) {
                return true;
            }
        }
        return matches.on(list, fill).stream().anyMatch(question -> question.has(Tag.STAY_IN_TOUCH));
    }
}
