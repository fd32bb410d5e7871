package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coach.coffeechat.Coach;
import coach.coffeechat.config.CoachConfig;
import coach.coffeechat.config.Settings;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

final class SlashCommandsTest {
    private static final Pattern NAME = Pattern.compile("^[-_'\\p{L}\\p{N}]{1,32}$");
    private static final CommandHandler UNUSED = null;

    private static Database database;
    private static CommandCatalog catalog;

    @BeforeAll
    static void assembleTheRealCatalog() {
        database = Database.open("jdbc:h2:mem:slash-commands;DB_CLOSE_DELAY=-1", "", "", 2);
        Coach coach = Coach.assemble(CoachConfig.from(Settings.load(Optional.empty(), Map.of())),
                Texts.load(Optional.empty()), database.dataSource(),
                Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
        catalog = coach.commands();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void realCatalogGivesValidDiscordNamesDescriptionsAndOptionCounts() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);

        assertThat(commands).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(commands).allSatisfy(command -> {
            assertValidName(command.getName());
            assertValidDescription(command.getDescription());
            assertThat(command.getOptions()).hasSizeLessThanOrEqualTo(25);
            assertThat(command.getSubcommands()).hasSizeLessThanOrEqualTo(25);
            command.getOptions().forEach(SlashCommandsTest::assertValidOption);
            for (SubcommandData subcommand : command.getSubcommands()) {
                assertValidName(subcommand.getName());
                assertValidDescription(subcommand.getDescription());
                assertThat(subcommand.getOptions()).hasSizeLessThanOrEqualTo(25);
                subcommand.getOptions().forEach(SlashCommandsTest::assertValidOption);
            }
        });
        assertThat(commands).extracting(SlashCommandData::getName).doesNotHaveDuplicates();
    }

