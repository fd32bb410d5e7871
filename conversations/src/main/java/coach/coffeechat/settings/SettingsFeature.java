package coach.coffeechat.settings;

import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.WhenReader;
import coach.coffeechat.user.QuietHours;
import coach.coffeechat.user.UserRepository;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code /settings}: the user's time zone (every follow-up is timed in it), quiet hours, LinkedIn plan and language
 * (auto, the default, follows the language of their Discord; see {@code Languages.pick}).
 * Without options it shows them; each option given is checked and saved, and a bad one changes nothing (a zone
 * typed as a city or an abbreviation is refused with the IANA name it may mean).
 */
public final class SettingsFeature implements Feature {
    /** Between the two times of a range: a hyphen, an en or em dash, or "to". */
    private static final Pattern RANGE = Pattern.compile("\\s*[-\u2013\u2014]\\s*|\\s+to\\s+");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    /** The {@code language:} choice that follows Discord. */
    static final String AUTO = "auto";

    private final Texts texts;
    private final UserRepository users;

    private SettingsFeature(Texts texts, UserRepository users) {
        this.texts = texts;
        this.users = users;
    }

    /**
     * The settings feature.
     *
     * @param texts the messages
     * @param users the users table, with the default quiet hours
     */
    public static SettingsFeature create(Texts texts, UserRepository users) {
        return new SettingsFeature(texts, users);
    }

    /** Adds {@code /settings}. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        List<Prompt.Option> plans = new ArrayList<>();
        for (LinkedInPlan plan : LinkedInPlan.values()) {
            plans.add(Prompt.Option.of(plan.id(), texts.get("settings.plan." + plan.id())));
        }
        List<Prompt.Option> languages = new ArrayList<>();
        languages.add(Prompt.Option.of(AUTO, texts.get("settings.language.auto")));
        texts.languages().all().forEach(language -> languages.add(Prompt.Option.of(language.tag(), language.name())));
        catalog.add(new CommandSpec("settings", "Your time zone, quiet hours, LinkedIn plan and language", List.of(
                new OptionSpec("timezone", "Your IANA time zone, e.g. Europe/Berlin", false, OptionKind.TIME_ZONE,
                        List.of()),
                new OptionSpec("quiet-hours", "No reminders between, e.g. 21:00-08:00, or off", false,
                        OptionKind.TEXT, List.of()),
                new OptionSpec("linkedin", "Free or premium: sets how long a connection note may be", false,
                        OptionKind.CHOICE, plans),
                new OptionSpec("language", "The language I write to you in; auto follows your Discord language",
                        false, OptionKind.CHOICE, languages))), this::settings);
    }

    private CommandHandler.Result settings(Input.Command command, StepContext context) {
        Optional<ZoneId> zone = Optional.empty();
        Optional<QuietHours> quiet = Optional.empty();
        Optional<LinkedInPlan> plan = Optional.empty();
        if (!command.option("timezone").isEmpty()) {
            zone = zone(command.option("timezone"));
            if (zone.isEmpty()) {
                return CommandHandler.respond(unknownZone(command.option("timezone")));
            }
        }
        if (!command.option("quiet-hours").isEmpty()) {
            quiet = quietHours(command.option("quiet-hours"), new TypedWords(texts));
            if (quiet.isEmpty()) {
                return CommandHandler.respond(texts.get("settings.quiet.unreadable",
                        "typed", command.option("quiet-hours")));
            }
        }
        if (!command.option("linkedin").isEmpty()) {
            plan = LinkedInPlan.fromId(command.option("linkedin"));
            if (plan.isEmpty()) {
                return CommandHandler.respond(texts.get("settings.plan.unknown", "typed", command.option("linkedin")));
            }
        }
        // What auto picks for this input: the language it is answered in, unless the user had chosen one, when it is
        // the one their Discord's locale (remembered at the start of this input) picks.
        Language auto = users.language(context.connection(), context.user()).isEmpty() ? LanguageScope.current()
                : texts.languages().pick(Optional.empty(), Optional.empty(),
                        users.discordLocale(context.connection(), context.user()));
        Optional<Chosen> language = Optional.empty();
        if (!command.option("language").isEmpty()) {
            String typed = command.option("language");
            language = typed.equalsIgnoreCase(AUTO) ? Optional.of(new Chosen(Optional.empty()))
                    : texts.languages().find(typed).map(found -> new Chosen(Optional.of(found)));
            if (language.isEmpty()) {
                return CommandHandler.respond(texts.get("settings.language.unknown", "typed", typed,
                        "languages", languageList()));
            }
        }
        List<String> notes = new ArrayList<>();
        language.ifPresent(chosen -> users.setLanguage(context.connection(), context.user(),
                chosen.language().map(Language::tag), context.now()));
        zone.ifPresent(z -> users.setZone(context.connection(), context.user(), z, context.now()));
        quiet.ifPresent(q -> users.setQuietHours(context.connection(), context.user(), q, context.now()));
        plan.ifPresent(p -> users.setLinkedInPlan(context.connection(), context.user(), p, context.now()));
        if (language.isPresent()) {
            // The answer already speaks the language just chosen (auto: the one this interaction picks).
            try (LanguageScope scope = LanguageScope.open(language.get().language().orElse(auto))) {
                return new CommandHandler.Respond(List.of(texts.get("settings.saved"), current(context, auto)));
            }
        }
        if (zone.isPresent() || quiet.isPresent() || plan.isPresent()) {
            notes.add(texts.get("settings.saved"));
        }
        notes.add(current(context, auto));
        return new CommandHandler.Respond(notes);
    }

    private String current(StepContext context, Language auto) {
        QuietHours quiet = users.quietHoursOrDefault(context.connection(), context.user());
        String quietText = quiet.from().equals(quiet.to()) ? texts.get("settings.quiet.off")
                : HOURS.format(quiet.from()) + "-" + HOURS.format(quiet.to());
        return texts.get("settings.current", "zone", users.zoneOrDefault(context.connection(), context.user()).getId(),
                "quiet", quietText,
                "plan", texts.get("settings.plan." + users.linkedInPlan(context.connection(), context.user()).id()))
                + "\n" + texts.get("settings.language.current", "language", languageNow(context, auto));
    }

    /** The user's language as set: its name, or auto with the language it picks now. */
    private String languageNow(StepContext context, Language auto) {
        Optional<Language> own = users.language(context.connection(), context.user()).flatMap(texts.languages()::find);
        return own.map(Language::name).orElseGet(() -> texts.get("settings.language.following",
                "language", auto.name()));
    }

