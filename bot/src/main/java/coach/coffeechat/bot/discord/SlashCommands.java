package coach.coffeechat.bot.discord;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.Languages;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandKeys;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Prompt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.data.SerializableData;

/**
 * Turns the engine's {@link CommandCatalog} into Discord slash command definitions: a one-word path becomes a
 * plain command, two-word paths sharing a first word become subcommands of one command ({@code /contact add},
 * {@code /contact list}). Every command is installable to a server and to a user's own account and works in servers,
 * the bot's DM and other DMs, but for those that need the server they are typed in (coaching, challenges): those
 * are for servers that installed the bot. {@link #definitionHash(List)}
 * fingerprints the definitions so the bot re-registers only when they changed (Discord allows 200 command
 * creations a day). Each name, description and choice carries its localizations ({@code name_localizations},
 * {@code description_localizations}) from every language's {@code commands.properties} ({@link CommandTexts}), for
 * each Discord locale the language claims; English stays the canonical name Discord reports back. Stateless and
 * thread-safe.
 *
 * <p>Example: {@code List<SlashCommandData> commands = SlashCommands.from(catalog);
 * if (!definitionHash(commands).equals(stored)) jda.updateCommands().addCommands(commands).queue();}
 */
public final class SlashCommands {
    /** Discord's limit for descriptions of commands, subcommands, options and choice names. */
    public static final int MAX_DESCRIPTION = 100;
    /** Discord's limit for fixed choices of an option. */
    public static final int MAX_CHOICES = OptionData.MAX_CHOICES;

    private SlashCommands() {
    }

    /**
     * The slash commands for every command in the catalog, in catalog order of their first word.
     *
     * @throws IllegalArgumentException for a path of more than two words, a one-word command that shares its name
     *     with subcommands, or an option with more than {@value #MAX_CHOICES} choices
     */
    public static List<SlashCommandData> from(CommandCatalog catalog) {
        return from(catalog, Localizations.NONE);
    }

    /**
     * The slash commands for every command in the catalog, with every language's names and descriptions.
     *
     * @param texts every language's command texts
     * @param languages the languages, with the Discord locales each claims
     * @throws coach.coffeechat.config.ConfigException for a Discord locale code Discord does not know
     */
    public static List<SlashCommandData> from(CommandCatalog catalog, CommandTexts texts, Languages languages) {
        return from(catalog, Localizations.of(texts, languages));
    }

    private static List<SlashCommandData> from(CommandCatalog catalog, Localizations localized) {
        for (CommandSpec spec : catalog.specs()) {
            String[] words = spec.path().split(" ");
            if (words.length > 2) {
                throw new IllegalArgumentException("/" + spec.path() + " has " + words.length
                        + " words; Discord commands here have at most two (command and subcommand)");
            }
        }
        List<SlashCommandData> commands = new ArrayList<>();
        CommandKeys.byFirstWord(catalog).forEach((name, specs) -> commands.add(command(name, specs, localized)));
        return commands;
    }

    private static SlashCommandData command(String name, List<CommandSpec> specs, Localizations localized) {
        SlashCommandData command;
        if (specs.size() == 1 && !specs.get(0).path().contains(" ")) {
            CommandSpec spec = specs.get(0);
            command = Commands.slash(name, describe(spec.description())).addOptions(options(spec, localized));
        } else {
            List<SubcommandData> subcommands = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (CommandSpec spec : specs) {
                if (!spec.path().contains(" ")) {
                    throw new IllegalArgumentException("/" + name + " is both a command and the parent of "
                            + "subcommands; Discord allows only one of the two");
                }
                String word = spec.path().substring(name.length() + 1);
                words.add(word);
                SubcommandData subcommand = new SubcommandData(word, describe(spec.description()))
                        .addOptions(options(spec, localized));
                localized.forEach(CommandKeys.name(spec.path()), subcommand::setNameLocalization);
                localized.forEach(CommandKeys.description(spec.path()),
                        (locale, text) -> subcommand.setDescriptionLocalization(locale, describe(text)));
                subcommands.add(subcommand);
            }
            command = Commands.slash(name, describe(CommandKeys.groupDescription(name, words)))
                    .addSubcommands(subcommands);
        }
        localized.forEach(CommandKeys.name(name), command::setNameLocalization);
        SlashCommandData described = command;
        localized.forEach(CommandKeys.description(name),
                (locale, text) -> described.setDescriptionLocalization(locale, describe(text)));
        return installed(command, specs);
    }