    /**
     * Everything personal works wherever a user installed the app to their account too (any server, the bot's DM,
     * group DMs and other DMs); the coach and challenge commands, which need the server they are typed in, stay in
     * servers that installed the bot.
     */
    @Test
    void personalCommandsAreForBothInstallsEverywhereAndServerCommandsForServersThatInstalledTheBot() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);

        assertThat(commands).filteredOn(command -> List.of("coach", "challenge").contains(command.getName()))
                .hasSize(2).allSatisfy(command -> {
                    assertThat(command.getIntegrationTypes()).containsExactly(IntegrationType.GUILD_INSTALL);
                    assertThat(command.getContexts()).containsExactly(InteractionContextType.GUILD);
                });
        assertThat(commands).filteredOn(command -> !List.of("coach", "challenge").contains(command.getName()))
                .extracting(SlashCommandData::getName).contains("draft", "questions", "followups", "contact", "help");
        assertThat(commands).filteredOn(command -> !List.of("coach", "challenge").contains(command.getName()))
                .allSatisfy(command -> {
                    assertThat(command.getIntegrationTypes())
                            .containsExactlyInAnyOrder(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL);
                    assertThat(command.getContexts()).containsExactlyInAnyOrder(InteractionContextType.GUILD,
                            InteractionContextType.BOT_DM, InteractionContextType.PRIVATE_CHANNEL);
                });
    }

    @Test
    void aCommandWithOneSubcommandForAServerIsForServersThatInstalledTheBotOnly() {
        OptionSpec server = new OptionSpec("server", "Console only", false, OptionKind.SERVER, List.of());
        CommandCatalog mixed = CommandCatalog.builder()
                .add(new CommandSpec("club status", "Status", List.of()), UNUSED)
                .add(new CommandSpec("club setup", "Setup", List.of(server)), UNUSED)
                .add(CommandSpec.of("today", "What is due today"), UNUSED)
                .build();

        List<SlashCommandData> commands = SlashCommands.from(mixed);

        assertThat(commands.get(0).getName()).isEqualTo("club");
        assertThat(commands.get(0).getIntegrationTypes()).containsExactly(IntegrationType.GUILD_INSTALL);
        assertThat(commands.get(0).getContexts()).containsExactly(InteractionContextType.GUILD);
        assertThat(commands.get(1).getIntegrationTypes()).contains(IntegrationType.USER_INSTALL);
    }

    @Test
    void hashChangesWhenWhereACommandIsInstalledChanges() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);
        String before = SlashCommands.definitionHash(commands);

        commands.get(0).setIntegrationTypes(IntegrationType.GUILD_INSTALL);

        assertThat(SlashCommands.definitionHash(commands)).isNotEqualTo(before);
    }

    @Test
    void realCatalogIsCoveredCommandForCommand() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);

        List<String> paths = commands.stream().flatMap(command -> command.getSubcommands().isEmpty()
                ? Stream.of(command.getName())
                : command.getSubcommands().stream().map(sub -> command.getName() + " " + sub.getName())).toList();
        assertThat(paths).containsExactlyInAnyOrderElementsOf(
                catalog.specs().stream().map(CommandSpec::path).toList());
        assertThat(paths).contains("help", "cancel", "resume");
    }

    /**
     * Discord sets {@code default_member_permissions} on a top-level command only: Manage Server on {@code /coach}
     * would hide {@code /coach share} from members. So {@code /coach} and {@code /challenge} stay visible to every
     * member, and the bot checks Manage Server (or the coach role) on each use.
     */
    @Test
    void coachCommandsStayVisibleToMembersAndAreCheckedOnUse() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);

        SlashCommandData coach = commands.stream().filter(command -> command.getName().equals("coach")).findFirst()
                .orElseThrow();
        assertThat(coach.getSubcommands()).extracting(SubcommandData::getName)
                .contains("setup", "settings", "share", "roster", "questions", "template");
        assertThat(coach.getDefaultPermissions()).isEqualTo(DefaultMemberPermissions.ENABLED);
        assertThat(commands).filteredOn(command -> command.getName().equals("challenge"))
                .extracting(SlashCommandData::getDefaultPermissions).containsExactly(DefaultMemberPermissions.ENABLED);
    }

    @Test
    void contactEditIsASubcommandWithAContactToAutocompleteAFieldToPickAndAnOptionalValue() {
        SubcommandData edit = SlashCommands.from(catalog).stream().filter(c -> c.getName().equals("contact"))
                .flatMap(c -> c.getSubcommands().stream()).filter(sub -> sub.getName().equals("edit"))
                .findFirst().orElseThrow();

        List<OptionData> options = edit.getOptions();
        assertThat(options).extracting(OptionData::getName).containsExactly("contact", "field", "value");
        assertThat(options).extracting(OptionData::isRequired).containsExactly(true, true, false);
        assertThat(options).extracting(OptionData::isAutoComplete).containsExactly(true, false, false);
        assertThat(options.get(1).getChoices()).extracting(Command.Choice::getAsString)
                .containsExactly("name", "role", "organisation", "warmth", "source", "referrer", "why", "reach");
        options.forEach(SlashCommandsTest::assertValidOption);
    }

    @Test
    void twoWordPathsBecomeSubcommandsOfOneCommand() {
        CommandCatalog catalog = CommandCatalog.builder()
                .add(new CommandSpec("contact add", "Add a contact", List.of()), UNUSED)
                .add(new CommandSpec("contact show", "Show a contact", List.of(OptionSpec.contact("Whom"))), UNUSED)
                .add(CommandSpec.of("today", "What is due today"), UNUSED)
                .build();

        List<SlashCommandData> commands = SlashCommands.from(catalog);

        assertThat(commands).extracting(SlashCommandData::getName)
                .containsExactly("contact", "today", "resume", "cancel", "help");
        SlashCommandData contact = commands.get(0);
        assertThat(contact.getSubcommands()).extracting(SubcommandData::getName).containsExactly("add", "show");
        assertThat(contact.getSubcommands().get(1).getDescription()).isEqualTo("Show a contact");
        assertThat(contact.getDescription()).isEqualTo("contact: add, show");
        assertThat(contact.getOptions()).isEmpty();
        assertThat(commands.get(1).getSubcommands()).isEmpty();
        assertThat(commands.get(1).getDescription()).isEqualTo("What is due today");
    }

    @Test
    void optionKindsMapToDiscordTypesWithAutocompleteAndChoices() {
        List<Prompt.Option> choices = List.of(Prompt.Option.of("week", "This week"), Prompt.Option.of("all", "All"));
        CommandCatalog catalog = CommandCatalog.builder()
                .add(new CommandSpec("plan", "Plan", List.of(
                        new OptionSpec("note", "A note", true, OptionKind.TEXT, List.of()),
                        new OptionSpec("contact", "Whom", true, OptionKind.CONTACT, List.of()),
                        new OptionSpec("zone", "Where", true, OptionKind.TIME_ZONE, List.of()),
                        new OptionSpec("count", "How many", true, OptionKind.INTEGER, List.of()),
                        new OptionSpec("range", "Which", true, OptionKind.CHOICE, choices))), UNUSED)
                .build();

        List<OptionData> options = SlashCommands.from(catalog).get(0).getOptions();

        assertThat(options).extracting(OptionData::getName).containsExactly("note", "contact", "zone", "count",
                "range");
        assertThat(options).extracting(OptionData::getType).containsExactly(OptionType.STRING, OptionType.STRING,
                OptionType.STRING, OptionType.INTEGER, OptionType.STRING);
        assertThat(options).extracting(OptionData::isAutoComplete).containsExactly(false, true, true, false, false);
        assertThat(options.get(4).getChoices()).extracting(Command.Choice::getName, Command.Choice::getAsString)
                .containsExactly(tuple("This week", "week"),
                        tuple("All", "all"));
        assertThat(options).extracting(OptionData::isRequired).containsOnly(true);
    }

    @Test
    void requiredOptionsComeBeforeOptionalOnesBecauseDiscordRequiresIt() {
        CommandCatalog catalog = CommandCatalog.builder()
                .add(new CommandSpec("note", "Note", List.of(
                        new OptionSpec("when", "When", false, OptionKind.TEXT, List.of()),
                        new OptionSpec("text", "What", true, OptionKind.TEXT, List.of()),
                        new OptionSpec("tag", "Tag", false, OptionKind.TEXT, List.of()))), UNUSED)
                .build();

        List<OptionData> options = SlashCommands.from(catalog).get(0).getOptions();

        assertThat(options).extracting(OptionData::getName).containsExactly("text", "when", "tag");
    }

    @Test
    void longChoiceLabelsAreShortenedToDiscordsLimit() {
        CommandCatalog catalog = CommandCatalog.builder()
                .add(new CommandSpec("pick", "Pick", List.of(new OptionSpec("which", "Which", true, OptionKind.CHOICE,
                        List.of(Prompt.Option.of("a", "A".repeat(300)))))), UNUSED)
                .build();

        Command.Choice choice = SlashCommands.from(catalog).get(0).getOptions().get(0).getChoices().get(0);

        assertThat(choice.getName()).hasSize(100);
    }

    @Test
    void moreThan25ChoicesAreRefusedWithTheLimitNamed() {
        List<Prompt.Option> choices = IntStream.range(0, 26).mapToObj(i -> Prompt.Option.of("c" + i, "C" + i)).toList();
        CommandCatalog catalog = CommandCatalog.builder()
                .add(new CommandSpec("pick", "Pick", List.of(
                        new OptionSpec("which", "Which", true, OptionKind.CHOICE, choices))), UNUSED)
                .build();

        assertThatThrownBy(() -> SlashCommands.from(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 25");
    }

    @Test
    void commandThatIsAlsoAParentOfSubcommandsIsRefused() {
        CommandCatalog catalog = CommandCatalog.builder()
                .add(CommandSpec.of("contact", "Contacts"), UNUSED)
                .add(CommandSpec.of("contact add", "Add"), UNUSED)
                .build();

        assertThatThrownBy(() -> SlashCommands.from(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/contact");
    }

    @Test
    void pathOfThreeWordsIsRefused() {
        CommandCatalog catalog = CommandCatalog.builder().add(CommandSpec.of("a b c", "Deep"), UNUSED).build();

        assertThatThrownBy(() -> SlashCommands.from(catalog))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/a b c");
    }

    @Test
    void hashIsStableForEqualDefinitions() {
        String first = SlashCommands.definitionHash(SlashCommands.from(catalog));
        String second = SlashCommands.definitionHash(SlashCommands.from(catalog));

        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(second);
    }

    @Test
    void hashIsTheSameAfterARoundTripThroughDiscordsJson() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);
        List<SlashCommandData> reparsed = commands.stream()
                .map(command -> SlashCommandData.fromData(command.toData())).toList();

        assertThat(SlashCommands.definitionHash(reparsed)).isEqualTo(SlashCommands.definitionHash(commands));
    }

    @Test
    void hashChangesWhenADescriptionChanges() {
        List<SlashCommandData> commands = SlashCommands.from(catalog);
        String before = SlashCommands.definitionHash(commands);

        commands.get(0).setDescription(commands.get(0).getDescription() + " (new)");

        assertThat(SlashCommands.definitionHash(commands)).isNotEqualTo(before);
    }

    @Test
    void hashChangesWhenAnOptionDescriptionChanges() {
        CommandCatalog one = CommandCatalog.builder()
                .add(new CommandSpec("show", "Show", List.of(OptionSpec.contact("Whom"))), UNUSED).build();
        CommandCatalog other = CommandCatalog.builder()
                .add(new CommandSpec("show", "Show", List.of(OptionSpec.contact("Which contact"))), UNUSED).build();

        assertThat(SlashCommands.definitionHash(SlashCommands.from(one)))
                .isNotEqualTo(SlashCommands.definitionHash(SlashCommands.from(other)));
    }

    @Test
    void canonicalJsonSortsKeysAndEscapesText() {
        StringBuilder json = new StringBuilder();

        SlashCommands.CanonicalJson.write(Map.of("b", List.of(1, true), "a", "say \"hi\"\n"), json);

        assertThat(json).hasToString("{\"a\":\"say \\\"hi\\\"\\u000a\",\"b\":[1,true]}");
    }

    private static void assertValidName(String name) {
        assertThat(name).matches(NAME).isLowerCase();
    }

    private static void assertValidDescription(String description) {
        assertThat(description).isNotBlank().hasSizeLessThanOrEqualTo(100);
    }

    private static void assertValidOption(OptionData option) {
        assertValidName(option.getName());
        assertValidDescription(option.getDescription());
        assertThat(option.getChoices()).hasSizeLessThanOrEqualTo(25);
        assertThat(option.isAutoComplete() && !option.getChoices().isEmpty()).isFalse();
    }
}
