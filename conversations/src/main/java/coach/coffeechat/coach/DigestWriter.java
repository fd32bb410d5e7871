package coach.coffeechat.coach;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words one weekly digest from the figures of the members who share: the cohort's totals, the week against the
 * one before, and who may welcome a word from the coach (overdue follow-ups, or quiet for two weeks), put kindly.
 * Members who do not share are not in the figures at all, so they are neither counted nor named. Stateless.
 */
final class DigestWriter {
    /** Quiet this long, a member may welcome a word. */
    static final Duration QUIET = Duration.ofDays(14);
    /** The most members named as maybe welcoming a word; the rest are counted. */
    static final int MAX_NUDGES = 10;
    /** The weeks in the chart, this one included. */
    static final int WEEKS = 6;
    private static final Duration WEEK = Duration.ofDays(7);

    private final Texts texts;

    DigestWriter(Texts texts) {
        this.texts = texts;
    }

    /** The digest of {@code setup}'s server for the week ending at {@code slot}. */
    Digest write(ServerSetup setup, DigestSlot slot, List<Figures> members) {
        Instant end = slot.dueAt();
        Tally total = Tally.ZERO;
        Tally week = Tally.ZERO;
        Tally before = Tally.ZERO;
        int contacts = 0;
        for (Figures figures : members) {
            total = total.plus(figures.tally(Instant.MIN, end));
            week = week.plus(figures.tally(end.minus(WEEK), end));
            before = before.plus(figures.tally(end.minus(WEEK.multipliedBy(2)), end.minus(WEEK)));
            contacts += figures.contacts();
        }
        List<String> parts = new ArrayList<>();
        if (members.isEmpty()) {
            parts.add(texts.get("coach.digest.nobody"));
        } else {
            parts.add(texts.get("coach.digest.totals", "members", members.size(), "contacts", contacts,
                    "requests", total.requestsSent(), "replies", total.replies(), "meetings", total.meetingsHeld(),
                    "thanks", total.thankYousOnTime()));
            parts.add(texts.get("coach.digest.week", "requests", week.requestsSent(), "replies", week.replies(),
                    "meetings", week.meetingsHeld(), "thanks", week.thankYousOnTime(),
                    "requests-before", before.requestsSent(), "replies-before", before.replies(),
                    "meetings-before", before.meetingsHeld(), "thanks-before", before.thankYousOnTime()));
            parts.add(nudges(members, end));
        }
        parts.add(texts.get("coach.digest.footer"));
        String text = String.join("\n\n", parts);
        if (text.length() > Digest.MAX_TEXT) {
            text = text.substring(0, Digest.MAX_TEXT - 1) + "\u2026";
        }
        String title = RosterView.cut(texts.get("coach.digest.title", "server", setup.name(),
                "week", DateShape.DAY_MONTH.format(texts, slot.week())), Digest.MAX_TITLE);
        byte[] chart = DigestChart.render(List.of(texts.get("coach.digest.chart.funnel"),
                        texts.get("coach.digest.chart.weeks"), texts.get("coach.digest.chart.requests"),
                        texts.get("coach.digest.chart.meetings"), texts.get("coach.digest.chart.thanks")),
                funnel(members), weeks(setup, members, end));
        return new Digest(setup.serverId(), setup.name(), setup.channel(), slot.week(), title, text, chart,
                setup.pingRole() ? setup.coachRole() : "");
    }

    private String nudges(List<Figures> members, Instant now) {
        List<Figures> ordered = new ArrayList<>(members);
        ordered.sort(RosterSort.STUCK.order(now));
        List<String> named = new ArrayList<>();
        int more = 0;
        for (Figures figures : ordered) {
            boolean quiet = figures.quietFor(now).compareTo(QUIET) >= 0;
            if (figures.overdueFollowUps() == 0 && !quiet) {
                continue;
            }
            if (named.size() == MAX_NUDGES) {
                more++;
                continue;
            }
            String name = RosterView.cut(figures.member().name(), RosterView.MAX_NAME);
            named.add(figures.overdueFollowUps() > 0
                    ? texts.get("coach.digest.nudge.overdue", "name", name, "count", figures.overdueFollowUps())
                    : figures.lastActivity().isEmpty() ? texts.get("coach.digest.nudge.not-started", "name", name)
                    : texts.get("coach.digest.nudge.quiet", "name", name, "days", figures.quietFor(now).toDays()));
        }
        if (named.isEmpty()) {
            return texts.get("coach.digest.nudges.none");
        }
        String list = "\u2022 " + String.join("\n\u2022 ", named);
        return texts.get(more > 0 ? "coach.digest.nudges.more" : "coach.digest.nudges", "list", list, "more", more);
    }

    /** Contacts, and how many of them got at least as far as each step (closed ones count as contacts only). */
    private List<DigestChart.Bar> funnel(List<Figures> members) {
        Stage[] steps = {Stage.IDENTIFIED, Stage.REQUEST_SENT, Stage.REPLIED, Stage.MET, Stage.THANKED};
        int[] counts = new int[steps.length];
        for (Figures figures : members) {
            for (Map.Entry<Stage, Integer> entry : figures.contactsByStage().entrySet()) {
                for (int i = 0; i < steps.length; i++) {
                    boolean reached = i == 0 || (entry.getKey() != Stage.CLOSED
                            && entry.getKey().ordinal() >= steps[i].ordinal());
                    counts[i] += reached ? entry.getValue() : 0;
                }
            }
        }
        List<DigestChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            bars.add(new DigestChart.Bar(texts.get("coach.digest.funnel." + steps[i].id()), counts[i]));
        }
        return bars;
    }

    private List<DigestChart.Week> weeks(ServerSetup setup, List<Figures> members, Instant end) {
        List<DigestChart.Week> weeks = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            Instant to = end.minus(WEEK.multipliedBy(back));
            Instant from = to.minus(WEEK);
            Tally tally = Tally.ZERO;
            for (Figures figures : members) {
                tally = tally.plus(figures.tally(from, to));
            }
            String label = back == 0 ? texts.get("coach.digest.chart.this-week")
                    : DateShape.DAY_MONTH.format(texts, from.atZone(setup.zone()));
            weeks.add(new DigestChart.Week(label, tally));
        }
        return weeks;
    }
}
