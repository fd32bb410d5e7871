package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.testing.TestCoach;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BankMatches} and {@link TiaraCoverage}: which bank questions a list holds and what they cover. */
final class BankMatchesTest {
    private static final QuestionBank BANK = QuestionBank.parse("test bank", """
            == path | Their path
            insights | How did you get started in ${field}?
            trends, advice | Where is the field heading?
            == closing | Wrapping up
            referral | Who else should I talk to?
            stay-in-touch | How should I stay in touch?
            """);
    private static final BankMatches MATCHES = new BankMatches(BANK);
    private static final Placeholders RESEARCH = Placeholders.of("Ana Li", "", "user research", TestCoach.TEXTS);

    @Test
    void aBankQuestionOnTheListIsFoundWhateverItsCaseSpacingOrPunctuation() {
        assertThat(MATCHES.on(List.of("where is the  FIELD heading", "What do you read?"), RESEARCH))
                .extracting(BankQuestion::id).containsExactly("path-2");
    }

    @Test
    void aBankQuestionWithPlaceholdersIsFoundAsFilledForTheContact() {
        assertThat(MATCHES.on(List.of("How did you get started in user research?"), RESEARCH))
                .extracting(BankQuestion::id).containsExactly("path-1");
        assertThat(MATCHES.on(List.of("How did you get started in ${field}?"), RESEARCH)).isEmpty();
    }

    @Test
    void theTiaraLettersCoveredAreThoseOfTheBankQuestionsOnTheListAndTheRestAreMissing() {
        TiaraCoverage coverage = TiaraCoverage.of(MATCHES.on(List.of("Where is the field heading?",
                "Who else should I talk to?"), RESEARCH));

        assertThat(coverage.covered()).containsExactlyInAnyOrder(Tag.TRENDS, Tag.ADVICE);
        assertThat(coverage.missing()).containsExactly(Tag.INSIGHTS, Tag.RESOURCES, Tag.ASSIGNMENTS);
    }

    @Test
    void aListWithoutBankQuestionsCoversNoTiaraLetter() {
        TiaraCoverage coverage = TiaraCoverage.of(List.of());

        assertThat(coverage.covered()).isEmpty();
        assertThat(coverage.missing()).isEqualTo(EnumSet.of(Tag.TRENDS, Tag.INSIGHTS, Tag.ADVICE, Tag.RESOURCES,
                Tag.ASSIGNMENTS));
    }

    @Test
    void closingTagsAreNoTiaraLetters() {
        assertThat(new TiaraCoverage(EnumSet.of(Tag.REFERRAL, Tag.STAY_IN_TOUCH, Tag.INSIGHTS)).covered())
                .containsExactly(Tag.INSIGHTS);
    }
}
