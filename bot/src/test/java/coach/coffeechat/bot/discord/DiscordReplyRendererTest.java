package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponentUnion;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

final class DiscordReplyRendererTest {
    private static final long VERSION = 17;
    private static final String MARK = DiscordLabels.defaults().shortened();

    private final DiscordReplyRenderer renderer = new DiscordReplyRenderer(DiscordLabels.defaults());

    // ---- text and embeds ----

    @Test
    void notesAndPromptTextAppearInEmbedsWithTheFlowTitle() {
        Reply reply = reply(List.of("Saved Ada.", "Nice work."), new Prompt.Info("What next?", "Go on"), List.of());

        MessageCreateData message = renderer.render(reply);

        assertThat(message.getContent()).isEmpty();
        assertThat(message.getEmbeds()).extracting(MessageEmbed::getDescription)
                .containsExactly("Saved Ada.\n\nNice work.", "What next?");
        assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("adding a contact");
        assertThat(message.getEmbeds().get(1).getTitle()).isNull();
    }

    @Test
    void mentionsTypedByUsersNeverPing() {
        String typed = "@everyone <@123> <@&456> @here";
        Reply reply = reply(List.of("You wrote: " + typed), new Prompt.Info(typed, "Go on"), List.of());

        MessageCreateData message = renderer.render(reply);
        MessageEditData edit = renderer.renderEdit(reply);

        assertThat(message.getAllowedMentions()).isEmpty();
        assertThat(edit.getAllowedMentions()).isEmpty();
        assertThat(message.getMentionedUsers()).isEmpty();
        assertThat(message.getMentionedRoles()).isEmpty();
        assertThat(message.isMentionRepliedUser()).isFalse();
        DataObject json = message.toData();
        assertThat(json.getObject("allowed_mentions").getArray("parse").length()).isZero();
        assertThat(json.getString("content", "")).doesNotContain("@everyone");
        assertThat(message.getEmbeds()).extracting(MessageEmbed::getDescription)
                .anySatisfy(text -> assertThat(text).contains(typed));
    }

    @Test
    void noteOf5000CharactersIsSplitAcrossEmbedsWithoutLoss() {
        String note = words(5000);

        MessageCreateData message = renderer.render(new Reply(List.of(note), Optional.empty(), List.of(), 1, ""));

        assertWithinEmbedLimits(message.getEmbeds());
        assertThat(message.getEmbeds()).hasSizeGreaterThan(1);
        String joined = String.join(" ", message.getEmbeds().stream().map(MessageEmbed::getDescription).toList());
        assertThat(joined).isEqualTo(note).doesNotContain(MARK);
    }

    @Test
    void textBeyondDiscordsTotalIsShortenedWithAVisibleMarkAndThePromptSurvives() {
        List<String> notes = List.of(words(5000), words(5000), words(5000));
        Reply reply = reply(notes, new Prompt.Info("Ready for the next step?", "Go on"), List.of());

        MessageCreateData message = renderer.render(reply);

        assertWithinEmbedLimits(message.getEmbeds());
        assertThat(message.getEmbeds()).extracting(MessageEmbed::getDescription)
                .anySatisfy(text -> assertThat(text).endsWith(MARK))
                .last().isEqualTo("Ready for the next step?");
    }

    @Test
    void hugePromptTextAndTitleAreShortenedToFit() {
        Reply reply = new Reply(List.of(words(4000)), Optional.of(new Prompt.Info(words(9000), "Go on")), List.of(),
                1, "t".repeat(400));

        MessageCreateData message = renderer.render(reply);

        assertWithinEmbedLimits(message.getEmbeds());
        assertThat(message.getEmbeds().get(0).getTitle()).hasSize(256).endsWith("\u2026");
        assertThat(message.getEmbeds().get(message.getEmbeds().size() - 1).getDescription()).endsWith(MARK);
    }

    @Test
    void manyNotesStayWithinTenEmbeds() {
        List<String> notes = IntStream.range(0, 40).mapToObj(i -> "note " + i + " " + words(300)).toList();

        MessageCreateData message = renderer.render(reply(notes, new Prompt.Info("Next?", "Go on"), List.of()));

        assertWithinEmbedLimits(message.getEmbeds());
    }

