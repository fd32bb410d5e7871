package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.testing.TestCoach;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ClosingQuestions}: the closers a list lacks, worded for the contact, with the shipped checks and phrases
 * and a small bank whose closing questions name the contact.
 */
final class ClosingQuestionsTest {
    private static final QuestionBank BANK = QuestionBank.parse("test bank", """
            == path | Their path
            insights | How did you get started in ${field}?
            == closing | Wrapping up
            referral | Who else would you suggest I talk to, ${name}?
            resources, referral | Is there anyone else at ${organisation} I should meet?
            stay-in-touch | May I keep you posted on how it goes, ${name}?
            stay-in-touch | What is the best way to follow up with you?
            """);
    private static final Placeholders ANA = Placeholders.of("Ana Li", "", "Acme Health", TestCoach.TEXTS);
    private static final QuestionChecker CHECKER = new QuestionChecker(CheckRules.load(Optional.empty()),
            TestCoach.TEXTS);
    private static final ClosingQuestions CLOSERS = new ClosingQuestions(BANK, () -> CHECKER, new BankMatches(BANK),
            TestCoach.TEXTS);

    @Test
    void aListWithoutEitherGetsTheBanksFirstOfEachWordedForTheContact() {
        MissingClosers missing = CLOSERS.missing(List.of("How did you get started in research?"), 15, ANA);

        assertThat(missing).isEqualTo(new MissingClosers(
                Optional.of("Who else would you suggest I talk to, Ana?"),
                Optional.of("May I keep you posted on how it goes, Ana?")));
    }

    @Test
    void aReferralQuestionInTheUsersOwnWordsCountsAsTheChecksFindIt() {
        MissingClosers missing = CLOSERS.missing(List.of("How did you get started?",
                "Who else do you think I should talk to?"), 15, ANA);

        assertThat(missing.referral()).isEmpty();
        assertThat(missing.stayInTouch()).isPresent();
    }

    @Test
    void aStayInTouchPhraseInAnyQuestionCountsWhateverItsCase() {
        MissingClosers missing = CLOSERS.missing(List.of("How did you get started?",
                "Would it be all right to STAY IN CONTACT after today?"), 15, ANA);

        assertThat(missing.stayInTouch()).isEmpty();
        assertThat(missing.referral()).isPresent();
    }

    @Test
    void aStayInTouchQuestionOfTheBankCountsEvenWithoutAPhrase() {
        MissingClosers missing = CLOSERS.missing(List.of("What is the best way to follow up with you?"), 15, ANA);

        assertThat(missing.stayInTouch()).isEmpty();
    }

    @Test
    void aListWithBothLacksNothing() {
        MissingClosers missing = CLOSERS.missing(List.of("How did you get started?",
                "Who else would you suggest I talk to, Ana?", "May I keep you posted on how it goes, Ana?"), 15, ANA);

        assertThat(missing.questions()).isEmpty();
    }
}
