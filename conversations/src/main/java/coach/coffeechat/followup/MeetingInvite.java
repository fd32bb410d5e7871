package coach.coffeechat.followup;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.parameter.Related;
import biweekly.property.Status;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Attachment;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The iCalendar file ({@code .ics}) of a booked meeting, written with biweekly: the meeting in the user's zone with
 * its VTIMEZONE ({@link InviteTimeZone}), the contact's name and the format, an alarm 15 minutes before, and the
 * questions prepared for that contact in the description. A moved meeting is the same event (same UID) with a
 * higher SEQUENCE; a cancelled one is METHOD:CANCEL. Text users typed goes in as property values, which biweekly
 * escapes, so no name or question can end a line or a component early. Stateless and thread-safe.
 */
final class MeetingInvite {
    /** How long before the meeting the calendar reminds. */
    static final int ALARM_MINUTES = 15;

    private final Texts texts;

    MeetingInvite(Texts texts) {
        this.texts = texts;
    }

    /**
     * One meeting as its invite tells it.
     *
     * @param uid the event's UID, the same for every update
     * @param sequence 0 for the first invite, one more for each update and the cancellation
     * @param start when it starts
     * @param minutes how long it lasts
     * @param zone the user's zone, in which the times are written
     * @param contactName whom it is with
     * @param format in-person, phone or video; empty when left to the contact
     * @param questions the questions prepared for them, in order; empty when none were saved
     */
    record Details(String uid, int sequence, Instant start, int minutes, ZoneId zone, String contactName,
                   String format, List<String> questions) {
        Details {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(contactName, "contactName");
            Objects.requireNonNull(format, "format");
            questions = List.copyOf(questions);
        }
    }

    /** The invite for a new or moved meeting (METHOD:REQUEST), stamped {@code now}. */
    Attachment request(Details meeting, Instant now) {
        ICalendar calendar = calendar(meeting, "REQUEST");
        VEvent event = event(meeting, now);
        event.setStatus(Status.confirmed());
        event.addAlarm(VAlarm.display(new Trigger(new Duration.Builder().prior(true).minutes(ALARM_MINUTES).build(),
                Related.START), texts.get("followup.invite.alarm", "name", clean(meeting.contactName()),
                "minutes", ALARM_MINUTES)));
        calendar.addEvent(event);
        return file(meeting, calendar);
    }

    /** The cancellation of a meeting (METHOD:CANCEL, STATUS:CANCELLED), stamped {@code now}. */
    Attachment cancel(Details meeting, Instant now) {
        ICalendar calendar = calendar(meeting, "CANCEL");
        VEvent event = event(meeting, now);
        event.setStatus(Status.cancelled());
        calendar.addEvent(event);
        return file(meeting, calendar);
    }

    private static ICalendar calendar(Details meeting, String method) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Coffee Chat Coach//Meeting invite//EN");
        calendar.setMethod(method);
        calendar.getTimezoneInfo().setDefaultTimezone(InviteTimeZone.assignment(meeting.zone(), meeting.start()));
        return calendar;
    }

    private VEvent event(Details meeting, Instant now) {
        VEvent event = new VEvent();
        event.setUid(meeting.uid());
        event.setSequence(meeting.sequence());
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(meeting.start()), true);
        event.setDateEnd(Date.from(meeting.start().plusSeconds(60L * meeting.minutes())), true);
        String name = clean(meeting.contactName());
        event.setSummary(meeting.format().isEmpty() ? texts.get("followup.invite.summary", "name", name)
                : texts.get("followup.invite.summary.format", "name", name,
                        "format", texts.get("followup.meeting-format." + meeting.format())));
        event.setDescription(description(meeting, name));
        return event;
    }

    private String description(Details meeting, String name) {
        StringBuilder out = new StringBuilder(meeting.format().isEmpty()
                ? texts.get("followup.invite.format.open", "name", name)
                : texts.get("followup.invite.format", "format", texts.get("followup.meeting-format." + meeting.format())));
        out.append("\n\n");
        if (meeting.questions().isEmpty()) {
            out.append(texts.get("followup.invite.no-questions", "name", name));
        } else {
            out.append(texts.get("followup.invite.questions"));
            for (int i = 0; i < meeting.questions().size(); i++) {
                out.append('\n').append(i + 1).append(". ").append(clean(meeting.questions().get(i)));
            }
        }
        return out.toString();
    }

    private static Attachment file(Details meeting, ICalendar calendar) {
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            // biweekly folds at 75 characters; RFC 5545 counts octets, so the lines are folded below instead.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return new Attachment(fileName(meeting.contactName()), "text/calendar",
                fold(out.toString()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Folds every line longer than 75 octets of UTF-8 (RFC 5545 3.1): each continuation starts with a space and
     * holds at most 74 more, and no character is split across lines.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r\n", -1)) {
            if (out.length() > 0) {
                out.append("\r\n");
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    /** {@code coffee-chat-ana-li.ics}: the name in plain lowercase letters, digits and dashes. */
    static String fileName(String contactName) {
        String plain = Normalizer.normalize(contactName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "coffee-chat.ics" : "coffee-chat-" + plain + ".ics";
    }

    // Control characters other than line breaks have no place in a calendar; line breaks are escaped by biweekly.
    private static String clean(String typed) {
        return typed.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cc}&&[^\\n]]", " ");
    }
}
