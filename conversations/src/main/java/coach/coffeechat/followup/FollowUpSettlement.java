package coach.coffeechat.followup;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.user.UserRepository;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a user does with one follow-up: Done, Snooze, Skip, Draft it. The change is decided against the row as it
 * is when it changes, not as it was read a moment before: a prompt the timer is delivering right now is settled
 * from its claim, and then the user's click, not the timer's record, plans what it leads to; if the timer recorded
 * the delivery first, the click settles the sent row and plans nothing more. Thread-safe.
 */
final class FollowUpSettlement {
    /** Reads of a row that changed under the click before it gives up; each change is a step the row took. */
    private static final int MAX_READS = 5;
    /** The prompts whose Done means the user was in touch with the contact. */
    private static final Set<FollowUpKind> TOUCHES = EnumSet.of(FollowUpKind.THANK_YOU, FollowUpKind.STAY_IN_TOUCH);

    private final Texts texts;
    private final UserRepository users;
    private final ContactBook contacts;
    private final FollowUpRepository followUps;
    private final FollowUpPlanner planner;
    private final FollowUpRenderer renderer;
    private final Snoozes snoozes;

    FollowUpSettlement(Texts texts, UserRepository users, ContactBook contacts, FollowUpRepository followUps,
                       FollowUpPlanner planner, FollowUpRenderer renderer) {
        this.texts = texts;
        this.users = users;
        this.contacts = contacts;
        this.followUps = followUps;
        this.planner = planner;
        this.renderer = renderer;
        this.snoozes = new Snoozes(users, contacts);
    }

    /** Applies an action to one of the user's follow-ups and says what to tell them. */
    List<String> act(StepContext context, long followUpId, FollowUpAction action) {
        Connection connection = context.connection();
        Optional<FollowUp> found = followUps.find(connection, context.user(), followUpId);
        if (found.isEmpty() || !found.get().state().open()) {
            return List.of(texts.get("followup.act.settled"));
        }
        if (action == FollowUpAction.DRAFT) {
            return renderer.draft(connection, found.get())
                    .map(draft -> List.of(texts.get(found.get().kind() == FollowUpKind.NO_REPLY_REMINDER
                            ? "followup.act.draft.reply" : "followup.act.draft"), draft))
                    .orElse(List.of(texts.get("followup.act.no-draft")));
        }
        Instant now = context.now();
        if (action.snooze().isPresent()) {
            ZoneId zone = users.zoneOrDefault(connection, context.user());
            if (!snoozes.fits(connection, found.get(), action, now)) {
                // A button from an older message, or a list shown before the meeting came so close.
                return List.of(texts.get("followup.act.snooze-after-meeting", "name", contactName(context, found.get()),
                        "when", snoozes.deadline(connection, found.get())
                                .map(at -> DateShape.SHORT_DAY_TIME.format(texts, at.atZone(zone))).orElse("")));
            }
            Instant until = snoozes.until(connection, context.user(), action, now);
            Optional<FollowUp> snoozed = settle(connection, context.user(), followUpId, FollowUpState.SNOOZED, until,
                    now);
            if (snoozed.isEmpty()) {
                return List.of(texts.get("followup.act.settled"));
            }
            if (snoozed.get().state() == FollowUpState.CLAIMED && snoozed.get().deliveries() == 0) {
                // Snoozed while its first delivery was in flight: that delivery counts as the first (the repository
                // gave the snoozed one a new delivery key), so what it would have planned is planned now.
                planner.delivered(connection, snoozed.get(), now);
            }
            return List.of(texts.get("followup.act.snoozed", "when",
                    DateShape.SHORT_DAY_TIME.format(texts, until.atZone(zone))));
        }
        FollowUpState state = action == FollowUpAction.DONE ? FollowUpState.DONE : FollowUpState.SKIPPED;
        Optional<FollowUp> settled = settle(connection, context.user(), followUpId, state, null, now);
        if (settled.isEmpty()) {
            return List.of(texts.get("followup.act.settled"));
        }
        FollowUp followUp = settled.get();
        if (followUp.deliveries() == 0) {
            // Settled before it ever reached the user: what its delivery would have planned is planned now.
            planner.delivered(connection, followUp, now);
        }
        if (action == FollowUpAction.DONE && followUp.kind() == FollowUpKind.THANK_YOU
                && followUp.contactId().isPresent()) {
            contacts.find(connection, context.user(), followUp.contactId().getAsLong())
                    .filter(contact -> contact.stage() == Stage.MET)
                    .ifPresent(contact -> contacts.moveStage(connection, context.user(), contact.id(),
                            Stage.THANKED, now));
        }
        if (action == FollowUpAction.DONE && TOUCHES.contains(followUp.kind()) && followUp.contactId().isPresent()) {
            // Thanking someone or getting back in touch is touching them: a cadence they chose restarts here.
            contacts.touched(connection, context.user(), followUp.contactId().getAsLong(), now);
        }
        return List.of(texts.get(action == FollowUpAction.DONE ? "followup.act.done" : "followup.act.skipped"));
    }

    private String contactName(StepContext context, FollowUp followUp) {
        return followUp.contactId().stream().mapToObj(id -> contacts.find(context.connection(), context.user(), id))
                .flatMap(Optional::stream).map(Contact::name).findFirst().orElse("");
    }

    /**
     * Settles the row from the state it is in: read, then changed only if still as read, read again if not.
     *
     * @return the row as it was when it was settled; empty when it is not open (any more)
     */
    private Optional<FollowUp> settle(Connection connection, UserId user, long id, FollowUpState to, Instant wakeAt,
                                      Instant now) {
        for (int read = 0; read < MAX_READS; read++) {
            Optional<FollowUp> current = followUps.find(connection, user, id).filter(row -> row.state().open());
            if (current.isEmpty() || followUps.settle(connection, current.get(), to, wakeAt, now)) {
                return current;
            }
        }
        return Optional.empty();
    }
}
