package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.CHANNEL;
import static coach.coffeechat.coach.CoachBench.COACH_ROLE;
import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: setting up needs Manage Server, checked on every use whatever the client showed; the roster
 * needs the coach role or Manage Server. Every option of a setup is checked, kindly, and one bad option changes
 * nothing.
 */
final class CoachAccessTest {
    private static final UserId LEO = new UserId("leo");
    private final CoachBench bench = new CoachBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aMemberWithoutManageServerCannotSetUpAndNothingIsSaved() {
        Reply refused = bench.command(LEO, in(SERVER, "Leo", false), "coach setup", "channel", CHANNEL);

        assertThat(refused.text()).isEqualTo(text("coach.setup.not-manager"));
        assertThat(bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text())
                .isEqualTo(text("coach.not-set-up", "server", "Cohort A"));
    }

    @Test
    void theRosterIsForTheCoachRoleAndServerManagersOnly() {
        bench.setUp(SERVER);

        Reply member = bench.command(LEO, in(SERVER, "Leo", false, "123"), "coach roster");
        Reply coach = bench.command(LEO, in(SERVER, "Leo", false, COACH_ROLE), "coach roster");

        assertThat(member.text()).isEqualTo(text("coach.roster.not-coach"));
        assertThat(coach.text()).contains(text("coach.roster.empty", "server", "Cohort A"));
    }

    @Test
    void aSetupIsShownBackAndBySettings() {
        Reply setUp = bench.setUp(SERVER, "day", "friday", "time", "4:30pm", "timezone", "europe/berlin",
                "meeting-minutes", "30", "reminder-days", "7");

        String shown = text("coach.settings", "server", "Cohort A", "role", "<@&" + COACH_ROLE + ">",
                "channel", "<#" + CHANNEL + ">", "day", "Friday", "time", "16:30", "zone", "Europe/Berlin",
                "ping", text("coach.settings.ping-off"), "minutes", 30, "days", 7,
                "challenge-role", text("coach.settings.no-challenge-role"), "language", "English");
        assertThat(setUp.notes()).containsExactly(text("coach.setup.created", "server", "Cohort A"), shown);
        assertThat(bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text()).isEqualTo(shown);
    }

    @Test
    void badValuesAreRefusedKindlyAndChangeNothing() {
        bench.setUp(SERVER, "time", "09:00");
        String before = bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text();

        Reply refused = bench.setUp(SERVER, "timezone", "Mars/Olympus", "time", "25 o'clock",
                "meeting-minutes", "500", "day", "someday");

        assertThat(refused.notes()).containsExactly(
                text("coach.setup.day-unknown", "typed", "someday"),
                text("coach.setup.time-unreadable", "typed", "25 o'clock"),
                text("coach.setup.zone-unknown", "typed", "Mars/Olympus"),
                text("coach.setup.minutes-range", "typed", "500", "min", 10, "max", 120),
                text("coach.setup.nothing-changed"));
        assertThat(bench.command(LEO, in(SERVER, "Leo", false), "coach settings").text()).isEqualTo(before);
    }

    @Test
    void aChannelTheBotCannotPostToIsRefused() {
        Place cannotPost = new Place(SERVER, "Cohort A", "Dana", true, List.of(), List.of());

        Reply refused = bench.command(new UserId("dana"), cannotPost, "coach setup", "channel", "555");

        assertThat(refused.notes()).containsExactly(text("coach.setup.channel-closed", "channel", "<#555>"),
                text("coach.setup.nothing-changed"));
    }

    @Test
    void inTheConsoleAServerIsSimulatedByNameAndItsUserManagesIt() {
        Place console = Place.simulated("  Cohort   A ", "console");

        Reply setUp = bench.command(new UserId("console"), console, "coach setup", "channel", "#coach-desk",
                "role", "@Coach");

        assertThat(console.serverId()).isEqualTo("console:cohort a");
        assertThat(setUp.text()).contains("#coach-desk", "@Coach", "Cohort A");
        assertThat(Place.simulated("   ", "console")).isEqualTo(Place.NONE);
    }
}