    /** What {@code language:} chose: a language, or none for auto. */
    private record Chosen(Optional<Language> language) {
    }

    /** Every choice of {@code language:}, for a refusal. */
    private String languageList() {
        List<String> tags = new ArrayList<>(List.of(AUTO));
        texts.languages().all().forEach(language -> tags.add(language.tag() + " (" + language.name() + ")"));
        return String.join(", ", tags);
    }

    /** Why a zone was refused, with the zone it may have meant ({@link ZoneFinder}). */
    private String unknownZone(String typed) {
        ZoneFinder.Guess guess = ZoneFinder.guess(typed);
        List<String> zones = ZoneFinder.zones(guess);
        if (zones.isEmpty()) {
            return texts.get("settings.zone.unknown", "typed", typed);
        }
        String kind = guess instanceof ZoneFinder.Guess.Abbreviation ? "abbreviation" : "did-you-mean";
        String shown = guess instanceof ZoneFinder.Guess.Abbreviation ? typed.strip().toUpperCase(Locale.ROOT) : typed;
        if (zones.size() == 1) {
            return texts.get("settings.zone." + kind + ".one", "typed", shown, "zone", zones.get(0));
        }
        String all = texts.get("list.or", "first", String.join(", ", zones.subList(0, zones.size() - 1)),
                "last", zones.get(zones.size() - 1));
        return texts.get("settings.zone." + kind + ".many", "typed", shown, "zones", all, "first", zones.get(0));
    }

    /**
     * Up to {@code max} IANA zone names for what was typed: first the zones it may mean ({@link ZoneFinder}: a city,
     * a typo, an abbreviation), then those containing it, ignoring case, in alphabetical order.
     */
    public static List<String> suggestZones(String typed, int max) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        Stream<String> containing = ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") || id.equals("UTC"))
                .filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted))
                .sorted();
        return Stream.concat(ZoneFinder.zones(ZoneFinder.guess(typed)).stream(), containing)
                .distinct()
                .limit(max)
                .toList();
    }

    /**
     * A zone by its IANA name, forgiving case: "europe/berlin" is Europe/Berlin. Other features read zones typed in
     * their own commands with it, so that every command takes a zone the same way.
     */
    public static Optional<ZoneId> zone(String typed) {
        String wanted = typed.strip();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.equalsIgnoreCase(wanted)) {
                return Optional.of(ZoneId.of(id));
            }
        }
        return wanted.equalsIgnoreCase("UTC") ? Optional.of(ZoneId.of("UTC")) : Optional.empty();
    }

    /**
     * Quiet hours as people type them: {@code 21:00-08:00}, {@code 9pm-8am}, {@code 21:00 to 08:00}, with a hyphen
     * or the dashes phones put in; {@code off} or {@code none} for none, or the user's language's words for it
     * ({@code words.off}: {@code ninguna}, {@code aus}).
     */
    static Optional<QuietHours> quietHours(String typed, TypedWords words) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (words.is("words.off", text)) {
            return Optional.of(new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        }
        String[] ends = RANGE.split(text, -1);
        if (ends.length != 2) {
            return Optional.empty();
        }
        Optional<LocalTime> from = WhenReader.timeOfDay(ends[0]);
        Optional<LocalTime> to = WhenReader.timeOfDay(ends[1]);
        return from.isPresent() && to.isPresent() ? Optional.of(new QuietHours(from.get(), to.get()))
                : Optional.empty();
    }
}
