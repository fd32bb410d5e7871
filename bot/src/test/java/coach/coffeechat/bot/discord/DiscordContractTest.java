package coach.coffeechat.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.bot.discord.fake.OpenApiContract;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.utils.data.SerializableData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the renderer and the command builder produce, checked against Discord's own OpenAPI schemas. */
final class DiscordContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract CONTRACT = OpenApiContract.load();
    private static final DiscordReplyRenderer RENDERER = new DiscordReplyRenderer(DiscordLabels.defaults());

    static Stream<Reply> replies() {
        String huge = "@everyone <@1> " + "word ".repeat(3000);
        List<Prompt.Option> many = IntStream.range(0, 25)
                .mapToObj(i -> new Prompt.Option("o" + i, "L".repeat(300), "D".repeat(300))).toList();
        List<Prompt.Option> few = IntStream.range(0, 5).mapToObj(i -> Prompt.Option.of("o" + i, "L".repeat(300)))
                .toList();
        List<ControlAction> all = List.of(ControlAction.values());
        return Stream.of(
                new Reply(List.of(huge, huge), Optional.of(new Prompt.Choice(huge, many, "o3")), all, 9, "t".repeat(300)),
                new Reply(List.of("Saved."), Optional.of(new Prompt.Choice("Pick", few)), all, 9, "adding"),
                new Reply(List.of(), Optional.of(new Prompt.Confirm("Sure?", "Remove", "Keep")), all, 9, ""),
                new Reply(List.of(), Optional.of(new Prompt.Text("Name?", "Name", Prompt.TextLength.SHORT, 80, "", "")),
                        all, 9, ""),
                new Reply(List.of(), Optional.of(new Prompt.Info("Read", "Go on")), List.of(), 9, ""),
                new Reply(List.of(), Optional.empty(), List.of(), 9, ""));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void renderedMessageConformsToMessageCreateRequest(Reply reply) throws IOException {
        assertThat(CONTRACT.validate("MessageCreateRequest", json(RENDERER.render(reply)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("replies")
    void renderedEditConformsToMessageEditRequest(Reply reply) throws IOException {
        assertThat(CONTRACT.validate("MessageEditRequestPartial", json(RENDERER.renderEdit(reply)))).isEmpty();
    }

    @Test
    void renderedModalsConformToModalCallbackData() throws IOException {
        Prompt.Text text = new Prompt.Text("Notes", "Notes", Prompt.TextLength.LONG, 4000, "p".repeat(300),
                "v".repeat(5000));
        List<Prompt.Field> fields = IntStream.range(0, 5).mapToObj(i -> new Prompt.Field("f" + i, "L".repeat(45),
                i % 2 == 0 ? Prompt.TextLength.SHORT : Prompt.TextLength.LONG, i == 0, 4000, "x".repeat(200),
                "y".repeat(4500))).toList();
        Prompt.Form form = new Prompt.Form("About", "T".repeat(45), fields);

        assertThat(CONTRACT.validate("ModalInteractionCallbackRequestData", json(RENDERER.modal(text, 3)))).isEmpty();
        assertThat(CONTRACT.validate("ModalInteractionCallbackRequestData", json(RENDERER.modal(form, 3)))).isEmpty();
    }

    @Test
    void slashCommandsConformToTheBulkOverwriteRequest() throws IOException {
        CommandCatalog catalog = CommandCatalog.builder()
                .add(new CommandSpec("contact add", "Add", List.of()), null)
                .add(new CommandSpec("contact show", "Show", List.of(OptionSpec.contact("Whom"),
                        new OptionSpec("zone", "Zone", false, OptionKind.TIME_ZONE, List.of()),
                        new OptionSpec("count", "Count", false, OptionKind.INTEGER, List.of()),
                        new OptionSpec("range", "Range", false, OptionKind.CHOICE,
                                List.of(Prompt.Option.of("week", "This week"))))), null)
                .build();
        StringBuilder array = new StringBuilder("[");
        SlashCommands.from(catalog).forEach(command -> array.append(array.length() > 1 ? "," : "")
                .append(new String(command.toData().toJson(), StandardCharsets.UTF_8)));

        JsonNode body = JSON.readTree(array.append(']').toString());
        body.forEach(DiscordContractTest::numberifyJdaEnumStrings);

        assertThat(CONTRACT.validateAt(OpenApiContract.BULK_OVERWRITE_COMMANDS, body)).isEmpty();
    }

    /**
     * JDA 6.5 writes {@code contexts} and {@code integration_types} as strings ({@code "0"}) where the spec says
     * integers; Discord accepts both, so only that known deviation is undone before validating.
     */
    private static void numberifyJdaEnumStrings(JsonNode command) {
        for (String field : List.of("contexts", "integration_types")) {
            JsonNode values = command.path(field);
            if (values instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (array.get(i).isTextual() && array.get(i).asText().matches("\\d+")) {
                        array.set(i, array.numberNode(Integer.parseInt(array.get(i).asText())));
                    }
                }
            }
        }
    }

    private static JsonNode json(SerializableData data) throws IOException {
        return JSON.readTree(data.toData().toJson());
    }
}
