package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.util.Duration;
import coach.coffeechat.Coach;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Sql;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.ProductBench;
import coach.coffeechat.testing.TestCoach;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code .ics} files of {@code /meeting schedule} and {@code /meeting cancel}, parsed back with biweekly: the
 * meeting in the user's zone with a VTIMEZONE that is right on both sides of a daylight-saving change, the same UID
 * and a higher SEQUENCE for a move and the cancellation, a 15-minute alarm, the saved questions, and text users
 * typed escaped so that it never breaks the file. Berlin leaves summer time on Sunday 25 October 2026.
 */
final class MeetingInviteTest {
    private static final UserId MAYA = new UserId("maya");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ProductBench bench = new ProductBench();
    private final MutableClock clock = bench.clock();
    private final Coach coach = bench.coach();

    @BeforeEach
    void open() {
        // Tuesday 20 October 2026, 10:00 in Berlin (summer time, UTC+2).
        clock.advance(java.time.Duration.between(clock.instant(), Instant.parse("2026-10-20T08:00:00Z")));
        TestCoach.addAnaLi(coach, MAYA);
        bench.handle(MAYA, new Input.Command("settings", Map.of("timezone", "Europe/Berlin")));
    }

    @AfterEach
    void close() {
        bench.close();
    }

    @Test
    void aMeetingTheWeekAfterTheChangeIsInBerlinWinterTimeWithItsZoneAlarmAndQuestions() {
        saveQuestions("What surprised you most in your first year?", "Who else do you think I should talk to?");

        Reply booked = schedule("2026-10-29 10:00", "video");

        assertThat(booked.attachments()).hasSize(1);
        Attachment file = booked.attachments().get(0);
        assertThat(file.fileName()).isEqualTo("coffee-chat-ana-li.ics");
        assertThat(file.mediaType()).isEqualTo("text/calendar");
        String text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("METHOD:REQUEST", "DTSTART;TZID=Europe/Berlin:20261029T100000",
                "BEGIN:VTIMEZONE", "TZID:Europe/Berlin");
        ICalendar calendar = Biweekly.parse(text).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-29T09:00:00Z"));
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getUid().getValue()).isNotBlank();
        assertThat(event.getSummary().getValue()).isEqualTo("Coffee chat with Ana Li, by video");
        assertThat(event.getDescription().getValue()).contains("1. What surprised you most in your first year?",
                "2. Who else do you think I should talk to?");
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-29T09:30:00Z"));

        // The zone as the file describes it, not as the JDK knows it: summer time before the change, winter after.
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(event.getDateStart());
        assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Berlin");
        TimeZone read = zone.getTimeZone();
        assertThat(read.getOffset(Instant.parse("2026-10-20T08:00:00Z").toEpochMilli())).isEqualTo(2 * 3_600_000);
        assertThat(read.getOffset(Instant.parse("2026-10-29T09:00:00Z").toEpochMilli())).isEqualTo(3_600_000);
        assertThat(read.getOffset(Instant.parse("2027-04-01T09:00:00Z").toEpochMilli())).isEqualTo(2 * 3_600_000);

