package coach.coffeechat.checks;

import coach.coffeechat.config.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped languages' word lists keep the checks linear, as the English ones do ({@link PhrasesWorkTest},
 * {@link RequestCheckerWorkTest}, {@link QuestionCheckerWorkTest}): every list searched in text built from its own
 * entries, and the whole request and question checks on text built from each language's amounts of time, question
 * shapes, subject and postscript marks and compound job nouns. Counted, never timed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
final class LanguageWorkTest {
    // The English lists read at most 100 per character. German job nouns may end any compound ("Analystenstelle"), so
    // each word a job noun could be is read to its end (once, possessively) before its ending is compared; with the
    // "*" phrases around {job} ("ob * {job} frei") that is up to about 250 per character on the German asks-for-job
    // list. Still linear: Work also holds the growth from the short input to the four times longer one.
    private static final int LIST_READS_PER_CHARACTER = 300;
    private static final int CHECK_READS_PER_CHARACTER = 400;
    private static final Map<String, List<String>> SEEDS = Map.of(
            "es", List.of("de 10 a 15 minutos", "entre 10 y 15 minutos", "media hora", "un cuarto de hora",
                    "una hora y media", "cuarenta y cinco minutos", "15 minutos al día", "hace 10 minutos",
                    "pasé 5 minutos", "no más de 20 minutos", "¿Te gusta?, ¿por qué?", "¿Lo prefieres o no?",
                    "¿Hay algo, si es así, cuál?", "P. D. Ana me habló", "Asunto: Café", "Soy enfermera",
                    "Sr. Gómez", "Cuando empezaste, ¿tenías", "no busco trabajo, pero", "buscando un puesto"),
            "de", List.of("10 bis 15 Minuten", "eine halbe Stunde", "eine Viertelstunde", "anderthalb Stunden",
                    "ein 15-minütiges Gespräch", "fünfundzwanzig Minuten", "15 Minuten pro Tag", "vor 10 Minuten",
                    "nicht länger als 20 Minuten", "Würdest du es wieder tun, und warum", "Arbeitest du gern oder nicht",
                    "Betreff: Kaffee", "PS: Anna hat", "Ich bin Pflegerin", "z. B. Dr. Roth", "eine offene Praktikumsstelle",
                    "Stellt ihr gerade ein", "ich suche keine Stelle, aber", "Gibt es bei euch Stellen"));

    static Stream<Arguments> lists() {
        return SEEDS.keySet().stream().sorted().flatMap(language -> AdversarialInputs.lists(rules(language))
                .entrySet().stream().map(e -> Arguments.of(language + " " + e.getKey(), e.getValue())));
    }

    static Stream<String> languages() {
        return SEEDS.keySet().stream().sorted();
    }

    private static CheckRules rules(String language) {
        return CheckRules.load(Optional.empty(), language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aListReadsEveryInputBuiltFromItsEntriesInLinearWork(String key, Phrases list) {
        SoftAssertions softly = new SoftAssertions();
        for (String seed : AdversarialInputs.seeds(list)) {
            for (AdversarialInputs.Input input : AdversarialInputs.shapes(key, seed)) {
                Work.assertLinear(softly, input.name(), input.build(), LIST_READS_PER_CHARACTER,
                        text -> list.findAll(text, new Span(0, text.length())));
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theRequestChecksReadEveryInputBuiltFromTheLanguagesPatternsInLinearWork(String language) {
        RequestChecker checker = new RequestChecker(rules(language), Texts.load(Optional.empty()));
        assertLinear(language, SEEDS.get(language), text -> checker.check(new RequestDraft("", RequestFormat.EMAIL,
                "Sam Park", "Ana Li", LinkedInPlan.FREE), text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theQuestionChecksReadEveryInputBuiltFromTheLanguagesPatternsInLinearWork(String language) {
        CheckRules rules = rules(language);
        QuestionChecker checker = new QuestionChecker(rules, Texts.load(Optional.empty()));
        List<String> seeds = new ArrayList<>(SEEDS.get(language));
        seeds.addAll(AdversarialInputs.seeds(rules.googleable()));
        seeds.addAll(AdversarialInputs.seeds(rules.openRequests()));
        assertLinear(language, seeds, text -> checker.checkPrepared(List.of(text), 180));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aLongCompoundWordIsReadOnceForEachJobNounEnding(String language) {
        RequestChecker checker = new RequestChecker(rules(language), Texts.load(Optional.empty()));
        // a job noun may end a compound ("Praktikumsstelle"): the letters before the ending are tried once each
        SoftAssertions softly = new SoftAssertions();
        Work.assertLinear(softly, "'eine offene ' + a long word + 'stelle frei'",
                length -> "eine offene " + "a".repeat(length) + "stelle frei", CHECK_READS_PER_CHARACTER,
                text -> checker.check(new RequestDraft("", RequestFormat.EMAIL, "", "", LinkedInPlan.FREE), text));
        Work.assertLinear(softly, "'ich suche ' + a long word", length -> "ich suche " + "a".repeat(length),
                CHECK_READS_PER_CHARACTER,
                text -> checker.check(new RequestDraft("", RequestFormat.EMAIL, "", "", LinkedInPlan.FREE), text));
        softly.assertAll();
    }

    private static void assertLinear(String language, List<String> seeds, Consumer<CharSequence> check) {
        SoftAssertions softly = new SoftAssertions();
        for (String seed : seeds) {
            for (AdversarialInputs.Input input : AdversarialInputs.shapes(language, seed)) {
                Work.assertLinear(softly, input.name(), input.build(), CHECK_READS_PER_CHARACTER, check);
            }
        }
        softly.assertAll();
    }
}
