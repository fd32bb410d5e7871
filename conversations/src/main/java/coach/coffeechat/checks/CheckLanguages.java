package coach.coffeechat.checks;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Languages;
import coach.coffeechat.config.Texts;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The request and question checks of each language, by language tag: a Spanish request is checked with Spanish
 * word lists and phrases. The one place the features get their checkers from ({@link #request()} and {@link
 * #questions()} answer for the language of the current {@link LanguageScope}); a tag without checks of its own
 * gets English's.
 *
 * <p>Where each language's rules come from is decided in {@link #load}: today every language is checked with the
 * English rules ({@code config/checks.properties} and its {@code --config} override); the per-language word lists
 * ({@code config/lang/TAG/checks.properties}) plug in there, and nowhere else. Immutable and thread-safe.
 */
public final class CheckLanguages {
    private final Map<String, RequestChecker> requests;
    private final Map<String, QuestionChecker> questions;
    private final RequestChecker englishRequests;
    private final QuestionChecker englishQuestions;

    private CheckLanguages(Map<String, RequestChecker> requests, Map<String, QuestionChecker> questions) {
        this.requests = Map.copyOf(requests);
        this.questions = Map.copyOf(questions);
        this.englishRequests = requests.get(Language.ENGLISH.tag());
        this.englishQuestions = questions.get(Language.ENGLISH.tag());
    }

    /**
     * The checks of every language.
     *
     * @param languages the languages the bot speaks
     * @param configDir the {@code --config} directory, or empty
     * @param texts the messages the checks' findings are worded with
     * @throws coach.coffeechat.config.ConfigException in one line, for a bad check setting
     */
    public static CheckLanguages load(Languages languages, Optional<Path> configDir, Texts texts) {
        CheckRules english = CheckRules.load(configDir);
        Map<String, RequestChecker> requests = new HashMap<>();
        Map<String, QuestionChecker> questions = new HashMap<>();
        for (Language language : languages.all()) {
            CheckRules rules = english;
            requests.put(language.tag(), new RequestChecker(rules, texts));
            questions.put(language.tag(), new QuestionChecker(rules, texts));
        }
        return new CheckLanguages(requests, questions);
    }

    /** The same checks for every language: for tests and tools that check one language. */
    public static CheckLanguages of(RequestChecker request, QuestionChecker questions) {
        return new CheckLanguages(Map.of(Language.ENGLISH.tag(), request),
                Map.of(Language.ENGLISH.tag(), questions));
    }

    /** The request checks of the language with this tag (English's when it has none of its own). */
    public RequestChecker request(String tag) {
        return requests.getOrDefault(tag, englishRequests);
    }

    /** The question checks of the language with this tag (English's when it has none of its own). */
    public QuestionChecker questions(String tag) {
        return questions.getOrDefault(tag, englishQuestions);
    }

    /** The request checks of the current language ({@link LanguageScope}). */
    public RequestChecker request() {
        return request(LanguageScope.current().tag());
    }

    /** The question checks of the current language ({@link LanguageScope}). */
    public QuestionChecker questions() {
        return questions(LanguageScope.current().tag());
    }
}
