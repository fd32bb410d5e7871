package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.console.Terminal;
import coach.coffeechat.bot.discord.fake.FakeDiscord;
import coach.coffeechat.config.Settings;
import java.io.StringWriter;
import java.net.InetAddress;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MainTest {
    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void runsTheConsoleByDefaultAndEndsCleanlyWithTheInput() {
        int code = run("/contact list\n", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString()));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Coffee Chat Coach, console edition")
                .contains("You haven't added anyone yet.")
                .contains("Bye for now!");
        assertThat(err.toString()).isEmpty();
        assertThat(dataDir.resolve("coffeechat.mv.db")).exists();
        assertThat(dataDir.resolve("logs")).isDirectory();
    }

    @Test
    void aBadSettingPrintsOneLineAndExitsWithTwo() {
        int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(), "COFFEECHAT_DB_POOL_SIZE", "0"));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("db.pool-size").contains("COFFEECHAT_DB_POOL_SIZE").contains("1 to 200");
    }

    @Test
    void aBadLogFormatPrintsOneLineAndExitsWithTwoBeforeAnythingIsCreated() {
        int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.resolve("data").toString(),
                "COFFEECHAT_LOGGING_FORMAT", "yaml"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("logging.format").contains("COFFEECHAT_LOGGING_FORMAT").contains("text or json");
        assertThat(dataDir.resolve("data")).doesNotExist();
    }

    @Test
    void aDelayOfMoreBusinessDaysThanItsMaximumPrintsOneLineAndExitsWithTwo() {
        int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(),
                "COFFEECHAT_FOLLOWUP_THANK_YOU_AFTER", "999 business days"));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("followup.thank-you-after").contains("'999 business days'")
                .contains("business days up to 2");
    }

    @Test
    void anUnknownSettingInTheEnvironmentIsNamedInOneLineWithTheClosestKnownOneAndDoesNotStopTheBot() {
        int code = run("/contact list\n", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(),
                "COFFEECHAT_FLOW_MAX_ATEMPTS", "5"));

        assertThat(code).isZero();
        assertThat(err.toString().lines()).singleElement().asString()
                .contains("COFFEECHAT_FLOW_MAX_ATEMPTS").contains("ignored")
                .contains("COFFEECHAT_FLOW_MAX_ATTEMPTS (flow.max-attempts)")
                .doesNotContain("5");
        assertThat(out.toString()).contains("You haven't added anyone yet.");
    }

    @Test
    void everyCoffeeChatVariableTheReadmeNamesIsKnownAndNotWarnedAbout() throws Exception {
        Matcher names = Pattern.compile("COFFEECHAT_[A-Z0-9_]+").matcher(Files.readString(Path.of("..", "README.md")));
        Map<String, String> environment = new TreeMap<>();
        while (names.find()) {
            environment.put(names.group(), "x");
        }
        // the README's example of the naming rule (key a.b-c), and its example of a mistyped name
        environment.remove("COFFEECHAT_A_B_C");
        environment.remove("COFFEECHAT_FLOW_MAX_ATEMPTS");

        assertThat(environment).containsKeys("COFFEECHAT_DISCORD_DEV_GUILD", "COFFEECHAT_TEST_POSTGRES_URL");
        assertThat(Settings.load(Optional.empty(), environment).unknownVariables(environment, Main.NOT_SETTINGS))
                .isEmpty();
    }

    @Test
    void aMissingConfigDirectoryPrintsOneLineAndExitsWithTwo() {
        int code = run("", Map.of(), "--config", dataDir.resolve("nowhere").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("is not a directory");
    }

    @Test
    void aConfigPathThatIsAFilePrintsOneLineAndExitsWithTwo() throws Exception {
        Path file = Files.writeString(dataDir.resolve("coach.properties"), "db.pool-size=3\n");

        int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.resolve("data").toString()), "--config",
                file.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().isEqualTo("--config " + file
                + " is not a directory");
        assertThat(dataDir.resolve("data")).doesNotExist();
    }

    @Test
    void anUnknownSettingInTheConfigDirectoryPrintsOneLineAndExitsWithTwo() throws Exception {
        Path config = Files.createDirectory(dataDir.resolve("config"));
        Files.writeString(config.resolve("coach.properties"), "db.pool-sise=3\n");

        int code = run("", Map.of(), "console", "--config", config.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("db.pool-sise");
    }

    @Test
    void aBrokenLanguageUnderTheConfigDirectoryStopsStartUpWithOneLine() throws Exception {
        Path config = Files.createDirectories(dataDir.resolve("config/lang/fr/templates"));
        Files.writeString(config.resolve("../../languages.properties"), "fr=Français\n");
        Files.writeString(config.resolve("messages.properties"), "contact.add.saved=${nom} est enregistré\n");
        Map<String, String> env = Map.of("COFFEECHAT_DATA_DIR", dataDir.resolve("data").toString());

        int code = run("/contact list\n", env, "--config", dataDir.resolve("config").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().contains("contact.add.saved")
                .contains("[nom]").contains("[name]");
    }

    @Test
    void aBadCheckSettingStopsTheConsoleWithOneLineAndExitCode2LikeTheChecks() throws Exception {
        Path config = Files.createDirectory(dataDir.resolve("config"));
        Files.writeString(config.resolve("checks.properties"), "too-long.email-warn-words=lots\n");
        Map<String, String> env = Map.of("COFFEECHAT_DATA_DIR", dataDir.resolve("data").toString());

        int console = run("/contact list\n", env, "--config", config.toString());
        String consoleError = err.toString();
        err.getBuffer().setLength(0);
        int check = run("How did you start?\n", env, "check-questions", "--config", config.toString());

        assertThat(console).isEqualTo(2).isEqualTo(check);
        assertThat(consoleError.lines()).singleElement().asString()
                .contains("too-long.email-warn-words").contains("'lots'").contains("10 to 10000")
                .isEqualTo(err.toString().strip());
        assertThat(out.toString()).doesNotContain("console edition");
    }

    @Test
    void aBrokenQuestionBankStopsTheConsoleWithOneLineAndExitCode2() throws Exception {
        Path config = Files.createDirectories(dataDir.resolve("config/questions"));
        Path bank = Files.writeString(config.resolve("bank.txt"), "What does a typical day look like?\n");

        int code = run("/contact list\n", Map.of("COFFEECHAT_DATA_DIR", dataDir.resolve("data").toString()),
                "--config", dataDir.resolve("config").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("Question bank " + bank).contains("line 1");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBrokenEscapeInAChangedMessageFilePrintsOneLineAndExitsWithTwo() throws Exception {
        Path config = Files.createDirectories(dataDir.resolve("config/templates"));
        Path messages = Files.writeString(config.resolve("messages.properties"), "console.goodbye=Bye \\u00e!\n");

        int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString()), "--config",
                dataDir.resolve("config").toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString().contains(messages.toString());
    }

    @Test
    void aBrokenEscapeInAChangedSettingsFilePrintsOneLineAndExitsWithTwo() throws Exception {
        Path config = Files.createDirectory(dataDir.resolve("config"));
        Path checks = Files.writeString(config.resolve("checks.properties"), "too-long.email-warn-words=\\u12\n");

        int code = run("How did you start?\n", Map.of(), "check-questions", "--config", config.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString().contains(checks.toString());
    }

    @Test
    void anUnknownArgumentPrintsTheUsageLineAndExitsWithTwo() {
        int code = run("", Map.of(), "discord");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("Unknown subcommand 'discord'. " + CommandLine.usage());
    }

    @Test
    void helpPrintsTheUsageLine() {
        int code = run("", Map.of(), "--help");

        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: java -jar coffeechat.jar");
        assertThat(out.toString().lines()).hasSize(Subcommand.values().length);
    }

    @Test
    void aDiscordTokenThatDiscordRefusesEndsWithOneLineAndExitCode2AndIsNeverShown() throws Exception {
        String token = "MTIzNDU2Nzg5.secret-token-value";
        try (MockWebServer discord = new MockWebServer()) {
            discord.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                            .body("{\"message\": \"401: Unauthorized\", \"code\": 0}").build();
                }
            });
            discord.start(InetAddress.getLoopbackAddress(), 0);
            String rest = "http://127.0.0.1:" + discord.getPort() + "/api/v10/";

            int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(), "DISCORD_TOKEN", token,
                    "COFFEECHAT_DISCORD_REST_URL", rest, "COFFEECHAT_DISCORD_GATEWAY_URL", "ws://127.0.0.1:1/"));

            assertThat(code).isEqualTo(2);
            assertThat(err.toString().lines()).containsExactly(DiscordCommand.BAD_TOKEN);
            assertThat(out.toString()).doesNotContain(token);
            try (var logs = Files.walk(dataDir.resolve("logs"))) {
                for (Path log : logs.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(log)).doesNotContain(token);
                }
            }
        }
    }

    /**
     * On Discord the database opens beside the gateway login: when it cannot be used (here an empty file), the start
     * ends as before, with the one line and exit code 2 (and the connection already made is closed on the way).
     */
    @Test
    void aDatabaseRefusedWhileTheGatewayConnectsEndsWithOneLineAndExitCode2() throws Exception {
        Files.createDirectories(dataDir);
        Files.write(dataDir.resolve("coffeechat.mv.db"), new byte[0]);
        try (FakeDiscord discord = FakeDiscord.start()) {
            int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(), "DISCORD_TOKEN", "fake-token",
                    "COFFEECHAT_DISCORD_REST_URL", discord.restBaseUrl(),
                    "COFFEECHAT_DISCORD_GATEWAY_URL", discord.gatewayUrl()));

            assertThat(code).isEqualTo(2);
            assertThat(err.toString().lines()).singleElement().asString().contains("is empty (0 bytes)");
        }
    }

    @Test
    void aDiscordTokenIsIgnoredWhenTheConsoleIsAskedFor() {
        int code = run("", Map.of("COFFEECHAT_DATA_DIR", dataDir.toString(), "DISCORD_TOKEN", "token"), "console");

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void keepsContactsBetweenRuns() {
        Map<String, String> env = Map.of("COFFEECHAT_DATA_DIR", dataDir.toString());
        run("/contact add\nAna Li\n\n\n\n1\n1\n\nyes\n", env);

        StringWriter second = new StringWriter();
        int code = Main.run(new String[0], env, Terminal.scripted("/contact list\n", second, err));

        assertThat(code).isZero();
        assertThat(second.toString()).contains("Your contacts (1):").contains("1. Ana Li");
    }

    private int run(String input, Map<String, String> environment, String... args) {
        return Main.run(args, environment, Terminal.scripted(input, out, err));
    }
}
