package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.engine.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ConsoleSessionTest {
    /** The details form, answered field by field: name, role, organisation, why. */
    private static final String[] ANA = {"Ana Li", "UX researcher", "Acme Health", "She moved from teaching to UX"};

    private InMemoryCoach coach;

    @BeforeEach
    void openCoach() {
        coach = InMemoryCoach.open();
    }

    @AfterEach
    void closeCoach() {
        coach.close();
    }

    @Test
    void addsAContactThroughTheWholeFlowAndThenListsIt() {
        // GIVEN a complete /contact add: a warm friend, reachable by email, confirmed
        String transcript = coach.converse(
                "/contact add", ANA[0], ANA[1], ANA[2], ANA[3],
                "1", "friend", "ana@example.com", "yes",
                "/contact list");

        // THEN every step was asked and the contact is listed
        assertThat(transcript)
                .contains("Name (required; for example: Ana Li)\n> Ana Li")
                .contains("How well do you know Ana Li?")
                .contains("  1. warm \u2014 You know them yourself")
                .contains("Where do you know Ana Li from?")
                .contains("How will you reach Ana Li?")
                .contains("Save this contact?\n(yes/no \u2014 yes: Save, no: Change something)")
                .contains("Saved Ana Li.")
                .contains("Your contacts (1):\n1. Ana Li");
        assertThat(transcript).doesNotContain("Who connected you");
        assertThat(transcript).endsWith("Bye for now!\n");
    }

    @Test
    void asksWhoReferredALukewarmContactAndKeepsTheName() {
        // GIVEN a lukewarm contact met through Sam, who is not a contact yet
        String transcript = coach.converse(
                "/contact add", ANA[0], ANA[1], ANA[2], ANA[3],
                "lukewarm", "5", "Sam Park", "Just note the name", "", "yes",
                "/contact show contact: Ana Li");

        // THEN the referrer is asked for, the reach step is skipped with Enter, and the referrer is kept
        assertThat(transcript)
                .contains("Who connected you with Ana Li?")
                .contains("Sam Park isn't in your contacts yet.")
                .contains("Saved Ana Li.")
                .contains("Referred by: Sam Park");
    }

    @Test
    void changesOneFieldOfAContactWithContactEdit() {
        // GIVEN a saved contact, then one field changed with its value typed, one asked, one refused and retyped
        String transcript = coach.converse(
                "/contact add", ANA[0], ANA[1], ANA[2], ANA[3], "1", "friend", "", "yes",
                "/contact edit contact: Ana field: role value: Research lead",
                "/contact edit contact: Ana field: organisation", "Globex Health",
                "/contact edit contact: Ana field: reach value: at the gym", "ana@example.com",
                "/contact show contact: Ana Li");

        // THEN each change is saved on its own, the refused value is explained, and nothing else moved
        assertThat(transcript)
                .contains("For Ana Li, role is now: Research lead")
                .contains("The new organisation or field for Ana Li?")
                .contains("For Ana Li, organisation or field is now: Globex Health")
                .contains("That doesn't look like an email address")
                .contains("For Ana Li, how to reach them is now: ana@example.com")
                .contains("Research lead at Globex Health");
        assertThat(transcript.split("How well do you know Ana Li\\?", -1)).hasSize(2);
    }

    @Test
    void echoesEachLineAfterThePromptMarkerWhenInputIsPiped() {
        String transcript = coach.converse("/contact list");

        assertThat(transcript).startsWith("Coffee Chat Coach, console edition")
                .contains("\n> /contact list\n\nYou haven't added anyone yet.");
    }

    @Test
    void showsThePromptMarkerWithoutEchoingAtATerminal() {
        String transcript = coach.converse(true, "/contact list");

        assertThat(transcript).contains("\n> \nYou haven't added anyone yet.").doesNotContain("> /contact list");
    }

    @Test
    void bannerSaysWhereDataLivesAndHowToLeave() {
        String transcript = coach.converse();

        assertThat(transcript).startsWith("Coffee Chat Coach, console edition")
                .contains(InMemoryCoach.CONFIG.dataDir().toAbsolutePath().normalize().toString())
                .contains("/help").contains("/quit")
                .endsWith("\nBye for now!\n");
    }

    @Test
    void endOfInputInTheMiddleOfAFlowKeepsItAndSaysHowToResume() {
        // WHEN the input ends halfway through adding a contact
        String first = coach.converse("/contact add", ANA[0], ANA[1], ANA[2], ANA[3]);

        // THEN the goodbye says how to come back, and the next session's banner says so too
        assertThat(first).endsWith("Bye for now! You were in the middle of adding a contact; it's saved, so /resume"
                + " picks it up next time.\n");
        String second = coach.converse("/resume", "2");
        assertThat(second)
                .contains("You have something in progress from last time. Type /resume")
                .contains("Picking up adding a contact where you left off.")
                .contains("How well do you know Ana Li?")
                .contains("Where do you know Ana Li from?");
    }

    @Test
    void leavingRightAfterARestartStillSaysTheOpenFlowIsKept() {
        // GIVEN a session that ended halfway through adding a contact
        coach.converse("/contact add", ANA[0], ANA[1], ANA[2], ANA[3]);

        // WHEN the next session ends before anything is typed
        String second = coach.converse("/quit");

        // THEN the goodbye still says the flow is kept
        assertThat(second).endsWith("Bye for now! You were in the middle of adding a contact; it's saved, so /resume"
                + " picks it up next time.\n");
    }

    @Test
    void answersOfSeveralLinesAreReadAsOneAfterARestartWithoutResume() {
        // GIVEN a session that ended at the question that takes a pasted list
        coach.converse("/questions check");

        // WHEN the next session pastes the list between fences straight away
        String second = coach.converse("\"\"\"", "How did you move into UX research?", "What do you earn?",
                "\"\"\"");

        // THEN the two lines are checked together as one answer, and nothing is left over
        assertThat(second)
                .contains("1. How did you move into UX research?\n2. What do you earn?")
                .doesNotContain("I couldn't find a question")
                .doesNotContain("There's nothing in progress");
    }

    @Test
    void enterRightAfterARestartDoesNotAnswerAQuestionNotShownYet() {
        // GIVEN a session that ended at the contact's warmth, with warm picked earlier and then stepped back to
        coach.converse("/contact add", ANA[0], ANA[1], ANA[2], ANA[3], "1", "back");

        // WHEN the next session starts with an empty line
        String second = coach.converse("", "/resume");

        // THEN nothing was answered: /resume shows the same question
        assertThat(second).contains("How well do you know Ana Li?").doesNotContain("Where do you know Ana Li from?");
    }

    @Test
    void aControlWordTypedInAFormFieldStopsFillingItIn() {
        String transcript = coach.converse("/contact add", "cancel", "/contact list");

        assertThat(transcript)
                .contains("> cancel\n\nStopped adding a contact. Nothing from it was saved.")
                .doesNotContain("Role (optional")
                .contains("You haven't added anyone yet.");
        assertThat(coach.coach().conversations().stored(ConsoleSession.USER).map(Session::inFlow)).contains(false);
    }

    @Test
    void aCommandTypedInAFormFieldIsHandledAsACommand() {
        // WHEN a command is typed instead of a name
        String transcript = coach.converse("/contact add", "/contact list", "Ana Li");

        // THEN the command is answered, and the form's fields are asked again right away
        assertThat(transcript)
                .contains("> /contact list\n\nYou haven't added anyone yet.")
                .contains("Back to adding a contact:");
        assertThat(transcript.lastIndexOf("Name (required")).isGreaterThan(transcript.indexOf("> /contact list"));
    }

    @Test
    void helpAskedHalfwayThroughAFormKeepsTheFieldsAlreadyTyped() {
        // GIVEN the name and role typed, WHEN the user asks for help at the organisation
        // AND presses Enter at the fields typed before
        String transcript = coach.converse("/contact add", ANA[0], ANA[1], "help", "", "", ANA[2], ANA[3],
                "1", "1", "", "yes", "/contact list");

        // THEN the form comes back with what was typed offered, and Enter keeps it
        assertThat(transcript.substring(transcript.indexOf("> help")))
                .contains("Name (required; press Enter to keep: Ana Li)")
                .contains("Role (optional; press Enter to keep: UX researcher)");
        assertThat(transcript).contains("1. Ana Li \u2014 UX researcher at Acme Health");
    }

    @Test
    void aCommandTypedHalfwayThroughAFormKeepsTheFieldsAlreadyTyped() {
        String transcript = coach.converse("/contact add", ANA[0], "/contact list", "", ANA[1]);

        assertThat(transcript.substring(transcript.indexOf("> /contact list")))
                .contains("Name (required; press Enter to keep: Ana Li)\n> \nRole (optional;");
    }

    @Test
    void aFormStartedAgainAfterCancellingDoesNotOfferTheCancelledAnswers() {
        String transcript = coach.converse("/contact add", ANA[0], ANA[1], "cancel", "/contact add");

        assertThat(transcript.substring(transcript.lastIndexOf("> /contact add")))
                .contains("Name (required; for example: Ana Li)")
                .doesNotContain("press Enter to keep");
    }

    @Test
    void aNewFlowInTheMiddleOfAnotherAsksWhetherToCarryOn() {
        String transcript = coach.converse("/contact add", ANA[0], ANA[1], ANA[2], ANA[3], "/contact add", "1");

        assertThat(transcript)
                .contains("  1. Carry on adding a contact")
                .contains("  2. Set it aside, start /contact add");
        assertThat(transcript.lastIndexOf("How well do you know Ana Li?"))
                .isGreaterThan(transcript.indexOf("Carry on adding a contact"));
    }

    @Test
    void changeSomethingAsksOnlyTheFieldPickedWithEnterKeepingItsAnswer() {
        // GIVEN a contact ready to save
        // WHEN the user says no ("Change something"), picks the way to reach, presses Enter, then changes the role
        String transcript = coach.converse(
                "/contact add", ANA[0], ANA[1], ANA[2], ANA[3], "1", "1", "ana@example.com",
                "no", "reach", "", "no", "role", "Research lead", "yes", "/contact list");

        // THEN only those fields are asked again, the earlier answer is offered and kept
        assertThat(transcript)
                .contains("What would you like to change?")
                .contains("(press Enter to keep: ana@example.com)")
                .contains("press Enter to keep: UX researcher")
                .contains("Saved Ana Li.")
                .contains("1. Ana Li \u2014 Research lead at Acme Health \u00b7 warm, friend");
        assertThat(transcript.split("How well do you know Ana Li\\?", -1)).hasSize(2);
    }

    @Test
    void slashBackIsSentAsTheControlWord() {
        String transcript = coach.converse("/contact add", ANA[0], ANA[1], ANA[2], ANA[3], "/back");

        assertThat(transcript).doesNotContain("I don't know /back");
        assertThat(transcript.lastIndexOf("Name (required; press Enter to keep: Ana Li)"))
                .isGreaterThan(transcript.indexOf("How well do you know Ana Li?"));
    }

    @Test
    void explainsAnUnknownOptionWithoutAskingTheEngine() {
        String transcript = coach.converse("/contact show name: Ana Li");

        assertThat(transcript)
                .contains("/contact show has no option \"name\". Type it like this: /contact show contact:")
                .doesNotContain("I couldn't find");
    }

    @Test
    void letsTheEngineAnswerAnUnknownCommand() {
        assertThat(coach.converse("/frobnicate now")).contains("I don't know /frobnicate now.");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(coach.converse("/help")).contains("Here's what I can do:").contains("/contact add")
                .contains("/contact stage contact: [stage:]");
    }

    @Test
    void movesAContactsStageWithOneTypedCommand() {
        String transcript = coach.converse(
                "/contact add", ANA[0], ANA[1], ANA[2], ANA[3], "1", "1", "", "yes",
                "/contact stage contact: Ana Li stage: met");

        assertThat(transcript).contains("Moved Ana Li from identified to met.");
    }

    @Test
    void quitLeavesAndIgnoresTheRest() {
        String transcript = coach.converse("/quit", "/contact add");

        assertThat(transcript).doesNotContain("Who would you like to learn from?").endsWith("Bye for now!\n");
    }

    @Test
    void anEmptyLineOutsideAFlowIsIgnored() {
        String transcript = coach.converse("", "/contact list");

        assertThat(transcript).doesNotContain("There's nothing in progress").contains("You haven't added anyone");
    }
}
