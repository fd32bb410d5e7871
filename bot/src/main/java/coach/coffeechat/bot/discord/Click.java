package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.followup.FollowUpAction;
import java.util.Objects;

/**
 * What a user clicked, decoded from a component's custom id by {@link CustomIds#decode(String)}. Every click
 * carries the session version its message was rendered for, so a click on an old message can be recognised as
 * stale. Immutable.
 */
public sealed interface Click {

    /** The session version the clicked message belonged to. */
    long version();

    /**
     * A button naming one option of a choice.
     *
     * @param version the session version
     * @param optionId the option's id, as stored as the answer
     */
    record Option(long version, String optionId) implements Click {
        public Option {
            Objects.requireNonNull(optionId, "optionId");
        }
    }

    /**
     * The select menu of a choice; the picked option arrives as the menu's value, see {@link #picked(String)}.
     *
     * @param version the session version
     */
    record Select(long version) implements Click {
        /** The click on the option the user picked in this menu. */
        public Option picked(String optionId) {
            return new Option(version, optionId);
        }
    }

    /**
     * A control button: back, skip, cancel or help.
     *
     * @param version the session version
     * @param action which control
     */
    record Control(long version, ControlAction action) implements Click {
        public Control {
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * The yes or the no button of a confirmation.
     *
     * @param version the session version
     * @param yes whether the user confirmed
     */
    record Confirm(long version, boolean yes) implements Click {
    }

    /**
     * The button that goes on after an information prompt.
     *
     * @param version the session version
     */
    record Continue(long version) implements Click {
    }

    /**
     * The button that opens the modal of a text or form prompt.
     *
     * @param version the session version
     */
    record OpenModal(long version) implements Click {
    }

    /**
     * A submitted modal of a text or form prompt.
     *
     * @param version the session version
     */
    record SubmitModal(long version) implements Click {
    }

    /**
     * A button under a follow-up reminder.
     *
     * @param version the session version when the reminder was sent
     * @param followUpId the follow-up's id
     * @param action what to do with it
     */
    record FollowUp(long version, long followUpId, FollowUpAction action) implements Click {
        public FollowUp {
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * The Join button under a challenge's post in a server channel.
     *
     * @param version always 0: the button is the same for everyone
     * @param challengeId the challenge it was posted for
     */
    record JoinChallenge(long version, long challengeId) implements Click {
    }
}
