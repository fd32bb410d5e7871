package coach.coffeechat.coach;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.WhenReader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /challenge start}, {@code /challenge join} and {@code /challenge status}. Starting needs the coach role, the
 * challenge role the setup names, or Manage Server, checked here on every use; one challenge runs at a time per
 * server, posting in the channel it was started in. Joining is one step (the Join button on Discord sends it);
 * members appear on the leaderboard only if they ask to, by name or as "a member". Every answer is for the member
 * alone.
 */
final class ChallengeCommands {
    /** The most steps a challenge may ask of each member. */
    static final int MAX_TARGET = 100;
    /** The longest a challenge may run, in days. */
    static final int MAX_DAYS = 92;
    /** Where a simulated server's challenge posts go: the console itself. */
    static final String CONSOLE_CHANNEL = "console";
    /** The option a Join button adds to {@code /challenge join}: the id of the challenge whose post it was under. */
    static final String JOINED_FROM = "challenge";

    private final Texts texts;
    private final TypedWords words;
    private final ServerRepository servers;
    private final ChallengeRepository challenges;
    private final ChallengeWriter writer;

    ChallengeCommands(Texts texts, ServerRepository servers, ChallengeRepository challenges, ChallengeWriter writer) {
        this.texts = texts;
        this.words = new TypedWords(texts);
        this.servers = servers;
        this.challenges = challenges;
        this.writer = writer;
    }

    /** {@code /challenge start goal: count: end: [start:]}. */
    CommandHandler.Result start(Input.Command command, StepContext context) {
        Place place = command.place();
        Optional<ServerSetup> setup = setUp(place, context);
        if (setup.isEmpty()) {
            return notReady(place);
        }
        ServerSetup server = setup.get();
        if (!place.managesServer() && !place.hasRole(server.coachRole()) && !place.hasRole(server.challengeRole())) {
            return CommandHandler.respond(texts.get("challenge.start.not-allowed"));
        }
        String channel = place.simulated() ? CONSOLE_CHANNEL : place.channelId();
        if (!place.simulated() && !place.canPostTo(channel)) {
            return CommandHandler.respond(texts.get("challenge.start.channel-closed"));
        }
        LocalDate today = context.now().atZone(server.zone()).toLocalDate();
        Optional<Challenge> running = challenges.current(context.connection(), server.serverId(), today);
        if (running.isPresent()) {
            return CommandHandler.respond(texts.get("challenge.start.one-at-a-time", "goal",
                    writer.goal(running.get()), "to", ChallengeWriter.day(texts, running.get().endsOn())));
        }
        List<String> refusals = new ArrayList<>();
        Optional<ChallengeGoal> goal = ChallengeGoal.fromId(command.option("goal"));
        if (goal.isEmpty()) {
            refusals.add(texts.get("challenge.start.goal-unknown", "typed", command.option("goal")));
        }
        int target = target(command.option("count"), refusals);
        Optional<LocalDate> from = command.option("start").isEmpty() ? Optional.of(today)
                : date(command.option("start"), today, refusals);
        Optional<LocalDate> to = date(command.option("end"), today, refusals);
        if (from.isPresent() && to.isPresent()) {
            checkPeriod(from.get(), to.get(), today, refusals);
        }
        if (!refusals.isEmpty()) {
            refusals.add(texts.get("challenge.start.nothing-started"));
            return new CommandHandler.Respond(refusals);
        }
        Challenge started = challenges.create(context.connection(), new Challenge(0, server.serverId(), channel,
                goal.get(), target, from.get(), to.get(), server.zone()), context.now());
        return CommandHandler.respond(texts.get("challenge.start.done", "goal", writer.goal(started),
                "from", ChallengeWriter.day(texts, started.startsOn()),
                "to", ChallengeWriter.day(texts, started.endsOn()),
                "channel", place.simulated() ? texts.get("challenge.start.console") : "<#" + channel + ">"));
    }

