package coach.coffeechat.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Texts;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of each language, by tag ({@link CheckLanguages}), and a coach's own language under --config. */
final class CheckLanguagesTest {
    private static final Texts TEXTS = Texts.load(Optional.empty());

    @TempDir
    Path dir;

    @Test
    void aSpanishRequestIsCheckedWithSpanishPhrases() {
        CheckLanguages checks = CheckLanguages.load(Optional.empty(), Map.of("en", TEXTS, "es", TEXTS));
        String request = "Asunto: Lucía Herrera me sugirió escribirle sobre informática clínica\n"
                + "Hola, Marta:\nLucía Herrera me sugirió que le escribiera. Soy enfermera de UCI desde hace nueve años y"
                + " estoy cursando un máster en informática de la salud. Me encantaría saber cómo pasó usted de la"
                + " planta a la informática y qué habilidades le sirvieron más el primer año. ¿Tendría 15 minutos para"
                + " una llamada en las próximas dos semanas? Me adapto a sus turnos.\nMuchas gracias,\nIrene";

        CheckReport spanish = checks.requests("es").check(new RequestDraft(request, RequestFormat.EMAIL,
                "Lucía Herrera", "Marta Salinas", LinkedInPlan.FREE));
        CheckReport asking = checks.requests("es").check(new RequestDraft(request.replace("Me encantaría saber",
                "Estoy buscando trabajo y me encantaría saber"), RequestFormat.EMAIL, "Lucía Herrera", "Marta Salinas",
                LinkedInPlan.FREE));

        assertThat(spanish.findings()).isEmpty();
        assertThat(asking.findings()).extracting(Finding::rule).containsExactly("asks-for-job");
        // the English rules read neither the ask nor the job ask
        CheckReport english = checks.requests("en").check(new RequestDraft(request.replace("Me encantaría saber",
                "Estoy buscando trabajo y me encantaría saber"), RequestFormat.EMAIL, "Lucía Herrera", "Marta Salinas",
                LinkedInPlan.FREE));
        assertThat(english.findings()).extracting(Finding::rule).contains("no-time-ask", "no-clear-ask")
                .doesNotContain("asks-for-job");
    }

    @Test
    void aGermanQuestionListIsCheckedWithGermanPhrases() {
        CheckLanguages checks = CheckLanguages.load(Optional.empty(), Map.of("en", TEXTS, "de", TEXTS));

        CheckReport report = checks.questions("de").check(List.of("Wie sind Sie zur Medizininformatik gekommen?",
                "Gibt es viel Konkurrenz beim Einstieg?", "Wie viel verdient man als Einsteiger?",
                "Was würden Sie an meiner Stelle als Erstes lernen?", "Mit wem sollte ich sonst noch sprechen?"), 15);

        assertThat(report.findings()).extracting(f -> f.rule() + "@" + f.line())
                .containsExactly("salary@3", "yes-no@2");
    }

    /** A shipped language sets every word list; only the numbers may come from English. */
    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void aShippedLanguageSetsEveryWordListOfItsOwn(String language) throws Exception {
        Properties english = read("config/checks.properties");
        Properties shipped = read("config/lang/" + language + "/checks.properties");

        Set<String> lists = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!english.getProperty(key).strip().matches("[0-9.]+")) {
                lists.add(key);
            }
        }
        assertThat(new TreeSet<>(shipped.stringPropertyNames())).containsAll(lists);
        assertThat(english.stringPropertyNames()).containsAll(shipped.stringPropertyNames());
    }

    private static Properties read(String resource) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(CheckLanguagesTest.class.getClassLoader()
                .getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void aTagWithNoChecksOfItsOwnGetsTheEnglishOnes() {
        CheckLanguages checks = CheckLanguages.load(Optional.empty(), Map.of("en", TEXTS));

        assertThat(checks.tags()).containsExactly("en");
        assertThat(checks.questions("pt").check(List.of("Is the pay good?"), 15).has("salary")).isTrue();
        assertThat(checks.of("pt")).isSameAs(checks.of("en"));
    }

    @Test
    void aCoachsOwnLanguageSetsSomeListsAndEnglishFillsTheRest() throws Exception {
        // GIVEN a coach who adds French salary words and French minutes under --config, nothing else
        Path french = Files.createDirectories(dir.resolve("lang/fr"));
        Files.writeString(french.resolve("checks.properties"),
                "salary.phrases=salaire, combien * gagne\ntime.minute-units=minutes, min\ntime.range-words=à, ou\n");

        CheckLanguages checks = CheckLanguages.load(Optional.of(dir), Map.of("en", TEXTS, "fr", TEXTS));

        // THEN French questions are read with the French list, and English keeps its own
        assertThat(checks.questions("fr").check(List.of("Combien gagne un junior ?"), 15).has("salary")).isTrue();
        assertThat(checks.questions("fr").check(List.of("What is the salary like?"), 15).has("salary")).isFalse();
        assertThat(checks.questions("en").check(List.of("What is the salary like?"), 15).has("salary")).isTrue();
        // AND a list the coach did not set is the English one
        assertThat(checks.questions("fr").check(List.of("Are you hiring?"), 15).has("asks-for-job")).isTrue();
        assertThat(checks.rules("fr").maxMinutes()).isEqualTo(30);
    }

    @Test
    void aCoachsLanguageFileWithAnUnknownKeyIsRefusedNamingIt() throws Exception {
        Path french = Files.createDirectories(dir.resolve("lang/fr"));
        Files.writeString(french.resolve("checks.properties"), "salary.phrasez=salaire\n");

        assertThatThrownBy(() -> CheckRules.load(Optional.of(dir), "fr")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("salary.phrasez").hasMessageContaining("lang/fr/checks.properties")
                .hasMessageContaining("not a known setting");
    }

    @Test
    void aLanguageTagThatIsNoTagIsRefused() {
        assertThatThrownBy(() -> CheckRules.load(Optional.empty(), "../../etc"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEnglishThresholdsACoachTunedHoldForEveryLanguageThatDoesNotSetItsOwn() throws Exception {
        Files.writeString(dir.resolve("checks.properties"), "too-long.email-warn-words=130\n");
        Files.createDirectories(dir.resolve("lang/fr"));

        assertThat(CheckRules.load(Optional.of(dir), "fr").emailWarnWords()).isEqualTo(130);
    }
}
