package coach.coffeechat.bot;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.Languages;
import coach.coffeechat.config.Texts;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language a command-line check ({@code check-request}, {@code check-questions}) speaks, from {@code --language
 * TAG} (English, {@code en}, when it is not given): its word lists decide the findings and its messages word them.
 * The languages are the shipped ones and any the {@code --config} directory adds.
 *
 * @param language the language found
 * @param texts the messages of every language, which speak the one of the current scope
 */
record CheckLanguage(Language language, Texts texts) {
    /** The option that names the language. */
    static final Subcommand.Option OPTION = new Subcommand.Option("--language", "TAG");

    CheckLanguage {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(texts, "texts");
    }

    /**
     * Finds the language with this tag, or says in one line which languages there are.
     *
     * @return the language, or the one-line refusal
     */
    static Found find(Optional<Path> configDir, String tag) {
        Languages languages = Languages.load(configDir);
        Optional<Language> language = languages.find(tag);
        if (language.isEmpty()) {
            String known = languages.all().stream().map(each -> each.tag() + " (" + each.name() + ")")
                    .collect(Collectors.joining(", "));
            return new Found.Refused("--language must be one of " + known + ", not '" + tag.strip() + "'.");
        }
        return new Found.Speaks(new CheckLanguage(language.get(), Texts.load(languages, configDir)));
    }

    /** A language found, or why not. */
    sealed interface Found {
        /** The language to check in. */
        record Speaks(CheckLanguage language) implements Found {
        }

        /** No language has the tag; {@code problem} is one line that lists those there are. */
        record Refused(String problem) implements Found {
        }
    }
}
