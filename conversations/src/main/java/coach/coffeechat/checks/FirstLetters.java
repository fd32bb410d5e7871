package coach.coffeechat.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The alternation of a word list's entries, grouped by the letter each entry can start with: at the start of a word,
 * one look at its first letter picks the group, and only the entries that can start with that letter are tried,
 * instead of every entry of the list. Entries keep their order within a group, and two entries that cannot start
 * with the same letter never both match at one place, so the first match found is the one the plain alternation
 * finds. An entry whose first letter is not known (most placeholders, a leading hyphen) is tried in every group.
 * Stateless.
 */
final class FirstLetters {
    /**
     * One entry of a list.
     *
     * @param regex its regular expression
     * @param letters the letters, in lower case, it can start with; empty when it may start with anything
     */
    record Entry(String regex, Set<Character> letters) {
        Entry {
            letters = Set.copyOf(letters);
        }

        boolean mayStartWith(char letter) {
            return letters.isEmpty() || letters.contains(letter);
        }
    }

    private FirstLetters() {
    }

    /**
     * The letters an entry's first token can start with, or none when that is not known.
     *
     * @param firstToken the token, its alternatives separated by {@code /}
     * @param placeholders the letters each placeholder that has known ones can start with
     */
    static Set<Character> of(String firstToken, Map<String, Set<Character>> placeholders) {
        Set<Character> letters = new TreeSet<>();
        for (String alternative : firstToken.split("/", -1)) {
            if (placeholders.containsKey(alternative)) {
                letters.addAll(placeholders.get(alternative));
            } else if (alternative.isEmpty() || alternative.startsWith("{") || alternative.startsWith("-")
                    || Character.isSurrogate(alternative.charAt(0))) {
                return Set.of();
            } else {
                letters.add(alternative.charAt(0));
            }
        }
        return letters;
    }

    /** The entries as one alternation (compiled case-insensitively), grouped by first letter. */
    static String alternation(List<Entry> entries) {
        Set<Character> known = new TreeSet<>();
        entries.forEach(entry -> known.addAll(entry.letters()));
        List<String> groups = new ArrayList<>();
        for (char letter : known) {
            groups.add("(?=" + Pattern.quote(String.valueOf(letter)) + ")" + alternationOf(entries.stream()
                    .filter(entry -> entry.mayStartWith(letter)).toList()));
        }
        List<Entry> anyLetter = entries.stream().filter(entry -> entry.letters().isEmpty()).toList();
        if (!anyLetter.isEmpty()) {
            String notKnown = known.isEmpty() ? "" : known.stream().map(letter -> Pattern.quote(String.valueOf(letter)))
                    .collect(Collectors.joining("|", "(?!", ")"));
            groups.add(notKnown + alternationOf(anyLetter));
        }
        return groups.stream().collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String alternationOf(List<Entry> entries) {
        return entries.stream().map(Entry::regex).collect(Collectors.joining("|", "(?:", ")"));
    }
}
