package coach.coffeechat.engine;

import coach.coffeechat.testing.TestCoach;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Small flows that exercise every engine rule without any product logic: {@code /trip} (text with a check,
 * a choice that may start the {@code friend} sub-flow, an optional long text, a confirm), {@code /survey}
 * (one step), {@code /tally} (a step that loops and accumulates), and {@code /ping} (answers at once).
 */
final class TripFlows {
    static final Flow TRIP = Flow.of("trip", "planning a trip", List.of(
            Step.named("city")
                    .prompt(c -> new Prompt.Text("Where to?", "City", Prompt.TextLength.SHORT, 20, "Lisbon", ""))
                    .check((values, c) -> values.get("city").matches(".*\\d.*")
                            ? Validation.invalid("A city name has no digits.") : new Validation.Valid(values))
                    .help("Name the city you want to visit.")
                    .next(c -> Next.goTo("company"))
                    .build(),
            Step.named("company")
                    .prompt(c -> new Prompt.Choice("Who comes along?", List.of(
                            Prompt.Option.of("alone", "Nobody"), Prompt.Option.of("friend", "A friend"))))
                    .next(c -> "friend".equals(c.answer("company"))
                            ? new Next.StartSubFlow("friend", Map.of(), "note") : Next.goTo("note", "Solo it is."))
                    .build(),
            Step.named("note")
                    .prompt(c -> new Prompt.Text("Anything to remember?", "Note", Prompt.TextLength.LONG, 100, "", ""))
                    .optional()
                    .next(c -> Next.goTo("confirm"))
                    .build(),
            Step.named("confirm")
                    .prompt(c -> new Prompt.Confirm("Book it?", "Book", "Change"))
                    .next(c -> "yes".equals(c.answer("confirm")) ? Next.finish() : Next.goTo("city"))
                    .build()),
            c -> Completion.of("Booked " + c.answer("city")
                    + (c.answer("friend-name").isEmpty() ? " alone" : " with " + c.answer("friend-name"))
                    + (c.answer("note").isEmpty() ? "" : ", note: " + c.answer("note"))));

    static final Flow FRIEND = Flow.of("friend", "naming a friend", List.of(
            Step.named("name")
                    .prompt(c -> new Prompt.Form("Who?", "Friend", List.of(
                            new Prompt.Field("name", "Name", Prompt.TextLength.SHORT, true, 30, "", ""),
                            new Prompt.Field("phone", "Phone", Prompt.TextLength.SHORT, false, 20, "", ""))))
                    .next(c -> Next.finish())
                    .build()),
            c -> new Completion(List.of("Added " + c.answer("name") + "."), Map.of("friend-name", c.answer("name"))));

    static final Flow SURVEY = Flow.of("survey", "a survey", List.of(
            Step.named("rating")
                    .prompt(c -> new Prompt.Choice("How was it?", List.of(
                            Prompt.Option.of("good", "Good"), Prompt.Option.of("bad", "Bad"))))
                    .next(c -> Next.finish())
                    .build()),
            c -> Completion.of("Thanks for rating " + c.answer("rating") + "."));

    /** Each answer is appended to {@code items}; "done" finishes. */
    static final Flow TALLY = Flow.of("tally", "tallying", List.of(
            Step.named("item")
                    .prompt(c -> new Prompt.Text("Next item?", "Item", Prompt.TextLength.SHORT, 50, "", ""))
                    .check((values, c) -> {
                        String item = values.get("item");
                        String items = c.answer("items");
                        return new Validation.Valid(Map.of("item", item,
                                "items", items.isEmpty() ? item : items + "," + item));
                    })
                    .next(c -> "done".equals(c.answer("item")) ? Next.finish() : Next.goTo("item"))
                    .build()),
            c -> Completion.of("Tallied."));

    static final CommandCatalog COMMANDS = CommandCatalog.builder()
            .add(CommandSpec.of("trip", "Plan a trip"), (command, context) -> CommandHandler.launch("trip"))
            .add(CommandSpec.of("survey", "Rate it"), (command, context) -> CommandHandler.launch("survey"))
            .add(CommandSpec.of("tally", "Count things"), (command, context) -> CommandHandler.launch("tally"))
            .add(CommandSpec.of("ping", "Answer at once"), (command, context) -> CommandHandler.respond("pong"))
            .build();

    private TripFlows() {
    }

    static Conversations engine(DataSource dataSource, Clock clock) {
        return engine(dataSource, clock, 1000);
    }

    static Conversations engine(DataSource dataSource, Clock clock, int cacheSize) {
        return Conversations.builder()
                .dataSource(dataSource)
                .clock(clock)
                .texts(TestCoach.TEXTS)
                .commands(COMMANDS)
                .flows(List.of(TRIP, FRIEND, SURVEY, TALLY))
                .cacheSize(cacheSize)
                .maxAttempts(3)
                .idleTimeout(Duration.ofHours(24))
                .build();
    }
}
