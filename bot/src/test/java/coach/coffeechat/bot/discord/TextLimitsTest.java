package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class TextLimitsTest {

    @Test
    void textThatFitsIsKeptAsItIs() {
        assertThat(TextLimits.shorten("hello", 5, "…")).isEqualTo("hello");
    }

    @Test
    void longTextEndsWithTheMarkAndFillsTheLimitAtMost() {
        String shortened = TextLimits.shorten("a".repeat(50), 20, "…(shortened)");

        assertThat(shortened).hasSize(20).endsWith("…(shortened)");
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String shortened = TextLimits.shorten("ab\uD83D\uDE00cd", 4, "…");

        assertThat(shortened).isEqualTo("ab…");
    }

    @Test
    void markLongerThanTheLimitIsRefused() {
        assertThatThrownBy(() -> TextLimits.shorten("abcdef", 2, "…(x)"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitPrefersLineBreaksAndSpacesAndLosesOnlyThatWhitespace() {
        assertThat(TextLimits.split("aaaa bbbb\ncccc", 10)).containsExactly("aaaa bbbb", "cccc");
    }

    @Test
    void splitCutsWordsLongerThanTheLimit() {
        assertThat(TextLimits.split("x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }

    @Test
    void splitOfShortTextIsTheTextItself() {
        assertThat(TextLimits.split("short", 10)).containsExactly("short");
    }
}
