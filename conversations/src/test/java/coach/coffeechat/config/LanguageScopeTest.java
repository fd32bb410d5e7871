package coach.coffeechat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class LanguageScopeTest {
    private static final Language SPANISH = new Language("es", "Español", List.of("es-ES"));
    private static final Language GERMAN = new Language("de", "Deutsch", List.of("de"));

    @Test
    void outsideAnyScopeTheLanguageIsEnglishAndScopesNest() {
        assertThat(LanguageScope.current()).isEqualTo(Language.ENGLISH);
        try (LanguageScope outer = LanguageScope.open(SPANISH)) {
            assertThat(LanguageScope.current()).isEqualTo(SPANISH);
            try (LanguageScope inner = LanguageScope.open(GERMAN)) {
                assertThat(LanguageScope.current()).isEqualTo(GERMAN);
            }
            assertThat(LanguageScope.current()).isEqualTo(SPANISH);
        }
        assertThat(LanguageScope.current()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void anotherThreadNeverSeesThisThreadsLanguage() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (LanguageScope scope = LanguageScope.open(SPANISH)) {
            assertThat(other.submit(LanguageScope::current).get(5, TimeUnit.SECONDS)).isEqualTo(Language.ENGLISH);
            // Two users' work on two threads at once: each sees only its own.
            CompletableFuture<Language> german = CompletableFuture.supplyAsync(() -> {
                try (LanguageScope mine = LanguageScope.open(GERMAN)) {
                    return LanguageScope.current();
                }
            }, other);
            assertThat(german.get(5, TimeUnit.SECONDS)).isEqualTo(GERMAN);
            assertThat(LanguageScope.current()).isEqualTo(SPANISH);
            // The pooled thread is back to English once its scope closed: nothing leaks to the next task.
            assertThat(other.submit(LanguageScope::current).get(5, TimeUnit.SECONDS)).isEqualTo(Language.ENGLISH);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aScopeIsClosedByItsOwnThreadOnly() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (LanguageScope scope = LanguageScope.open(GERMAN)) {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(scope::close, other);
            assertThatThrownBy(() -> closing.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(LanguageScope.current()).isEqualTo(GERMAN);
        } finally {
            other.shutdownNow();
        }
        assertThat(LanguageScope.current()).isEqualTo(Language.ENGLISH);
    }
}