    /** {@code /challenge join [appear:]}: joins the server's current challenge, or changes how the member appears. */
    CommandHandler.Result join(Input.Command command, StepContext context) {
        Place place = command.place();
        Optional<ServerSetup> setup = setUp(place, context);
        if (setup.isEmpty()) {
            return notReady(place);
        }
        Optional<Appearance> appearance = command.option("appear").isEmpty() ? Optional.of(Appearance.HIDDEN)
                : Appearance.fromId(command.option("appear"));
        if (appearance.isEmpty()) {
            return CommandHandler.respond(texts.get("challenge.join.appear-unknown", "typed", command.option("appear")));
        }
        LocalDate today = context.now().atZone(setup.get().zone()).toLocalDate();
        Optional<Challenge> current = challenges.current(context.connection(), place.serverId(), today);
        String clicked = command.option(JOINED_FROM);
        if (current.isEmpty() || !clicked.isEmpty() && !clicked.equals(String.valueOf(current.get().id()))) {
            return CommandHandler.respond(texts.get(clicked.isEmpty() ? "challenge.none" : "challenge.join.over",
                    "server", place.serverName()));
        }
        String name = place.memberName().isBlank() ? context.user().value() : place.memberName();
        boolean before = challenges.join(context.connection(), current.get().id(), context.user(), name,
                appearance.get(), context.now());
        return CommandHandler.respond(texts.get(before ? "challenge.join.changed" : "challenge.join.done",
                "goal", writer.goal(current.get()), "to", ChallengeWriter.day(texts, current.get().endsOn())),
                texts.get("challenge.appear.now." + appearance.get().id()));
    }

    /** {@code /challenge status}: the member's own progress in the server's latest challenge, and the totals. */
    CommandHandler.Result status(Input.Command command, StepContext context) {
        Place place = command.place();
        if (setUp(place, context).isEmpty()) {
            return notReady(place);
        }
        return challenges.latest(context.connection(), place.serverId())
                .map(challenge -> CommandHandler.respond(writer.status(context.connection(), challenge,
                        context.user(), context.now())))
                .orElseGet(() -> CommandHandler.respond(texts.get("challenge.none", "server", place.serverName())));
    }

    private Optional<ServerSetup> setUp(Place place, StepContext context) {
        return place.inServer() ? servers.find(context.connection(), place.serverId()) : Optional.empty();
    }

    private CommandHandler.Result notReady(Place place) {
        return CommandHandler.respond(place.inServer()
                ? texts.get("challenge.not-set-up", "server", place.serverName())
                : texts.get("challenge.not-in-server"));
    }

    private int target(String typed, List<String> refusals) {
        if (typed.matches("\\d{1,4}")) {
            int value = Integer.parseInt(typed);
            if (value >= 1 && value <= MAX_TARGET) {
                return value;
            }
        }
        refusals.add(texts.get("challenge.start.count-range", "typed", typed, "max", MAX_TARGET));
        return 0;
    }

    /** A day as people write it ({@code friday}, {@code 15 Mar}, {@code in 2 weeks}, {@code 2026-03-15}). */
    private Optional<LocalDate> date(String typed, LocalDate today, List<String> refusals) {
        Optional<LocalDate> day = WhenReader.dayAhead(words, typed, today);
        if (day.isEmpty()) {
            refusals.add(texts.get("challenge.start.date-unreadable", "typed", typed));
        }
        return day;
    }

    private void checkPeriod(LocalDate from, LocalDate to, LocalDate today, List<String> refusals) {
        if (from.isBefore(today)) {
            refusals.add(texts.get("challenge.start.in-the-past", "from", ChallengeWriter.day(texts, from)));
        } else if (to.isBefore(from)) {
            refusals.add(texts.get("challenge.start.ends-before", "from", ChallengeWriter.day(texts, from),
                    "to", ChallengeWriter.day(texts, to)));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            refusals.add(texts.get("challenge.start.too-long", "max", MAX_DAYS));
        }
    }
}
