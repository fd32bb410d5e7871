package coach.coffeechat.followup;

import coach.coffeechat.config.SettingReader.Delay;
import coach.coffeechat.engine.ServerMaterial;
import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The cohort rules for follow-ups: a contact's follow-ups belong to the server its newest request was drafted in
 * ({@link CohortLink}); there the cohort's days before a polite reminder replace {@code config/}'s, and the drafts
 * its coach wrote replace the shipped ones. Thread-safe.
 */
final class Cohorts {
    /** The follow-up drafts a server's coach may replace, by the name the coach uses. */
    static final List<String> DRAFTS = List.of("thank-you-interested", "thank-you-brief", "reminder", "report-back",
            "stay-in-touch");
    /** How a follow-up draft's name starts among a server's templates. */
    static final String PREFIX = "followup-";

    private final CohortLink link;
    private final ServerMaterial material;

    Cohorts(CohortLink link, ServerMaterial material) {
        this.link = link;
        this.material = material;
    }

    /** The delay before the polite reminder: the cohort's days, or the configured delay. */
    Delay reminderAfter(Connection connection, UserId owner, long contactId, Delay configured) {
        OptionalInt days = link.serverOf(connection, owner, contactId)
                .map(server -> material.reminderDays(connection, server)).orElse(OptionalInt.empty());
        return days.isPresent() ? new Delay(Duration.ofDays(days.getAsInt()), 0) : configured;
    }

    /** The server's own text of a draft ({@code reminder.txt}), when the coach of its cohort wrote one. */
    Optional<String> draft(Connection connection, UserId owner, long contactId, String file) {
        String name = PREFIX + file.replaceFirst("\\.txt$", "");
        return link.serverOf(connection, owner, contactId)
                .flatMap(server -> material.template(connection, server, name));
    }
}
