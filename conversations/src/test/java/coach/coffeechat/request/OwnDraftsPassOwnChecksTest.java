package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestChecker;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.checks.Severity;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import coach.coffeechat.testing.TestCoach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format and variant of the bot's own templates, filled with realistic answers, passes its own checks. */
final class OwnDraftsPassOwnChecksTest {
    private static final RequestDrafter DRAFTER = new RequestDrafter(RequestTemplates.load(Optional.empty()),
            TestCoach.TEXTS);
    private static final RequestChecker CHECKER = new RequestChecker(CheckRules.load(Optional.empty()),
            TestCoach.TEXTS);

    /** A user, a contact and what they want: realistic answers of different lengths. */
    record Person(String contact, String learn, String summary, String sender, Source source) {
        @Override
        public String toString() {
            return contact;
        }
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Ana Li", "how people move from teaching into UX research",
                    "I teach chemistry and I'm moving into UX research. I've run two usability studies for my school.",
                    "Maya Ortiz", Source.ALUMNI),
            new Person("Priya Raman", "what a first year in application security looks like",
                    "I'm a network administrator retraining in security.", "Leo Brandt", Source.EVENT),
            new Person("José Núñez", "how hospital data teams choose which questions to work on",
                    "After eight years as a nurse I completed a data analytics certificate. I build dashboards for my"
                            + " ward in my spare time and want to do it full time.",
                    "Sam O'Neill", Source.LINKEDIN),
            new Person("Dee", "whether product management suits someone from customer support", "",
                    "Kim", Source.COLLEAGUE));

    static Stream<Object[]> drafts() {
        List<Object[]> cases = new ArrayList<>();
        for (RequestFormat format : RequestFormat.values()) {
            for (DraftVariant variant : DraftVariant.values()) {
                for (Person person : PEOPLE) {
                    for (int minutes : new int[] {10, 15, 30}) {
                        for (LinkedInPlan plan : LinkedInPlan.values()) {
                            cases.add(new Object[] {format, variant, person, minutes, plan});
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} to {2}, {3} minutes, {4}")
    @MethodSource("drafts")
    void aDraftFromTheBotsOwnTemplatesHasNoErrors(RequestFormat format, DraftVariant variant, Person person,
                                                   int minutes, LinkedInPlan plan) {
        String referrer = variant == DraftVariant.REFERRED ? "Sam Park" : "";
        Warmth warmth = variant == DraftVariant.WARM ? Warmth.WARM : Warmth.COLD;
        DraftInputs inputs = new DraftInputs(format, person.contact(), warmth, person.source(), referrer,
                person.learn(), person.summary(), person.sender(), minutes, minutes != 10, plan);
        assertThat(inputs.variant()).isEqualTo(variant);

        String text = DRAFTER.draft(inputs);
        CheckReport report = CHECKER.check(new RequestDraft(text, format, referrer, person.contact(), plan));

        assertThat(report.findings()).as("checks of:\n%s", text)
                .noneMatch(finding -> finding.severity() == Severity.ERROR);
        assertThat(report.ok()).isTrue();
    }
}