        VAlarm alarm = event.getAlarms().get(0);
        assertThat(alarm.getAction().isDisplay()).isTrue();
        assertThat(alarm.getTrigger().getDuration()).isEqualTo(new Duration.Builder().prior(true).minutes(15).build());
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as(warnings.toString()).isTrue();
    }

    @Test
    void movingTheMeetingAcrossTheChangeKeepsTheUidWithAHigherSequenceAndItsLocalTime() {
        ICalendar first = invite(schedule("2026-10-22 10:00", "phone"));
        Reply again = schedule("2026-10-29 10:00", "phone");
        ICalendar moved = invite(again);

        assertThat(again.text()).contains(ProductBench.text("followup.schedule.moved",
                "before", "Thursday 22 October at 10:00"));

        VEvent before = first.getEvents().get(0);
        VEvent after = moved.getEvents().get(0);
        assertThat(before.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-22T08:00:00Z"));
        assertThat(after.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-29T09:00:00Z"));
        assertThat(after.getUid().getValue()).isEqualTo(before.getUid().getValue());
        assertThat(after.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(bench.database().inTransaction(c -> coach.followUps().open(c, MAYA)).stream()
                .filter(f -> f.kind() == FollowUpKind.MEETING_PREP).map(FollowUp::dueAt))
                .as("one prep, the day before the new time").containsExactly(Instant.parse("2026-10-28T09:00:00Z"));
    }

    @Test
    void cancellingSendsACancelOfTheSameEventDropsThePrepAndForgetsTheBooking() {
        ICalendar booked = invite(schedule("2026-10-22 10:00", ""));
        invite(schedule("2026-10-29 10:00", ""));
        assertThat(show()).contains("Meeting booked: Thursday 29 October 2026 at 10:00 (Europe/Berlin)");

        Reply cancelled = bench.handle(MAYA, new Input.Command("meeting cancel", Map.of("contact", "Ana Li")));

        ICalendar cancel = invite(cancelled);
        VEvent event = cancel.getEvents().get(0);
        assertThat(cancel.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event.getStatus().isCancelled()).isTrue();
        assertThat(event.getUid().getValue()).isEqualTo(booked.getEvents().get(0).getUid().getValue());
        assertThat(event.getSequence().getValue()).isEqualTo(2);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-10-29T09:00:00Z"));
        assertThat(cancelled.text()).contains(ProductBench.text("followup.cancel.done", "name", "Ana Li",
                "when", "Thursday 29 October at 10:00"));
        List<FollowUp> open = bench.database().inTransaction(c -> coach.followUps().open(c, MAYA));
        assertThat(open).extracting(FollowUp::kind).doesNotContain(FollowUpKind.MEETING_PREP);
        assertThat(show()).doesNotContain("Meeting booked").contains(ProductBench.text("contact.stage.replied"));

        Reply again = bench.handle(MAYA, new Input.Command("meeting cancel", Map.of("contact", "Ana Li")));
        assertThat(again.attachments()).isEmpty();
        assertThat(again.text()).contains(ProductBench.text("followup.cancel.none", "name", "Ana Li"));
    }

    @Test
    void aMeetingBookedAfterThePreviousOneHasPassedIsANewEvent() {
        VEvent first = invite(schedule("2026-10-22 10:00", "")).getEvents().get(0);
        clock.advance(java.time.Duration.ofDays(3));

        VEvent next = invite(schedule("2026-10-29 10:00", "")).getEvents().get(0);

        assertThat(next.getUid().getValue()).isNotEqualTo(first.getUid().getValue());
        assertThat(next.getSequence().getValue()).isZero();
    }

    @Test
    void textUsersTypedIsEscapedAndNeverBreaksTheFile() {
        String name = "Ana \"Jr\"; Li, \\PhD END:VEVENT 🎉";
        List<String> questions = List.of("What comes next, really; and why?", "BEGIN:VALARM\\nTRIGGER:-PT1M",
                "Ünïcödé questions with a very long line that goes on and on well past seventy-five octets of text");
        MeetingInvite invite = new MeetingInvite(TestCoach.TEXTS);
        MeetingInvite.Details details = new MeetingInvite.Details("uid-1@coffeechat.coach", 0,
                Instant.parse("2026-10-29T09:00:00Z"), 15, BERLIN, name + "\nBEGIN:VEVENT\r\nUID:evil", "",
                questions);

        String text = new String(invite.request(details, clock.instant()).content(), StandardCharsets.UTF_8);

        assertThat(Arrays.stream(text.split("\r\n")).filter(line -> line.startsWith("BEGIN:VEVENT"))).hasSize(1);
        assertThat(Arrays.stream(text.split("\r\n")).filter(line -> line.startsWith("UID:"))).hasSize(1);
        assertThat(Arrays.stream(text.split("\r\n"))).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length
                <= 75, "folded at 75 octets");
        assertThat(text).doesNotContain("\uFFFD");
        List<ICalendar> all = Biweekly.parse(text).all();
        assertThat(all).hasSize(1);
        VEvent event = all.get(0).getEvents().get(0);
        assertThat(all.get(0).getEvents()).hasSize(1);
        assertThat(event.getUid().getValue()).isEqualTo("uid-1@coffeechat.coach");
        assertThat(event.getSummary().getValue()).isEqualTo("Coffee chat with " + name + "\nBEGIN:VEVENT\nUID:evil");
        assertThat(event.getDescription().getValue()).contains("1. " + questions.get(0), "2. " + questions.get(1),
                "3. " + questions.get(2));
        assertThat(event.getAlarms()).hasSize(1);
    }

    @Test
    void aZoneWithoutDaylightSavingHasOneStandardObservance() {
        var component = InviteTimeZone.component(ZoneId.of("Asia/Tokyo"), Instant.parse("2026-10-29T09:00:00Z"));

        assertThat(component.getStandardTimes()).hasSize(1);
        assertThat(component.getDaylightSavingsTime()).isEmpty();
        assertThat(component.getStandardTimes().get(0).getTimezoneOffsetTo().getValue().getMillis())
                .isEqualTo(9 * 3_600_000L);
    }

    private ICalendar invite(Reply reply) {
        assertThat(reply.attachments()).as(reply.text()).hasSize(1);
        return Biweekly.parse(new String(reply.attachments().get(0).content(), StandardCharsets.UTF_8)).first();
    }

    private Reply schedule(String when, String format) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("contact", "Ana Li");
        options.put("when", when);
        if (!format.isEmpty()) {
            options.put("format", format);
        }
        return bench.handle(MAYA, new Input.Command("meeting schedule", options));
    }

    private String show() {
        return bench.handle(MAYA, new Input.Command("contact show", Map.of("contact", "Ana Li"))).text();
    }

    private void saveQuestions(String... questions) {
        bench.database().inTransaction(c -> {
            long ana = Sql.one(c, "SELECT id FROM contacts WHERE owner_id = ? AND name = 'Ana Li'",
                    s -> s.setString(1, MAYA.value()), row -> row.getLong(1)).orElseThrow();
            return Sql.update(c, "INSERT INTO question_lists (contact_id, owner_id, questions, minutes, updated_at)"
                    + " VALUES (?, ?, ?, 30, ?)", s -> {
                        s.setLong(1, ana);
                        s.setString(2, MAYA.value());
                        s.setString(3, String.join("\n", questions));
                        Sql.setInstant(s, 4, clock.instant());
                    });
        });
    }
}
