package coach.coffeechat.coach;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.StageChange;
import coach.coffeechat.contact.ThankYous;
import coach.coffeechat.followup.FollowUp;
import coach.coffeechat.followup.FollowUpFeature;
import coach.coffeechat.followup.FollowUpKind;
import coach.coffeechat.meeting.MeetingHeld;
import coach.coffeechat.meeting.MeetingHistory;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a member's figures through the other features' public faces (their contacts, meetings and follow-ups),
 * keeping only what the coach may see. Stateless.
 */
final class FiguresReader {
    private final ContactBook contacts;
    private final MeetingHistory meetings;
    private final FollowUpFeature followUps;

    FiguresReader(ContactBook contacts, MeetingHistory meetings, FollowUpFeature followUps) {
        this.contacts = contacts;
        this.meetings = meetings;
        this.followUps = followUps;
    }

    /** Each member's figures at {@code now}. */
    List<Figures> read(Connection connection, List<Member> members, Instant now) {
        List<Figures> figures = new ArrayList<>(members.size());
        for (Member member : members) {
            figures.add(read(connection, member, now));
        }
        return figures;
    }

    /** One member's figures at {@code now}. */
    Figures read(Connection connection, Member member, Instant now) {
        List<Contact> kept = contacts.list(connection, member.user());
        Map<Long, Contact> byId = new HashMap<>();
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        Optional<Instant> last = Optional.empty();
        for (Contact contact : kept) {
            byId.put(contact.id(), contact);
            byStage.merge(contact.stage(), 1, Integer::sum);
            last = latest(last, contact.createdAt());
        }
        List<Figures.Step> steps = new ArrayList<>();
        Map<Long, Instant> metAt = new HashMap<>();
        for (StageChange change : contacts.stageChanges(connection, member.user())) {
            last = latest(last, change.at());
            switch (change.to()) {
                case REQUEST_SENT -> steps.add(new Figures.Step(Figures.Kind.REQUEST_SENT, change.at()));
                case REPLIED -> steps.add(new Figures.Step(Figures.Kind.REPLY, change.at()));
                case MET -> metAt.put(change.contactId(), change.at());
                case THANKED -> {
                    Instant met = metAt.get(change.contactId());
                    if (met != null && ThankYous.onTime(met, change.at())) {
                        steps.add(new Figures.Step(Figures.Kind.THANK_YOU_ON_TIME, change.at()));
                    }
                }
                default -> { }
            }
        }
        Set<String> namesMet = new LinkedHashSet<>();
        for (MeetingHeld meeting : meetings.held(connection, member.user())) {
            steps.add(new Figures.Step(Figures.Kind.MEETING, meeting.loggedAt()));
            last = latest(last, meeting.loggedAt());
            Contact met = byId.get(meeting.contactId());
            if (met != null) {
                namesMet.add(met.name());
            }
        }
        steps.sort(Comparator.comparing(Figures.Step::at));
        int overdue = 0;
        for (FollowUp followUp : followUps.open(connection, member.user())) {
            if (followUp.kind() != FollowUpKind.UNFINISHED_FLOW && followUp.dueAt().isBefore(now)) {
                overdue++;
            }
        }
        return new Figures(member, byStage, steps, overdue, last, new ArrayList<>(namesMet));
    }

    private static Optional<Instant> latest(Optional<Instant> last, Instant at) {
        return last.isPresent() && !at.isAfter(last.get()) ? last : Optional.of(at);
    }
}
