package coach.coffeechat.coach;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Place;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.WhenReader;
import coach.coffeechat.settings.SettingsFeature;
import coach.coffeechat.user.UserRepository;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /coach setup} and {@code /coach settings}: a server's coach role, digest channel, day, time and zone, the
 * language of its channel posts, and the cohort's defaults. Setting up needs Manage Server, checked here on every use whatever Discord showed; every
 * option given is checked, and one bad option changes nothing.
 */
final class ServerSettings {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final ServerRepository servers;
    private final UserRepository users;

    ServerSettings(Texts texts, ServerRepository servers, UserRepository users) {
        this.texts = texts;
        this.servers = servers;
        this.users = users;
    }

    /** {@code /coach setup}: checks and saves what was given, then shows the whole setup. */
    CommandHandler.Result setup(Input.Command command, StepContext context) {
        Place place = command.place();
        if (!place.inServer()) {
            return CommandHandler.respond(texts.get("coach.not-in-server"));
        }
        if (!place.managesServer()) {
            return CommandHandler.respond(texts.get("coach.setup.not-manager"));
        }
        Optional<ServerSetup> stored = servers.find(context.connection(), place.serverId());
        ServerSetup current = stored.orElseGet(() -> ServerSetup.fresh(place.serverId(), place.serverName(),
                users.zoneOrDefault(context.connection(), context.user())));
        List<String> refusals = new ArrayList<>();
        ServerSetup changed = apply(command, place, current, refusals);
        if (!refusals.isEmpty()) {
            refusals.add(texts.get("coach.setup.nothing-changed"));
            return new CommandHandler.Respond(refusals);
        }
        if (changed.pingRole() && changed.coachRole().isEmpty()) {
            return CommandHandler.respond(texts.get("coach.setup.ping-without-role"),
                    texts.get("coach.setup.nothing-changed"));
        }
        servers.save(context.connection(), changed, context.now());
        List<String> notes = new ArrayList<>();
        notes.add(texts.get(stored.isEmpty() ? "coach.setup.created" : "coach.setup.saved", "server", changed.name()));
        notes.add(describe(changed, place));
        if (changed.channel().isEmpty()) {
            notes.add(texts.get("coach.setup.no-channel"));
        }
        return new CommandHandler.Respond(notes);
    }

    /** {@code /coach settings}: the server's setup as it stands. */
    CommandHandler.Result settings(Input.Command command, StepContext context) {
        Place place = command.place();
        if (!place.inServer()) {
            return CommandHandler.respond(texts.get("coach.not-in-server"));
        }
        return servers.find(context.connection(), place.serverId())
                .map(setup -> CommandHandler.respond(describe(setup, place)))
                .orElseGet(() -> CommandHandler.respond(texts.get("coach.not-set-up", "server", place.serverName())));
    }

