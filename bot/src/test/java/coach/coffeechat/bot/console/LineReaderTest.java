package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LineReaderTest {

    @Test
    void endsLinesWhereReadLineDoes() throws IOException {
        assertThat(all(new LineReader(reader("one\ntwo\r\nthree\rfour\n\nlast"), 10)))
                .containsExactly("one", "two", "three", "four", "", "last");
        assertThat(all(new LineReader(reader(""), 10))).isEmpty();
        assertThat(all(new LineReader(reader("\n"), 10))).containsExactly("");
    }

    @Test
    void aWaitingLineIsTakenOnlyWhenWantedAndOtherwiseLeftForTheNextRead() throws IOException {
        LineReader lines = new LineReader(reader("one\r\ntwo?\r\nthree\r\n\r\nfour"), 10);

        assertThat(lines.readLine()).isEqualTo("one");
        assertThat(lines.readLineIfWaiting(line -> line.endsWith("?"))).contains("two?");
        assertThat(lines.readLineIfWaiting(line -> line.endsWith("?"))).isEmpty();
        assertThat(lines.readLine()).isEqualTo("three");
        assertThat(lines.readLineIfWaiting(line -> true)).contains("");
        assertThat(lines.readLine()).isEqualTo("four");
        assertThat(lines.readLineIfWaiting(line -> true)).isEmpty();
        assertThat(lines.readLine()).isNull();
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        assertThat(new LineReader(reader("12345\n"), 5).readLine()).isEqualTo("12345");
    }

    @Test
    void aLongerLineIsRefusedAndTheNextLineCanStillBeRead() throws IOException {
        LineReader lines = new LineReader(reader("123456789\r\nnext\n"), 5);

        assertThatThrownBy(lines::readLine).isInstanceOfSatisfying(InputTooLongException.class,
                e -> assertThat(e.limit()).isEqualTo(5));
        lines.skipRestOfLine();

        assertThat(lines.readLine()).isEqualTo("next");
        assertThat(lines.readLine()).isNull();
    }

    @Test
    void anEndlessLineIsNeverHeld() {
        LineReader lines = new LineReader(new BufferedReader(new EndlessLine("", Long.MAX_VALUE, "")), 1_000);

        assertThatThrownBy(lines::readLine).isInstanceOf(InputTooLongException.class);
    }

    private static List<String> all(LineReader lines) throws IOException {
        List<String> all = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            all.add(line);
        }
        return all;
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
