package coach.coffeechat.engine;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the coach of a server set for its members (issue 12): questions added to the bank, templates written in
 * place of shipped ones, and the cohort's defaults. A feature asks it with the server of the command that started
 * the work ({@link Place#serverId()}): outside a server (a DM, the console without {@code server:}) there is no
 * server, and the shipped material and {@code config/} apply. Read in the caller's transaction. Implemented by the
 * coach feature; {@link #NONE} knows no server.
 */
public interface ServerMaterial {
    /** No server's material: everything shipped applies. */
    ServerMaterial NONE = new ServerMaterial() {
        @Override
        public Optional<String> template(Connection connection, String serverId, String name) {
            return Optional.empty();
        }

        @Override
        public List<Question> questions(Connection connection, String serverId) {
            return List.of();
        }

        @Override
        public OptionalInt meetingMinutes(Connection connection, String serverId) {
            return OptionalInt.empty();
        }

        @Override
        public OptionalInt reminderDays(Connection connection, String serverId) {
            return OptionalInt.empty();
        }
    };

    /**
     * A question the server's coach added to its bank.
     *
     * @param id its id, stable while it is kept
     * @param text the question, possibly with {@code ${name}}, {@code ${organisation}} and {@code ${field}}
     * @param tagIds what it is for, as the bank writes tags ({@code insights}, {@code referral} ...)
     */
    record Question(long id, String text, List<String> tagIds) {
        public Question {
            tagIds = List.copyOf(tagIds);
        }
    }

    /**
     * The template the server's coach wrote in place of a shipped one, by its name ({@code email-cold},
     * {@code followup-reminder}); empty for no server or none written.
     */
    Optional<String> template(Connection connection, String serverId, String name);

    /** The questions the server's coach added, oldest first; none for no server. */
    List<Question> questions(Connection connection, String serverId);

    /** The cohort's usual meeting length in minutes, if the server is set up. */
    OptionalInt meetingMinutes(Connection connection, String serverId);

    /**
     * The minutes a member of the server starts from: the cohort's usual meeting length held within {@code range},
     * or the range's own default when there is no cohort.
     */
    default int usualMinutes(Connection connection, String serverId, Minutes.Range range) {
        OptionalInt cohort = meetingMinutes(connection, serverId);
        return cohort.isPresent() ? range.withDefault(cohort.getAsInt()).byDefault() : range.byDefault();
    }

    /** The cohort's days before a polite reminder when a request gets no reply, if the server is set up. */
    OptionalInt reminderDays(Connection connection, String serverId);
}
