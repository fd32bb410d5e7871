package coach.coffeechat.meeting;

import static coach.coffeechat.meeting.FeatureBench.MAYA;
import static coach.coffeechat.meeting.FeatureBench.TEXTS;
import static coach.coffeechat.meeting.FeatureBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MeetingLogFlowTest {
    private FeatureBench bench;
    private MeetingFeature feature;
    private Contact ana;

    @BeforeEach
    void open() {
        bench = new FeatureBench();
        feature = MeetingFeature.create(TEXTS, bench.users, bench.contactFeature, 1000);
        bench.start(feature::registerCommands, feature.flows());
        ana = bench.addContact("Ana Li", "UX Researcher", "Acme Health");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    /** Starts logging the meeting with Ana and answers every step up to the confirmation. */
    private Reply logUpToConfirm(String date, String suggested) {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send(date);
        bench.send("video");
        bench.send("skip");
        bench.send("Research teams hire former teachers for their interviewing skills");
        bench.send("skip");
        bench.send(suggested);
        bench.send("skip");
        bench.send("yes");
        return bench.send("skip");
    }

    /** Starts logging a 30-minute video meeting with Ana today, having learned "A lot"; advice is asked next. */
    private void logUpToAdvice() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("today");
        bench.send("video");
        bench.send("30");
        bench.send("A lot");
    }

    private List<Meeting> meetingsWithAna() {
        return bench.inTransaction(c -> feature.repository().forContact(c, MAYA, ana.id()));
    }

    @Test
    void aMeetingIsLoggedWithTodayAndFifteenMinutesByDefaultAndTheContactMovesToMet() {
        Reply date = bench.command("meeting log", "contact", "Ana Li");
        assertThat(date.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("2026-03-02"));
        bench.send("skip");
        Reply minutes = bench.send("video");
        assertThat(minutes.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("15"));
        bench.send("skip");
        bench.send("Research teams hire former teachers for their interviewing skills");
        bench.send("skip");
        bench.send("skip");
        bench.send("skip");
        bench.send("yes");
        Reply confirm = bench.send("skip");

        assertThat(confirm.prompt().get()).isInstanceOf(Prompt.Confirm.class);
        assertThat(confirm.prompt().get().text()).contains(
                "Ana Li \u2014 Monday 2 March 2026, video, 15 minutes",
                text("meeting.summary.learned", "learned",
                        "Research teams hire former teachers for their interviewing skills"),
                text("meeting.summary.interest", "interest", text("meeting.interest.yes")));
        Reply saved = bench.send("yes");

        assertThat(saved.prompt()).isEmpty();
        assertThat(saved.notes()).containsExactly(
                text("meeting.log.saved", "name", "Ana Li", "summary",
                        "Ana Li \u2014 Monday 2 March 2026, video, 15 minutes\n"
                                + "What you learned: Research teams hire former teachers for their interviewing skills\n"
                                + "Still interested: yes, still interested"),
                text("contact.stage.moved", "name", "Ana Li", "from", "identified", "to", "met"),
                text("meeting.log.thank-you.today", "name", "Ana Li"));
        assertThat(bench.contact("Ana Li").stage()).isEqualTo(Stage.MET);
        assertThat(meetingsWithAna()).singleElement().satisfies(meeting -> {
            MeetingLog log = meeting.log();
            assertThat(log.metOn()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(log.format()).isEqualTo(MeetingFormat.VIDEO);
            assertThat(log.minutes()).isEqualTo(15);
            assertThat(log.advice()).isEmpty();
            assertThat(log.suggested()).isEmpty();
            assertThat(log.interest()).isEqualTo(Interest.YES);
            assertThat(meeting.createdAt()).isEqualTo(bench.clock.instant());
        });
    }

    @Test
    void emptyAnswersToDateAndMinutesKeepTheDefaults() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("");
        bench.send("phone");
        Reply learned = bench.send("  ");

        assertThat(learned.prompt().get().text()).isEqualTo(text("meeting.log.learned", "name", "Ana Li"));
        assertThat(bench.session().top().answers()).containsEntry("date", "2026-03-02").containsEntry("minutes", "15");
    }

    @Test
    void everyAnswerIsStoredAndShownInTheSummary() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("yesterday");
        bench.send("in person");
        bench.send("45 min");
        bench.send("Portfolios matter more than certificates");
        bench.send("Take a survey design course first");
        bench.send("skip");
        bench.send("Send her my portfolio link");
        bench.send("unsure");
        Reply confirm = bench.send("LinkedIn, every few months");

        assertThat(confirm.prompt().get().text()).contains("Ana Li \u2014 Sunday 1 March 2026, in person, 45 minutes",
                "Advice: Take a survey design course first", "You promised: Send her my portfolio link",
                "Still interested: not sure yet", "Staying in touch: LinkedIn, every few months");
        Reply saved = bench.send("yes");

        assertThat(saved.notes()).contains(text("meeting.log.thank-you.yesterday", "name", "Ana Li"));
        MeetingLog log = meetingsWithAna().get(0).log();
        assertThat(log).isEqualTo(new MeetingLog(MAYA, ana.id(), LocalDate.of(2026, 3, 1), MeetingFormat.IN_PERSON,
                45, "Portfolios matter more than certificates", "Take a survey design course first", List.of(),
                "Send her my portfolio link", Interest.UNSURE, "LinkedIn, every few months"));
    }

    @Test
    void aDateInTheFutureIsRefusedKindlyAndWhatWasTypedIsQuoted() {
        bench.command("meeting log", "contact", "Ana Li");

        Reply refused = bench.send("2026-03-03");

        assertThat(refused.notes()).containsExactly(text("meeting.log.date.future", "typed", "2026-03-03",
                "today", "2026-03-02"));
        assertThat(bench.session().top().stepId()).isEqualTo("date");
        assertThat(bench.session().top().attempts()).isEqualTo(1);
        assertThat(bench.send("2026-02-27").prompt().get().text())
                .isEqualTo(text("meeting.log.format", "name", "Ana Li"));
        assertThat(bench.session().top().answers()).containsEntry("date", "2026-02-27");
    }

    /** The clock stands at Monday 2 March 2026 09:00 UTC plus {@code hours}; days are read in the user's zone. */
    private void at(String zone, int hours) {
        bench.inTransaction(c -> {
            bench.users.setZone(c, MAYA, ZoneId.of(zone), bench.clock.instant());
            return null;
        });
        bench.clock.advance(Duration.ofHours(hours));
    }

    @ParameterizedTest(name = "in {0} {1}h after Monday 09:00 UTC, \"{2}\" is {3}")
    @CsvSource(delimiter = '|', value = {
        "UTC                 | 0  | monday          | 2026-03-02",
        "UTC                 | 0  | last thursday   | 2026-02-26",
        "UTC                 | 0  | thu             | 2026-02-26",
        "UTC                 | 0  | 3 days ago      | 2026-02-27",
        "UTC                 | 0  | a week ago      | 2026-02-23",
        "UTC                 | 0  | 2 Dec           | 2025-12-02",
        "UTC                 | 0  | Feb 27th        | 2026-02-27",
        "UTC                 | 0  | 2026-02-20      | 2026-02-20",
        // Monday 16:00 in Los Angeles while it is already Tuesday in UTC
        "America/Los_Angeles | 15 | today           | 2026-03-02",
        "America/Los_Angeles | 15 | tuesday         | 2026-02-24",
        "America/Los_Angeles | 15 | yesterday       | 2026-03-01",
        "UTC                 | 15 | tuesday         | 2026-03-03",
        // Tuesday 11:00 in Auckland
        "Pacific/Auckland    | 14 | monday          | 2026-03-02",
        "Pacific/Auckland    | 14 | 2 days ago      | 2026-03-01",
        "Pacific/Auckland    | 14 | 3 mar           | 2026-03-03",
    })
    void theDateIsReadInNaturalFormsInTheUsersZone(String zone, int hours, String typed, LocalDate expected) {
        at(zone, hours);
        bench.command("meeting log", "contact", "Ana Li");

        Reply format = bench.send(typed);

        assertThat(format.prompt().get().text()).isEqualTo(text("meeting.log.format", "name", "Ana Li"));
        assertThat(bench.session().top().answers()).containsEntry("date", expected.toString());
    }

    @ParameterizedTest(name = "in {0} {1}h after Monday 09:00 UTC, \"{2}\" is in the future")
    @CsvSource(delimiter = '|', value = {
        "UTC                 | 0  | tomorrow        | 2026-03-02",
        "UTC                 | 0  | next thursday   | 2026-03-02",
        "UTC                 | 0  | in 2 days       | 2026-03-02",
        "UTC                 | 0  | 4 march         | 2026-03-02",
        "America/Los_Angeles | 15 | 3 mar           | 2026-03-02",
    })
    void aNaturalDateInTheFutureIsStillRefused(String zone, int hours, String typed, String today) {
        at(zone, hours);
        bench.command("meeting log", "contact", "Ana Li");

        Reply refused = bench.send(typed);

        assertThat(refused.notes()).containsExactly(text("meeting.log.date.future", "typed", typed, "today", today));
        assertThat(bench.session().top().stepId()).isEqualTo("date");
    }

    @Test
    void unreadableAndVeryOldDatesAreRefused() {
        bench.command("meeting log", "contact", "Ana Li");

        assertThat(bench.send("the other day").notes())
                .first().isEqualTo(text("meeting.log.date.invalid", "typed", "the other day"));
        assertThat(bench.send("2026-02-30").notes())
                .first().isEqualTo(text("meeting.log.date.invalid", "typed", "2026-02-30"));
        assertThat(bench.send("+99999-01-01").notes())
                .first().isEqualTo(text("meeting.log.date.invalid", "typed", "+99999-01-01"));
        assertThat(bench.send("2016-03-02").notes())
                .first().isEqualTo(text("meeting.log.date.too-old", "typed", "2016-03-02", "years", 5));
    }

    @Test
    void todayIsTheDateInTheUsersOwnTimeZone() {
        bench.inTransaction(c -> {
            bench.users.setZone(c, MAYA, ZoneId.of("Pacific/Auckland"), bench.clock.instant());
            return null;
        });
        bench.clock.advance(Duration.ofHours(12));

        Reply date = bench.command("meeting log", "contact", "Ana Li");

        assertThat(date.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("2026-03-03"));
        assertThat(bench.send("2026-03-03").prompt().get()).isInstanceOf(Prompt.Choice.class);
    }

    @Test
    void minutesMustBeAWholeNumberFromOneTo240() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("today");
        bench.send("phone");

        for (String typed : List.of("0", "241", "lots", "-5", "1.5", "9999999999")) {
            assertThat(bench.send(typed).notes()).as(typed)
                    .first().isEqualTo(text("meeting.log.minutes.invalid", "typed", typed, "max", 240));
        }
        bench.send("240");
        assertThat(bench.session().top().answers()).containsEntry("minutes", "240");
    }

    @Test
    void whatYouLearnedCannotBeSkippedButAdviceCan() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("today");
        bench.send("phone");
        bench.send("20");

        assertThat(bench.send("skip").notes()).containsExactly(text("engine.cannot-skip"));
        bench.send("How hiring works there");
        Reply suggested = bench.send("skip");

        assertThat(suggested.prompt().get().text()).isEqualTo(text("meeting.log.suggested", "name", "Ana Li"));
    }

    @Test
    void backReturnsToTheEarlierStepWithTheAnswerFilledIn() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("2026-02-28");
        bench.send("phone");

        Reply format = bench.send("back");
        assertThat(format.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.selected()).isEqualTo("phone"));
        Reply date = bench.send("back");

        assertThat(date.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("2026-02-28"));
    }

    @Test
    void answeringNoAtTheConfirmationStartsOverWithEveryAnswerKept() {
        logUpToConfirm("2026-02-28", "skip");

        Reply again = bench.send("no");

        assertThat(again.notes()).containsExactly(text("meeting.log.confirm.change"));
        assertThat(again.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("2026-02-28"));
        assertThat(meetingsWithAna()).isEmpty();
    }

    @Test
    void anEmptyAnswerKeepsTheDateAndMinutesShownFromAnEarlierAnswer() {
        bench.command("meeting log", "contact", "Ana Li");
        bench.send("2026-02-28");
        bench.send("phone");
        bench.send("40");
        bench.send("back");
        bench.send("back");

        bench.send("");
        bench.send("phone");
        bench.send("");

        assertThat(bench.session().top().answers()).containsEntry("date", "2026-02-28").containsEntry("minutes", "40");
    }

    @Test
    void suggestedPeopleBecomeLukewarmContactsReferredByThePersonMet() {
        logUpToAdvice();
        bench.send("skip");

        Reply promised = bench.send("Bo Chen, Designer at Globex\nDee Park");

        assertThat(promised.notes()).containsExactly(text("meeting.log.suggested.note", "contact", "Ana Li"));
        bench.send("skip");
        bench.send("yes");
        Reply confirm = bench.send("skip");
        assertThat(confirm.prompt().get().text()).contains("They suggested: Bo Chen (Designer at Globex), Dee Park");
        Reply saved = bench.send("yes");

        assertThat(saved.notes()).contains(text("meeting.log.added.many", "names", "Bo Chen and Dee Park",
                "referrer", "Ana Li"));
        assertThat(saved.notes().get(1)).isEqualTo("Bo Chen and Dee Park are now in your contacts, referred by Ana Li.");
        Contact bo = bench.contact("Bo Chen");
        assertThat(bo.warmth()).isEqualTo(Warmth.LUKEWARM);
        assertThat(bo.referrerId()).hasValue(ana.id());
        assertThat(bo.referrerName()).isEqualTo("Ana Li");
        assertThat(bo.stage()).isEqualTo(Stage.IDENTIFIED);
        assertThat(bo.role()).isEqualTo("Designer");
        assertThat(bo.organisation()).isEqualTo("Globex");
        assertThat(bench.contact("Dee Park").referrerName()).isEqualTo("Ana Li");
        String list = bench.command("contact list").notes().get(0);
        assertThat(list).contains("Bo Chen \u2014 Designer at Globex \u00b7 lukewarm, referral \u00b7 referred by Ana Li"
                + " \u00b7 identified", "Dee Park \u00b7 lukewarm, referral \u00b7 referred by Ana Li \u00b7 identified",
                "Ana Li \u2014 UX Researcher at Acme Health \u00b7 warm, friend \u00b7 met");
        assertThat(bench.command("contact show", "contact", "Ana Li").notes().get(0))
                .contains(text("contact.show.referred", "names", "Bo Chen, Dee Park"));
        assertThat(meetingsWithAna().get(0).log().suggested()).containsExactly(
                new Suggestion("Bo Chen", "Designer", "Globex", OptionalLong.of(bo.id())),
                new Suggestion("Dee Park", "", "", OptionalLong.of(bench.contact("Dee Park").id())));
    }

    @Test
    void anExistingContactWithNoReferrerIsNotDuplicatedAndNowReferredByThePersonMet() {
        Contact cy = bench.addContact("Cy Wu", "", "Initech");
        logUpToConfirm("today", "cy wu; Bo Chen; BO CHEN, designer");

        Reply saved = bench.send("yes");

        assertThat(saved.notes()).contains(
                text("meeting.log.added.one", "names", "Bo Chen", "referrer", "Ana Li"),
                text("meeting.log.existing.referred.one", "names", "Cy Wu", "referrer", "Ana Li"));
        assertThat(bench.contacts()).extracting(Contact::name).containsExactly("Ana Li", "Bo Chen", "Cy Wu");
        assertThat(bench.contact("Cy Wu").referrerName()).isEqualTo("Ana Li");
        assertThat(bench.contact("Cy Wu").referrerId()).hasValue(ana.id());
        assertThat(bench.contact("Cy Wu").warmth()).isEqualTo(Warmth.WARM);
        assertThat(meetingsWithAna().get(0).log().suggested()).extracting(Suggestion::contactId)
                .containsExactly(OptionalLong.of(cy.id()), OptionalLong.of(bench.contact("Bo Chen").id()));
    }

    @Test
    void anExistingContactReferredBySomeoneElseKeepsThatReferrerAndTheUserIsTold() {
        Contact sam = bench.addContact("Sam Park", "", "");
        bench.addContact("Cy Wu", "", "Initech", Warmth.LUKEWARM, "Sam Park");
        bench.addContact("Dee Ray", "", "", Warmth.LUKEWARM, "Jo from the meetup");
        logUpToConfirm("today", "Cy Wu; Dee Ray");

        Reply saved = bench.send("yes");

        assertThat(saved.notes()).contains(
                text("meeting.log.existing.other-referrer", "name", "Cy Wu", "other", "Sam Park",
                        "referrer", "Ana Li"),
                text("meeting.log.existing.other-referrer", "name", "Dee Ray", "other", "Jo from the meetup",
                        "referrer", "Ana Li"));
        assertThat(bench.contact("Cy Wu").referrerId()).hasValue(sam.id());
        assertThat(bench.contact("Cy Wu").referrerName()).isEqualTo("Sam Park");
        assertThat(bench.contact("Dee Ray").referrerName()).isEqualTo("Jo from the meetup");
    }

    @Test
    void loggingASecondMeetingAddsNobodyTwice() {
        logUpToConfirm("today", "Bo Chen");
        bench.send("yes");

        logUpToConfirm("today", "Bo Chen");
        Reply saved = bench.send("yes");

        assertThat(saved.notes()).contains(text("meeting.log.existing.same.one", "names", "Bo Chen",
                "referrer", "Ana Li"));
        assertThat(bench.contacts()).extracting(Contact::name).containsExactly("Ana Li", "Bo Chen");
        assertThat(meetingsWithAna()).hasSize(2);
    }

    @Test
    void aSuggestionWithoutANameOrTooManyPeopleIsRefused() {
        logUpToAdvice();
        bench.send("skip");

        assertThat(bench.send("Bo Chen\n!!!, designer").notes())
                .containsExactly(text("meeting.log.suggested.no-name", "line", "!!!"));
        StringBuilder eleven = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            eleven.append("Person ").append(i).append('\n');
        }
        assertThat(bench.send(eleven.toString()).notes())
                .containsExactly(text("meeting.log.suggested.too-many", "count", 11, "max", 10));
        assertThat(bench.send("x".repeat(101)).notes().get(0)).isEqualTo(text("meeting.log.suggested.too-long",
                "name", "x".repeat(40) + "\u2026", "max", 100));
    }

    @Test
    void suggestedPeopleMayNotPassTheContactLimit() {
        try (FeatureBench small = smallBench(3)) {
            small.addContact("Ana Li", "", "");
            small.command("meeting log", "contact", "Ana Li");
            small.send("today");
            small.send("video");
            small.send("30");
            small.send("A lot");
            small.send("skip");

            Reply refused = small.send("Bo Chen\nDee Park\nEd Roy");

            assertThat(refused.notes()).containsExactly(text("meeting.log.suggested.limit", "count", 3, "max", 3));
            assertThat(small.send("Bo Chen\nDee Park").prompt().get().text())
                    .isEqualTo(text("meeting.log.promised", "name", "Ana Li"));
        }
    }

    private static FeatureBench smallBench(int maxContacts) {
        FeatureBench small = new FeatureBench();
        MeetingFeature meetings = MeetingFeature.create(TEXTS, small.users, small.contactFeature, maxContacts);
        return small.start(meetings::registerCommands, meetings.flows());
    }

    @Test
    void notBeingInterestedStillCoachesAThankYou() {
        logUpToAdvice();
        bench.send("skip");
        bench.send("skip");
        bench.send("skip");

        Reply stay = bench.send("no");

        assertThat(stay.notes()).containsExactly(text("meeting.log.interested.no", "name", "Ana Li"));
        assertThat(stay.prompt().get().text()).isEqualTo(text("meeting.log.stay", "name", "Ana Li"));
    }

    @Test
    void beingInterestedCoachesAskingHowToStayInTouch() {
        logUpToAdvice();
        bench.send("skip");
        bench.send("skip");
        bench.send("skip");

        assertThat(bench.send("1").notes()).containsExactly(text("meeting.log.interested.yes", "name", "Ana Li"));
    }

    @Test
    void aLateLogAsksForTheThankYouTodayAndAReferredContactRemindsToTellTheReferrer() {
        bench.addContact("Sam Park", "", "");
        bench.addContact("Bo Chen", "", "", Warmth.LUKEWARM, "Sam Park");
        bench.command("meeting log", "contact", "Bo Chen");
        bench.send("2026-02-25");
        bench.send("phone");
        bench.send("skip");
        bench.send("How design teams work");
        bench.send("skip");
        bench.send("skip");
        bench.send("skip");
        bench.send("yes");
        bench.send("skip");

        Reply saved = bench.send("yes");

        assertThat(saved.notes()).endsWith(text("meeting.log.thank-you.late", "name", "Bo Chen", "days", 5),
                text("meeting.log.tell-referrer", "name", "Bo Chen", "referrer", "Sam Park"));
    }

    @Test
    void aContactAlreadyAtMetIsNotMovedAgain() {
        bench.command("contact stage", "contact", "Ana Li", "stage", "met");
        logUpToConfirm("today", "skip");

        Reply saved = bench.send("yes");

        assertThat(saved.notes()).noneMatch(note -> note.startsWith("Moved "));
        assertThat(bench.contact("Ana Li").stage()).isEqualTo(Stage.MET);
    }

    @Test
    void theContactIsFoundByAFirstNameWithANote() {
        Reply date = bench.command("meeting log", "contact", "ana");

        assertThat(date.notes()).containsExactly(text("contact.guessed", "typed", "ana", "name", "Ana Li"));
        assertThat(date.prompt().get().text()).isEqualTo(text("meeting.log.date", "name", "Ana Li"));
    }

    @Test
    void anUnknownAmbiguousOrMissingContactIsRefusedKindly() {
        bench.addContact("Ana Lopez", "", "Initech");

        assertThat(bench.command("meeting log", "contact", "Zed").notes())
                .containsExactly(text("contact.not-found", "typed", "Zed"));
        assertThat(bench.command("meeting log", "contact", "Ana").notes()).containsExactly(text("contact.ambiguous",
                "typed", "Ana", "names", "Ana Li (UX Researcher at Acme Health), Ana Lopez (Initech)"));
        assertThat(bench.command("meeting log").notes())
                .containsExactly(text("contact.missing-option", "usage", "/meeting log contact: Ana Li"));
        assertThat(bench.engine().stored(MAYA)).isEmpty();
    }

    @Test
    void aContactRemovedDuringTheFlowSavesNothing() {
        logUpToConfirm("today", "Bo Chen");
        bench.removeContactElsewhere(ana.id());

        Reply saved = bench.send("yes");

        assertThat(saved.notes()).containsExactly(text("contact.gone-note"));
        assertThat(bench.contacts()).isEmpty();
        assertThat(meetingsWithAna()).isEmpty();
    }

    @Test
    void cancellingSavesNothing() {
        logUpToConfirm("today", "Bo Chen");

        Reply cancelled = bench.send("cancel");

        assertThat(cancelled.notes()).containsExactly(text("engine.cancelled", "flow", text("meeting.log.title")));
        assertThat(bench.contacts()).extracting(Contact::name).containsExactly("Ana Li");
        assertThat(meetingsWithAna()).isEmpty();
    }
}
