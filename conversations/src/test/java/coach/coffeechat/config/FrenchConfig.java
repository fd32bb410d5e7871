package coach.coffeechat.config;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** The test {@code --config} directory that adds a partial French ({@code src/test/resources/lang-fr}). */
public final class FrenchConfig {
    private FrenchConfig() {
    }

    /** The directory, as {@code --config} would give it. */
    public static Optional<Path> dir() {
        try {
            return Optional.of(Path.of(FrenchConfig.class.getClassLoader().getResource("lang-fr").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** French as that directory defines it. */
    public static Language french() {
        return Languages.load(dir()).find("fr").orElseThrow();
    }
}
