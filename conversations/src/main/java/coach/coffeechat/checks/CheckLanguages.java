package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The request and question checks of every language, looked up by language tag: a Spanish request is checked with
 * the Spanish word lists ({@code config/lang/es/checks.properties} over the English ones) and its findings are written
 * with the Spanish messages. A tag with no checks of its own gets the English ones. Immutable and thread-safe.
 *
 * <pre>{@code
 * CheckLanguages checks = CheckLanguages.load(configDir, Map.of("en", english, "es", spanish, "de", german));
 * CheckReport report = checks.requests("es").check(draft);
 * }</pre>
 */
public final class CheckLanguages {
    /**
     * The checks of one language.
     *
     * @param rules its thresholds and word lists
     * @param requests the request checks, with its messages
     * @param questions the question-list checks, with its messages
     */
    public record Checkers(CheckRules rules, RequestChecker requests, QuestionChecker questions) {
        public Checkers {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(requests, "requests");
            Objects.requireNonNull(questions, "questions");
        }
    }

    private static final String ENGLISH = "en";

    private final Map<String, Checkers> byTag;

    private CheckLanguages(Map<String, Checkers> byTag) {
        this.byTag = Map.copyOf(byTag);
    }

    /**
     * Loads the rules of every language given, each over the English ones ({@link CheckRules#load(Optional, String)}).
     *
     * @param overrideDir the {@code --config} directory, or empty
     * @param textsByTag each language's messages by tag; it must hold {@code en}
     * @throws coach.coffeechat.config.ConfigException when a file of any language cannot be used
     */
    public static CheckLanguages load(Optional<Path> overrideDir, Map<String, Texts> textsByTag) {
        if (!textsByTag.containsKey(ENGLISH)) {
            throw new IllegalArgumentException("the English messages are needed: the fallback of every language");
        }
        Map<String, Checkers> byTag = new LinkedHashMap<>();
        textsByTag.forEach((tag, texts) -> {
            // Branch lang: every language is checked with the English rules until the per-language word lists
            // (branch checklang: CheckRules.load(overrideDir, tag)) arrive; this line is the only one that changes.
            CheckRules rules = CheckRules.load(overrideDir);
            byTag.put(tag, new Checkers(rules, new RequestChecker(rules, texts), new QuestionChecker(rules, texts)));
        });
        return new CheckLanguages(byTag);
    }

    /** The languages with checks, by tag. */
    public Set<String> tags() {
        return byTag.keySet();
    }

    /** The checks of a language; English for a tag with none of its own. */
    public Checkers of(String tag) {
        return byTag.getOrDefault(tag, byTag.get(ENGLISH));
    }

    /** The thresholds and word lists of a language; English for a tag with none of its own. */
    public CheckRules rules(String tag) {
        return of(tag).rules();
    }

    /** The request checks of a language; English for a tag with none of its own. */
    public RequestChecker requests(String tag) {
        return of(tag).requests();
    }

    /** The question-list checks of a language; English for a tag with none of its own. */
    public QuestionChecker questions(String tag) {
        return of(tag).questions();
    }
}
