package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.engine.Identified.Matching;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding an enum constant by the id users type and the database stores, under each way of matching. */
final class IdentifiedTest {
    /** Ids with dashes, like a contact's stage. */
    private enum Step implements Identified {
        REQUEST_SENT,
        MET;

        @Override
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Test
    void byDefaultSurroundingSpaceAndCaseDoNotMatter() {
        assertThat(Identified.fromId(Step.class, "  Request-SENT\t")).contains(Step.REQUEST_SENT);
        assertThat(Identified.fromId(Step.class, "met")).contains(Step.MET);
    }

    @Test
    void byDefaultUnderscoresAndSpacesAreNotDashes() {
        assertThat(Identified.fromId(Step.class, "request_sent")).isEmpty();
        assertThat(Identified.fromId(Step.class, "request sent")).isEmpty();
    }

    @Test
    void anUnknownOrEmptyIdFindsNothing() {
        for (Matching matching : Matching.values()) {
            assertThat(Identified.fromId(Step.class, "replied", matching)).as(matching.name()).isEmpty();
            assertThat(Identified.fromId(Step.class, "", matching)).as(matching.name()).isEmpty();
        }
    }

    @Test
    void ignoringCaseFollowsStringEqualsIgnoreCase() {
        // A dotless i upper-cases to I, so equalsIgnoreCase takes it; lower-casing keeps it apart from i.
        assertThat(Identified.fromId(Dotted.class, "\u0131d", Matching.IGNORING_CASE)).contains(Dotted.ID);
        assertThat(Identified.fromId(Dotted.class, "\u0131d", Matching.LOWER_CASE)).isEmpty();
    }

    @Test
    void exactMatchingNeitherStripsNorIgnoresCase() {
        assertThat(Identified.fromId(Step.class, "request-sent", Matching.EXACT)).contains(Step.REQUEST_SENT);
        assertThat(Identified.fromId(Step.class, " met", Matching.EXACT)).isEmpty();
        assertThat(Identified.fromId(Step.class, "MET", Matching.EXACT)).isEmpty();
    }

    @Test
    void exactMatchingFindsNothingForNull() {
        assertThat(Identified.fromId(Step.class, null, Matching.EXACT)).isEqualTo(Optional.empty());
    }

    @Test
    void everyOtherMatchingRefusesNull() {
        for (Matching matching : new Matching[] {Matching.IGNORING_CASE, Matching.LOWER_CASE,
                Matching.LOWER_CASE_DASHES}) {
            assertThatThrownBy(() -> Identified.fromId(Step.class, null, matching)).as(matching.name())
                    .isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void lowerCaseStripsAndLowerCasesButKeepsUnderscores() {
        assertThat(Identified.fromId(Step.class, " REQUEST-Sent ", Matching.LOWER_CASE)).contains(Step.REQUEST_SENT);
        assertThat(Identified.fromId(Step.class, "request_sent", Matching.LOWER_CASE)).isEmpty();
    }

    @Test
    void lowerCaseDashesReadsUnderscoresAndSpacesAsDashes() {
        assertThat(Identified.fromId(Step.class, "Request sent", Matching.LOWER_CASE_DASHES))
                .contains(Step.REQUEST_SENT);
        assertThat(Identified.fromId(Step.class, " REQUEST_SENT ", Matching.LOWER_CASE_DASHES))
                .contains(Step.REQUEST_SENT);
        assertThat(Identified.fromId(Step.class, "request--sent", Matching.LOWER_CASE_DASHES)).isEmpty();
    }

    @Test
    void theFirstConstantWithTheIdWins() {
        assertThat(Identified.fromId(Twins.class, "same")).contains(Twins.FIRST);
    }

    /** An id with a plain i, for the case-folding difference between the matchings. */
    private enum Dotted implements Identified {
        ID;

        @Override
        public String id() {
            return "id";
        }
    }

    /** Two constants sharing an id. */
    private enum Twins implements Identified {
        FIRST,
        SECOND;

        @Override
        public String id() {
            return "same";
        }
    }
}
