package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded jar as users do, with a script piped into the console. */
final class ConsoleJarIT {
    private static final String ADD_ANA = String.join("\n",
            "/contact add", "Ana Li", "UX researcher", "Acme Health", "She moved from teaching into research",
            "warm", "friend", "ana@example.com", "yes", "/contact list", "");

    @TempDir
    Path work;

    @Test
    void addsAContactFromAPipedScriptAndStillListsItAfterARestart() throws Exception {
        Path dataDir = work.resolve("data");

        // WHEN a first run adds Ana and lists the contacts, then the input ends
        Run first = runJar(dataDir, ADD_ANA);

        // THEN it ends cleanly with Ana listed, nothing on standard error, and the log under the data directory
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("Saved Ana Li.").contains("Your contacts (1):").contains("1. Ana Li")
                .contains("Bye for now!");
        assertThat(first.err()).isEmpty();
        assertThat(dataDir.resolve("logs/coffeechat.log")).isNotEmptyFile();

        // WHEN a second run on the same data directory lists the contacts
        Run second = runJar(dataDir, "/contact list\n");

        // THEN Ana is still there
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Your contacts (1):").contains("1. Ana Li");
    }

    private Run runJar(Path dataDir, String script) throws IOException, InterruptedException {
        String jar = System.getProperty("coffeechat.jar");
        assertThat(jar).as("system property coffeechat.jar (set by failsafe)").isNotBlank();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path input = Files.writeString(Files.createTempFile(work, "script", ".txt"), script);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");

        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar))
                .redirectInput(input.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.equals("DISCORD_TOKEN") || name.startsWith("COFFEECHAT_"));
        environment.put("COFFEECHAT_DATA_DIR", dataDir.toString());

        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the jar did not end within 60 s; output so far:\n"
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** What one run of the jar did. */
    private record Run(int exitCode, String out, String err) {
    }
}
