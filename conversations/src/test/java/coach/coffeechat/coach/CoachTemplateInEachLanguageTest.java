package coach.coffeechat.coach;

import static coach.coffeechat.coach.CoachBench.COACH_ROLE;
import static coach.coffeechat.coach.CoachBench.SERVER;
import static coach.coffeechat.coach.CoachBench.in;
import static coach.coffeechat.coach.CoachBench.text;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.UserId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A coach who speaks Spanish or German edits a request template in that language: it is tried with sample people
 * who write in that language, so the language's own shipped text passes as it is.
 */
final class CoachTemplateInEachLanguageTest {
    private static final UserId DANA = new UserId("dana");
    private final CoachBench bench = new CoachBench();

    @AfterEach
    void close() {
        bench.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void theLanguagesOwnTemplatesPassTheTrialInThatLanguage(String tag) {
        bench.setUp(SERVER);
        try (LanguageScope scope = LanguageScope.open(new Language(tag, tag, List.of()))) {
            for (String name : List.of("email-cold", "email-warm", "email-referred", "linkedin-cold", "phone-warm")) {
                Reply box = bench.command(DANA, in(SERVER, "Dana", false, COACH_ROLE), "coach template", "name", name);
                String shipped = ((Prompt.Text) box.prompt().orElseThrow()).defaultValue();

                Reply saved = bench.handle(DANA, new Input.Answer(shipped));

                assertThat(saved.text()).as(tag + " " + name).doesNotContain(text("coach.template.not-saved"));
            }
        }
    }

    @Test
    void aRefusedSpanishTemplateShowsItsDraftWithSpanishSamplePeople() {
        bench.setUp(SERVER);
        try (LanguageScope scope = LanguageScope.open(new Language("es", "Español", List.of("es-ES")))) {
            bench.command(DANA, in(SERVER, "Dana", false, COACH_ROLE), "coach template", "name", "email-cold");

            Reply refused = bench.handle(DANA, new Input.Answer("Asunto: Hola\n\nHola, ${first}. ${summary}"
                    + " ¿Me puedes conseguir un trabajo en tu empresa?\n\n${sender}"));

            assertThat(refused.text()).contains(text("coach.template.not-saved"))
                    .doesNotContain("I'm a nurse", "I teach chemistry");
        }
    }

    @Test
    void englishSamplesStillTryAnEnglishTemplate() {
        bench.setUp(SERVER);
        Reply box = bench.command(DANA, in(SERVER, "Dana", false, COACH_ROLE), "coach template", "name", "email-cold");
        Reply saved = bench.handle(DANA, new Input.Answer(((Prompt.Text) box.prompt().orElseThrow()).defaultValue()));

        assertThat(saved.text()).doesNotContain(text("coach.template.not-saved"));
    }
}
