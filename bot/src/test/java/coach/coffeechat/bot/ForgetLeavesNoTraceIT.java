package coach.coffeechat.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code /privacy forget}, none of the user's words can be read from the raw bytes of the database file: while
 * the bot still runs, and after a {@code kill -9}. The user first leaves traces everywhere: a contact with notes, a
 * meeting log with a suggested person (who becomes a contact), a request draft with their profile left open and set
 * aside, and the settings.
 */
final class ForgetLeavesNoTraceIT {
    private static final List<String> CONTACT = List.of("Quillon Marwick", "Zeppelin Archivist", "Vantablack Foundry",
            "Xylophone tuning anecdotes", "quillon.marwick@example.org");
    private static final List<String> MEETING = List.of("Ornithopter schematics matter", "Kettlebell mnemonic advice",
            "Tamsin Grobbelaar", "Frostbyte Labs", "Lanthanum postcard promise", "Quarterly semaphore call");
    private static final List<String> DRAFT = List.of("Ysolde Fairweather",
            "Former glassblower exploring archival science", "How archives choose what to keep");

    @TempDir
    Path dataDir;

    @Test
    void noneOfTheUsersWordsRemainInTheFileAfterForgetWhileRunningAndAfterAKill() throws Exception {
        List<String> words = new ArrayList<>(CONTACT);
        words.addAll(MEETING);
        words.addAll(DRAFT);
        Path file = dataDir.resolve("coffeechat.mv.db");
        try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
            // GIVEN a contact, a meeting with a suggested person, an open request draft with the profile, settings
            jar.type("/contact add").type(CONTACT.get(0)).type(CONTACT.get(1)).type(CONTACT.get(2))
                    .type(CONTACT.get(3)).type("cold").type("LinkedIn").type(CONTACT.get(4)).type("yes");
            jar.await("Saved " + CONTACT.get(0) + ".", RunningJar.ANSWER);
            jar.type("/meeting log contact: " + CONTACT.get(0)).type("").type("video").type("20")
                    .type(MEETING.get(0)).type(MEETING.get(1))
                    .type(MEETING.get(2) + ", glaciologist at " + MEETING.get(3)).type(MEETING.get(4))
                    .type("yes").type(MEETING.get(5)).type("yes");
            jar.await("Saved your meeting with " + CONTACT.get(0), RunningJar.ANSWER);
            jar.type("/settings quiet-hours: 22:15-06:45 timezone: Pacific/Chatham")
                    .await("quiet hours 22:15-06:45", RunningJar.ANSWER);
            jar.type("/request draft contact: " + CONTACT.get(0)).type("email").type(DRAFT.get(0)).type(DRAFT.get(1))
                    .type(DRAFT.get(2));
            jar.await("How much time will you ask for?", RunningJar.ANSWER);
            assertThat(found(file, words)).as("the words are in the file before forget").isNotEmpty();

            // WHEN the user sets the draft aside for /privacy forget and confirms
            jar.type("/privacy forget").type("2").await("There is no undo.", RunningJar.ANSWER);
            jar.type("yes").await("everything I kept about you is gone", RunningJar.ANSWER);

            // THEN none of the words is in the file, while the bot runs
            assertThat(found(file, words)).as("words left in the file of the running bot").isEmpty();
            jar.kill();
        }
        // AND none after a kill -9 either
        assertThat(found(file, words)).as("words left in the file after a kill").isEmpty();
        try (RunningJar jar = RunningJar.start(dataDir).awaitStarted()) {
            assertThat(jar.type("/contact list").await("You haven't added anyone yet", RunningJar.ANSWER)).isNotEmpty();
            assertThat(jar.type("/quit").awaitEnd(RunningJar.ANSWER)).isZero();
        }
        assertThat(found(file, words)).as("words left in the file after a restart").isEmpty();
    }

    /** The words that occur in the file's raw bytes, as UTF-8. */
    private static List<String> found(Path file, List<String> words) throws Exception {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return words.stream().filter(word -> bytes.contains(new String(word.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1))).toList();
    }
}
