package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.inChannel;
import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.followup.FollowUp;
import coach.coffeechat.followup.FollowUpAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group challenges on a Discord-like server: counted from what members do with the bot, posted once at the start,
 * the midpoint and the end across restarts, with a leaderboard of effort that shows only members who chose to
 * appear, and only for those who may start one. The clock is fake; nothing sleeps.
 */
final class ChallengeTest {
    private static final UserId DANA = new UserId("dana");
    private static final UserId ANA = new UserId("ana");
    private static final UserId BEN = new UserId("ben");
    private static final UserId CY = new UserId("cy");
    private static final UserId DEE = new UserId("dee");

    private final CoachBench bench = new CoachBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void progressIsCountedFromWhatMembersDidDuringTheChallengeOnly() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "requests", "count", "2", "start", "2026-03-03", "end", "2026-03-09");
        join(ANA, "Ana", "named");
        bench.contactThrough(ANA, "Early Bird", "request-sent");
        bench.clock.advance(Duration.ofDays(1));
        bench.contactThrough(ANA, "Sam Park", "request-sent");
        bench.contactThrough(ANA, "Jo Kim", "request-sent", "replied", "met", "thanked");
        bench.contactThrough(DEE, "Lee Wu", "request-sent");

        String status = bench.command(ANA, inChannel("Ana", false), "challenge status").text();

        assertThat(status).contains("You: 2 of 2 requests sent", "2 requests sent, 1 thank-you on time, 0 follow-ups done")
                .contains(text("challenge.totals", "members", 1, "together", 2, "steps",
                        text("challenge.steps.requests"), "reached", 1));
        assertThat(bench.command(DEE, inChannel("Dee", false), "challenge status").text())
                .contains(text("challenge.status.not-joined"));
    }

    @Test
    void theAnnouncementMidpointAndResultArePostedOnceEachAcrossRestarts() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "meetings", "count", "1", "end", "2026-03-08");
        bench.round();
        bench.round();
        to(Instant.parse("2026-03-05T10:59:00Z"));
        bench.round();
        assertThat(moments()).containsExactly(ChallengePost.Moment.START);

        to(Instant.parse("2026-03-05T11:00:00Z"));
        bench.round();
        bench.restart();
        bench.round();
        to(Instant.parse("2026-03-08T22:59:00Z"));
        bench.round();
        assertThat(moments()).containsExactly(ChallengePost.Moment.START, ChallengePost.Moment.MIDPOINT);

        to(Instant.parse("2026-03-08T23:00:00Z"));
        bench.round();
        bench.restart();
        bench.clock.advance(Duration.ofDays(3));
        bench.round();
        assertThat(moments()).containsExactly(ChallengePost.Moment.START, ChallengePost.Moment.MIDPOINT,
                ChallengePost.Moment.END);
        assertThat(bench.challengePosts).allSatisfy(post -> assertThat(post.channel()).isEqualTo(CoachBench.CHANNEL));
        assertThat(bench.challengePosts.get(0).text()).contains("1 coffee chat held each", "Mon 2 Mar", "Sun 8 Mar");
        assertThat(bench.challengePosts.get(0).joinable()).isTrue();
        assertThat(bench.challengePosts.get(2).joinable()).isFalse();
    }

    @Test
    void afterALongStopOnlyTheResultIsPosted() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "requests", "count", "3", "end", "2026-03-04");
        to(Instant.parse("2026-03-20T08:00:00Z"));
        bench.round();
        bench.round();

        assertThat(moments()).containsExactly(ChallengePost.Moment.END);
    }

    @Test
    void theLeaderboardRanksEffortAndShowsOnlyMembersWhoChoseToAppear() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "requests", "count", "2", "end", "2026-03-08");
        join(ANA, "Ana", "named");
        join(BEN, "Ben", "anonymous");
        join(CY, "Cy", null);
        bench.contactThrough(ANA, "Sam Park", "request-sent");
        bench.contactThrough(BEN, "Jo Kim", "request-sent");
        bench.contactThrough(BEN, "Lee Wu", "request-sent", "replied", "met", "thanked");
        bench.contactThrough(CY, "Mo Tan", "request-sent");
        bench.contactThrough(CY, "Al Ray", "request-sent");
        bench.contactThrough(CY, "Bo Chen", "request-sent");
        bench.contactThrough(DEE, "Kim Oh", "request-sent");
        to(Instant.parse("2026-03-09T06:00:00Z"));
        bench.round();

        String result = bench.challengePosts.get(bench.challengePosts.size() - 1).text();
        assertThat(result).contains("1. a member: 3 (2 sent, 1 thank-you, 0 follow-ups)",
                "2. Ana: 1 (1 sent, 0 thank-yous, 0 follow-ups)",
                text("challenge.totals", "members", 3, "together", 6, "steps", text("challenge.steps.requests"),
                        "reached", 2));
        assertThat(result).doesNotContain("Ben", "Cy", "Dee", "Sam Park", "Jo Kim", "@");
    }

    @Test
    void aMemberWhoIsForgottenLeavesTheChallengeAndItsLeaderboard() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "requests", "count", "1", "end", "2026-03-08");
        join(ANA, "Ana", "named");
        join(BEN, "Ben", "named");
        bench.contactThrough(ANA, "Sam Park", "request-sent");
        bench.contactThrough(BEN, "Jo Kim", "request-sent");

        bench.handle(ANA, Input.Command.of("privacy forget"));
        bench.handle(ANA, new Input.Answer("yes"));
        to(Instant.parse("2026-03-09T06:00:00Z"));
        bench.round();

        String result = bench.challengePosts.get(bench.challengePosts.size() - 1).text();
        assertThat(result).contains("1. Ben: 1").doesNotContain("Ana")
                .contains(text("challenge.totals", "members", 1, "together", 1, "steps",
                        text("challenge.steps.requests"), "reached", 1));
    }

    @Test
    void onlyCoachesManagersAndTheChallengeRoleMayStartOne() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin", "challenge-role", "800");
        String[] options = {"goal", "requests", "count", "5", "end", "2026-03-08"};

        Reply member = bench.command(ANA, inChannel("Ana", false, "555"), "challenge start", options);
        assertThat(member.text()).isEqualTo(text("challenge.start.not-allowed"));
        assertThat(bench.command(ANA, inChannel("Ana", false), "challenge status").text())
                .isEqualTo(text("challenge.none", "server", "Cohort A"));

        Reply leader = bench.command(BEN, inChannel("Ben", false, "800"), "challenge start", options);
        assertThat(leader.text()).startsWith("Started: 5 requests sent each, from Mon 2 Mar to Sun 8 Mar.");
        Reply coach = bench.command(CY, inChannel("Cy", false, CoachBench.COACH_ROLE), "challenge start", options);
        assertThat(coach.text()).startsWith("One challenge at a time");
    }

    @Test
    void aJoinButtonUnderAnEarlierChallengeJoinsNothing() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "requests", "count", "2", "end", "2026-03-03");
        bench.round();
        long first = bench.challengePosts.get(0).challengeId();
        bench.clock.advance(Duration.ofDays(3));
        start("goal", "meetings", "count", "1", "end", "2026-03-12");

        Reply stale = bench.command(ANA, inChannel("Ana", false), "challenge join",
                ChallengeCommands.JOINED_FROM, String.valueOf(first));
        Reply fresh = bench.command(ANA, inChannel("Ana", false), "challenge join",
                ChallengeCommands.JOINED_FROM, String.valueOf(first + 1));

        assertThat(stale.text()).isEqualTo(text("challenge.join.over"));
        assertThat(fresh.text()).startsWith("You're in: 1 coffee chat held each, until Thu 12 Mar.");
    }

    @Test
    void followUpsMarkedDoneCountTowardAFollowUpChallenge() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");
        start("goal", "follow-ups", "count", "1", "end", "2026-03-08");
        join(ANA, "Ana", "named");
        bench.contactThrough(ANA, "Sam Park", "request-sent");
        List<FollowUp> open = bench.database.inTransaction(c -> bench.coach().followUps().open(c, ANA));
        assertThat(open).as("the reminder a sent request plans").isNotEmpty();

        bench.clock.advance(Duration.ofHours(2));
        bench.coach().actOnFollowUp(ANA, open.get(0).id(), FollowUpAction.DONE);

        assertThat(bench.command(ANA, inChannel("Ana", false), "challenge status").text())
                .contains("You: 1 of 1 follow-up done.", "1 request sent, 0 thank-yous on time, 1 follow-up done.")
                .doesNotContain("1 follow-ups");
    }

    @Test
    void badOptionsAreExplainedAndChangeNothing() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");

        Reply bad = bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "offers", "count", "0",
                "end", "next week");
        Reply past = bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "requests",
                "count", "3", "start", "2026-03-01", "end", "2026-03-08");

        assertThat(bad.notes()).containsExactly(text("challenge.start.goal-unknown", "typed", "offers"),
                text("challenge.start.count-range", "typed", "0", "max", 100),
                text("challenge.start.date-unreadable", "typed", "next week"),
                text("challenge.start.nothing-started"));
        assertThat(past.notes()).containsExactly(text("challenge.start.in-the-past", "from", "Sun 1 Mar"),
                text("challenge.start.nothing-started"));
        assertThat(bench.command(ANA, inChannel("Ana", false), "challenge status").text())
                .isEqualTo(text("challenge.none", "server", "Cohort A"));

        start("goal", "requests", "count", "3", "end", "2026-03-08");
        Reply appear = bench.command(ANA, inChannel("Ana", false), "challenge join", "appear", "loudly");
        assertThat(appear.text()).isEqualTo(text("challenge.join.appear-unknown", "typed", "loudly"));
        assertThat(bench.command(ANA, inChannel("Ana", false), "challenge status").text())
                .contains(text("challenge.status.not-joined"));
    }

    @Test
    void inTheConsoleTheAnnouncementAndMidpointSayWhatToTypeToJoinSinceThereIsNoButton() {
        Place console = Place.simulated("Cohort C", "Dana");
        bench.command(DANA, console, "coach setup", "channel", "coach-desk");
        bench.command(DANA, console, "challenge start", "goal", "requests", "count", "2", "end", "2026-03-08");
        bench.round();
        to(Instant.parse("2026-03-05T12:00:00Z"));
        bench.round();

        assertThat(moments()).containsExactly(ChallengePost.Moment.START, ChallengePost.Moment.MIDPOINT);
        assertThat(bench.challengePosts).allSatisfy(post -> assertThat(post.text())
                .doesNotContainIgnoringCase("button").contains("/challenge join server: Cohort C"));
    }

    @Test
    void datesAreReadAsPeopleWriteThemAndAPastDayIsRefusedKindly() {
        bench.setUp(CoachBench.SERVER, "timezone", "Europe/Berlin");

        Reply past = bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "requests",
                "count", "3", "start", "yesterday", "end", "2 Dec");
        Reply pastEnd = bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "requests",
                "count", "3", "end", "last friday");
        Reply started = bench.command(DANA, inChannel("Dana", true), "challenge start", "goal", "requests",
                "count", "3", "start", "tomorrow", "end", "in 2 weeks");

        assertThat(past.notes()).containsExactly(text("challenge.start.in-the-past", "from", "Sun 1 Mar"),
                text("challenge.start.nothing-started"));
        assertThat(pastEnd.notes()).containsExactly(text("challenge.start.ends-before", "from", "Mon 2 Mar",
                "to", "Fri 27 Feb"), text("challenge.start.nothing-started"));
        assertThat(started.text()).startsWith("Started:").contains("from Tue 3 Mar to Mon 16 Mar");
    }

    private void start(String... options) {
        Reply started = bench.command(DANA, inChannel("Dana", true), "challenge start", options);
        assertThat(started.text()).startsWith("Started:");
    }

    private void join(UserId user, String name, String appear) {
        Reply joined = appear == null ? bench.command(user, inChannel(name, false), "challenge join")
                : bench.command(user, inChannel(name, false), "challenge join", "appear", appear);
        assertThat(joined.text()).startsWith("You're in");
    }

    /** Moves the fake clock forward to {@code when}. */
    private void to(Instant when) {
        bench.clock.advance(Duration.between(bench.clock.instant(), when));
    }

    private List<ChallengePost.Moment> moments() {
        return bench.challengePosts.stream().map(ChallengePost::moment).toList();
    }
}
