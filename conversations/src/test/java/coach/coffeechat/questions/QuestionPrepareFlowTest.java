package coach.coffeechat.questions;

import static coach.coffeechat.meeting.FeatureBench.MAYA;
import static coach.coffeechat.meeting.FeatureBench.TEXTS;
import static coach.coffeechat.meeting.FeatureBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.FeatureBench;
import coach.coffeechat.store.Sql;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class QuestionPrepareFlowTest {
    private static final String REFERRAL = "Who else do you think I should talk to?";
    private static final String STAY = "Ana, what is the best way for me to stay in touch with you?";

    private FeatureBench bench;
    private QuestionFeature feature;
    private Contact ana;

    @BeforeEach
    void open() {
        bench = new FeatureBench();
        feature = QuestionFeature.create(TEXTS, bench.contactFeature, QuestionBank.load(Optional.empty()),
                new QuestionChecker(CheckRules.load(Optional.empty()), TEXTS));
        bench.start(feature::registerCommands, feature.flows());
        ana = bench.addContact("Ana Li", "UX Researcher", "Acme Health");
    }

    @AfterEach
    void close() {
        bench.close();
    }

    private Optional<QuestionList> saved() {
        return saved(MAYA, ana.id());
    }

    private Optional<QuestionList> saved(UserId owner, long contactId) {
        return bench.inTransaction(c -> feature.saved().find(c, owner, contactId));
    }

    private int storedLists() {
        Optional<Integer> rows = bench.inTransaction(c -> Sql.one(c, "SELECT COUNT(*) FROM question_lists",
                s -> { }, row -> row.getInt(1)));
        return rows.orElseThrow();
    }

    /** Starts preparing for Ana with the default minutes and adds each question in Maya's own words. */
    private Reply startWith(String... questions) {
        bench.command("questions prepare", "contact", "Ana Li");
        Reply reply = bench.send("skip");
        for (String question : questions) {
            bench.send("own");
            reply = bench.send(question);
        }
        return reply;
    }

    /** Adds questions in Maya's own words to the open list. */
    private Reply addOwn(String... questions) {
        Reply reply = null;
        for (String question : questions) {
            bench.send("own");
            reply = bench.send(question);
        }
        return reply;
    }

    private List<String> list() {
        return QuestionLines.fromAnswer(bench.session().top().answers().getOrDefault("list", ""));
    }

    private static List<String> optionIds(Reply reply) {
        return ((Prompt.Choice) reply.prompt().orElseThrow()).options().stream().map(Prompt.Option::id).toList();
    }

    @Test
    void theMenuNeverOffersTheActionJustTakenAsItsDefault() {
        Reply afterOne = startWith("What made you move from teaching into research?");
        assertThat(((Prompt.Choice) afterOne.prompt().orElseThrow()).selected()).as("a short list: add more")
                .isEqualTo("topic");

        Reply checked = bench.send("check");
        assertThat(((Prompt.Choice) checked.prompt().orElseThrow()).selected()).isNotEqualTo("check")
                .isEqualTo("topic");

        Reply five = addOwn("Which skills from teaching helped you most?", "What does a typical week look like?",
                "What would you do differently if you switched again?", "Which research methods do you use most?");
        assertThat(((Prompt.Choice) five.prompt().orElseThrow()).selected()).as("five or six: finish")
                .isEqualTo("finish");
    }

    @Test
    void theClosingQuestionsOfferAddingThemAgainAfterAnEditNotAnotherEdit() {
        startWith("What made you move from teaching into research?", "Which skills from teaching helped you most?");
        Reply closing = bench.send("finish");
        assertThat(optionIds(closing)).contains("add", "edit");
        bench.send("edit");

        Reply again = bench.send("finish");

        assertThat(((Prompt.Choice) again.prompt().orElseThrow()).selected()).isEqualTo("add");
    }

    @Test
    void aListIsBuiltFromTheBankAndInOwnWordsThenSavedWithTheClosingQuestions() {
        Reply minutes = bench.command("questions prepare", "contact", "Ana Li");
        assertThat(minutes.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("15"));
        Reply menu = bench.send("skip");
        assertThat(menu.prompt().get().text()).startsWith(text("questions.menu.empty", "name", "Ana Li"));
        assertThat(optionIds(menu)).containsExactly("topic", "own");
        bench.send("topic");
        bench.send("path");
        Reply added = bench.send("1");
        assertThat(added.notes()).containsExactly(text("questions.added", "number", 1));
        bench.send("own");
        bench.send("What made you move from teaching into research?");
        bench.send("topic");
        bench.send("trends");
        bench.send("1");

        Reply closing = bench.send("finish");
        assertThat(closing.prompt().get().text()).isEqualTo(text("questions.closing.both",
                "questions", REFERRAL + "\n" + STAY));
        Reply saved = bench.send("add");

        List<String> expected = List.of("How did you first get into this line of work?",
                "What made you move from teaching into research?",
                "What changes in UX research are you watching most closely right now?", REFERRAL, STAY);
        assertThat(saved.prompt()).isEmpty();
        assertThat(saved.notes()).hasSize(4);
        assertThat(saved.notes().get(0)).isEqualTo(text("questions.saved", "count", 5, "name", "Ana Li", "list",
                "1. How did you first get into this line of work?\n"
                        + "2. What made you move from teaching into research?\n"
                        + "3. What changes in UX research are you watching most closely right now?\n"
                        + "4. " + REFERRAL + "\n5. " + STAY));
        assertThat(saved.notes().get(1)).startsWith("Checks");
        assertThat(saved.notes().subList(2, 4)).containsExactly(text("questions.your-side", "name", "Ana Li"),
                text("questions.checklist", "minutes", 15));
        assertThat(saved.notes().get(3)).contains("resume", "cover letter", "portfolio", "business cards",
                "on time", "wrap up");
        QuestionList list = saved().orElseThrow();
        assertThat(list.questions()).isEqualTo(expected);
        assertThat(list.minutes()).isEqualTo(15);
        assertThat(list.updatedAt()).isEqualTo(bench.clock.instant());
    }

    @Test
    void theMinutesAskedForAreCheckedAndSavedWithTheList() {
        bench.command("questions prepare", "contact", "Ana Li");

        for (String typed : List.of("2", "90", "lots", "")) {
            Reply reply = bench.send(typed);
            if (typed.isEmpty()) {
                assertThat(bench.session().top().answers()).containsEntry("minutes", "15");
                bench.send("back");
                break;
            }
            assertThat(reply.notes()).as(typed).first().isEqualTo(text("questions.minutes.invalid", "typed", typed,
                    "min", 5, "max", 60));
        }
        Reply menu = bench.send("30 minutes");
        bench.send("own");
        bench.send(REFERRAL);
        bench.send("own");
        bench.send(STAY);
        Reply saved = bench.send("finish");

        assertThat(menu.prompt().get()).isInstanceOf(Prompt.Choice.class);
        assertThat(saved.notes()).contains(text("questions.checklist", "minutes", 30));
        assertThat(saved().orElseThrow().minutes()).isEqualTo(30);
    }

    @Test
    void bankQuestionsAreFilledWithTheContactsOrganisationAndFirstName() {
        bench.command("questions prepare", "contact", "Ana Li");
        bench.send("skip");
        bench.send("topic");

        Reply path = bench.send("path");

        assertThat(((Prompt.Choice) path.prompt().get()).options()).extracting(Prompt.Option::label)
                .contains("What made you choose Acme Health over other places?")
                .last().isEqualTo(text("questions.question.own"));
        bench.send("back");
        Reply closing = bench.send("closing");
        assertThat(((Prompt.Choice) closing.prompt().get()).options()).extracting(Prompt.Option::label)
                .contains(STAY);
    }

    @Test
    void theTopicsShowHowManyQuestionsAndWhichTagsTheyHold() {
        bench.command("questions prepare", "contact", "Ana Li");
        bench.send("skip");

        Reply topics = bench.send("topic");

        assertThat(((Prompt.Choice) topics.prompt().get()).options()).hasSize(8).first()
                .satisfies(day -> {
                    assertThat(day.label()).isEqualTo("A typical day");
                    assertThat(day.description()).isEqualTo("9 questions: insights, assignments");
                });
    }

    @Test
    void aQuestionAlreadyOnTheListIsNotAddedTwice() {
        startWith("How did you first get into this line of work?");
        bench.send("topic");
        bench.send("path");

        Reply again = bench.send("1");
        assertThat(again.notes()).containsExactly(text("questions.already", "number", 1));
        bench.send("own");
        Reply typedAgain = bench.send("  how did you FIRST get into this line of work ");

        assertThat(typedAgain.notes()).containsExactly(text("questions.already", "number", 1));
        assertThat(list()).hasSize(1);
    }

    @Test
    void aBankQuestionOnTheListIsMarkedInTheChoice() {
        startWith("How did you first get into this line of work?");
        bench.send("topic");

        Reply path = bench.send("path");

        assertThat(((Prompt.Choice) path.prompt().get()).options().get(0).description())
                .isEqualTo(text("questions.question.on-list", "tags", "insights"));
    }

    @Test
    void ownQuestionsAreCleanedAndMustHaveWords() {
        startWith();
        bench.send("own");

        assertThat(bench.send("1. ???").notes()).first().isEqualTo(text("questions.own.needs-letters"));
        bench.send("  2)   What   made you   say yes to research?  ");

        assertThat(list()).containsExactly("What made you say yes to research?");
    }

    @Test
    void questionsMoveUpDownOrToAPlace() {
        startWith("Alpha why?", "Beta how?", "Gamma what?", "Delta who?");

        bench.send("move");
        Reply moved = bench.send("3 up");
        assertThat(moved.notes()).containsExactly(text("questions.move.moved", "from", 3, "to", 2));
        assertThat(list()).containsExactly("Alpha why?", "Gamma what?", "Beta how?", "Delta who?");
        bench.send("move");
        bench.send("1 down");
        assertThat(list()).containsExactly("Gamma what?", "Alpha why?", "Beta how?", "Delta who?");
        bench.send("move");
        bench.send("move question 4 to 1");
        assertThat(list()).containsExactly("Delta who?", "Gamma what?", "Alpha why?", "Beta how?");
        bench.send("move");
        bench.send("2 last");
        assertThat(list()).containsExactly("Delta who?", "Alpha why?", "Beta how?", "Gamma what?");
        bench.send("move");
        Reply unmoved = bench.send("1 up");
        assertThat(unmoved.notes()).containsExactly(text("questions.move.unmoved", "number", 1));
        assertThat(list()).containsExactly("Delta who?", "Alpha why?", "Beta how?", "Gamma what?");
    }

    @Test
    void aMoveThatCannotBeReadOrNamesNoSuchPlaceIsRefused() {
        startWith("Alpha why?", "Beta how?");
        bench.send("move");

        assertThat(bench.send("sideways").notes()).first()
                .isEqualTo(text("questions.move.invalid", "typed", "sideways"));
        assertThat(bench.send("9 to 1").notes()).first()
                .isEqualTo(text("questions.move.out-of-range", "typed", "9 to 1", "count", 2));
        assertThat(bench.send("1 to 0").notes()).first()
                .isEqualTo(text("questions.move.out-of-range", "typed", "1 to 0", "count", 2));
        assertThat(list()).containsExactly("Alpha why?", "Beta how?");
    }

    @Test
    void aQuestionIsRemovedOrAllAreKept() {
        startWith("Alpha why?", "Beta how?", "Gamma what?");
        bench.send("remove");

        Reply removed = bench.send("2");
        assertThat(removed.notes()).containsExactly(text("questions.remove.removed", "question", "Beta how?"));
        assertThat(list()).containsExactly("Alpha why?", "Gamma what?");
        Reply options = bench.send("remove");
        assertThat(optionIds(options)).containsExactly("q1", "q2", "keep");
        Reply kept = bench.send("keep");

        assertThat(kept.notes()).containsExactly(text("questions.remove.kept"));
        assertThat(list()).containsExactly("Alpha why?", "Gamma what?");
    }

    @Test
    void theMenuOffersOnlyWhatTheListAllows() {
        Reply one = startWith("Alpha why?");
        assertThat(optionIds(one)).containsExactly("topic", "own", "check", "remove", "finish");
        Reply two = addOwn("Beta how?");
        assertThat(optionIds(two)).containsExactly("topic", "own", "check", "move", "remove", "finish");

        String[] ten = new String[10];
        for (int i = 0; i < ten.length; i++) {
            ten[i] = "Question number " + (i + 3) + ", how?";
        }
        Reply full = addOwn(ten);

        assertThat(list()).hasSize(12);
        assertThat(optionIds(full)).containsExactly("check", "move", "remove", "finish");
    }

    @Test
    void aFullListRefusesAnotherQuestion() {
        String[] twelve = new String[12];
        for (int i = 0; i < twelve.length; i++) {
            twelve[i] = "Question number " + (i + 1) + ", how?";
        }
        startWith(twelve);
        bench.send("remove");
        bench.send("1");
        bench.send("own");
        bench.send("One more, why?");
        bench.send("back");

        Reply refused = bench.send("Yet another, why?");

        assertThat(bench.session().top().stepId()).isEqualTo("own");
        assertThat(refused.notes()).first().isEqualTo(text("questions.full", "max", 12));
    }

    @Test
    void theListCanBeSeenWithItsChecksNumberedByQuestion() {
        startWith("What made you choose research?", "Is the pay good at Acme?");

        Reply checked = bench.send("check");

        assertThat(checked.notes()).singleElement().satisfies(report -> assertThat(List.of(report.split("\n")))
                .startsWith(text("report.warnings", "words", 11, "characters", 54))
                .contains(text("report.finding.warn", "where", text("report.question", "line", 2),
                        "rule", "salary", "message", text("check.question.salary")))
                .last().asString().contains("missing-referral-question"));
        assertThat(checked.prompt().get().text()).contains("1. What made you choose research?",
                "2. Is the pay good at Acme?");
    }

    @Test
    void theMenuShowsWhichTiaraLettersTheListCovers() {
        bench.command("questions prepare", "contact", "Ana Li");
        bench.send("skip");
        bench.send("topic");
        bench.send("trends");
        Reply oneTopic = bench.send("1");

        assertThat(oneTopic.prompt().get().text()).contains(text("questions.menu.tiara",
                "covered", "trends", "missing", "insights, advice, resources, assignments"));
        bench.send("cancel");
        Reply ownOnly = startWith("Alpha why?");
        assertThat(ownOnly.prompt().get().text()).contains(text("questions.menu.tiara-none"));
    }

    @Test
    void aListWithBothClosingQuestionsIsSavedStraightAway() {
        startWith("What made you choose research?", REFERRAL, "How would you like me to keep you posted?");

        Reply saved = bench.send("finish");

        assertThat(saved.notes().get(0)).startsWith(text("questions.saved", "count", 3, "name", "Ana Li",
                "list", "").strip());
        assertThat(saved().orElseThrow().questions()).hasSize(3);
    }

    @Test
    void onlyTheMissingClosingQuestionIsOffered() {
        startWith("What made you choose research?", "Could you suggest anyone else I should meet?");

        Reply closing = bench.send("finish");

        assertThat(closing.prompt().get().text()).isEqualTo(text("questions.closing.stay", "questions", STAY));
        bench.send("save");
        assertThat(saved().orElseThrow().questions()).containsExactly("What made you choose research?",
                "Could you suggest anyone else I should meet?");
    }

    @Test
    void goingBackToTheListFromTheClosingOfferSavesNothing() {
        startWith("What made you choose research?");
        Reply closing = bench.send("finish");
        assertThat(closing.prompt().get().text()).isEqualTo(text("questions.closing.both", "questions",
                REFERRAL + "\n" + STAY));

        Reply menu = bench.send("edit");

        assertThat(menu.prompt().get().text()).endsWith(text("questions.menu"));
        assertThat(saved()).isEmpty();
    }

    @Test
    void aSavedListIsLoadedForEditingAndSavingAgainReplacesIt() {
        bench.command("questions prepare", "contact", "Ana Li");
        bench.send("30");
        bench.send("own");
        bench.send("What made you choose research?");
        bench.send("finish");
        bench.send("add");
        assertThat(saved().orElseThrow().questions()).hasSize(3);
        bench.clock.advance(Duration.ofDays(1));

        Reply minutes = bench.command("questions prepare", "contact", "Ana Li");
        assertThat(minutes.notes()).containsExactly(text("questions.loaded", "count", 3, "name", "Ana Li"));
        assertThat(minutes.prompt().get()).isInstanceOfSatisfying(Prompt.Text.class,
                prompt -> assertThat(prompt.defaultValue()).isEqualTo("30"));
        Reply menu = bench.send("");
        assertThat(menu.prompt().get().text()).contains("1. What made you choose research?", "2. " + REFERRAL,
                "3. " + STAY);
        bench.send("remove");
        bench.send("1");
        bench.send("finish");

        QuestionList replaced = saved().orElseThrow();
        assertThat(replaced.questions()).containsExactly(REFERRAL, STAY);
        assertThat(replaced.minutes()).isEqualTo(30);
        assertThat(replaced.updatedAt()).isEqualTo(bench.clock.instant());
        assertThat(storedLists()).isEqualTo(1);
    }

    @Test
    void backFromTheQuestionsReturnsToTheTopicsAndBackFromTheMenuAddsNothingTwice() {
        startWith();
        bench.send("topic");
        bench.send("day");
        Reply topics = bench.send("back");
        assertThat(topics.prompt().get()).isInstanceOfSatisfying(Prompt.Choice.class,
                choice -> assertThat(choice.selected()).isEqualTo("day"));
        bench.send("day");
        bench.send("2");

        Reply question = bench.send("back");
        assertThat(question.prompt().get().text()).isEqualTo(text("questions.question", "topic", "A typical day"));
        Reply menu = bench.send("2");

        assertThat(menu.notes()).containsExactly(text("questions.already", "number", 1));
        assertThat(list()).containsExactly("Which part of your week do you look forward to most, and which least?");
    }

    @Test
    void aQuestionListIsKeptPerContactAndPrivateToItsOwner() {
        Contact bo = bench.addContact("Bo Chen", "", "public health");
        startWith(REFERRAL, STAY);
        bench.send("finish");

        bench.command("questions prepare", "contact", "Bo Chen");
        Reply menu = bench.send("skip");

        assertThat(menu.prompt().get().text()).startsWith(text("questions.menu.empty", "name", "Bo Chen"));
        assertThat(saved(MAYA, bo.id())).isEmpty();
        assertThat(saved(new UserId("leo"), ana.id())).isEmpty();
        assertThat(saved()).isPresent();
    }

    @Test
    void anUnknownContactIsRefusedKindly() {
        assertThat(bench.command("questions prepare", "contact", "Zed").notes())
                .containsExactly(text("contact.not-found", "typed", "Zed"));
        assertThat(bench.command("questions prepare").notes())
                .containsExactly(text("contact.missing-option", "usage", "/questions prepare contact: Ana Li"));
    }

    @Test
    void aContactRemovedDuringTheFlowSavesNothing() {
        startWith(REFERRAL, STAY);
        bench.removeContactElsewhere(ana.id());

        Reply saved = bench.send("finish");

        assertThat(saved.notes()).containsExactly(text("contact.gone-note"));
        assertThat(storedLists()).isZero();
    }

    @Test
    void aFullListIsStillOfferedTheClosingQuestionsAndTheChecksSayItIsTooLong() {
        String[] twelve = new String[12];
        for (int i = 0; i < twelve.length; i++) {
            twelve[i] = "Question number " + (i + 1) + ", how did it shape your path?";
        }
        startWith(twelve);

        Reply closing = bench.send("finish");
        assertThat(closing.prompt().get().text()).isEqualTo(text("questions.closing.both",
                "questions", REFERRAL + "\n" + STAY));
        Reply saved = bench.send("add");

        assertThat(saved().orElseThrow().questions()).hasSize(14).endsWith(REFERRAL, STAY);
        assertThat(saved.notes().get(1)).contains("too-many");
    }

    @Test
    void removingEveryQuestionLeavesAnEmptyListThatCannotBeSaved() {
        startWith("Alpha why?", "Beta how?");
        bench.send("remove");
        bench.send("1");
        bench.send("remove");

        Reply empty = bench.send("1");

        assertThat(empty.notes()).containsExactly(text("questions.remove.removed", "question", "Beta how?"));
        assertThat(empty.prompt().get().text()).startsWith(text("questions.menu.empty", "name", "Ana Li"));
        assertThat(optionIds(empty)).containsExactly("topic", "own");
        assertThat(bench.send("finish").notes()).first().isEqualTo(text("engine.choice-invalid",
                "options", "1. " + text("questions.menu.topic") + ", 2. " + text("questions.menu.own")));
        assertThat(saved()).isEmpty();
    }
}
