package coach.coffeechat.config;

import java.util.Objects;

/**
 * The language the current thread speaks in, for as long as a scope is open: a transport opens one for each input
 * (the user's language, see {@code Coach.language}), and the timer one around each delivery, so that {@link
 * Texts}, {@link TemplateFiles} and the language-specific parts of the features answer in it without every call
 * site passing it. Outside any scope the language is English.
 *
 * <pre>{@code
 * try (LanguageScope scope = LanguageScope.open(spanish)) {
 *     reply = coach.conversations().handle(user, input);   // texts.get(...) reads Spanish here
 * }
 * }</pre>
 *
 * A scope belongs to the thread that opened it (closing it on another throws), closes back to the language that
 * was current before (scopes nest), and is never seen by any other thread: work handed to another thread opens a
 * scope of its own there.
 */
public final class LanguageScope implements AutoCloseable {
    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

    private final Language previous;
    private final Thread owner;
    private boolean closed;

    private LanguageScope(Language previous, Thread owner) {
        this.previous = previous;
        this.owner = owner;
    }

    /** Speaks {@code language} on this thread until the returned scope is closed. */
    public static LanguageScope open(Language language) {
        Objects.requireNonNull(language, "language");
        LanguageScope scope = new LanguageScope(CURRENT.get(), Thread.currentThread());
        CURRENT.set(language);
        return scope;
    }

    /** The language of this thread's innermost open scope, or English outside any. */
    public static Language current() {
        Language language = CURRENT.get();
        return language == null ? Language.ENGLISH : language;
    }

    /** Goes back to the language current before this scope opened; closing twice does nothing. */
    @Override
    public void close() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a language scope is closed by the thread that opened it");
        }
        if (closed) {
            return;
        }
        closed = true;
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
