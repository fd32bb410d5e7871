package coach.coffeechat.coach;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Stage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the roster as text: a few members per page so that a page stays well inside one Discord message
 * (2,000 characters), names cut short, at most three names of people met per member. Stateless.
 */
final class RosterView {
    /** Members on one page. */
    static final int PAGE_SIZE = 8;
    /** The longest member name shown. */
    static final int MAX_NAME = 40;
    /** The most names of people met shown for one member, each cut to {@value #MAX_MET_NAME} characters. */
    static final int MAX_MET = 3;
    static final int MAX_MET_NAME = 30;

    private final Texts texts;

    RosterView(Texts texts) {
        this.texts = texts;
    }

    /** How many pages {@code members} fill; at least one. */
    static int pages(int members) {
        return Math.max(1, (members + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The page (from 0, held within range) of the members in the given order. */
    String page(List<Figures> members, RosterSort sort, int page, Instant now, ZoneId zone, String serverName) {
        if (members.isEmpty()) {
            return texts.get("coach.roster.empty", "server", serverName);
        }
        List<Figures> sorted = new ArrayList<>(members);
        sorted.sort(sort.order(now));
        int shown = Math.max(0, Math.min(page, pages(sorted.size()) - 1));
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("coach.roster.header", "server", serverName, "count", sorted.size(),
                "sort", texts.get("coach.roster.sort." + sort.id()), "page", shown + 1,
                "pages", pages(sorted.size())));
        int from = shown * PAGE_SIZE;
        for (Figures figures : sorted.subList(from, Math.min(sorted.size(), from + PAGE_SIZE))) {
            lines.add(line(figures, now, zone));
        }
        return String.join("\n", lines);
    }

    private String line(Figures figures, Instant now, ZoneId zone) {
        Tally total = figures.total();
        String last = figures.lastActivity().map(at -> DateShape.DAY_MONTH.format(texts, at.atZone(zone)))
                .orElse(texts.get("coach.roster.never"));
        String line = texts.get("coach.roster.member", "name", cut(figures.member().name(), MAX_NAME),
                "contacts", figures.contacts(), "stages", stages(figures),
                "requests", total.requestsSent(), "replies", total.replies(), "meetings", total.meetingsHeld(),
                "thanks", total.thankYousOnTime(), "overdue", figures.overdueFollowUps(), "last", last);
        if (figures.member().sharing() == Sharing.NAMED && !figures.namesMet().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String name : figures.namesMet().subList(0, Math.min(MAX_MET, figures.namesMet().size()))) {
                names.add(cut(name, MAX_MET_NAME));
            }
            int more = figures.namesMet().size() - names.size();
            line += "\n" + texts.get(more > 0 ? "coach.roster.met-more" : "coach.roster.met",
                    "names", String.join(", ", names), "more", more);
        }
        return line;
    }

    /** Contacts per stage, in the order of the stages, leaving out empty ones. */
    private String stages(Figures figures) {
        List<String> parts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Integer count = figures.contactsByStage().get(stage);
            if (count != null && count > 0) {
                parts.add(count + " " + stage.id());
            }
        }
        return parts.isEmpty() ? texts.get("coach.roster.no-contacts") : String.join(", ", parts);
    }

    static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }
}
