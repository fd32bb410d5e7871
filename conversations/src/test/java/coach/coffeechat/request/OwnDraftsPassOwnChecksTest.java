package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckReport;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestDraft;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Wording;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The draft grid: every format and variant of the bot's own templates, for every time asked, with and without the
 * offer to send questions ahead, filled with short, typical and longest-allowed answers (names, goal, summary), passes
 * its own checks with no finding at all, not even a warning. It also holds the drafts to the request rules being
 * added to the checks: an email body of 50 to 100 words, the writer introducing themself and saying what they want to
 * learn, the referrer named in the first sentence (or the subject) and in full only once, no placeholder left to
 * fill, and a subject that says what the email is about.
 */
final class OwnDraftsPassOwnChecksTest {
    /** The coming too-short rule's threshold for an email body. */
    private static final int EMAIL_MIN_WORDS = 50;
    private static final int EMAIL_MAX_WORDS = 100;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*]|<[^>]*>|\\{[^}]*}");
    private static final int[] MINUTES = {10, 15, 20, 30};

    /** Word counts per template over the grid: min and max. */
    private static final Map<String, int[]> WORDS = new TreeMap<>();

    /** Short, typical and longest-allowed answers. */
    enum Size { SHORT, TYPICAL, LONGEST }

    /** Why this person may also be left empty: null stands for that. */
    private static final Size[] WHYS = {null, Size.SHORT, Size.TYPICAL, Size.LONGEST};

    /** The people in a request, at one size: the contact, the referrer, the sender, and how they are linked. */
    record Names(String contact, String referrer, String sender, Source source) {
    }

    static final Map<Size, Names> NAMES = Map.of(
            Size.SHORT, new Names("Bo", "Li", "Al", Source.OTHER),
            Size.TYPICAL, new Names("Ana Li", "Sam Park", "Maya Ortiz", Source.ALUMNI),
            // The contact and referrer forms allow 100 characters, the sender's 60.
            Size.LONGEST, new Names(exactly(100, "Maria Fernanda de los Angeles Gutierrez Oyarzun Castellanos"
                    + " Bermudez de la Fuente Arrieta Salgado Montenegro Ibarra"),
                    exactly(100, "Alexandra Konstantinopoulou Wiśniewska-Papadimitriou van der Berghe"
                            + " Oyelaran-Fitzgerald Nakamura Okonkwo Hargreaves"),
                    exactly(60, "Siddharth Venkataraman Raghunathan-Krishnamurthy Iyer Subramanian"),
                    Source.COLLEAGUE));

    /**
     * The grid, one dynamic test per language, format, variant, plan and answer sizes; minutes and offer looped inside.
     * Every language whose templates ship takes part ({@link GridLanguage}), each checked with its own word lists.
     */
    @TestFactory
    Stream<DynamicTest> everyDraftPassesItsOwnChecksWithNoWarning() {
        List<DynamicTest> tests = new ArrayList<>();
        for (GridLanguage language : GridLanguage.all()) {
            addCells(tests, language);
        }
        return tests.stream();
    }

    private static void addCells(List<DynamicTest> tests, GridLanguage language) {
        for (RequestFormat format : RequestFormat.values()) {
            for (LinkedInPlan plan : format == RequestFormat.LINKEDIN ? LinkedInPlan.values()
                    : new LinkedInPlan[] {LinkedInPlan.FREE}) {
                for (DraftVariant variant : DraftVariant.values()) {
                    for (Size names : Size.values()) {
                        for (Size learn : Size.values()) {
                            for (Size summary : Size.values()) {
                              for (Size why : WHYS) {
                                String name = String.format(Locale.ROOT,
                                        "%s%s %s %s: names %s, goal %s, summary %s, why %s",
                                        language.tag().equals("en") ? "" : language.tag() + " ",
                                        format.id(), plan.id(), variant.id(), names, learn, summary, why);
                                tests.add(DynamicTest.dynamicTest(name, () -> SoftAssertions.assertSoftly(soft -> {
                                    for (int minutes : MINUTES) {
                                        for (boolean offer : new boolean[] {true, false}) {
                                            boolean typical = names == Size.TYPICAL && learn == Size.TYPICAL
                                                    && summary == Size.TYPICAL && why == Size.TYPICAL;
                                            check(soft, language, format, plan, variant, NAMES.get(names),
                                                    answer(language, "learn", learn),
                                                    answer(language, "summary", summary),
                                                    why == null ? "" : answer(language, "why", why), minutes,
                                                    offer, typical);
                                        }
                                    }
                                })));
                              }
                            }
                        }
                    }
                }
            }
        }
    }

    private static String answer(GridLanguage language, String kind, Size size) {
        return language.answers().get(kind).get(size);
    }

    private static void check(SoftAssertions soft, GridLanguage language, RequestFormat format, LinkedInPlan plan,
                              DraftVariant variant, Names names,
                              String learn, String summary, String why, int minutes, boolean offer,
                              boolean typical) {
        String referrer = variant == DraftVariant.REFERRED ? names.referrer() : "";
        Warmth warmth = variant == DraftVariant.WARM ? Warmth.WARM : Warmth.COLD;
        DraftInputs inputs = new DraftInputs(format, names.contact(), warmth, names.source(), referrer, why, learn,
                summary, names.sender(), minutes, offer, plan);
        assertThat(inputs.variant()).isEqualTo(variant);

        RequestDrafter.Draft draft = language.drafter().write(inputs);
        String text = draft.text();
        CheckReport report = language.checker().check(new RequestDraft(text, format, referrer, names.contact(), plan));
        String template = (language.tag().equals("en") ? "" : language.tag() + " ") + format.id() + "-" + variant.id()
                + (format == RequestFormat.LINKEDIN ? " " + plan.id() : "");
        int count = format == RequestFormat.LINKEDIN ? report.characters() : report.words();
        record(template, count);
        if (typical) {
            record(template + " (typical)", count);
        }

        soft.assertThat(report.findings()).as("checks of:\n%s", text).isEmpty();
        String body = format == RequestFormat.EMAIL ? text.substring(text.indexOf('\n') + 1) : text;
        if (format == RequestFormat.EMAIL) {
            soft.assertThat(report.words()).as("words in:\n%s", text).isBetween(EMAIL_MIN_WORDS, EMAIL_MAX_WORDS);
            soft.assertThat(text.lines().findFirst().orElseThrow()).as("subject of:\n%s", text)
                    .matches(Pattern.quote(language.subject()) + ": .{20,}");
        }
        soft.assertThat(text).as("placeholders in:\n%s", text).doesNotContain("${").doesNotContainPattern(PLACEHOLDER);
        String sender = Wording.firstName(names.sender());
        soft.assertThat(body).as("the writer introduces themself in:\n%s", text)
                .containsPattern(language.intro().pattern() + Pattern.quote(sender));
        soft.assertThat(body).as("the writer's lines in:\n%s", text).contains(firstWords(summary, 2));
        soft.assertThat(body).as("the goal in:\n%s", text).contains(firstWords(learn, 2));
        if (!why.isEmpty() && !draft.shortened().contains(RequestDrafter.Part.WHY)) {
            soft.assertThat(body).as("why this person in:\n%s", text).contains(WhyClause.of(language.texts(), why));
        }
        for (RequestDrafter.Part part : RequestDrafter.Part.values()) {
            String full = switch (part) {
                case WHY -> WhyClause.of(language.texts(), why);
                case REFERRER -> referrer;
                case SUMMARY -> format == RequestFormat.EMAIL ? summary : Wording.firstSentence(summary);
                case LEARN -> learn;
            };
            if (!draft.shortened().contains(part)) {
                soft.assertThat(text).as("%s kept whole, or said to be shortened, in:\n%s", part, text)
                        .contains(full);
            }
        }
        if (!referrer.isEmpty()) {
            String firstSentence = body.substring(body.indexOf('\n') + 1).strip().split("(?<=[.!?])\\s")[0];
            soft.assertThat(text.lines().findFirst().orElseThrow() + " " + firstSentence)
                    .as("the referrer early in:\n%s", text)
                    .contains(Wording.firstName(referrer));
            boolean oneWord = !referrer.strip().contains(" ");
            soft.assertThat(oneWord ? new String[0] : body.split(Pattern.quote(referrer), -1)).as("the referrer's full name once in:\n%s", text)
                    .hasSizeLessThanOrEqualTo(2);
        }
    }

    private static String firstWords(String text, int count) {
        String[] words = text.split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static synchronized void record(String template, int count) {
        int[] range = WORDS.computeIfAbsent(template, key -> new int[] {Integer.MAX_VALUE, 0});
        range[0] = Math.min(range[0], count);
        range[1] = Math.max(range[1], count);
    }

    @AfterAll
    static void printTheRanges() {
        WORDS.forEach((template, range) -> System.out.printf(Locale.ROOT, "draft grid: %-36s %4d to %4d %s%n",
                template, range[0], range[1], template.contains("linkedin") ? "characters" : "words"));
    }

    private static String exactly(int length, String text) {
        return GridAnswers.exactly(length, text);
    }
}
