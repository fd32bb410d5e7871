package coach.coffeechat.contact;

import static coach.coffeechat.testing.ProductBench.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Settings;
import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /contact import} of a real-shaped LinkedIn export (its "Notes:" lines, quoted commas and quotes, accents,
 * a hidden member with no name, a name too long, a person already kept and one listed twice): the summary counts
 * them, nothing is saved before the confirmation, then the new people are saved at "identified" with source
 * LinkedIn and the warmth chosen. Whole-file limits refuse everything with a clear message.
 */
final class ContactImportTest {
    private static final UserId MAYA = new UserId("maya");

    private final ProductBench bench = new ProductBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aLinkedInExportIsSummedUpAndImportedOnlyAfterTheConfirmation() throws IOException {
        TestCoach.addContact(bench.coach(), MAYA, Map.of("name", "Anna Li"));

        Reply summary = importFile(linkedInExport());

        // Priya, Jonas, Mei (the first), Zoë are new; Ana Li is near Anna Li; the second Mei Chen repeats the
        // first; line 8 has no name and line 12 a name over 100 characters.
        assertThat(summary.notes()).containsExactly(
                text("contact.import.summary", "fresh", 4, "duplicates", 2, "refused", 2),
                text("contact.import.bad-line", "line", 8, "reason", text("contact.import.bad.no-name")),
                text("contact.import.bad-line", "line", 12, "reason", text("contact.import.bad.long-name")));
        assertThat(summary.prompt().orElseThrow().text()).isEqualTo(text("contact.import.confirm", "count", 4));
        assertThat(names()).containsExactly("Anna Li");

        Reply done = bench.handle(MAYA, new Input.Answer("lukewarm"));

        assertThat(done.notes()).containsExactly(text("contact.import.done", "count", 4, "warmth", "lukewarm"));
        assertThat(names()).containsExactly("Anna Li", "Jonas Berg", "Mei Chen", "Priya Raman", "Zoë Müller");
        Contact jonas = contact("Jonas Berg");
        assertThat(List.<Object>of(jonas.stage(), jonas.source(), jonas.warmth()))
                .containsExactly(Stage.IDENTIFIED, Source.LINKEDIN, Warmth.LUKEWARM);
        assertThat(List.of(jonas.role(), jonas.organisation(), jonas.reach()))
                .containsExactly("Partner", "Berg, Lund & Co", "jonas.berg@example.com");
        assertThat(contact("Priya Raman").reach()).isEqualTo("https://www.linkedin.com/in/priya-raman-0a1b2c");
        assertThat(contact("Zoë Müller").role()).isEqualTo("Lecturer, \"Design\"");
    }

    @Test
    void sayingNoImportsNobody() throws IOException {
        importFile(linkedInExport());

        Reply kept = bench.handle(MAYA, new Input.Answer("no"));

        assertThat(kept.notes()).containsExactly(text("contact.import.kept"));
        assertThat(names()).isEmpty();
    }

    @Test
    void aFileOver5MegabytesIsRefusedWithoutReadingARow() {
        StringBuilder big = new StringBuilder("name,role\n");
        while (big.length() <= 5 * 1024 * 1024) {
            big.append("Someone Somebody,Engineer at a company with a long name\n");
        }

        Reply refused = importFile(big.toString());

        assertThat(refused.notes()).containsExactly(text("contact.import.too-big", "count", 6, "maxRows", 1000));
        assertThat(refused.prompt()).isEmpty();
        assertThat(names()).isEmpty();
    }

    @Test
    void moreRowsThanOneImportTakesAreRefusedAsAWhole() {
        StringBuilder rows = new StringBuilder("name\n");
        for (int i = 0; i < 1001; i++) {
            rows.append("Person ").append(i).append('\n');
        }

        Reply refused = importFile(rows.toString());

        assertThat(refused.notes()).containsExactly(text("contact.import.too-many", "count", 1001, "maxRows", 1000));
        assertThat(names()).isEmpty();
    }