    @Test
    void emptyReplyStillMakesASendableMessage() {
        MessageCreateData message = renderer.render(new Reply(List.of(" "), Optional.empty(), List.of(), 1, ""));

        assertThat(message.getEmbeds()).extracting(MessageEmbed::getDescription)
                .containsExactly(DiscordLabels.defaults().empty());
        assertThat(message.getComponents()).isEmpty();
    }

    @Test
    void editReplacesContentEmbedsAndComponents() {
        Reply reply = reply(List.of("Saved."), new Prompt.Confirm("Remove Ada?", "Remove", "Keep"),
                List.of(ControlAction.CANCEL));

        MessageEditData edit = renderer.renderEdit(reply);
        MessageCreateData create = renderer.render(reply);

        assertThat(edit.getContent()).isEmpty();
        assertThat(edit.getEmbeds()).isEqualTo(create.getEmbeds());
        assertThat(edit.getComponents()).hasSameSizeAs(create.getComponents());
        assertThat(edit.toData().getArray("components").toString())
                .isEqualTo(create.toData().getArray("components").toString());
    }

    // ---- components ----

    @Test
    void smallChoiceIsOneRowOfOptionButtonsWithTheEarlierAnswerHighlighted() {
        Prompt.Choice choice = new Prompt.Choice("How do you meet?",
                List.of(Prompt.Option.of("video", "Video call"), Prompt.Option.of("coffee", "Coffee"),
                        Prompt.Option.of("phone", "Phone")), "coffee");

        MessageCreateData message = renderer.render(reply(List.of(), choice, List.of()));

        List<Button> buttons = buttons(rows(message).get(0));
        assertThat(rows(message)).hasSize(1);
        assertThat(buttons).extracting(Button::getLabel).containsExactly("Video call", "Coffee", "Phone");
        assertThat(buttons).extracting(Button::getCustomId)
                .containsExactly("cc:17:o:video", "cc:17:o:coffee", "cc:17:o:phone");
        assertThat(buttons).extracting(Button::getStyle)
                .containsExactly(ButtonStyle.PRIMARY, ButtonStyle.SUCCESS, ButtonStyle.PRIMARY);
    }

    @Test
    void fiveOptionsWithLongLabelsAreButtonsWithLabelsWithin80() {
        List<Prompt.Option> options = IntStream.range(0, 5)
                .mapToObj(i -> Prompt.Option.of("o" + i, "L".repeat(300))).toList();

        MessageCreateData message = renderer.render(reply(List.of(), new Prompt.Choice("Pick", options),
                List.of(ControlAction.values())));

        assertThat(rows(message)).hasSize(2);
        assertThat(buttons(rows(message).get(0))).hasSize(5)
                .allSatisfy(button -> assertThat(button.getLabel()).hasSize(80).endsWith("\u2026"));
    }

    @Test
    void largeChoiceIsOneSelectWithTwentyFiveOptionsWithinLimitsAndTheDefaultPicked() {
        List<Prompt.Option> options = IntStream.range(0, 25)
                .mapToObj(i -> new Prompt.Option("id" + i, i + " " + "L".repeat(300), "D".repeat(300)))
                .toList();
        Prompt.Choice choice = new Prompt.Choice("Which one?", options, "id7");

        MessageCreateData message = renderer.render(reply(List.of(), choice, List.of(ControlAction.values())));

        assertThat(rows(message)).hasSize(2);
        StringSelectMenu menu = rows(message).get(0).getComponents().get(0).asStringSelectMenu();
        assertThat(menu.getCustomId()).isEqualTo("cc:17:s");
        assertThat(menu.getPlaceholder()).isEqualTo(DiscordLabels.defaults().choose());
        assertThat(menu.getOptions()).hasSize(25).allSatisfy(option -> {
            assertThat(option.getLabel()).hasSizeLessThanOrEqualTo(SelectOption.LABEL_MAX_LENGTH);
            assertThat(option.getDescription()).hasSizeLessThanOrEqualTo(SelectOption.DESCRIPTION_MAX_LENGTH);
        });
        assertThat(menu.getOptions()).filteredOn(SelectOption::isDefault).extracting(SelectOption::getValue)
                .containsExactly("id7");
        assertThat(CustomIds.decode(menu.getCustomId())).contains(new Click.Select(VERSION));
        assertThat(menu.getMinValues()).isEqualTo(1);
        assertThat(menu.getMaxValues()).isEqualTo(1);
    }

