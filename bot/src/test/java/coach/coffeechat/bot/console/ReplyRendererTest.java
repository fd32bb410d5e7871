package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReplyRendererTest {
    private static final List<ControlAction> ALL = List.of(ControlAction.BACK, ControlAction.SKIP,
            ControlAction.CANCEL, ControlAction.HELP);

    private final ReplyRenderer renderer = new ReplyRenderer(Texts.load(Optional.empty()));

    @Test
    void showsEachNoteAsItsOwnParagraph() {
        Reply reply = new Reply(List.of("Saved Ana Li.", "Type /contact list to see everyone."), Optional.empty(),
                List.of(), 3, "");

        assertThat(renderer.render(reply)).isEqualTo("Saved Ana Li.\n\nType /contact list to see everyone.");
    }

    @Test
    void rendersNothingForAReplyThatSaysNothing() {
        assertThat(renderer.render(new Reply(List.of(), Optional.empty(), List.of(), 0, ""))).isEmpty();
    }

    @Test
    void numbersChoiceOptionsWithTheirDescriptions() {
        Prompt.Choice choice = new Prompt.Choice("How well do you know Ana?", List.of(
                new Prompt.Option("warm", "warm", "You know them yourself"),
                Prompt.Option.of("cold", "cold")));

        assertThat(renderer.render(reply(choice, List.of(ControlAction.BACK, ControlAction.CANCEL))))
                .isEqualTo("""
                        Moving on.

                        How well do you know Ana?
                          1. warm \u2014 You know them yourself
                          2. cold
                        (back \u00b7 cancel)""");
    }

    @Test
    void marksTheSelectedOptionAsCurrentAndOffersToKeepIt() {
        Prompt.Choice choice = new Prompt.Choice("Where do things stand?",
                List.of(Prompt.Option.of("identified", "identified"), Prompt.Option.of("met", "met")), "met");

        assertThat(renderer.render(reply(choice, List.of())))
                .endsWith("""
                        Where do things stand?
                          1. identified
                          2. met (current)
                        (press Enter to keep: met)""");
    }

    @Test
    void marksAMenusSuggestedNextStepAsSuggestedNotAsCurrent() {
        Prompt.Choice menu = new Prompt.Choice("Here's your edited draft.", List.of(Prompt.Option.of("edit",
                "Edit the text"), Prompt.Option.of("sent", "I've sent it")), "sent").asSuggestion();

        assertThat(renderer.render(reply(menu, List.of())))
                .endsWith("""
                        Here's your edited draft.
                          1. Edit the text
                          2. I've sent it (suggested)
                        (press Enter for: I've sent it)""")
                .doesNotContain("(current)");
    }

    @Test
    void showsATextQuestionWithItsDefault() {
        Prompt.Text text = new Prompt.Text("How will you reach Ana?", "Email", Prompt.TextLength.SHORT, 200,
                "ana@example.com", "ana@acme.example");

        assertThat(renderer.render(reply(text, ALL))).endsWith("""
                How will you reach Ana?
                (press Enter to keep: ana@acme.example)
                (back \u00b7 skip \u00b7 cancel \u00b7 help)""");
    }

    @Test
    void showsATextQuestionsExampleWhenThereIsNoDefault() {
        Prompt.Text text = new Prompt.Text("Who referred you?", "Referrer", Prompt.TextLength.SHORT, 100,
                "Sam Park", "");

        assertThat(renderer.render(reply(text, List.of()))).endsWith("Who referred you?\n(for example: Sam Park)");
    }

    @Test
    void showsATextQuestionAloneWhenItHasNeitherDefaultNorExample() {
        Prompt.Text text = new Prompt.Text("Anything else?", "Notes", Prompt.TextLength.SHORT, 1000, "", "");

        assertThat(renderer.render(new Reply(List.of(), Optional.of(text), List.of(), 1, "")))
                .isEqualTo("Anything else?");
    }

    @Test
    void aLongTextQuestionSaysHowToTypeSeveralLines() {
        Prompt.Text text = new Prompt.Text("Anything else?", "Notes", Prompt.TextLength.LONG, 1000, "", "");

        assertThat(renderer.render(new Reply(List.of(), Optional.of(text), List.of(), 1, "")))
                .isEqualTo("Anything else?\n(several lines? Type \"\"\" on a line of its own, then your text,"
                        + " then \"\"\" again)");
    }

    @Test
    void showsAFormsTextAndLeavesItsFieldsToBeAskedOneByOne() {
        Prompt.Form form = new Prompt.Form("Who would you like to learn from?", "New contact", List.of(
                new Prompt.Field("name", "Name", Prompt.TextLength.SHORT, true, 100, "Ana Li", ""),
                new Prompt.Field("role", "Role", Prompt.TextLength.SHORT, false, 100, "", "")));

        assertThat(renderer.render(reply(form, List.of(ControlAction.CANCEL, ControlAction.HELP))))
                .isEqualTo("Moving on.\n\nWho would you like to learn from?\n(cancel \u00b7 help)");
    }

    @Test
    void asksAFormFieldWithWhetherItIsRequiredAndItsDefaultOrExample() {
        assertThat(renderer.fieldQuestion(
                new Prompt.Field("name", "Name", Prompt.TextLength.SHORT, true, 100, "Ana Li", "")))
                .isEqualTo("Name (required; for example: Ana Li)");
        assertThat(renderer.fieldQuestion(
                new Prompt.Field("role", "Role", Prompt.TextLength.SHORT, false, 100, "UX researcher", "Designer")))
                .isEqualTo("Role (optional; press Enter to keep: Designer)");
        assertThat(renderer.fieldQuestion(
                new Prompt.Field("why", "Why this person?", Prompt.TextLength.LONG, false, 1000, "", "")))
                .isEqualTo("Why this person? (optional)");
    }

    @Test
    void showsAConfirmationWithWhatYesAndNoDo() {
        Prompt.Confirm confirm = new Prompt.Confirm("Remove Ana Li?", "Remove", "Keep");

        assertThat(renderer.render(reply(confirm, List.of(ControlAction.CANCEL))))
                .endsWith("Remove Ana Li?\n(yes/no \u2014 yes: Remove, no: Keep)\n(cancel)");
    }

    @Test
    void showsInformationWithHowToGoOn() {
        Prompt.Info info = new Prompt.Info("A good request is short.", "Got it");

        assertThat(renderer.render(reply(info, List.of())))
                .endsWith("A good request is short.\n(press Enter to continue)");
    }

    private static Reply reply(Prompt prompt, List<ControlAction> controls) {
        return new Reply(List.of("Moving on."), Optional.of(prompt), controls, 7, "adding a contact");
    }
}
