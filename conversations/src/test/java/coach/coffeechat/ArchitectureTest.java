package coach.coffeechat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.contact.PlantedCycleToFollowUps;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.followup.PlantedCycleBackToContacts;
import coach.coffeechat.store.PlantedStoreReachingIntoAFeature;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, pinned: the ground floor ({@code config}, {@code store}) and the shared core
 * ({@code engine}, {@code checks}) never reach up into a feature; features never reach the assembly or a
 * transport; nothing here knows Discord; packages form no cycle; each feature plugs in through {@link Feature} and
 * keeps its repositories, planners and renderers to itself; no project type is named inline by its full name,
 * which would hide a dependency from the import lines; and no source file in {@code src/main} grows past 350 lines. Each rule is also shown to catch a planted violation, so a
 * rule that silently matches nothing cannot pass.
 */
final class ArchitectureTest {
    private static final String ROOT = "coach.coffeechat";
    private static final int MAX_LINES = 350;
    private static final String[] FEATURES = {ROOT + ".contact..", ROOT + ".request..", ROOT + ".questions..",
        ROOT + ".meeting..", ROOT + ".followup..", ROOT + ".settings..", ROOT + ".privacy..",
        ROOT + ".coach..", ROOT + ".pipeline.."};
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** From the ground up: config and store, then engine and checks, then user, then features, then Coach. */
    private static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Ground").definedBy(ROOT + ".config..", ROOT + ".store..")
            .layer("Core").definedBy(ROOT + ".engine..", ROOT + ".checks..", ROOT + ".chart..")
            .layer("User").definedBy(ROOT + ".user..")
            .layer("Features").definedBy(FEATURES)
            .layer("Assembly").definedBy(ROOT)
            .whereLayer("Assembly").mayNotBeAccessedByAnyLayer()
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Assembly")
            .whereLayer("User").mayOnlyBeAccessedByLayers("Features", "Assembly")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("User", "Features", "Assembly")
            .because("the foundation stays under the features, and features plug in only where Coach assembles them");

    private static final ArchRule NO_DISCORD = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("net.dv8tion..", ROOT + ".bot..")
            .because("conversations is the product's brain: transports depend on it, never the other way round");

    private static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

    private static final ArchRule FEATURES_PLUG_IN = classes().that().resideInAnyPackage(FEATURES)
            .and().haveSimpleNameEndingWith("Feature").and().areTopLevelClasses()
            .should().implement(Feature.class).andShould().haveModifier(JavaModifier.FINAL)
            .because("Coach assembles one list of features");

    private static final ArchRule INTERNALS_STAY_INSIDE = classes().that().resideInAnyPackage(FEATURES)
            .and().haveNameMatching(".*\\.\\w*(Repository|Planner|Renderer|Flows)")
            .should().notBePublic()
            .because("a feature shows a small public face and keeps how it stores and words things to itself");

    @Test
    void layersOnlyReachDownwards() {
        LAYERS.check(PRODUCT);
    }

    @Test
    void conversationsNeverKnowsDiscordOrTheBot() {
        NO_DISCORD.check(PRODUCT);
    }

    @Test
    void packagesFormNoCycle() {
        NO_CYCLES.check(PRODUCT);
    }

    @Test
    void everyFeaturePlugsInThroughTheFeatureInterface() {
        FEATURES_PLUG_IN.check(PRODUCT);
    }

    @Test
    void featuresKeepTheirRepositoriesPlannersRenderersAndFlowsToThemselves() {
        INTERNALS_STAY_INSIDE.check(PRODUCT);
    }

    @Test
    void noProjectTypeIsNamedInlineByItsFullName() throws IOException {
        List<String> inline;
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("src/test/java"),
                        Path.of("../bot/src/main/java"), Path.of("../bot/src/test/java"))
                .filter(Files::isDirectory)
                .flatMap(ArchitectureTest::javaFiles)) {
            inline = files.flatMap(file -> InlineNames.find(file).stream()).toList();
        }
        assertThat(inline).as("project types named inline instead of imported").isEmpty();
    }

    @Test
    void noSourceFileInMainIsOverThreeHundredFiftyLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Stream.of(Path.of("src/main/java"), Path.of("../bot/src/main/java"))
                .filter(Files::isDirectory)
                .flatMap(ArchitectureTest::javaFiles)) {
            tooLong = files.filter(file -> lineCount(file) > MAX_LINES).map(file -> file + ": " + lineCount(file))
                    .toList();
        }
        assertThat(tooLong).as("classes over %d lines: split them by what they do", MAX_LINES).isEmpty();
    }

    @Test
    void theRulesCatchPlantedViolations() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedStoreReachingIntoAFeature.class,
                PlantedCycleToFollowUps.class, PlantedCycleBackToContacts.class);
        assertThat(LAYERS.evaluate(planted).hasViolation()).as("store reaching into a feature").isTrue();
        assertThat(NO_CYCLES.evaluate(planted).hasViolation()).as("contact and followup needing each other")
                .isTrue();
        assertThat(InlineNames.find("class A { coach.coffeechat.store.Database database; }"))
                .containsExactly("coach.coffeechat.store.Database");
        assertThat(InlineNames.find("import coach.coffeechat.store.Database;\n// see coach.coffeechat.store.Sql\n"
                + "class A { String s = \"coach.coffeechat.engine.Flow\"; }")).isEmpty();
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Stream<Path> javaFiles(Path root) {
        try {
            return Files.walk(root).filter(path -> path.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + root, e);
        }
    }
}
