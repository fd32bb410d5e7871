package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ShorteningTest {
    @Test
    void aTextThatFitsIsKeptWhole() {
        assertThat(Shortening.toWords("I teach chemistry.", 3)).isEqualTo("I teach chemistry.");
    }

    @Test
    void wholeSentencesAreKeptWhenTheyFit() {
        assertThat(Shortening.toWords("I teach chemistry. I've run two usability studies for my school.", 8))
                .isEqualTo("I teach chemistry.");
    }

    @Test
    void aClauseIsKeptWhenNoSentenceFits() {
        assertThat(Shortening.toWords("how data teams choose their questions, who sets priorities, and why", 9))
                .isEqualTo("how data teams choose their questions, who sets priorities");
    }

    @Test
    void otherwiseTheCutIsAtAWordAndMarked() {
        assertThat(Shortening.toWords("After eight years as an intensive care nurse I completed a certificate", 5))
                .isEqualTo("After eight years as an" + Shortening.CUT);
    }

    @Test
    void aSentenceThatWouldKeepLessThanAThirdOfWhatFitsGivesWayToACutAtAWord() {
        assertThat(Shortening.toWords("I teach. After eight years as an intensive care nurse I completed a"
                + " certificate", 9)).isEqualTo("I teach. After eight years as an intensive care" + Shortening.CUT);
    }

    @Test
    void noWordsLeavesNothing() {
        assertThat(Shortening.toWords("you run the usability lab", 0)).isEmpty();
    }
}
