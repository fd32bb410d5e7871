package coach.coffeechat.settings;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.Coach;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.store.Database;
import coach.coffeechat.testing.MutableClock;
import coach.coffeechat.testing.TestCoach;
import coach.coffeechat.testing.TestDatabases;
import coach.coffeechat.user.QuietHours;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /settings} driven through the whole product on a real database: showing the defaults, saving each
 * option alone and together, refusing bad values without saving anything, keeping users apart and surviving a
 * restart; plus the zone suggestions and the zone and quiet-hours readers behind it.
 */
final class SettingsFeatureTest {
    private static final UserId MAYA = new UserId("maya");
    private static final UserId LEO = new UserId("leo");
    private static final String DEFAULT_ZONE = TestCoach.CONFIG.defaultZone().getId();
    private static final QuietHours DEFAULT_QUIET = TestCoach.users().defaultQuietHours();

    private final MutableClock clock = MutableClock.atMondayMorning();
    private Database database;
    private Coach coach;

    @BeforeEach
    void open() {
        database = TestDatabases.inMemory();
        coach = TestCoach.on(database.dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Reply settings(UserId user, Map<String, String> options) {
        return coach.conversations().handle(user, new Input.Command("settings", options));
    }

    private Reply settings(Map<String, String> options) {
        return settings(MAYA, options);
    }

    private Reply settings() {
        return settings(MAYA, Map.of());
    }

    private static String text(String key, Object... values) {
        return TestCoach.TEXTS.get(key, values);
    }

    /** The shown settings; {@code quiet} as displayed ("21:00-08:00"), or null for "off". */
    private static String current(String zone, String quiet, LinkedInPlan plan) {
        return text("settings.current", "zone", zone, "quiet", quiet == null ? text("settings.quiet.off") : quiet,
                "plan", text("settings.plan." + plan.id())) + "\n" + text("settings.language.current", "language",
                text("settings.language.following", "language", "English"));
    }

    private static String defaults() {
        return current(DEFAULT_ZONE, DEFAULT_QUIET.from() + "-" + DEFAULT_QUIET.to(), LinkedInPlan.FREE);
    }

    @Test
    void theShippedDefaultsAreUtcAndNineInTheEveningToEightInTheMorning() {
        assertThat(DEFAULT_ZONE).isEqualTo("UTC");
        assertThat(DEFAULT_QUIET).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    }

    @Test
    void withoutOptionsItShowsTheDefaults() {
        Reply reply = settings();

        assertThat(reply.notes()).containsExactly(defaults());
        assertThat(reply.notes().get(0)).contains("UTC", "21:00-08:00", text("settings.plan.free"));
        assertThat(reply.prompt()).isEmpty();
        assertThat(reply.text()).isEqualTo(defaults());
    }

    @Test
    void blankOptionsCountAsNotGiven() {
        Reply reply = settings(Map.of("timezone", "  ", "quiet-hours", "", "linkedin", "\t"));

        assertThat(reply.notes()).containsExactly(defaults());
    }

    static Stream<Arguments> singleOptions() {
        return Stream.of(
                Arguments.of("timezone", "Europe/Berlin", "Europe/Berlin", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("timezone", "europe/berlin", "Europe/Berlin", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("timezone", "EUROPE/BERLIN", "Europe/Berlin", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("timezone", "  america/new_york ", "America/New_York", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("timezone", "Asia/Kolkata", "Asia/Kolkata", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("timezone", "UTC", "UTC", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("timezone", "utc", "UTC", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "21:00-08:00", "UTC", "21:00-08:00", LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "22:30-06:45", "UTC", "22:30-06:45", LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "9:00-17:30", "UTC", "09:00-17:30", LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "22:00 - 07:00", "UTC", "22:00-07:00", LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "00:00-23:59", "UTC", "00:00-23:59", LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "off", "UTC", null, LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "OFF", "UTC", null, LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "none", "UTC", null, LinkedInPlan.FREE),
                Arguments.of("quiet-hours", "08:00-08:00", "UTC", null, LinkedInPlan.FREE),
                Arguments.of("linkedin", "premium", "UTC", "21:00-08:00", LinkedInPlan.PREMIUM),
                Arguments.of("linkedin", "PREMIUM", "UTC", "21:00-08:00", LinkedInPlan.PREMIUM),
                Arguments.of("linkedin", "free", "UTC", "21:00-08:00", LinkedInPlan.FREE));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("singleOptions")
    void eachOptionAloneIsSavedAndShownOnTheNextSettings(String option, String typed, String zone, String quiet,
                                                         LinkedInPlan plan) {
        Reply saved = settings(Map.of(option, typed));

        assertThat(saved.notes()).containsExactly(text("settings.saved"), current(zone, quiet, plan));
        assertThat(settings().notes()).containsExactly(current(zone, quiet, plan));
    }

    @Test
    void allThreeOptionsAreSavedTogether() {
        Reply saved = settings(Map.of("timezone", "europe/berlin", "quiet-hours", "22:00 - 07:00",
                "linkedin", "premium"));

        String expected = current("Europe/Berlin", "22:00-07:00", LinkedInPlan.PREMIUM);
        assertThat(saved.notes()).containsExactly(text("settings.saved"), expected);
        assertThat(settings().notes()).containsExactly(expected);
    }

    @Test
    void aLaterOptionChangesOnlyItselfAndKeepsWhatWasSavedBefore() {
        settings(Map.of("timezone", "Europe/Berlin", "quiet-hours", "off", "linkedin", "premium"));

        settings(Map.of("quiet-hours", "9:00-17:30"));
        assertThat(settings().notes()).containsExactly(current("Europe/Berlin", "09:00-17:30", LinkedInPlan.PREMIUM));

        settings(Map.of("timezone", "utc", "linkedin", "free"));
        assertThat(settings().notes()).containsExactly(current("UTC", "09:00-17:30", LinkedInPlan.FREE));
    }

    @ParameterizedTest(name = "quiet hours \"{0}\" are refused")
    @ValueSource(strings = {
        "21-8", "25:00-08:00", "21:00-08:60", "21:00-24:00", "later", "21:00", "21:00-", "-08:00", "21:00 to",
        "13pm-8am", "21.00-08.00", "21:0-08:00", "121:00-08:00", "21:00-08:00-09:00", "on", "yes"})
    void unreadableQuietHoursAreRefusedAndChangeNothing(String typed) {
        Reply reply = settings(Map.of("quiet-hours", typed));

        assertThat(reply.notes()).containsExactly(text("settings.quiet.unreadable", "typed", typed));
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @ParameterizedTest(name = "time zone \"{0}\" is refused")
    @ValueSource(strings = {"Mars/Olympus", "CET+1", "GMT+25", "+01:00", "Z", "utc+1",
        "@everyone", "<@123456789012345678>", "${zone}", "'; DROP TABLE users; --", "\uD83D\uDE00"})
    void anUnknownTimeZoneGetsItsMessageWithTheTypedTextAsPlainText(String typed) {
        Reply reply = settings(Map.of("timezone", typed));

        assertThat(reply.notes()).containsExactly(text("settings.zone.unknown", "typed", typed));
        assertThat(reply.notes().get(0)).contains("\"" + typed + "\"").doesNotContain(text("engine.error"));
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @ParameterizedTest(name = "time zone \"{0}\" is refused with {1}")
    @CsvSource(delimiter = '|', value = {
        "chicago|America/Chicago",
        "New York|America/New_York",
        "Berlin|Europe/Berlin",
        "Europe/Berlinn|Europe/Berlin"})
    void aCityIsRefusedWithItsZoneSuggestedAndNothingSaved(String typed, String zone) {
        Reply reply = settings(Map.of("timezone", typed));

        assertThat(reply.notes()).containsExactly(text("settings.zone.did-you-mean.one", "typed", typed,
                "zone", zone));
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @Test
    void anAmbiguousAbbreviationSaysHonestlyWhatItCouldBe() {
        Reply reply = settings(Map.of("timezone", "CST"));

        assertThat(reply.notes()).containsExactly(text("settings.zone.abbreviation.many", "typed", "CST",
                "zones", "America/Chicago or Asia/Shanghai", "first", "America/Chicago"));
        assertThat(reply.notes().get(0)).contains("CST could be America/Chicago or Asia/Shanghai");
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @Test
    void anAbbreviationOfOnePlaceSuggestsItsZone() {
        Reply reply = settings(Map.of("timezone", "EST"));

        assertThat(reply.notes()).containsExactly(text("settings.zone.abbreviation.one", "typed", "EST",
                "zone", "America/New_York"));
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @ParameterizedTest(name = "plan \"{0}\" is refused")
    @ValueSource(strings = {"gold", "business", "pro", "free premium", "@everyone", "${plan}", "\uD83D\uDE00"})
    void anUnknownPlanGetsItsMessageWithTheTypedTextAsPlainText(String typed) {
        Reply reply = settings(Map.of("linkedin", typed));

        assertThat(reply.notes()).containsExactly(text("settings.plan.unknown", "typed", typed));
        assertThat(reply.notes().get(0)).contains("\"" + typed + "\"").doesNotContain(text("engine.error"));
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @Test
    void typedMentionsAndPlaceholdersAreEchoedLiterally() {
        String quiet = settings(Map.of("quiet-hours", "@here ${quiet}")).notes().get(0);
        assertThat(quiet).isEqualTo(text("settings.quiet.unreadable", "typed", "@here ${quiet}"))
                .contains("\"@here ${quiet}\"");
        String zone = settings(Map.of("timezone", "@everyone ${typed}")).notes().get(0);
        assertThat(zone).isEqualTo(text("settings.zone.unknown", "typed", "@everyone ${typed}"))
                .contains("\"@everyone ${typed}\"");
    }

    static Stream<Arguments> oneBadAmongGoodOnes() {
        return Stream.of(
                Arguments.of(Map.of("timezone", "Europe/Berlin", "quiet-hours", "21-8"),
                        text("settings.quiet.unreadable", "typed", "21-8")),
                Arguments.of(Map.of("timezone", "Mars/Olympus", "quiet-hours", "22:00-07:00"),
                        text("settings.zone.unknown", "typed", "Mars/Olympus")),
                Arguments.of(Map.of("timezone", "europe/berlin", "linkedin", "gold"),
                        text("settings.plan.unknown", "typed", "gold")),
                Arguments.of(Map.of("timezone", "Europe/Berlin", "quiet-hours", "off", "linkedin", "gold"),
                        text("settings.plan.unknown", "typed", "gold")),
                Arguments.of(Map.of("timezone", "Europe/Berlin", "quiet-hours", "later", "linkedin", "premium"),
                        text("settings.quiet.unreadable", "typed", "later")),
                Arguments.of(Map.of("timezone", "nowhere", "quiet-hours", "off", "linkedin", "premium"),
                        text("settings.zone.unknown", "typed", "nowhere")),
                // with two bad ones, the first in the order timezone, quiet hours, plan is named
                Arguments.of(Map.of("timezone", "nowhere", "quiet-hours", "later", "linkedin", "premium"),
                        text("settings.zone.unknown", "typed", "nowhere")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneBadAmongGoodOnes")
    void aBadOptionBesideGoodOnesSavesNoneOfThem(Map<String, String> options, String refusal) {
        Reply reply = settings(options);

        assertThat(reply.notes()).containsExactly(refusal);
        assertThat(settings().notes()).containsExactly(defaults());
    }

    @Test
    void aBadOptionKeepsWhatWasSavedBefore() {
        settings(Map.of("timezone", "Asia/Kolkata", "quiet-hours", "23:00-06:00", "linkedin", "premium"));
        String saved = current("Asia/Kolkata", "23:00-06:00", LinkedInPlan.PREMIUM);

        settings(Map.of("timezone", "Europe/Berlin", "quiet-hours", "25:00-08:00", "linkedin", "free"));

        assertThat(settings().notes()).containsExactly(saved);
    }

    @Test
    void oneUsersSettingsNeverShowForAnother() {
        settings(MAYA, Map.of("timezone", "Europe/Berlin", "quiet-hours", "off", "linkedin", "premium"));

        assertThat(settings(LEO, Map.of()).notes()).containsExactly(defaults());

        settings(LEO, Map.of("timezone", "America/New_York", "quiet-hours", "22:00-07:00"));

        assertThat(settings(MAYA, Map.of()).notes()).containsExactly(current("Europe/Berlin", null,
                LinkedInPlan.PREMIUM));
        assertThat(settings(LEO, Map.of()).notes()).containsExactly(current("America/New_York", "22:00-07:00",
                LinkedInPlan.FREE));
        assertThat(settings(new UserId("nia"), Map.of()).notes()).containsExactly(defaults());
    }

    @Test
    void settingsSurviveARestart() {
        settings(Map.of("timezone", "europe/berlin", "quiet-hours", "9:00-17:30", "linkedin", "premium"));
        settings(LEO, Map.of("quiet-hours", "none"));

        Coach restarted = TestCoach.on(database.dataSource(), clock);

        assertThat(restarted.conversations().handle(MAYA, Input.Command.of("settings")).notes())
                .containsExactly(current("Europe/Berlin", "09:00-17:30", LinkedInPlan.PREMIUM));
        assertThat(restarted.conversations().handle(LEO, Input.Command.of("settings")).notes())
                .containsExactly(current("UTC", null, LinkedInPlan.FREE));
    }

    @Test
    void suggestionsFindAZoneByPartOfItsName() {
        assertThat(SettingsFeature.suggestZones("berl", 25)).containsExactly("Europe/Berlin");
        assertThat(SettingsFeature.suggestZones("BERL", 25)).containsExactly("Europe/Berlin");
        assertThat(SettingsFeature.suggestZones("  berlin ", 25)).containsExactly("Europe/Berlin");
        assertThat(SettingsFeature.suggestZones("new y", 25)).contains("America/New_York");
        assertThat(SettingsFeature.suggestZones("new_york", 25)).contains("America/New_York");
        assertThat(SettingsFeature.suggestZones("utc", 25)).contains("UTC", "Etc/UTC");
        assertThat(SettingsFeature.suggestZones("zzzz", 25)).isEmpty();
    }

    @Test
    void suggestionsAreSortedAndNeverMoreThanAsked() {
        List<String> all = SettingsFeature.suggestZones("", 25);
        assertThat(all).hasSize(25).isSorted().doesNotHaveDuplicates();
        assertThat(all).allSatisfy(id -> assertThat(id.contains("/") || id.equals("UTC")).as(id).isTrue());

        List<String> america = SettingsFeature.suggestZones("america/", 3);
        assertThat(america).hasSize(3).isSorted().allSatisfy(id -> assertThat(id).startsWith("America/"));
        assertThat(SettingsFeature.suggestZones("berl", 0)).isEmpty();
    }

    @Test
    void everySuggestionIsAZoneTheCommandAccepts() {
        for (String id : SettingsFeature.suggestZones("europe", 25)) {
            assertThat(SettingsFeature.zone(id)).as(id).contains(ZoneId.of(id));
            assertThat(SettingsFeature.zone(id.toLowerCase(Locale.ROOT))).as(id).contains(ZoneId.of(id));
        }
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Europe/Berlin      | Europe/Berlin",
        "europe/berlin      | Europe/Berlin",
        "'  Europe/Berlin ' | Europe/Berlin",
        "america/new_york   | America/New_York",
        "UTC                | UTC",
        "utc                | UTC",
        "Etc/UTC            | Etc/UTC",
    })
    void aZoneIsReadByItsIanaNameIgnoringCase(String typed, String expected) {
        assertThat(SettingsFeature.zone(typed)).contains(ZoneId.of(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is no zone")
    @ValueSource(strings = {"", " ", "Berlin", "Europe", "Europe/", "Mars/Olympus", "+01:00", "Z", "@everyone"})
    void whatIsNoIanaZoneNameIsNoZone(String typed) {
        assertThat(SettingsFeature.zone(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}-{2}")
    @CsvSource(delimiter = '|', value = {
        "21:00-08:00      | 21:00 | 08:00",
        "9:00-17:30       | 09:00 | 17:30",
        "22:00 - 07:00    | 22:00 | 07:00",
        "'  7:05-9:10  '  | 07:05 | 09:10",
        "off              | 00:00 | 00:00",
        "Off              | 00:00 | 00:00",
        "none             | 00:00 | 00:00",
        "NONE             | 00:00 | 00:00",
        "9pm-8am          | 21:00 | 08:00",
        "9:30pm - 7am     | 21:30 | 07:00",
        "21:00 to 08:00   | 21:00 | 08:00",
        "'21:00\u201308:00' | 21:00 | 08:00",
        "'21:00 \u2014 08:00' | 21:00 | 08:00",
        "midnight-7:00    | 00:00 | 07:00",
    })
    void quietHoursAreTwoTimesOrOff(String typed, LocalTime from, LocalTime to) {
        assertThat(SettingsFeature.quietHours(typed, new TypedWords(TestCoach.TEXTS))).contains(new QuietHours(from, to));
    }

    @ParameterizedTest(name = "\"{0}\" is no quiet hours")
    @ValueSource(strings = {"", "21-8", "25:00-08:00", "21:00-08:60", "later", "21:00", "9-8pm", "21:00\u2013"})
    void whatIsNotTwoTimesIsNoQuietHours(String typed) {
        assertThat(SettingsFeature.quietHours(typed, new TypedWords(TestCoach.TEXTS))).isEmpty();
    }
}
