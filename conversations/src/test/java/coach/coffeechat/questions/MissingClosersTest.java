package coach.coffeechat.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link MissingClosers}: which closing questions to offer, and with which message. */
final class MissingClosersTest {
    private static final Optional<String> REFERRAL = Optional.of("Who else should I talk to?");
    private static final Optional<String> STAY = Optional.of("How should I stay in touch?");

    @Test
    void bothMissingAreOfferedReferralFirst() {
        MissingClosers missing = new MissingClosers(REFERRAL, STAY);

        assertThat(missing.questions()).containsExactly("Who else should I talk to?", "How should I stay in touch?");
        assertThat(missing.messageKey()).isEqualTo("questions.closing.both");
    }

    @Test
    void eachMissingAloneHasItsOwnMessage() {
        assertThat(new MissingClosers(REFERRAL, Optional.empty()).messageKey()).isEqualTo("questions.closing.referral");
        assertThat(new MissingClosers(Optional.empty(), STAY).messageKey()).isEqualTo("questions.closing.stay");
        assertThat(new MissingClosers(Optional.empty(), STAY).questions()).containsExactly(STAY.get());
    }

    @Test
    void noneMissingOffersNothing() {
        MissingClosers none = new MissingClosers(Optional.empty(), Optional.empty());

        assertThat(none.questions()).isEmpty();
        assertThat(none.messageKey()).isEqualTo("questions.closing.none");
    }
}
