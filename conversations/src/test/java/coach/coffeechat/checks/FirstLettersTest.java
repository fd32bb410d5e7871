package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grouping a list's entries by first letter finds exactly what trying every entry in order finds. */
final class FirstLettersTest {
    // Entries that overlap in every way: prefixes of each other, several first letters, any first letter, optional starts.
    private static final List<FirstLetters.Entry> ENTRIES = List.of(
            new FirstLetters.Entry("(?:an?\\s++apple)", Set.of('a')),
            new FirstLetters.Entry("(?:ab\\S*)", Set.of('a')),
            new FirstLetters.Entry("(?:\\S+\\s++pie)", Set.of()),
            new FirstLetters.Entry("(?:apples?)", Set.of('a')),
            new FirstLetters.Entry("(?:(?:banana|apple)\\s++split)", Set.of('a', 'b')),
            new FirstLetters.Entry("(?:b\\S{0,3})", Set.of('b')),
            new FirstLetters.Entry("(?:[-\\s]?cake)", Set.of()),
            new FirstLetters.Entry("(?:Ça\\s++va)", Set.of('ç')));
    private static final List<String> WORDS = List.of("a", "an", "apple", "apples", "ab", "abc", "banana", "b", "bun",
            "split", "pie", "cake", "-cake", "ça", "Ça", "va", "APPLE", "x", " ", "  ", ",");

    @Test
    void theFirstLettersOfATokenAreThoseOfItsAlternativesAndPlaceholders() {
        Map<String, Set<Character>> placeholders = Map.of("{i}", Set.of('i', 'w'));

        assertThat(FirstLetters.of("any/current/upcoming", placeholders)).containsExactlyInAnyOrder('a', 'c', 'u');
        assertThat(FirstLetters.of("{i}", placeholders)).containsExactlyInAnyOrder('i', 'w');
        assertThat(FirstLetters.of("{org}", placeholders)).isEmpty();
        assertThat(FirstLetters.of("pay/{job}", placeholders)).isEmpty();
        assertThat(FirstLetters.of("-mail", placeholders)).isEmpty();
    }

    @Test
    void everyMatchIsTheOneThePlainAlternationFinds() {
        Pattern plain = Pattern.compile(ENTRIES.stream().map(FirstLetters.Entry::regex)
                .collect(Collectors.joining("|", "(?:", ")")), Phrases.FLAGS);
        Pattern grouped = Pattern.compile(FirstLetters.alternation(ENTRIES), Phrases.FLAGS);
        Random random = new Random(11);

        for (int text = 0; text < 20_000; text++) {
            StringBuilder words = new StringBuilder();
            for (int word = random.nextInt(8); word >= 0; word--) {
                words.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextBoolean() ? " " : "");
            }
            assertThat(matches(grouped, words)).as(words.toString()).isEqualTo(matches(plain, words));
        }
    }

    private static List<String> matches(Pattern pattern, CharSequence text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        return found;
    }
}
