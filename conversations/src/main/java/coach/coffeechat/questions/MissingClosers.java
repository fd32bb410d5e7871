package coach.coffeechat.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The closing questions a list lacks, worded for the contact: "who else should I talk to?" and how to stay in
 * touch. {@code questions-prepare} offers them before saving.
 *
 * @param referral the referral question to add, or empty when the list asks it already
 * @param stayInTouch the stay-in-touch question to add, or empty when the list asks it already
 */
record MissingClosers(Optional<String> referral, Optional<String> stayInTouch) {
    MissingClosers {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(stayInTouch, "stayInTouch");
    }

    /** The questions to add, referral first. */
    List<String> questions() {
        List<String> missing = new ArrayList<>();
        referral.ifPresent(missing::add);
        stayInTouch.ifPresent(missing::add);
        return missing;
    }

    /** The message that offers them: both, one of them, or none missing. */
    String messageKey() {
        if (referral.isPresent()) {
            return stayInTouch.isPresent() ? "questions.closing.both" : "questions.closing.referral";
        }
        return stayInTouch.isPresent() ? "questions.closing.stay" : "questions.closing.none";
    }
}
