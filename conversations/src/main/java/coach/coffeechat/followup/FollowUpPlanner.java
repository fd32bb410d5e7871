package coach.coffeechat.followup;

import coach.coffeechat.config.SettingReader.Delay;
import coach.coffeechat.contact.Cadence;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.StageListener;
import coach.coffeechat.contact.Touch;
import coach.coffeechat.engine.IdleFlows;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.MeetingHistory;
import coach.coffeechat.user.QuietHours;
import coach.coffeechat.user.UserRepository;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Decides what the timer should prompt and when: it listens to stage changes (a sent request schedules the
 * no-reply prompts, a reply cancels them, a meeting schedules the thank-you, the report-back and staying in
 * touch), to scheduled meetings, to deliveries that lead to the next prompt, and to flows left idle. All times
 * are computed in the user's zone and moved out of their quiet hours. Writes only through the connection it
 * is given, so its work commits with the change that caused it.
 */
final class FollowUpPlanner implements StageListener {
    private static final Set<FollowUpKind> NO_REPLY = EnumSet.of(FollowUpKind.SECOND_PERSON,
            FollowUpKind.NO_REPLY_REMINDER, FollowUpKind.MOVE_ON);

    private final FollowUpRepository followUps;
    private final UserRepository users;
    private final FollowUpSettings settings;
    private final ContactBook contacts;
    private final MeetingHistory meetings;
    private final Cohorts cohorts;

