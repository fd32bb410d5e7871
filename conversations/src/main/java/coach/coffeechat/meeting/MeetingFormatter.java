package coach.coffeechat.meeting;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Shows meeting logs as text: the tidy summary for the confirmation and the saved reply, and name lists. */
final class MeetingFormatter {

    private final Texts texts;

    MeetingFormatter(Texts texts) {
        this.texts = texts;
    }

    /** Every answer of a log, one line each, empty answers left out. */
    String summary(String contactName, MeetingLog log) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("meeting.summary.heading", "name", contactName, "date", date(log.metOn()),
                "format", label(log.format()), "minutes", log.minutes()));
        lines.add(texts.get("meeting.summary.learned", "learned", log.learned()));
        if (!log.advice().isEmpty()) {
            lines.add(texts.get("meeting.summary.advice", "advice", log.advice()));
        }
        if (!log.suggested().isEmpty()) {
            lines.add(texts.get("meeting.summary.suggested", "names",
                    String.join(", ", log.suggested().stream().map(MeetingFormatter::nameWithPosition).toList())));
        }
        if (!log.promised().isEmpty()) {
            lines.add(texts.get("meeting.summary.promised", "promised", log.promised()));
        }
        lines.add(texts.get("meeting.summary.interest", "interest", label(log.interest())));
        if (!log.stayInTouch().isEmpty()) {
            lines.add(texts.get("meeting.summary.stay", "stay", log.stayInTouch()));
        }
        return String.join("\n", lines);
    }

    /** "Bo Chen", "Bo Chen and Dee Park", "Bo Chen, Dee Park and Cy Wu". */
    String names(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return texts.get("meeting.names", "first", String.join(", ", names.subList(0, names.size() - 1)),
                "last", names.get(names.size() - 1));
    }

    /** "Monday 2 March 2026". */
    private String date(LocalDate date) {
        return DateShape.LONG_DAY_YEAR.format(texts, date);
    }

    String label(MeetingFormat format) {
        return texts.get("meeting.format." + format.id());
    }

    String label(Interest interest) {
        return texts.get("meeting.interest." + interest.id());
    }

    private static String nameWithPosition(Suggestion person) {
        String position = person.position();
        return position.isEmpty() ? person.name() : person.name() + " (" + position + ")";
    }
}