    @Test
    void sixOptionsAlreadyMakeASelect() {
        List<Prompt.Option> options = IntStream.range(0, 6).mapToObj(i -> Prompt.Option.of("o" + i, "O" + i)).toList();

        MessageCreateData message = renderer.render(reply(List.of(), new Prompt.Choice("Pick", options), List.of()));

        assertThat(rows(message)).singleElement()
                .satisfies(row -> assertThat(row.getComponents().get(0).asStringSelectMenu().getOptions()).hasSize(6));
    }

    @Test
    void optionIdTooLongForACustomIdIsRefusedWithAClearMessage() {
        Prompt.Choice choice = new Prompt.Choice("Pick", List.of(Prompt.Option.of("x".repeat(99), "X")));

        assertThatThrownBy(() -> renderer.render(reply(List.of(), choice, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("100");
    }

    @Test
    void optionIdTooLongForASelectValueIsRefusedWithAClearMessage() {
        List<Prompt.Option> options = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> options.add(Prompt.Option.of("o" + i, "O")));
        options.add(Prompt.Option.of("x".repeat(101), "X"));

        assertThatThrownBy(() -> renderer.render(reply(List.of(), new Prompt.Choice("Pick", options), List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("select menu value");
    }

    @Test
    void optionIdOfferedTwiceIsRefusedBecauseDiscordNeedsDistinctIds() {
        Prompt.Choice choice = new Prompt.Choice("Pick", List.of(Prompt.Option.of("a", "A"), Prompt.Option.of("a", "B")));

        assertThatThrownBy(() -> renderer.render(reply(List.of(), choice, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void controlListedTwiceGetsOneButton() {
        MessageCreateData message = renderer.render(reply(List.of(), new Prompt.Info("Read", "Go on"),
                List.of(ControlAction.HELP, ControlAction.HELP)));

        assertThat(buttons(rows(message).get(1))).extracting(Button::getLabel).containsExactly("Help");
    }

    @Test
    void confirmIsAYesAndANoButton() {
        MessageCreateData message = renderer.render(reply(List.of(), new Prompt.Confirm("Remove Ada?", "Remove",
                "Keep"), List.of(ControlAction.CANCEL)));

        assertThat(buttons(rows(message).get(0))).extracting(Button::getLabel, Button::getCustomId)
                .containsExactly(tuple("Remove", "cc:17:y"),
                        tuple("Keep", "cc:17:n"));
    }

    @Test
    void textAndFormPromptsOfferAButtonThatOpensTheModal() {
        Prompt.Text text = new Prompt.Text("Their name?", "Name", Prompt.TextLength.SHORT, 80, "", "");
        Prompt.Form form = new Prompt.Form("About them", "Contact details", List.of(field("role", "")));

        Button forText = buttons(rows(renderer.render(reply(List.of(), text, List.of()))).get(0)).get(0);
        Button forForm = buttons(rows(renderer.render(reply(List.of(), form, List.of()))).get(0)).get(0);

        assertThat(forText.getCustomId()).isEqualTo("cc:17:m");
        assertThat(forText.getLabel()).isEqualTo("Name");
        assertThat(forForm.getCustomId()).isEqualTo("cc:17:m");
        assertThat(forForm.getLabel()).isEqualTo("Contact details");
    }

    @Test
    void infoIsAContinueButtonWithItsLabel() {
        Button button = buttons(rows(renderer.render(reply(List.of(), new Prompt.Info("Read this", "Got it"),
                List.of()))).get(0)).get(0);

        assertThat(button.getLabel()).isEqualTo("Got it");
        assertThat(CustomIds.decode(button.getCustomId())).contains(new Click.Continue(VERSION));
    }

    @Test
    void controlsAreSecondaryButtonsInTheirOwnRow() {
        MessageCreateData message = renderer.render(reply(List.of(), new Prompt.Info("Read", "Go on"),
                List.of(ControlAction.BACK, ControlAction.SKIP, ControlAction.CANCEL, ControlAction.HELP)));

        List<Button> controls = buttons(rows(message).get(1));
        assertThat(controls).extracting(Button::getLabel).containsExactly("Back", "Skip", "Cancel", "Help");
        assertThat(controls).extracting(Button::getStyle).containsOnly(ButtonStyle.SECONDARY);
        assertThat(controls).extracting(button -> CustomIds.decode(button.getCustomId()).orElseThrow())
                .containsExactly(new Click.Control(VERSION, ControlAction.BACK),
                        new Click.Control(VERSION, ControlAction.SKIP),
                        new Click.Control(VERSION, ControlAction.CANCEL),
                        new Click.Control(VERSION, ControlAction.HELP));
    }

    @Test
    void replyWithoutPromptShowsOnlyItsControls() {
        MessageCreateData message = renderer.render(new Reply(List.of("Hi"), Optional.empty(),
                List.of(ControlAction.HELP), VERSION, ""));

        assertThat(rows(message)).singleElement()
                .satisfies(row -> assertThat(buttons(row)).extracting(Button::getLabel).containsExactly("Help"));
    }

    @Test
    void everyComponentCustomIdDecodesToTheRepliesVersion() {
        List<Prompt.Option> options = IntStream.range(0, 4).mapToObj(i -> Prompt.Option.of("o" + i, "O")).toList();
        MessageCreateData message = renderer.render(reply(List.of(), new Prompt.Choice("Pick", options),
                List.of(ControlAction.values())));

        assertThat(rows(message)).flatExtracting(ActionRow::getComponents)
                .extracting(component -> CustomIds.decode(component.asButton().getCustomId()).orElseThrow())
                .allSatisfy(click -> assertThat(click.version()).isEqualTo(VERSION));
    }

    @Test
    void customLabelsComeFromTheLabelsGiven() {
        DiscordLabels labels = new DiscordLabels("Zurück", "Weiter", "Abbrechen", "Hilfe", "Wähle…", "…(gekürzt)",
                "Fertig.");
        DiscordReplyRenderer german = new DiscordReplyRenderer(labels);

        MessageCreateData message = german.render(new Reply(List.of(words(7000)), Optional.empty(),
                List.of(ControlAction.BACK), 1, ""));

        assertThat(buttons(rows(message).get(0))).extracting(Button::getLabel).containsExactly("Zurück");
        assertThat(message.getEmbeds().get(message.getEmbeds().size() - 1).getDescription()).endsWith("…(gekürzt)");
    }

    // ---- modals ----

    @Test
    void textPromptModalHasOneRequiredInputWithItsDefaultAndPlaceholder() {
        Prompt.Text text = new Prompt.Text("Their name?", "Name", Prompt.TextLength.SHORT, 80, "Ada Lovelace", "Ada");

        Modal modal = renderer.modal(reply(List.of(), text, List.of())).orElseThrow();

        assertThat(modal.getId()).isEqualTo("cc:17:d");
        assertThat(CustomIds.decode(modal.getId())).contains(new Click.SubmitModal(VERSION));
        assertThat(modal.getTitle()).isEqualTo("Name");
        Label label = modal.getComponents().get(0).asLabel();
        TextInput input = label.getChild().asTextInput();
        assertThat(modal.getComponents()).hasSize(1);
        assertThat(label.getLabel()).isEqualTo("Name");
        assertThat(input.getCustomId()).isEqualTo(CustomIds.TEXT_ANSWER);
        assertThat(input.getStyle()).isEqualTo(TextInputStyle.SHORT);
        assertThat(input.isRequired()).isTrue();
        assertThat(input.getMaxLength()).isEqualTo(80);
        assertThat(input.getPlaceHolder()).isEqualTo("Ada Lovelace");
        assertThat(input.getValue()).isEqualTo("Ada");
    }

    @Test
    void longTextPromptUsesAParagraphInputAndKeepsLongValuesWithinLimits() {
        Prompt.Text text = new Prompt.Text("Your notes", "Notes", Prompt.TextLength.LONG, 4000, "p".repeat(300),
                "v".repeat(5000));

        Modal modal = renderer.modal(reply(List.of(), text, List.of())).orElseThrow();

        TextInput input = modal.getComponents().get(0).asLabel().getChild().asTextInput();
        assertThat(input.getStyle()).isEqualTo(TextInputStyle.PARAGRAPH);
        assertThat(input.getPlaceHolder()).hasSize(100).endsWith("\u2026");
        assertThat(input.getValue()).hasSize(4000);
        assertThat(input.getMaxLength()).isEqualTo(4000);
    }

    @Test
    void defaultLongerThanTheFieldsMaximumIsCutToTheMaximum() {
        Prompt.Text text = new Prompt.Text("Name?", "Name", Prompt.TextLength.SHORT, 10, "", "a much longer value");

        TextInput input = renderer.modal(text, 1).getComponents().get(0).asLabel().getChild().asTextInput();

        assertThat(input.getValue()).isEqualTo("a much lon");
    }

    @Test
    void formModalHasOneLabelledInputPerFieldInOrder() {
        List<Prompt.Field> fields = List.of(
                new Prompt.Field("name", "Name", Prompt.TextLength.SHORT, true, 80, "Ada", "Ada L."),
                new Prompt.Field("role", "L".repeat(45), Prompt.TextLength.SHORT, false, 100, "", ""),
                new Prompt.Field("company", "Company", Prompt.TextLength.SHORT, false, 100, "", ""),
                new Prompt.Field("how", "How you met", Prompt.TextLength.LONG, false, 1000, "", ""),
                new Prompt.Field("notes", "Notes", Prompt.TextLength.LONG, false, 4000, "x".repeat(500),
                        "y".repeat(4000)));
        Prompt.Form form = new Prompt.Form("About them", "T".repeat(45), fields);

        Modal modal = renderer.modal(reply(List.of(), form, List.of())).orElseThrow();

        assertThat(modal.getTitle()).hasSizeLessThanOrEqualTo(Modal.MAX_TITLE_LENGTH);
        assertThat(modal.getComponents()).hasSize(5);
        List<TextInput> inputs = modal.getComponents().stream()
                .map(component -> component.asLabel().getChild().asTextInput()).toList();
        assertThat(inputs).extracting(TextInput::getCustomId).containsExactly("name", "role", "company", "how",
                "notes");
        assertThat(inputs).extracting(TextInput::isRequired).containsExactly(true, false, false, false, false);
        assertThat(inputs).extracting(TextInput::getStyle).containsExactly(TextInputStyle.SHORT,
                TextInputStyle.SHORT, TextInputStyle.SHORT, TextInputStyle.PARAGRAPH, TextInputStyle.PARAGRAPH);
        assertThat(inputs).allSatisfy(input -> {
            assertThat(input.getPlaceHolder() == null ? "" : input.getPlaceHolder())
                    .hasSizeLessThanOrEqualTo(TextInput.MAX_PLACEHOLDER_LENGTH);
            assertThat(input.getValue() == null ? "" : input.getValue())
                    .hasSizeLessThanOrEqualTo(TextInput.MAX_VALUE_LENGTH);
        });
        assertThat(modal.getComponents()).extracting(component -> component.asLabel().getLabel())
                .allSatisfy(label -> assertThat(label).hasSizeLessThanOrEqualTo(45));
        assertThat(inputs.get(0).getValue()).isEqualTo("Ada L.");
    }

    @Test
    void onlyTextAndFormPromptsHaveAModal() {
        assertThat(renderer.modal(reply(List.of(), new Prompt.Info("Read", "Go on"), List.of()))).isEmpty();
        assertThat(renderer.modal(reply(List.of(), new Prompt.Confirm("Sure?", "Yes", "No"), List.of()))).isEmpty();
        assertThat(renderer.modal(new Reply(List.of("Hi"), Optional.empty(), List.of(), 1, ""))).isEmpty();
    }

    // ---- helpers ----

    private static Reply reply(List<String> notes, Prompt prompt, List<ControlAction> controls) {
        return new Reply(notes, Optional.of(prompt), controls, VERSION, "adding a contact");
    }

    private static Prompt.Field field(String id, String defaultValue) {
        return new Prompt.Field(id, id, Prompt.TextLength.SHORT, false, 100, "", defaultValue);
    }

    /** Words of five letters and a space until the text has this length. */
    private static String words(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append("words ");
        }
        return text.substring(0, length).strip();
    }

    private static List<ActionRow> rows(MessageCreateData message) {
        List<ActionRow> rows = message.getComponents().stream().map(component -> component.asActionRow()).toList();
        assertThat(rows).hasSizeLessThanOrEqualTo(DiscordReplyRenderer.MAX_ROWS);
        return rows;
    }

    private static List<Button> buttons(ActionRow row) {
        return row.getComponents().stream().map(ActionRowChildComponentUnion::asButton).toList();
    }

    private static void assertWithinEmbedLimits(List<MessageEmbed> embeds) {
        assertThat(embeds).hasSizeBetween(1, DiscordReplyRenderer.MAX_EMBEDS);
        assertThat(embeds).allSatisfy(embed -> {
            assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH);
            assertThat(embed.isSendable()).isTrue();
        });
        assertThat(embeds.stream().mapToInt(MessageEmbed::getLength).sum())
                .isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
    }
}
