package coach.coffeechat.bot.discord;

import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.AbstractMessageBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns the engine's {@link Reply} into a Discord message: the flow's title, the notes and the prompt's text in
 * embeds, the prompt's answers as buttons or a select menu, and the controls as secondary buttons; plus the modal
 * of a text or form prompt; the files a reply carries (a chart, an export) as attachments of the same message,
 * which is ephemeral where the interaction's answer is. Everything it produces stays within Discord's limits: text that does not fit is split
 * across embeds or shortened with a visible mark. Mentions are switched off on every message, so text a user
 * typed ({@code @everyone}, {@code <@123>}) is shown but never pings. Immutable and thread-safe.
 *
 * <p>Example: {@code event.reply(renderer.render(reply)).queue()}, or for a modal prompt
 * {@code renderer.modal(reply).ifPresent(modal -> event.replyModal(modal).queue())}.
 */
public final class DiscordReplyRenderer {
    /** Discord's limit for one embed's description. */
    public static final int MAX_DESCRIPTION = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    /** Discord's limit for all embeds of a message together. */
    public static final int MAX_EMBED_TOTAL = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    /** Discord's limit for the embeds of one message. */
    public static final int MAX_EMBEDS = 10;
    /** Discord's limit for action rows in a message. */
    public static final int MAX_ROWS = 5;
    /** Discord's limit for buttons in an action row; a choice with more options becomes a select menu. */
    public static final int MAX_BUTTONS_PER_ROW = 5;

    private static final int MAX_TITLE = MessageEmbed.TITLE_MAX_LENGTH;
    private static final int MAX_BUTTON_LABEL = Button.LABEL_MAX_LENGTH;
    private static final int MAX_SELECT_TEXT = SelectOption.LABEL_MAX_LENGTH;
    private static final int MAX_MODAL_TITLE = Modal.MAX_TITLE_LENGTH;
    private static final int MAX_INPUT_LABEL = Prompt.MAX_LABEL;
    private static final int MAX_PLACEHOLDER = TextInput.MAX_PLACEHOLDER_LENGTH;
    private static final int MAX_VALUE = TextInput.MAX_VALUE_LENGTH;
    private static final String ELLIPSIS = "\u2026";

    private final DiscordLabels labels;

