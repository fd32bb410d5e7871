package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.OTHER_SERVER;
import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a coach sees of a member is what the member chose, per server: nothing by default, counts and dates with
 * {@code counts}, also the names of people met with {@code named}, never notes; nothing in another server; nothing
 * again, at once, after {@code off}; nothing after {@code /privacy forget}.
 */
final class CoachConsentTest {
    private static final UserId MAYA = new UserId("maya");
    private final CoachBench bench = new CoachBench();

    @BeforeEach
    void mayaIsBusy() {
        bench.setUp(SERVER);
        bench.setUp(OTHER_SERVER);
        bench.contactThrough(MAYA, "Ana Li", "request-sent", "replied", "met", "thanked");
        bench.contactThrough(MAYA, "Sam Park", "request-sent");
        bench.contactThrough(MAYA, "Jo Kim");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void withoutConsentTheCoachSeesNobody() {
        String roster = bench.roster(SERVER);

        assertThat(roster).isEqualTo(text("coach.roster.empty", "server", "Cohort A"));
        assertThat(roster).doesNotContain("Maya", "Ana", "Sam", "notes");
    }

    @Test
    void beforeConsentingTheMemberReadsWhatTheCoachWillAndWillNotSee() {
        Reply asked = bench.command(MAYA, in(SERVER, "Maya", false), "coach share", "level", "counts");

        assertThat(asked.prompt()).containsInstanceOf(Prompt.Confirm.class);
        assertThat(asked.prompt().orElseThrow().text()).isEqualTo(text("coach.share.explain.counts",
                "server", "Cohort A", "name", "Maya"));
        Reply kept = bench.handle(MAYA, new Input.Answer("no"));

        assertThat(kept.text()).contains(text("coach.share.kept", "server", "Cohort A"));
        assertThat(bench.roster(SERVER)).doesNotContain("Maya");
    }

    @Test
    void withCountsTheCoachSeesCountsAndDatesButNoNames() {
        bench.share(MAYA, "Maya", SERVER, Sharing.COUNTS);

        String roster = bench.roster(SERVER);

        assertThat(roster).contains("Maya: 3 contacts (1 identified, 1 request-sent, 1 thanked); 2 sent, 1 reply,"
                + " 1 meeting, 1 on-time thank-you; 0 overdue; last active 2 Mar");
        assertThat(roster).doesNotContain("Ana", "Sam", "Jo Kim", "Private notes");
    }

    @Test
    void withNamedTheCoachAlsoSeesWhoWasMetButNeverNotes() {
        bench.share(MAYA, "Maya", SERVER, Sharing.NAMED);

        String roster = bench.roster(SERVER);

        assertThat(roster).contains("Maya: 3 contacts", text("coach.roster.met", "names", "Ana Li"));
        assertThat(roster).doesNotContain("Sam", "Jo Kim", "Private notes");
    }

    @Test
    void sharingInOneServerShowsNothingInAnother() {
        bench.share(MAYA, "Maya", SERVER, Sharing.NAMED);

        assertThat(bench.roster(OTHER_SERVER)).isEqualTo(text("coach.roster.empty", "server", "Cohort B"));
        assertThat(bench.roster(SERVER)).contains("Maya");
    }

    @Test
    void turningSharingOffRemovesTheMemberAtOnceWithoutAsking() {
        bench.share(MAYA, "Maya", SERVER, Sharing.NAMED);

        Reply off = bench.command(MAYA, in(SERVER, "Maya", false), "coach share", "level", "off");

        assertThat(off.prompt()).isEmpty();
        assertThat(off.text()).contains(text("coach.share.off", "server", "Cohort A"));
        assertThat(bench.roster(SERVER)).isEqualTo(text("coach.roster.empty", "server", "Cohort A"));
    }

    @Test
    void forgettingTheMemberRemovesThemFromEveryRoster() {
        bench.share(MAYA, "Maya", SERVER, Sharing.COUNTS);
        bench.share(MAYA, "Maya", OTHER_SERVER, Sharing.NAMED);

        bench.handle(MAYA, Input.Command.of("privacy forget"));
        bench.handle(MAYA, new Input.Answer("yes"));

        assertThat(bench.roster(SERVER)).doesNotContain("Maya");
        assertThat(bench.roster(OTHER_SERVER)).doesNotContain("Maya");
        int rows = bench.database.inTransaction(c -> Sql.one(c,
                "SELECT COUNT(*) FROM coach_members WHERE user_id = 'maya'", s -> { }, row -> row.getInt(1))
                .orElseThrow());
        assertThat(rows).isZero();
    }

    @Test
    void sharingNeedsACoachToShareWithAndAServer() {
        Reply nowhere = bench.handle(MAYA, new Input.Command("coach share", Map.of("level", "counts")));
        Reply notSetUp = bench.command(MAYA, in("333", "Maya", false), "coach share", "level", "counts");

        assertThat(nowhere.text()).contains(text("coach.not-in-server"));
        assertThat(notSetUp.text()).contains(text("coach.share.not-set-up", "server", "Cohort B"));
    }
}
