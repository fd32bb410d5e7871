package coach.coffeechat.request;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckLanguages;
import coach.coffeechat.checks.LinkedInPlan;
import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.FrenchConfig;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Source;
import coach.coffeechat.contact.Warmth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A draft is written from the request template of the language it is drafted in (file by file: a template the
 * language lacks is English's) and checked with that language's checks: how the draft grid runs per language,
 * drafting each in a {@link LanguageScope} with the checker {@link CheckLanguages} gives for the tag.
 */
final class DraftsInEachLanguageTest {
    private static final Texts TEXTS = Texts.load(FrenchConfig.dir());
    private static final CheckLanguages CHECKS = CheckLanguages.load(FrenchConfig.dir(),
            Map.of("en", TEXTS, "fr", TEXTS));
    private static final RequestDrafter DRAFTER = new RequestDrafter(RequestTemplates.load(FrenchConfig.dir()), TEXTS,
            () -> CHECKS.requests(LanguageScope.current().tag()));

    @Test
    void eachLanguageDraftsFromItsOwnTemplateAndFallsBackFileByFile() {
        Language french = FrenchConfig.french();
        try (LanguageScope scope = LanguageScope.open(french)) {
            assertThat(DRAFTER.draft(inputs(RequestFormat.EMAIL))).startsWith("Subject: Votre regard sur")
                    .contains("Bonjour Ana,", "15 minutes", "Merci beaucoup,\nMaya Ortiz");
            // French has no LinkedIn template of its own: the English one, in full.
            assertThat(DRAFTER.draft(inputs(RequestFormat.LINKEDIN))).doesNotContain("Bonjour");
        }
        assertThat(DRAFTER.draft(inputs(RequestFormat.EMAIL))).startsWith("Subject: Your take on")
                .contains("Hi Ana,");
    }

    private static DraftInputs inputs(RequestFormat format) {
        return new DraftInputs(format, "Ana Li", Warmth.WARM, Source.FRIEND, "", "",
                "how people move from teaching into UX research", "I teach chemistry.", "Maya Ortiz", 15, true,
                LinkedInPlan.FREE);
    }
}
