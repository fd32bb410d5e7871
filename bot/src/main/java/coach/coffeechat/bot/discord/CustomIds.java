package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.followup.FollowUpAction;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Encodes and decodes the custom ids of the bot's buttons, selects and modals, such as {@code cc:42:o:remote} (the
 * option {@code remote} of the prompt at session version 42). Encoding refuses an id longer than Discord's
 * {@value #MAX_LENGTH} characters; decoding never throws, so a stale or foreign id simply yields nothing.
 * Stateless and thread-safe.
 *
 * <p>Example: {@code CustomIds.decode(event.getComponentId()).ifPresent(click -> ...)}
 */
public final class CustomIds {
    /** Discord's limit for a component's or modal's custom id. */
    public static final int MAX_LENGTH = 100;
    /** The custom id of the single text input in the modal of a {@code Prompt.Text}. */
    public static final String TEXT_ANSWER = "answer";

    private static final String PREFIX = "cc";
    private static final Pattern ID = Pattern.compile("cc:(0|[1-9][0-9]{0,18}):(.+)", Pattern.DOTALL);
    private static final Pattern FOLLOW_UP = Pattern.compile("f:(0|[1-9][0-9]{0,18}):([a-z0-9-]+)");
    private static final Pattern JOIN = Pattern.compile("j:(0|[1-9][0-9]{0,18})");

    private CustomIds() {
    }

    /** The id of the button that picks option {@code optionId}, for example {@code cc:42:o:remote}. */
    public static String option(long version, String optionId) {
        Objects.requireNonNull(optionId, "optionId");
        if (optionId.isEmpty()) {
            throw new IllegalArgumentException("an option id must not be empty");
        }
        return checked(version, "o:" + optionId);
    }

    /** The id of the select menu of a choice; the picked option arrives as the menu's value. */
    public static String select(long version) {
        return checked(version, "s");
    }

    /** The id of a control button, for example {@code cc:42:c:back}. */
    public static String control(long version, ControlAction action) {
        return checked(version, "c:" + action.word());
    }

    /** The id of the yes ({@code cc:42:y}) or no ({@code cc:42:n}) button of a confirmation. */
    public static String confirm(long version, boolean yes) {
        return checked(version, yes ? "y" : "n");
    }

    /** The id of the button that goes on after an information prompt. */
    public static String proceed(long version) {
        return checked(version, "g");
    }

    /** The id of the button that opens the modal of a text or form prompt. */
    public static String openModal(long version) {
        return checked(version, "m");
    }

    /** The id of the modal itself, returned when the user submits it. */
    public static String modal(long version) {
        return checked(version, "d");
    }

    /** The id of a follow-up button, for example {@code cc:42:f:7:snooze-day}. */
    public static String followUp(long version, long followUpId, FollowUpAction action) {
        if (followUpId < 0) {
            throw new IllegalArgumentException("a follow-up id must not be negative, was " + followUpId);
        }
        return checked(version, "f:" + followUpId + ":" + action.id());
    }

    /**
     * The id of the Join button under a challenge's post in a channel, for example {@code cc:0:j:7}: anyone may
     * click it, so it carries no session version (always 0).
     */
    public static String joinChallenge(long challengeId) {
        if (challengeId < 0) {
            throw new IllegalArgumentException("a challenge id must not be negative, was " + challengeId);
        }
        return checked(0, "j:" + challengeId);
    }

    /** The id of this version and payload; refuses what Discord would refuse, naming the id and the limit. */
    private static String checked(long version, String payload) {
        if (version < 0) {
            throw new IllegalArgumentException("a session version must not be negative, was " + version);
        }
        String id = PREFIX + ":" + version + ":" + payload;
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the custom id '" + id + "' has " + id.length()
                    + " characters; Discord allows at most " + MAX_LENGTH + " (is an option id too long?)");
        }
        return id;
    }

    /**
     * The click an id stands for, or empty for anything this bot did not produce (another bot's id, an id from an
     * older scheme, garbage, {@code null}).
     */
    public static Optional<Click> decode(String customId) {
        if (customId == null || customId.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher id = ID.matcher(customId);
        if (!id.matches()) {
            return Optional.empty();
        }
        long version;
        try {
            version = Long.parseLong(id.group(1));
        } catch (NumberFormatException tooBig) {
            return Optional.empty();
        }
        return payload(version, id.group(2));
    }

    private static Optional<Click> payload(long version, String payload) {
        switch (payload) {
            case "s":
                return Optional.of(new Click.Select(version));
            case "y":
                return Optional.of(new Click.Confirm(version, true));
            case "n":
                return Optional.of(new Click.Confirm(version, false));
            case "g":
                return Optional.of(new Click.Continue(version));
            case "m":
                return Optional.of(new Click.OpenModal(version));
            case "d":
                return Optional.of(new Click.SubmitModal(version));
            default:
                break;
        }
        if (payload.startsWith("o:") && payload.length() > 2) {
            return Optional.of(new Click.Option(version, payload.substring(2)));
        }
        if (payload.startsWith("c:")) {
            String word = payload.substring(2);
            for (ControlAction action : ControlAction.values()) {
                if (action.word().equals(word)) {
                    return Optional.of(new Click.Control(version, action));
                }
            }
            return Optional.empty();
        }
        Matcher join = JOIN.matcher(payload);
        if (join.matches()) {
            try {
                return Optional.of(new Click.JoinChallenge(version, Long.parseLong(join.group(1))));
            } catch (NumberFormatException tooBig) {
                return Optional.empty();
            }
        }
        Matcher followUp = FOLLOW_UP.matcher(payload);
        if (followUp.matches()) {
            long followUpId;
            try {
                followUpId = Long.parseLong(followUp.group(1));
            } catch (NumberFormatException tooBig) {
                return Optional.empty();
            }
            return FollowUpAction.fromId(followUp.group(2))
                    .map(action -> new Click.FollowUp(version, followUpId, action));
        }
        return Optional.empty();
    }
}
