package coach.coffeechat.bot.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the console reads and writes: the process's standard streams, or a test's in-memory ones.
 *
 * @param in the user's lines
 * @param out the dialog
 * @param err one-line problems that are not part of the dialog
 * @param interactive whether a person types at a terminal; when not (input piped from a file), each line read is
 *     echoed after the prompt marker so the output reads as a transcript
 */
public record Terminal(BufferedReader in, PrintWriter out, PrintWriter err, boolean interactive) {

    public Terminal {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * The process's standard streams. A terminal's own charset is used when there is one; piped input and output
     * are UTF-8, whatever the platform's default.
     */
    public static Terminal system() {
        Console console = System.console();
        Charset charset = console == null ? StandardCharsets.UTF_8 : console.charset();
        return new Terminal(
                new BufferedReader(new InputStreamReader(System.in, charset)),
                new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true),
                console != null);
    }

    /** A non-interactive terminal reading {@code input} and writing to the given writers, for tests and scripts. */
    public static Terminal scripted(String input, Writer out, Writer err) {
        return scripted(new StringReader(input), out, err);
    }

    /** A non-interactive terminal reading {@code input} and writing to the given writers, for tests and scripts. */
    public static Terminal scripted(Reader input, Writer out, Writer err) {
        return new Terminal(new BufferedReader(input), new PrintWriter(out, true), new PrintWriter(err, true), false);
    }
}
