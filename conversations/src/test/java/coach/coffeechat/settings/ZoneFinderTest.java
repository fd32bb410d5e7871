package coach.coffeechat.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a time zone that is not an IANA name may have meant: a city, a city with a typo, or an abbreviation. */
final class ZoneFinderTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "chicago|America/Chicago",
        "Chicago |America/Chicago",
        "new york|America/New_York",
        "NEW_YORK|America/New_York",
        "new-york|America/New_York",
        "sao paulo|America/Sao_Paulo",
        "buenos aires|America/Argentina/Buenos_Aires",
        "Berlin|Europe/Berlin",
        "Kolkatta|Asia/Kolkata",
        "chicgo|America/Chicago",
        "Europe/Berlinn|Europe/Berlin",
        "europe berlin|Europe/Berlin",
        "los angelas|America/Los_Angeles"})
    void aCityWrittenLooselyOrWithASmallTypoIsFound(String typed, String zone) {
        assertThat(ZoneFinder.guess(typed)).isEqualTo(new ZoneFinder.Guess.Places(List.of(zone)));
    }

    @ParameterizedTest(name = "\"{0}\" may be {1}")
    @CsvSource(delimiter = '|', value = {
        "CST|America/Chicago,Asia/Shanghai",
        "cst|America/Chicago,Asia/Shanghai",
        "EST|America/New_York",
        "edt|America/New_York",
        "PST|America/Los_Angeles",
        "IST|Asia/Kolkata,Europe/Dublin,Asia/Jerusalem",
        "BST|Europe/London,Asia/Dhaka",
        "JST|Asia/Tokyo",
        "AEST|Australia/Sydney,Australia/Brisbane"})
    void aCommonAbbreviationIsMappedToThePlacesItMayMean(String typed, String zones) {
        assertThat(ZoneFinder.guess(typed)).isEqualTo(new ZoneFinder.Guess.Abbreviation(List.of(zones.split(","))));
    }

    @ParameterizedTest(name = "\"{0}\" has no guess")
    @ValueSource(strings = {"Mars/Olympus", "CET+1", "GMT+25", "+01:00", "Z", "utc+1", "@everyone",
        "<@123456789012345678>", "${zone}", "'; DROP TABLE users; --", "\uD83D\uDE00", "", "  ", "xyz", "town"})
    void textLikeNoPlaceHasNoGuess(String typed) {
        assertThat(ZoneFinder.guess(typed)).isEqualTo(new ZoneFinder.Guess.None());
    }

    @ParameterizedTest(name = "autocomplete \"{0}\" offers {1} first")
    @CsvSource(delimiter = '|', value = {
        "CST|America/Chicago",
        "chicgo|America/Chicago",
        "new york|America/New_York",
        "berlin|Europe/Berlin"})
    void autocompleteOffersTheGuessesFirstThenNamesContainingTheText(String typed, String first) {
        assertThat(SettingsFeature.suggestZones(typed, 25)).first().isEqualTo(first);
    }

    @ParameterizedTest(name = "autocomplete \"{0}\"")
    @ValueSource(strings = {"", "a", "america/", "CST", "europe"})
    void autocompleteStaysWithinTheLimitWithoutRepeats(String typed) {
        List<String> offered = SettingsFeature.suggestZones(typed, 25);
        assertThat(offered).hasSizeLessThanOrEqualTo(25).doesNotHaveDuplicates();
    }
}
