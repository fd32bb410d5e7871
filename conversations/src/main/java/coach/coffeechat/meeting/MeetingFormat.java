package coach.coffeechat.meeting;

import java.util.Locale;
import java.util.Optional;

/** How a meeting took place. */
public enum MeetingFormat {
    /** Face to face, at their workplace or a coffee place near it. */
    IN_PERSON,
    /** A phone call. */
    PHONE,
    /** A video call. */
    VIDEO;

    /** The stable id stored and typed, such as {@code in-person}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format with this id; spaces and underscores are accepted for dashes. */
    public static Optional<MeetingFormat> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (MeetingFormat format : values()) {
            if (format.id().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