    /**
     * @param followUps the follow_ups table
     * @param users the users table, for zones and quiet hours
     * @param settings the cadence
     * @param contacts the contacts, read for the next prompt after a delivery and for a second person to try
     * @param meetings the meetings logged: staying in touch is planned only while the user is still interested
     * @param cohorts the cohort's reminder days for a contact whose request belongs to a coach's server
     */
    FollowUpPlanner(FollowUpRepository followUps, UserRepository users, FollowUpSettings settings,
                    ContactBook contacts, MeetingHistory meetings, Cohorts cohorts) {
        this.followUps = followUps;
        this.cohorts = cohorts;
        this.contacts = contacts;
        this.meetings = meetings;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void stageChanged(Connection connection, Contact contact, Stage from, Stage to, Instant at) {
        UserId owner = contact.owner();
        switch (to) {
            case REQUEST_SENT:
                cancel(connection, contact, NO_REPLY, at);
                if (hasSecondPersonAt(connection, contact)) {
                    schedule(connection, contact, FollowUpKind.SECOND_PERSON, settings.secondPersonAfter(), at);
                }
                schedule(connection, contact, FollowUpKind.NO_REPLY_REMINDER, cohorts.reminderAfter(connection,
                        owner, contact.id(), settings.reminderAfter()), at);
                break;
            case REPLIED:
            case MEETING_SCHEDULED:
                cancel(connection, contact, NO_REPLY, at);
                break;
            case MET:
                // A meeting log is saved before its contact moves to met, so "not for me" is known here.
                cancel(connection, contact, EnumSet.of(FollowUpKind.SECOND_PERSON, FollowUpKind.NO_REPLY_REMINDER,
                        FollowUpKind.MOVE_ON, FollowUpKind.MEETING_PREP), at);
                schedule(connection, contact, FollowUpKind.THANK_YOU, settings.thankYouAfter(), at);
                if (contact.referrerId().isPresent()) {
                    schedule(connection, contact, FollowUpKind.REPORT_BACK, settings.reportBackAfter(), at);
                }
                // A cadence the user chose counts from the meeting log's touch instead (touched below).
                if (cadence(connection, contact) == Cadence.USUAL
                        && meetings.stillInterested(connection, owner, contact.id())) {
                    scheduleStayInTouch(connection, owner, contact.id(),
                            LocalDateTime.ofInstant(at, zone(connection, owner)), zone(connection, owner), at);
                }
                break;
            case THANKED:
                cancel(connection, contact, EnumSet.of(FollowUpKind.THANK_YOU), at);
                break;
            case CLOSED:
                cancel(connection, contact, EnumSet.allOf(FollowUpKind.class), at);
                break;
            default:
                break;
        }
    }

    /** A meeting was scheduled: the prep prompt comes the configured time before it (never in the past). */
    void meetingScheduled(Connection connection, Contact contact, Instant meetingAt, Instant now) {
        cancel(connection, contact, EnumSet.of(FollowUpKind.MEETING_PREP), now);
        Instant due = meetingAt.minus(settings.prepBefore());
        if (due.isBefore(now)) {
            due = now;
        }
        ZoneId zone = zone(connection, contact.owner());
        due = FollowUpCalendar.outsideQuietHours(due, zone, quietHours(connection, contact.owner()));
        if (due.isAfter(meetingAt)) {
            due = now;
        }
        followUps.schedule(connection, new NewFollowUp(contact.owner(), OptionalLong.of(contact.id()),
                FollowUpKind.MEETING_PREP, due, null, null, key(FollowUpKind.MEETING_PREP, contact.id(), meetingAt)), now);
    }

    /** The meeting booked with a contact was cancelled: so is the prep before it. */
    void meetingCancelled(Connection connection, Contact contact, Instant now) {
        cancel(connection, contact, EnumSet.of(FollowUpKind.MEETING_PREP), now);
    }

    /**
     * A prompt reached the user for the first time, or the user settled it before it ever did: some kinds lead to
     * the next one. Called once per prompt, in the transaction of the update that made it so (and only when that
     * update changed the row), never for a snoozed prompt coming back.
     */
    void delivered(Connection connection, FollowUp followUp, Instant now) {
        if (followUp.contactId().isEmpty()) {
            return;
        }
        long contactId = followUp.contactId().getAsLong();
        if (followUp.kind() == FollowUpKind.NO_REPLY_REMINDER) {
            contacts.find(connection, followUp.owner(), contactId).ifPresent(contact ->
                    schedule(connection, contact, FollowUpKind.MOVE_ON, settings.moveOnAfter(), now));
        } else if (followUp.kind() == FollowUpKind.STAY_IN_TOUCH) {
            // The next repeat counts from the wall-clock time this one was meant for, so it keeps its local time.
            FollowUpRepository.LocalDue last = followUps.localDue(connection, followUp.id())
                    .orElse(new FollowUpRepository.LocalDue(LocalDateTime.ofInstant(now, zone(connection,
                            followUp.owner())), zone(connection, followUp.owner())));
            Cadence cadence = contacts.touch(connection, followUp.owner(), contactId).cadence();
            if (cadence == Cadence.OFF) {
                return;
            }
            TemporalAmount every = cadence.days().isPresent() ? Period.ofDays(cadence.days().getAsInt())
                    : settings.stayInTouchEvery();
            LocalDateTime next = last.local();
            do {
                next = next.plus(every);
            } while (!FollowUpCalendar.toInstant(next, last.zone()).isAfter(now));
            if (cadence == Cadence.USUAL) {
                // The yearly limit keeps the usual rhythm in check; a cadence the user chose is theirs to keep.
                scheduleStayInTouchAt(connection, followUp.owner(), contactId,
                        withinYearlyLimit(connection, followUp, next, last.zone()), last.zone(), now);
            } else {
                // Keyed apart from the usual rhythm's repeats, which a cadence chosen later may have cancelled.
                scheduleStayInTouchAt(connection, followUp.owner(), contactId, next, last.zone(), now,
                        "stay-in-touch:" + contactId + ":" + next.toLocalDate() + ":every-" + cadence.id());
            }
        }
    }

    /** The user touched a contact: a cadence they chose starts again from this touch. */
    @Override
    public void touched(Connection connection, Contact contact, Instant at) {
        restartStayInTouch(connection, contact, at);
    }

    /** The user chose a cadence: the stay-in-touch prompt follows it from the last touch (or never, when off). */
    @Override
    public void cadenceChanged(Connection connection, Contact contact, Instant at) {
        restartStayInTouch(connection, contact, at);
    }

    /**
     * Turns flows left idle into one reminder each; a session is reminded once per idle spell (any new input
     * clears the mark).
     *
     * @param idleFlows the engine's account of open flows
     * @return how many reminders were scheduled
     */
    int remindIdleFlows(Connection connection, IdleFlows idleFlows, Instant now, int limit) {
        List<IdleFlows.Idle> idle = idleFlows.idleSince(connection, now, limit);
        for (IdleFlows.Idle session : idle) {
            UserId owner = session.user();
            Instant due = FollowUpCalendar.outsideQuietHours(now, zone(connection, owner), quietHours(connection, owner));
            followUps.schedule(connection, new NewFollowUp(owner, OptionalLong.empty(), FollowUpKind.UNFINISHED_FLOW,
                    due, null, null, new IdleFlowReminder(owner, session.version()).key()), now);
            idleFlows.markReminded(connection, session, now);
        }
        return idle.size();
    }

    // At most N stay-in-touch prompts for a contact in any 365 days: if the next one would be one too many, it
    // waits for the anniversary of the oldest of the last N.
    private LocalDateTime withinYearlyLimit(Connection connection, FollowUp followUp, LocalDateTime next, ZoneId zone) {
        int max = settings.stayInTouchMaxPerYear();
        List<LocalDateTime> recent = followUps.recentLocalDues(connection, followUp.contactId().getAsLong(),
                FollowUpKind.STAY_IN_TOUCH, max);
        if (recent.size() < max) {
            return next;
        }
        LocalDateTime oldest = recent.get(recent.size() - 1);
        LocalDateTime allowed = oldest.plusDays(365);
        return next.isBefore(allowed) ? allowed : next;
    }

    // A chosen cadence counts from the last touch: the prompt waiting is replaced by one that many days after it, in
    // the user's wall-clock time (at once when that has passed). Off leaves none; the usual rhythm is left as it is.
    private void restartStayInTouch(Connection connection, Contact contact, Instant now) {
        Touch touch = contacts.touch(connection, contact.owner(), contact.id());
        if (touch.cadence() == Cadence.USUAL) {
            return;
        }
        Optional<Instant> from = touch.countingFrom();
        if (touch.cadence().days().isEmpty() || from.isEmpty() || contact.stage() == Stage.CLOSED) {
            cancel(connection, contact, EnumSet.of(FollowUpKind.STAY_IN_TOUCH), now);
            return;
        }
        ZoneId zone = zone(connection, contact.owner());
        LocalDateTime local = LocalDateTime.ofInstant(from.get(), zone).plusDays(touch.cadence().days().getAsInt());
        if (!FollowUpCalendar.toInstant(local, zone).isAfter(now)) {
            local = LocalDateTime.ofInstant(now, zone);
        }
        Instant due = FollowUpCalendar.outsideQuietHours(FollowUpCalendar.toInstant(local, zone), zone,
                quietHours(connection, contact.owner()));
        boolean planned = followUps.open(connection, contact.owner()).stream().anyMatch(followUp ->
                followUp.kind() == FollowUpKind.STAY_IN_TOUCH && followUp.state() == FollowUpState.PENDING
                        && followUp.contactId().equals(OptionalLong.of(contact.id())) && followUp.dueAt().equals(due));
        if (planned) {
            // Two touches in one step (a meeting logged with a cadence chosen) plan the same prompt once.
            return;
        }
        cancel(connection, contact, EnumSet.of(FollowUpKind.STAY_IN_TOUCH), now);
        scheduleStayInTouchAt(connection, contact.owner(), contact.id(), local, zone, now,
                "stay-in-touch:" + contact.id() + ":" + local.toLocalDate() + ":" + now.getEpochSecond());
    }

    private Cadence cadence(Connection connection, Contact contact) {
        return contacts.touch(connection, contact.owner(), contact.id()).cadence();
    }

    private void scheduleStayInTouch(Connection connection, UserId owner, long contactId, LocalDateTime from,
                                     ZoneId zone, Instant now) {
        scheduleStayInTouchAt(connection, owner, contactId, from.plus(settings.stayInTouchEvery()), zone, now);
    }

    private void scheduleStayInTouchAt(Connection connection, UserId owner, long contactId, LocalDateTime local,
                                       ZoneId zone, Instant now) {
        scheduleStayInTouchAt(connection, owner, contactId, local, zone, now,
                "stay-in-touch:" + contactId + ":" + local.toLocalDate());
    }

    private void scheduleStayInTouchAt(Connection connection, UserId owner, long contactId, LocalDateTime local,
                                       ZoneId zone, Instant now, String key) {
        Instant due = FollowUpCalendar.outsideQuietHours(FollowUpCalendar.toInstant(local, zone), zone,
                quietHours(connection, owner));
        followUps.schedule(connection, new NewFollowUp(owner, OptionalLong.of(contactId), FollowUpKind.STAY_IN_TOUCH,
                due, local, zone, key), now);
    }

    private void schedule(Connection connection, Contact contact, FollowUpKind kind, Delay delay, Instant from) {
        ZoneId zone = zone(connection, contact.owner());
        Instant due = FollowUpCalendar.plusBusinessDays(from.plus(delay.duration()), delay.businessDays(), zone);
        due = FollowUpCalendar.outsideQuietHours(due, zone, quietHours(connection, contact.owner()));
        followUps.schedule(connection, new NewFollowUp(contact.owner(), OptionalLong.of(contact.id()), kind, due, null,
                null, key(kind, contact.id(), from)), from);
    }

    private void cancel(Connection connection, Contact contact, Set<FollowUpKind> kinds, Instant at) {
        followUps.cancel(connection, contact.owner(), contact.id(), kinds, at);
    }

    private boolean hasSecondPersonAt(Connection connection, Contact contact) {
        return !contacts.notYetAskedAt(connection, contact).isEmpty();
    }

    private ZoneId zone(Connection connection, UserId owner) {
        return users.zoneOrDefault(connection, owner);
    }

    private QuietHours quietHours(Connection connection, UserId owner) {
        return users.quietHoursOrDefault(connection, owner);
    }

    private static String key(FollowUpKind kind, long contactId, Instant at) {
        return kind.id() + ":" + contactId + ":" + at.getEpochSecond();
    }
}
