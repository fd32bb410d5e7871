package coach.coffeechat.contact;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link ContactAnswers}: the contact the add flows were told about, and who referred the user to it. */
final class ContactAnswersTest {
    private static final UserId MAYA = new UserId("maya");

    private static ContactAnswers answers(String... keysAndValues) {
        Map<String, String> answers = new HashMap<>(Map.of("name", "Ana Li", "role", "UX Researcher",
                "organisation", "Acme Health", "why", "She moved from teaching", "reach", "ana@example.com"));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            answers.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new ContactAnswers(answers);
    }

    @Test
    void unansweredChoicesAreColdAndOther() {
        ContactAnswers answers = answers();

        assertThat(answers.warmth()).isEqualTo(Warmth.COLD);
        assertThat(answers.source()).isEqualTo(Source.OTHER);
    }

    @Test
    void aReferrerMatchedOrPickedAmongTheContactsIsLinkedByIdAndName() {
        ContactAnswers answers = answers("warmth", "lukewarm", "source", "referral", "referrer", "Sam Park",
                "referrer-id", "7");

        assertThat(answers.referrerId()).isEqualTo(OptionalLong.of(7));
        assertThat(answers.referrerName()).isEqualTo("Sam Park");
    }

    @Test
    void aReferrerJustAddedInTheSubFlowIsLinkedAsItWasSaved() {
        ContactAnswers answers = answers("warmth", "lukewarm", "referrer", "sam park", "referrer-id", "",
                "referrer-new", "add", "saved-contact-id", "9", "saved-contact-name", "Sam Park");

        assertThat(answers.referrerId()).isEqualTo(OptionalLong.of(9));
        assertThat(answers.referrerName()).isEqualTo("Sam Park");
    }

    @Test
    void aReferrerKeptAsANameOnlyHasNoId() {
        ContactAnswers answers = answers("warmth", "lukewarm", "referrer", "Sam Park", "referrer-id", "",
                "referrer-new", "name-only", "saved-contact-id", "9");

        assertThat(answers.referrerId()).isEmpty();
        assertThat(answers.referrerName()).isEqualTo("Sam Park");
    }

    @Test
    void onlyALukewarmContactHasAReferrerSoAnswersLeftFromBeforeABackDoNotCount() {
        for (String warmth : new String[] {"warm", "cold"}) {
            ContactAnswers answers = answers("warmth", warmth, "referrer", "Sam Park", "referrer-id", "7");

            assertThat(answers.referrerId()).as(warmth).isEmpty();
            assertThat(answers.referrerName()).as(warmth).isEmpty();
        }
    }

    @Test
    void theContactToSaveCarriesEveryAnswerAndTheReferrerCheckedByTheCaller() {
        NewContact contact = answers("warmth", "lukewarm", "source", "referral", "referrer", "Sam Park",
                "referrer-id", "7").toNewContact(MAYA, OptionalLong.empty());

        assertThat(contact).isEqualTo(new NewContact(MAYA, "Ana Li", "UX Researcher", "Acme Health", Warmth.LUKEWARM,
                Source.REFERRAL, OptionalLong.empty(), "Sam Park", "She moved from teaching", "ana@example.com"));
    }

    @Test
    void aQuickContactIsWhoHowWarmAndFromWhereOnly() {
        NewContact contact = answers("warmth", "warm", "source", "friend").toQuickContact(MAYA);

        assertThat(contact).isEqualTo(new NewContact(MAYA, "Ana Li", "UX Researcher", "Acme Health", Warmth.WARM,
                Source.FRIEND, OptionalLong.empty(), "", "", ""));
    }
}
