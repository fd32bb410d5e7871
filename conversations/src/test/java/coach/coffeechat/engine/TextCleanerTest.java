package coach.coffeechat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TextCleanerTest {

    @Test
    void aLineLosesControlCharactersAndCollapsesSpaces() {
        assertThat(TextCleaner.line("  Ana\u0000 \u001b[31mLi\t\n  ")).isEqualTo("Ana [31mLi");
    }

    @Test
    void aParagraphKeepsAtMostTwoLineBreaksInARow() {
        assertThat(TextCleaner.paragraph("one\r\n\n\n\ntwo\u2028three")).isEqualTo("one\n\ntwothree");
    }

    @Test
    void brokenSurrogatesBecomeReplacementCharactersAndEmojiStay() {
        assertThat(TextCleaner.line("a\uD800b \uD83D\uDE00")).isEqualTo("a\uFFFDb \uD83D\uDE00");
    }

    @Test
    void mentionsAndMarkdownAreLeftForTheTransportToNeutralise() {
        assertThat(TextCleaner.line("@everyone **hi**")).isEqualTo("@everyone **hi**");
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(TextCleaner.line(null)).isEmpty();
        assertThat(TextCleaner.paragraph("\u0000\u0001")).isEmpty();
    }
}
