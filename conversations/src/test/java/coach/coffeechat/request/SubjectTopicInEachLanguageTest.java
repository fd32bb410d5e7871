package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckLanguages;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An email's subject names what the writer wants to learn, cut the way the language needs: Spanish takes a couple
 * more words, and no language leaves its subject hanging on an article or a preposition ("... a la…").
 */
final class SubjectTopicInEachLanguageTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());
    private static final CheckLanguages CHECKS = CheckLanguages.load(Optional.empty(),
            Map.of("en", TEXTS, "es", TEXTS, "de", TEXTS));
    private static final RequestDrafter DRAFTER = new RequestDrafter(RequestTemplates.load(Optional.empty()), TEXTS,
            () -> CHECKS.requests(LanguageScope.current().tag()));

    @Test
    void aSpanishGoalIsNotCutOnAnArticle() {
        try (LanguageScope scope = LanguageScope.open(new Language("es", "Español", List.of("es-ES")))) {
            assertThat(subject("cómo se pasa de la docencia a la investigación UX"))
                    .isEqualTo("Asunto: ¿Me das tu opinión sobre cómo se pasa de la docencia a la investigación UX?");
            assertThat(subject("cómo deciden los equipos de datos de un hospital qué preguntas clínicas merecen un"
                    + " cuadro de mando")).isEqualTo("Asunto: ¿Me das tu opinión sobre cómo deciden los equipos de"
                    + " datos de un hospital…?");
        }
    }

    @Test
    void aGermanGoalIsNotCutOnAPreposition() {
        try (LanguageScope scope = LanguageScope.open(new Language("de", "Deutsch", List.of("de")))) {
            assertThat(subject("wie man als Pflegekraft in die Datenanalyse eines Krankenhauses wechselt"))
                    .endsWith("wie man als Pflegekraft in die Datenanalyse…?");
            assertThat(subject("wie die Datenteams eines großen Krankenhauses mit der Pflege zusammenarbeiten"))
                    .endsWith("Krankenhauses…?");
        }
    }

    @Test
    void anEnglishGoalIsCutAsBefore() {
        assertThat(subject("how people move from teaching into UX research"))
                .isEqualTo("Subject: Your take on how people move from teaching into UX research?");
        assertThat(subject("how hospital data teams decide which clinical questions deserve a dashboard"))
                .isEqualTo("Subject: Your take on how hospital data teams decide which clinical questions…?");
    }

    private static String subject(String learn) {
        return DRAFTER.draft(new DraftInputs(RequestFormat.EMAIL, "Ana Li", Warmth.WARM, Source.FRIEND, "", "",
                learn, "I teach chemistry.", "Maya Ortiz", 15, true, LinkedInPlan.FREE)).lines().findFirst()
                .orElseThrow();
    }
}