    /**
     * Where the command can be used. A command for the server it is typed in (one of its paths has a
     * {@link CommandSpec.OptionKind#SERVER} option: the coach and challenge commands) needs a server that installed
     * the bot; every other one also works for a user who installed the app to their own account, in any server, the
     * bot's DM, group DMs and other DMs. Discord sets both on a top-level command only, so one server-bound
     * subcommand makes the whole command server-bound.
     */
    private static SlashCommandData installed(SlashCommandData command, List<CommandSpec> specs) {
        if (specs.stream().anyMatch(SlashCommands::forTheServer)) {
            return command.setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                    .setContexts(InteractionContextType.GUILD);
        }
        return command.setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM,
                        InteractionContextType.PRIVATE_CHANNEL);
    }

    private static boolean forTheServer(CommandSpec spec) {
        return spec.options().stream().anyMatch(option -> option.kind() == CommandSpec.OptionKind.SERVER);
    }

    /** The options, required ones first, because Discord refuses a required option after an optional one. */
    private static List<OptionData> options(CommandSpec spec, Localizations localized) {
        List<OptionData> required = new ArrayList<>();
        List<OptionData> optional = new ArrayList<>();
        for (CommandSpec.OptionSpec option : spec.options()) {
            if (option.kind() != CommandSpec.OptionKind.SERVER) {
                // On Discord the server is the one the command is typed in, never an option.
                OptionData data = option(spec, option, localized);
                localized.forEach(CommandKeys.optionName(spec.path(), option.name()), data::setNameLocalization);
                localized.forEach(CommandKeys.optionDescription(spec.path(), option.name()),
                        (locale, text) -> data.setDescriptionLocalization(locale, describe(text)));
                (option.required() ? required : optional).add(data);
            }
        }
        required.addAll(optional);
        return required;
    }

    private static OptionData option(CommandSpec spec, CommandSpec.OptionSpec option, Localizations localized) {
        String description = describe(option.description());
        switch (option.kind()) {
            case INTEGER:
                return new OptionData(OptionType.INTEGER, option.name(), description, option.required());
            case CONTACT:
            case TIME_ZONE:
                return new OptionData(OptionType.STRING, option.name(), description, option.required(), true);
            case CHANNEL:
                return new OptionData(OptionType.CHANNEL, option.name(), description, option.required())
                        .setChannelTypes(ChannelType.TEXT, ChannelType.NEWS);
            case ROLE:
                return new OptionData(OptionType.ROLE, option.name(), description, option.required());
            case FILE:
                return new OptionData(OptionType.ATTACHMENT, option.name(), description, option.required());
            case CHOICE:
                return withChoices(spec, option,
                        new OptionData(OptionType.STRING, option.name(), description, option.required()), localized);
            case TEXT:
            default:
                return new OptionData(OptionType.STRING, option.name(), description, option.required());
        }
    }

    private static OptionData withChoices(CommandSpec spec, CommandSpec.OptionSpec option, OptionData data,
                                          Localizations localized) {
        if (option.choices().size() > MAX_CHOICES) {
            throw new IllegalArgumentException("option " + option.name() + " of /" + spec.path() + " has "
                    + option.choices().size() + " choices; Discord allows at most " + MAX_CHOICES);
        }
        for (Prompt.Option choice : option.choices()) {
            if (choice.id().isEmpty() || choice.id().length() > OptionData.MAX_CHOICE_VALUE_LENGTH) {
                throw new IllegalArgumentException("the choice '" + choice.id() + "' of option " + option.name()
                        + " of /" + spec.path() + " must be 1 to " + OptionData.MAX_CHOICE_VALUE_LENGTH
                        + " characters");
            }
            String label = choice.label().isBlank() ? choice.id() : choice.label().strip();
            Command.Choice shown = new Command.Choice(TextLimits.shorten(label, OptionData.MAX_CHOICE_NAME_LENGTH,
                    "\u2026"), choice.id());
            localized.forEach(CommandKeys.choice(spec.path(), option.name(), choice.id()), (locale, text) ->
                    shown.setNameLocalization(locale, TextLimits.shorten(text, OptionData.MAX_CHOICE_NAME_LENGTH,
                            "\u2026")));
            data.addChoices(shown);
        }
        return data;
    }

    private static String describe(String description) {
        return TextLimits.shorten(description.strip(), MAX_DESCRIPTION, "\u2026");
    }

    /**
     * A SHA-256 fingerprint (64 lower-case hex digits) of the definitions as Discord receives them, with object
     * keys sorted so that equal definitions always give equal hashes; the order of the commands counts.
     */
    public static String definitionHash(List<? extends SerializableData> commands) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < commands.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            CanonicalJson.write(commands.get(i).toData().toMap(), json);
        }
        json.append(']');
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(json.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** JSON with sorted object keys, so a hash never depends on a map's iteration order. */
    static final class CanonicalJson {
        private CanonicalJson() {
        }

        static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Map<?, ?> map) {
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(entry.getKey(), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof Collection<?> list) {
                out.append('[');
                boolean first = true;
                for (Object item : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            } else if (value instanceof SerializableData data) {
                write(data.toData().toMap(), out);
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else {
                string(String.valueOf(value), out);
            }
        }

        private static void string(String text, StringBuilder out) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