    /**
     * A renderer that labels its own buttons with these words.
     *
     * @param labels the control labels and marks
     */
    public DiscordReplyRenderer(DiscordLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    /**
     * The reply as a new message.
     *
     * @throws IllegalArgumentException when an option id is too long for a custom id or select value (a bug in a
     *     flow: engine option ids are short)
     */
    public MessageCreateData render(Reply reply) {
        return fill(new MessageCreateBuilder(), reply).build();
    }

    /** The reply as an edit that replaces a message's text, embeds and components entirely. */
    public MessageEditData renderEdit(Reply reply) {
        return fill(new MessageEditBuilder(), reply).build();
    }

    /**
     * The modal a text or form prompt opens, or empty for other prompts and replies without a prompt. Its id is
     * {@link CustomIds#modal(long)}; a text prompt's input is {@link CustomIds#TEXT_ANSWER}, a form's inputs are
     * the field ids.
     */
    public Optional<Modal> modal(Reply reply) {
        Optional<Prompt> prompt = reply.prompt();
        if (prompt.isPresent() && prompt.get() instanceof Prompt.Text text) {
            return Optional.of(modal(text, reply.version()));
        }
        if (prompt.isPresent() && prompt.get() instanceof Prompt.Form form) {
            return Optional.of(modal(form, reply.version()));
        }
        return Optional.empty();
    }

    /** The modal for a text prompt: one input with the prompt's label, always required (skip is a button). */
    public Modal modal(Prompt.Text text, long version) {
        TextInput input = input(CustomIds.TEXT_ANSWER, text.length(), true, text.maxLength(), text.placeholder(),
                text.defaultValue());
        return Modal.create(CustomIds.modal(version), fit(text.label(), MAX_MODAL_TITLE))
                .addComponents(Label.of(fit(text.label(), MAX_INPUT_LABEL), input))
                .build();
    }

    /** The modal for a form prompt: one labelled input per field, in order. */
    public Modal modal(Prompt.Form form, long version) {
        List<Label> components = new ArrayList<>();
        for (Prompt.Field field : form.fields()) {
            if (field.id().isEmpty() || field.id().length() > CustomIds.MAX_LENGTH) {
                throw new IllegalArgumentException("the form field id '" + field.id() + "' must be 1 to "
                        + CustomIds.MAX_LENGTH + " characters to serve as a text input's custom id");
            }
            TextInput input = input(field.id(), field.length(), field.required(), field.maxLength(),
                    field.placeholder(), field.defaultValue());
            components.add(Label.of(fit(field.label(), MAX_INPUT_LABEL), input));
        }
        return Modal.create(CustomIds.modal(version), fit(form.title(), MAX_MODAL_TITLE))
                .addComponents(components)
                .build();
    }

    private <R extends AbstractMessageBuilder<?, R>> R fill(R builder, Reply reply) {
        R filled = builder.setContent("")
                .setEmbeds(embeds(reply))
                .setComponents(rows(reply))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .mentionRepliedUser(false);
        if (!reply.attachments().isEmpty()) {
            filled.setFiles(reply.attachments().stream()
                    .map(file -> FileUpload.fromData(file.content(), file.fileName())).toList());
        }
        return filled;
    }

    private List<MessageEmbed> embeds(Reply reply) {
        String title = fit(reply.flowTitle().strip(), MAX_TITLE);
        int budget = MAX_EMBED_TOTAL - title.length();
        List<String> descriptions = new ArrayList<>();
        String promptText = reply.prompt().map(prompt -> prompt.text().strip()).orElse("");
        if (!promptText.isEmpty()) {
            promptText = TextLimits.shorten(promptText, Math.min(MAX_DESCRIPTION, budget), labels.shortened());
            budget -= promptText.length();
        }
        List<String> notes = new ArrayList<>();
        for (String note : reply.notes()) {
            if (!note.isBlank()) {
                notes.add(note.strip());
            }
        }
        if (!notes.isEmpty()) {
            String joined = TextLimits.shorten(String.join("\n\n", notes), budget, labels.shortened());
            for (String piece : TextLimits.split(joined, MAX_DESCRIPTION)) {
                if (!piece.isBlank()) {
                    descriptions.add(piece);
                }
            }
        }
        if (!promptText.isEmpty()) {
            descriptions.add(promptText);
        }
        if (descriptions.isEmpty()) {
            descriptions.add(labels.empty());
        }
        List<MessageEmbed> embeds = new ArrayList<>();
        for (String description : descriptions.subList(0, Math.min(descriptions.size(), MAX_EMBEDS))) {
            EmbedBuilder embed = new EmbedBuilder().setDescription(description);
            if (embeds.isEmpty() && !title.isEmpty()) {
                embed.setTitle(title);
            }
            embeds.add(embed.build());
        }
        return embeds;
    }

    private List<ActionRow> rows(Reply reply) {
        List<ActionRow> rows = new ArrayList<>();
        long version = reply.version();
        reply.prompt().ifPresent(prompt -> rows.addAll(promptRows(prompt, version)));
        List<Button> controls = new ArrayList<>();
        // Discord refuses two components with one custom id, so a control listed twice gets one button.
        for (ControlAction action : new LinkedHashSet<>(reply.controls())) {
            controls.add(Button.secondary(CustomIds.control(version, action), fit(labels.control(action),
                    MAX_BUTTON_LABEL)));
        }
        if (!controls.isEmpty() && rows.size() < MAX_ROWS) {
            rows.add(ActionRow.of(controls));
        }
        return rows;
    }

    private List<ActionRow> promptRows(Prompt prompt, long version) {
        if (prompt instanceof Prompt.Choice choice) {
            requireDistinctIds(choice);
            return List.of(choice.options().size() <= MAX_BUTTONS_PER_ROW
                    ? ActionRow.of(optionButtons(choice, version))
                    : ActionRow.of(select(choice, version)));
        }
        if (prompt instanceof Prompt.Confirm confirm) {
            return List.of(ActionRow.of(
                    Button.primary(CustomIds.confirm(version, true), buttonLabel(confirm.yesLabel(), "Yes")),
                    Button.secondary(CustomIds.confirm(version, false), buttonLabel(confirm.noLabel(), "No"))));
        }
        if (prompt instanceof Prompt.Text text) {
            return List.of(ActionRow.of(Button.primary(CustomIds.openModal(version), buttonLabel(text.label(), "\u270f"))));
        }
        if (prompt instanceof Prompt.Form form) {
            return List.of(ActionRow.of(Button.primary(CustomIds.openModal(version), buttonLabel(form.title(), "\u270f"))));
        }
        if (prompt instanceof Prompt.Info info) {
            return List.of(ActionRow.of(Button.primary(CustomIds.proceed(version),
                    buttonLabel(info.continueLabel(), "\u27a1"))));
        }
        throw new IllegalStateException("unknown prompt " + prompt.getClass().getName());
    }

    /** Discord refuses two buttons with one custom id and two select options with one value. */
    private static void requireDistinctIds(Prompt.Choice choice) {
        Set<String> seen = new HashSet<>();
        for (Prompt.Option option : choice.options()) {
            if (!seen.add(option.id())) {
                throw new IllegalArgumentException("the choice '" + choice.text() + "' offers the option id '"
                        + option.id() + "' twice; Discord needs distinct ids");
            }
        }
    }

    private List<Button> optionButtons(Prompt.Choice choice, long version) {
        List<Button> buttons = new ArrayList<>();
        for (Prompt.Option option : choice.options()) {
            String id = CustomIds.option(version, option.id());
            String label = buttonLabel(option.label(), option.id());
            buttons.add(option.id().equals(choice.selected()) ? Button.success(id, label) : Button.primary(id, label));
        }
        return buttons;
    }

    private StringSelectMenu select(Prompt.Choice choice, long version) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(CustomIds.select(version))
                .setPlaceholder(fit(labels.choose(), MAX_SELECT_TEXT));
        for (Prompt.Option option : choice.options()) {
            if (option.id().isEmpty() || option.id().length() > SelectOption.VALUE_MAX_LENGTH) {
                throw new IllegalArgumentException("the option id '" + option.id() + "' must be 1 to "
                        + SelectOption.VALUE_MAX_LENGTH + " characters to serve as a select menu value");
            }
            String label = option.label().isBlank() ? option.id() : option.label().strip();
            SelectOption item = SelectOption.of(fit(label, MAX_SELECT_TEXT), option.id())
                    .withDefault(option.id().equals(choice.selected()));
            if (!option.description().isBlank()) {
                item = item.withDescription(fit(option.description().strip(), SelectOption.DESCRIPTION_MAX_LENGTH));
            }
            menu.addOptions(item);
        }
        return menu.build();
    }

    private static TextInput input(String id, Prompt.TextLength length, boolean required, int maxLength,
                                   String placeholder, String defaultValue) {
        int max = Math.min(maxLength, MAX_VALUE);
        TextInput.Builder input = TextInput.create(id,
                        length == Prompt.TextLength.LONG ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                .setRequired(required)
                .setMaxLength(max);
        if (!placeholder.isBlank()) {
            input.setPlaceholder(fit(placeholder.strip(), MAX_PLACEHOLDER));
        }
        if (!defaultValue.isEmpty()) {
            // A retained answer longer than the box would be refused by Discord; the user sees where it stops.
            input.setValue(TextLimits.cut(defaultValue, max));
        }
        return input.build();
    }

    /** A button label within Discord's limit, or the fallback when the label is blank. */
    private static String buttonLabel(String label, String fallback) {
        return fit(label.isBlank() ? fallback : label.strip(), MAX_BUTTON_LABEL);
    }

    /** Short labels and titles are cut with a bare ellipsis: the long mark would leave no room for the words. */
    private static String fit(String text, int max) {
        return TextLimits.shorten(text, max, ELLIPSIS);
    }
}
