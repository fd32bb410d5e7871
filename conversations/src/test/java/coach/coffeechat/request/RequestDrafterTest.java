package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.testing.TestCoach;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RequestDrafterTest {
    private static final RequestDrafter DRAFTER = new RequestDrafter(RequestTemplates.load(Optional.empty()),
            TestCoach.TEXTS, new RequestChecker(CheckRules.load(Optional.empty()), TestCoach.TEXTS));
    private static final String SUMMARY = "I teach chemistry and I'm moving into UX research. I've run two usability"
            + " studies for my school.";

    private static DraftInputs inputs(RequestFormat format, Warmth warmth, Source source, String referrer) {
        return new DraftInputs(format, "Ana Li", warmth, source, referrer, "",
                "how people move from teaching into UX research", SUMMARY, "Maya Ortiz", 15, true, LinkedInPlan.FREE);
    }

    @Test
    void aReferredEmailOpensWithTheReferrerAndHasASubjectNamingThem() {
        String text = DRAFTER.draft(inputs(RequestFormat.EMAIL, Warmth.LUKEWARM, Source.ALUMNI, "Sam Park"));

        assertThat(text.lines().findFirst()).contains("Subject: Sam Park suggested I get in touch");
        assertThat(text).contains("Hi Ana,", "Sam Park suggested I contact you. My name is Maya Ortiz.",
                "15 minutes", SUMMARY, TestCoach.TEXTS.get("request.offer"), "Maya Ortiz");
    }

    @Test
    void theReferrersFullNameAppearsOnceInTheBodyAndTheFirstNameAfter() {
        String text = DRAFTER.draft(inputs(RequestFormat.EMAIL, Warmth.LUKEWARM, Source.ALUMNI, "Sam Park"));
        String body = text.substring(text.indexOf('\n') + 1);

        assertThat(body.split("Sam Park", -1)).hasSize(2);
        assertThat(body).contains("Sam thought you'd be the one to ask");
    }

    @Test
    void whyThisPersonIsSaidToThemInEveryFormat() {
        for (RequestFormat format : RequestFormat.values()) {
            DraftInputs inputs = new DraftInputs(format, "Ana Li", Warmth.COLD, Source.EVENT, "",
                    "How they moved from teaching into research.", "UX research",
                    "I teach chemistry.", "Maya Ortiz", 15, true, LinkedInPlan.FREE);

            assertThat(DRAFTER.draft(inputs)).as("%s", format)
                    .contains("because of how you moved from teaching into research.");
        }
    }

    @Test
    void aLinkedInNoteSaysWhoIsWriting() {
        for (Warmth warmth : Warmth.values()) {
            for (String referrer : new String[] {"", "Sam Park"}) {
                String text = DRAFTER.draft(inputs(RequestFormat.LINKEDIN, warmth, Source.ALUMNI, referrer));

                assertThat(text).as("%s %s", warmth, referrer).containsPattern("(?i)(I'm|it's) Maya")
                        .contains("I teach chemistry and I'm moving into UX research.");
            }
        }
    }

    @Test
    void aWarmEmailGreetsSomeoneWhoKnowsTheWriterNotAStranger() {
        String text = DRAFTER.draft(inputs(RequestFormat.EMAIL, Warmth.WARM, Source.COLLEAGUE, ""));

        assertThat(text).contains("It's Maya here").doesNotContain("My name is").doesNotContain("my name is");
    }

    @Test
    void theVariantFollowsTheReferrerFirstThenTheWarmth() {
        assertThat(DraftVariant.of(Warmth.COLD, "Sam")).isEqualTo(DraftVariant.REFERRED);
        assertThat(DraftVariant.of(Warmth.WARM, "")).isEqualTo(DraftVariant.WARM);
        assertThat(DraftVariant.of(Warmth.LUKEWARM, " ")).isEqualTo(DraftVariant.COLD);
    }

    @Test
    void aColdEmailSaysHowTheyAreLinkedWhenTheSourceTellsIt() {
        String text = DRAFTER.draft(inputs(RequestFormat.EMAIL, Warmth.COLD, Source.ALUMNI, ""));

        assertThat(text).contains(TestCoach.TEXTS.get("request.connection.alumni"));
    }

    @Test
    void missingValuesLeaveNoEmptyLinesOrDoubleSpaces() {
        DraftInputs bare = new DraftInputs(RequestFormat.EMAIL, "Priya", Warmth.COLD, Source.OTHER, "", "",
                "what working in security is really like", "", "", 15, false, LinkedInPlan.FREE);

        String text = DRAFTER.draft(bare);

        assertThat(text).doesNotContain("\n\n\n").doesNotContain("  ").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(text).contains("Hi Priya,");
    }

    @Test
    void aLongGoalInALinkedInNoteIsShortenedVisiblyAndSaidSoNeverDroppedSilently() {
        String goal = "how researchers in digital health decide which studies to run, how they recruit participants"
                + " and how they share what they find with the clinicians who will use it";
        DraftInputs wordy = new DraftInputs(RequestFormat.LINKEDIN, "Ana Li", Warmth.LUKEWARM, Source.ALUMNI,
                "Sam Park", "", goal, SUMMARY, "Maya", 15, true, LinkedInPlan.FREE);

        RequestDrafter.Draft draft = DRAFTER.write(wordy);

        assertThat(draft.text().length()).isLessThanOrEqualTo(RequestDrafter.LINKEDIN_FREE_LIMIT);
        assertThat(draft.text()).contains("Sam Park suggested I get in touch", "how researchers in digital health");
        assertThat(draft.shortened()).contains(RequestDrafter.Part.LEARN);
        assertThat(RequestFeature.shortenedNote(TestCoach.TEXTS, draft)).get().asString()
                .contains(TestCoach.TEXTS.get("request.part.learn"));
    }

    @Test
    void aDraftThatFitsWholeSaysNothingWasShortened() {
        RequestDrafter.Draft draft = DRAFTER.write(inputs(RequestFormat.EMAIL, Warmth.COLD, Source.ALUMNI, ""));

        assertThat(draft.shortened()).isEmpty();
        assertThat(RequestFeature.shortenedNote(TestCoach.TEXTS, draft)).isEmpty();
    }

    @Test
    void aPhoneScriptUsesOnlyTheFirstSentenceOfTheSummary() {
        String text = DRAFTER.draft(inputs(RequestFormat.PHONE, Warmth.WARM, Source.FRIEND, ""));

        assertThat(text).contains("I teach chemistry and I'm moving into UX research.").doesNotContain("usability");
    }

    @Test
    void typedPlaceholdersStayLiteral() {
        DraftInputs sneaky = new DraftInputs(RequestFormat.EMAIL, "${sender}", Warmth.WARM, Source.FRIEND, "", "",
                "${summary}", "", "Maya", 15, false, LinkedInPlan.FREE);

        assertThat(DRAFTER.draft(sneaky)).contains("Hi ${sender},", "understand ${summary},");
    }

    @Test
    void withoutTheSendersNameEveryTemplateLeavesItOutWithNoGapToFillAndNoSpaceBeforePunctuation() {
        for (RequestFormat format : RequestFormat.values()) {
            for (Warmth warmth : Warmth.values()) {
                for (String referrer : new String[] {"", "Sam Park"}) {
                    DraftInputs nameless = new DraftInputs(format, "Ana Li", warmth, Source.EVENT, referrer, "",
                            "how people move into UX research", "", "", 15, true, LinkedInPlan.PREMIUM);

                    String text = DRAFTER.draft(nameless);

                    assertThat(text).as("%s %s %s", format, warmth, referrer).doesNotContainPattern("\\s[.,;]")
                            .doesNotContain("[", "y name is", "I'm .", "It's here", "null");
                }
            }
        }
    }
}
