package coach.coffeechat.bot.discord;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.ControlAction;
import java.util.Objects;

/**
 * The few words the Discord rendering adds on its own: control buttons, the select's placeholder, the mark on
 * shortened text and the stand-in for an empty reply. A coach may override each with a {@code discord.*} message
 * in the templates; missing keys keep the defaults. Immutable.
 *
 * @param back the back button
 * @param skip the skip button
 * @param cancel the cancel button
 * @param help the help button
 * @param choose the placeholder of a choice's select menu
 * @param shortened appended where text had to be cut to fit Discord's limits
 * @param empty shown when a reply has nothing else to show (Discord refuses empty messages)
 */
public record DiscordLabels(String back, String skip, String cancel, String help, String choose, String shortened,
                            String empty) {
    private static final DiscordLabels DEFAULTS = new DiscordLabels("Back", "Skip", "Cancel", "Help",
            "Choose one\u2026", "\u2026(shortened)", "Done.");

    public DiscordLabels {
        requireText(back, "back");
        requireText(skip, "skip");
        requireText(cancel, "cancel");
        requireText(help, "help");
        requireText(choose, "choose");
        requireText(shortened, "shortened");
        requireText(empty, "empty");
        if (shortened.length() > 40) {
            throw new IllegalArgumentException("the shortened mark must be at most 40 characters, was "
                    + shortened.length() + ": '" + shortened + "'");
        }
    }

    /** The English defaults. */
    public static DiscordLabels defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults, each replaced by the message {@code discord.back}, {@code discord.skip}, {@code discord.cancel},
     * {@code discord.help}, {@code discord.choose}, {@code discord.shortened} or {@code discord.empty} where the
     * templates define it.
     */
    public static DiscordLabels from(Texts texts) {
        return new DiscordLabels(
                text(texts, "discord.back", DEFAULTS.back),
                text(texts, "discord.skip", DEFAULTS.skip),
                text(texts, "discord.cancel", DEFAULTS.cancel),
                text(texts, "discord.help", DEFAULTS.help),
                text(texts, "discord.choose", DEFAULTS.choose),
                text(texts, "discord.shortened", DEFAULTS.shortened),
                text(texts, "discord.empty", DEFAULTS.empty));
    }

    /** The label of a control's button. */
    public String control(ControlAction action) {
        switch (action) {
            case BACK:
                return back;
            case SKIP:
                return skip;
            case CANCEL:
                return cancel;
            case HELP:
                return help;
            default:
                throw new IllegalArgumentException("no label for " + action);
        }
    }

    private static String text(Texts texts, String key, String fallback) {
        return texts.has(key) ? texts.get(key) : fallback;
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the label " + name + " must not be blank");
        }
    }
}