    @Test
    void aLargeFileInTheMiddleOfAFlowSetsTheFlowAsideInsteadOfWaitingInTheSession() {
        bench.handle(MAYA, Input.Command.of("contact add"));
        bench.handle(MAYA, new Input.Form(Map.of("name", "Priya Shah")));
        StringBuilder rows = new StringBuilder("name,notes\n");
        for (String name : List.of("Ana Li", "Ben Okafor", "Cara Diaz", "Dmitri Volkov", "Emeka Obi", "Fatima Zahra",
                "Gustav Berg", "Hiroshi Tanaka", "Ines Moreau", "Jonas Weber", "Kwame Mensah", "Lucia Romano")) {
            rows.append(name).append(',').append("n".repeat(120_000)).append('\n');
        }

        Reply reply = importFile(rows.toString());

        assertThat(reply.notes()).startsWith(text("engine.set-aside", "flow", text("contact.add.title")),
                text("contact.import.summary", "fresh", 12, "duplicates", 0, "refused", 0));
        assertThat(bench.handle(MAYA, new Input.Answer("warm")).notes())
                .containsExactly(text("contact.import.done", "count", 12, "warmth", text("contact.warmth.warm")));
        assertThat(bench.handle(MAYA, Input.Command.of("resume")).text()).contains("Priya Shah");
    }

    @Test
    void theRowLimitIsASettingOfItsOwn() {
        Settings settings = Settings.load(Optional.empty(), Map.of("COFFEECHAT_CONTACTS_IMPORT_MAX_ROWS", "3"));
        Coach coach = Coach.assemble(CoachConfig.from(settings), TestCoach.TEXTS, bench.database().dataSource(),
                bench.clock());

        Reply refused = coach.conversations().handle(MAYA, new Input.Command("contact import",
                Map.of("file", "name\nAna Li\nBen Okafor\nCara Diaz\nDev Rao\n")));

        assertThat(refused.notes()).containsExactly(text("contact.import.too-many", "count", 4, "maxRows", 3));
        assertThat(names()).isEmpty();
        assertThatThrownBy(() -> Coach.checkSettings(CoachConfig.from(Settings.load(Optional.empty(),
                Map.of("COFFEECHAT_CONTACTS_IMPORT_MAX_ROWS", "0"))))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("contacts.import-max-rows");
    }

    @Test
    void aFileWithoutAHeaderRowIsRefusedAndSaysWhatItLooksFor() {
        Reply refused = importFile("Priya Raman, Acme\nJonas Berg, Berg & Co\n");

        assertThat(refused.notes()).containsExactly(text("contact.import.no-header", "count", 0, "maxRows", 1000));
    }

    @Test
    void anImportThatWouldPassTheContactLimitIsRefusedAndNothingIsHalfImported() throws IOException {
        MutableClock clock = MutableClock.atMondayMorning();
        try (Database database = TestDatabases.inMemory()) {
            Coach small = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(),
                    Map.of("COFFEECHAT_CONTACTS_MAX_PER_USER", "4"))), TestCoach.TEXTS, database.dataSource(), clock);
            TestCoach.addContact(small, MAYA, Map.of("name", "Anna Li"));

            Reply refused = small.conversations().handle(MAYA,
                    new Input.Command("contact import", Map.of("file", linkedInExport())));

            assertThat(refused.notes()).contains(text("contact.import.over-limit", "kept", 1, "fresh", 4, "max", 4));
            assertThat(refused.prompt()).isEmpty();
            assertThat(small.conversations().handle(MAYA, Input.Command.of("contact list")).text())
                    .contains("Anna Li").doesNotContain("Priya");
        }
    }

    @Test
    void aSimpleCsvWithANameColumnImportsWithSourceOther() {
        importFile("name,role,organisation,reach\nBo Chen,Designer,Figma,bo@example.com\n");
        assertThat(bench.handle(MAYA, new Input.Answer("warm")).notes())
                .containsExactly(text("contact.import.done", "count", 1, "warmth", "warm"));

        Contact bo = contact("Bo Chen");
        assertThat(List.<Object>of(bo.source(), bo.warmth(), bo.reach())).containsExactly(Source.OTHER, Warmth.WARM,
                "bo@example.com");
        assertThat(bench.handle(MAYA, Input.Command.of("contact import")).prompt())
                .as("the file is required").isNotInstanceOf(Prompt.Choice.class);
    }

    private Reply importFile(String file) {
        return bench.handle(MAYA, new Input.Command("contact import", Map.of("file", file)));
    }

    private List<String> names() {
        return bench.database().inTransaction(c -> TestCoach.contacts().list(c, MAYA)).stream()
                .map(Contact::name).toList();
    }

    private Contact contact(String name) {
        return bench.database().inTransaction(c -> TestCoach.contacts().list(c, MAYA)).stream()
                .filter(contact -> contact.name().equals(name)).findFirst().orElseThrow();
    }

    private static String linkedInExport() throws IOException {
        try (InputStream in = ContactImportTest.class.getResourceAsStream("/import/Connections.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
