package coach.coffeechat.meeting;

import static coach.coffeechat.meeting.FeatureBench.MAYA;
import static coach.coffeechat.meeting.FeatureBench.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A meeting logged by typing the words of the user's language, as a Spanish or German user would at every step:
 * the day ({@code hace 3 días}, {@code el jueves pasado}, {@code gestern}, {@code letzten Donnerstag}), the control
 * words ({@code atrás}, {@code omitir}, {@code zurück}, {@code überspringen}) and the confirmation ({@code sí},
 * {@code ja}). Today is Monday 2 March 2026.
 */
final class MeetingLogInEachLanguageTest {
    private FeatureBench bench;
    private MeetingFeature feature;
    private Contact ana;

    @BeforeEach
    void open() {
        bench = new FeatureBench();
        feature = MeetingFeature.create(TEXTS, bench.users, bench.contactFeature, 1000);
        bench.start(feature::registerCommands, feature.flows());
        ana = bench.addContact("Ana Li", "UX Researcher", "Acme Health");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    /** Logs the meeting typing these words, each step in the order the flow asks. */
    private Meeting log(String tag, String firstDay, String back, String day, String skip, String yes) {
        try (LanguageScope scope = LanguageScope.open(TEXTS.languages().find(tag).orElseThrow())) {
            bench.command("meeting log", "contact", "Ana Li");
            assertThat(bench.send(firstDay).prompt()).get().as(firstDay).isInstanceOf(Prompt.Choice.class);
            assertThat(bench.send(back).prompt()).get().as(back).isInstanceOf(Prompt.Text.class);
            assertThat(bench.send(day).prompt()).get().as(day).isInstanceOf(Prompt.Choice.class);
            bench.send("video");
            bench.send(skip);
            bench.send("Research teams hire former teachers for their interviewing skills");
            bench.send(skip);
            bench.send(skip);
            bench.send(skip);
            bench.send("yes");
            Reply confirm = bench.send(skip);
            assertThat(confirm.prompt()).get().isInstanceOf(Prompt.Confirm.class);
            bench.send(yes);
        }
        List<Meeting> meetings = bench.inTransaction(c -> feature.repository().forContact(c, MAYA, ana.id()));
        assertThat(meetings).hasSize(1);
        return meetings.get(0);
    }

    @Test
    void aSpanishUserTypesSpanishWords() {
        Meeting meeting = log("es", "hace 3 días", "atrás", "el jueves pasado", "omitir", "sí");

        assertThat(meeting.log().metOn()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(meeting.log().minutes()).isEqualTo(15);
    }

    @Test
    void aGermanUserTypesGermanWords() {
        Meeting meeting = log("de", "gestern", "zurück", "letzten Donnerstag", "überspringen", "ja");

        assertThat(meeting.log().metOn()).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void aGermanDateInNumbersIsReadDayFirst() {
        Meeting meeting = log("de", "15.2.", "zurueck", "15.2.", "uberspringen", "Ja");

        assertThat(meeting.log().metOn()).isEqualTo(LocalDate.of(2026, 2, 15));
    }
}