    private ServerSetup apply(Input.Command command, Place place, ServerSetup setup, List<String> refusals) {
        String role = command.option("role").isEmpty() ? setup.coachRole() : named(place, command.option("role"));
        String challengeRole = command.option("challenge-role").isEmpty() ? setup.challengeRole()
                : named(place, command.option("challenge-role"));
        String channel = setup.channel();
        if (!command.option("channel").isEmpty()) {
            channel = named(place, command.option("channel"));
            if (!place.canPostTo(channel)) {
                refusals.add(texts.get("coach.setup.channel-closed", "channel", channel(place, channel)));
            }
        }
        DayOfWeek day = setup.digestDay();
        if (!command.option("day").isEmpty()) {
            Optional<DayOfWeek> typed = WhenReader.weekday(new TypedWords(texts), command.option("day"));
            typed.ifPresentOrElse(d -> { }, () -> refusals.add(texts.get("coach.setup.day-unknown",
                    "typed", command.option("day"))));
            day = typed.orElse(day);
        }
        LocalTime time = setup.digestTime();
        if (!command.option("time").isEmpty()) {
            Optional<LocalTime> typed = WhenReader.timeOfDay(command.option("time"));
            typed.ifPresentOrElse(t -> { }, () -> refusals.add(texts.get("coach.setup.time-unreadable",
                    "typed", command.option("time"))));
            time = typed.orElse(time);
        }
        ZoneId zone = setup.zone();
        if (!command.option("timezone").isEmpty()) {
            Optional<ZoneId> typed = SettingsFeature.zone(command.option("timezone"));
            typed.ifPresentOrElse(z -> { }, () -> refusals.add(texts.get("coach.setup.zone-unknown",
                    "typed", command.option("timezone"))));
            zone = typed.orElse(zone);
        }
        boolean ping = setup.pingRole();
        if (!command.option("ping").isEmpty()) {
            ping = command.option("ping").equalsIgnoreCase("on");
            if (!ping && !command.option("ping").equalsIgnoreCase("off")) {
                refusals.add(texts.get("coach.setup.ping-unknown", "typed", command.option("ping")));
            }
        }
        int minutes = number(command.option("meeting-minutes"), setup.meetingMinutes(), ServerSetup.MIN_MINUTES,
                ServerSetup.MAX_MINUTES, "coach.setup.minutes-range", refusals);
        int days = number(command.option("reminder-days"), setup.reminderDays(), ServerSetup.MIN_REMINDER_DAYS,
                ServerSetup.MAX_REMINDER_DAYS, "coach.setup.days-range", refusals);
        String language = setup.language();
        if (!command.option("language").isEmpty()) {
            Optional<Language> typed = texts.languages().find(command.option("language"));
            typed.ifPresentOrElse(l -> { }, () -> refusals.add(texts.get("coach.setup.language-unknown",
                    "typed", command.option("language"), "languages", texts.languages().all().stream()
                            .map(Language::name).collect(Collectors.joining(", ")))));
            language = typed.map(l -> l.tag().equals(Language.ENGLISH.tag()) ? "" : l.tag()).orElse(language);
        }
        return new ServerSetup(setup.serverId(), place.serverName(), role, channel, day, time, zone, ping, minutes,
                days, challengeRole, language);
    }

    private int number(String typed, int current, int min, int max, String refusal, List<String> refusals) {
        if (typed.isEmpty()) {
            return current;
        }
        if (typed.matches("\\d{1,4}")) {
            int value = Integer.parseInt(typed);
            if (value >= min && value <= max) {
                return value;
            }
        }
        refusals.add(texts.get(refusal, "typed", typed, "min", min, "max", max));
        return current;
    }

    /** A role or channel as given: a Discord id as it is, a console name without its # or @ and cut to size. */
    private static String named(Place place, String given) {
        if (!place.simulated()) {
            return given;
        }
        String name = given.replaceFirst("^[#@]+", "").strip();
        return RosterView.cut(name.isEmpty() ? given : name, 100);
    }

    /** The setup as the coach reads it. */
    String describe(ServerSetup setup, Place place) {
        return texts.get("coach.settings",
                "server", setup.name(),
                "role", setup.coachRole().isEmpty() ? texts.get("coach.settings.no-role") : role(place, setup.coachRole()),
                "channel", setup.channel().isEmpty() ? texts.get("coach.settings.no-channel")
                        : channel(place, setup.channel()),
                "day", setup.digestDay().getDisplayName(TextStyle.FULL, LanguageScope.current().locale()),
                "time", HOURS.format(setup.digestTime()), "zone", setup.zone().getId(),
                "ping", texts.get(setup.pingRole() ? "coach.settings.ping-on" : "coach.settings.ping-off"),
                "minutes", setup.meetingMinutes(), "days", setup.reminderDays(),
                "challenge-role", setup.challengeRole().isEmpty() ? texts.get("coach.settings.no-challenge-role")
                        : role(place, setup.challengeRole()),
                "language", setup.speaks(texts.languages()).name());
    }

    /** A channel as shown: a Discord channel reference, or the simulated channel's name. */
    static String channel(Place place, String channel) {
        return place.simulated() ? "#" + channel : "<#" + channel + ">";
    }

    /** A role as shown: a Discord role reference (which never pings in these replies), or the role's name. */
    static String role(Place place, String role) {
        return place.simulated() ? "@" + role : "<@&" + role + ">";
    }
}
