package coach.coffeechat.coach;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes a challenge's channel posts and a member's own status. The leaderboard ranks effort (requests sent,
 * thank-yous on time, follow-ups done), lists only members who chose to appear and have taken a step, by name or as
 * "a member", and counts everyone else in the totals only: nobody is named for being behind. Stateless.
 */
final class ChallengeWriter {
    /** The most members the leaderboard lists. */
    static final int BOARD_SIZE = 10;

    private final Texts texts;
    private final ChallengeCounter counter;
    private final ServerRepository servers;

    ChallengeWriter(Texts texts, ChallengeCounter counter, ServerRepository servers) {
        this.texts = texts;
        this.counter = counter;
        this.servers = servers;
    }

    /** The post of one moment of a challenge, from the data as it is at {@code now}. */
    ChallengePost post(Connection connection, Challenge challenge, ChallengePost.Moment moment, Instant now) {
        String server = servers.find(connection, challenge.serverId()).map(ServerSetup::name).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("challenge.post." + moment.id(), "server", server, "goal", goal(challenge),
                "from", day(texts, challenge.startsOn()), "to", day(texts, challenge.endsOn())));
        if (moment != ChallengePost.Moment.START) {
            List<Effort> efforts = counter.count(connection, challenge, now);
            lines.add(totals(challenge, efforts));
            board(efforts).ifPresent(lines::add);
        }
        // The console has no Join button: it says what to type instead.
        boolean console = ChallengeCommands.CONSOLE_CHANNEL.equals(challenge.channel()) && moment != ChallengePost.Moment.END
                && challenge.serverId().startsWith(Place.SIMULATED_PREFIX);
        lines.add(texts.get("challenge.post." + moment.id() + ".footer" + (console ? ".console" : ""),
                "server", server));
        return new ChallengePost(challenge.id(), challenge.serverId(), challenge.channel(), moment,
                String.join("\n\n", lines), texts.get("challenge.join-button"));
    }

    /** What a member sees of the challenge with {@code /challenge status}: their own count, and the totals. */
    String status(Connection connection, Challenge challenge, UserId user, Instant now) {
        List<Effort> efforts = counter.count(connection, challenge, now);
        String when = texts.get(now.isBefore(challenge.from()) ? "challenge.status.upcoming"
                        : challenge.over(now) ? "challenge.status.over" : "challenge.status.running",
                "goal", goal(challenge), "from", day(texts, challenge.startsOn()),
                "to", day(texts, challenge.endsOn()));
        Optional<Effort> mine = efforts.stream().filter(e -> e.member().user().equals(user)).findFirst();
        String own = mine.map(effort -> texts.get("challenge.status.mine", "count", effort.toward(challenge.goal()),
                        "target", challenge.target(), "steps", texts.get("challenge.status.steps." + challenge.goal().id(),
                                "count", challenge.target()),
                        "requests", effort.requests(), "thanks", effort.thankYous(), "followups", effort.followUps(),
                        "appear", texts.get("challenge.appear.now." + effort.member().appearance().id())))
                .orElseGet(() -> texts.get("challenge.status.not-joined"));
        return String.join("\n", when, own, totals(challenge, efforts));
    }

    /** The goal as the posts say it, such as "5 requests sent each". */
    String goal(Challenge challenge) {
        return texts.get("challenge.goal." + challenge.goal().id(), "count", challenge.target());
    }

    private String totals(Challenge challenge, List<Effort> efforts) {
        int together = efforts.stream().mapToInt(e -> e.toward(challenge.goal())).sum();
        long reached = efforts.stream().filter(e -> e.toward(challenge.goal()) >= challenge.target()).count();
        return texts.get("challenge.totals", "members", efforts.size(), "together", together,
                "steps", texts.get("challenge.steps." + challenge.goal().id()), "reached", reached);
    }

    private Optional<String> board(List<Effort> efforts) {
        List<Effort> shown = efforts.stream().filter(e -> e.member().appearance() != Appearance.HIDDEN)
                .filter(e -> e.effort() > 0)
                .sorted(Comparator.comparingInt(Effort::effort).reversed()).limit(BOARD_SIZE).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Effort effort = shown.get(i);
            String name = effort.member().appearance() == Appearance.NAMED
                    ? RosterView.cut(effort.member().name(), RosterView.MAX_NAME) : texts.get("challenge.board.anonymous");
            rows.add(texts.get("challenge.board.row", "rank", i + 1, "name", name, "effort", effort.effort(),
                    "requests", effort.requests(), "thanks", effort.thankYous(), "followups", effort.followUps()));
        }
        return Optional.of(texts.get("challenge.board", "rows", String.join("\n", rows)));
    }

    /** A local date as posts show it, such as "Mon 9 Mar". */
    static String day(Texts texts, LocalDate date) {
        return DateShape.SHORT_DAY.format(texts, date);
    }
}
