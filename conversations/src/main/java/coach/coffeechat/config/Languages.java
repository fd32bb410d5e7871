package coach.coffeechat.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The languages the bot speaks: English, built in, then those listed in {@code config/lang/languages.properties}
 * (shipped) and in a {@code --config} directory's own {@code lang/languages.properties}, which adds languages or
 * renames shipped ones. A coach adds a language by giving it a line there and its files under {@code lang/TAG/};
 * a folder under {@code --config}'s {@code lang/} without a line is refused at start-up, as a typo would be.
 * Immutable and thread-safe.
 */
public final class Languages {
    /** The list of languages, on the classpath and under {@code --config}. */
    public static final String FILE = "lang/languages.properties";
    private static final String LOCALES = ".discord-locales";

    private final Map<String, Language> byTag;
    private final Map<String, Language> byLocale;

    private Languages(Map<String, Language> byTag) {
        this.byTag = Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
        Map<String, Language> locales = new LinkedHashMap<>();
        for (Language language : byTag.values()) {
            for (String locale : language.discordLocales()) {
                Language other = locales.put(locale.toLowerCase(Locale.ROOT), language);
                if (other != null) {
                    throw new ConfigException("Discord locale " + locale + " is given to both " + other.tag()
                            + " and " + language.tag() + " in " + FILE + "; each locale picks one language");
                }
            }
        }
        this.byLocale = locales;
    }

    /** English alone, for tests and tools that speak nothing else. */
    public static Languages englishOnly() {
        return new Languages(Map.of(Language.ENGLISH.tag(), Language.ENGLISH));
    }

    /**
     * The shipped languages and any a {@code --config} directory adds.
     *
     * @param configDir the {@code --config} directory, or empty
     * @throws ConfigException in one line, for a broken list or a language folder the list does not name
     */
    public static Languages load(Optional<Path> configDir) {
        Map<String, String> entries = new TreeMap<>(PropertiesFiles.shipped("config/" + FILE));
        String origin = "config/" + FILE;
        if (configDir.isPresent()) {
            Path file = configDir.get().resolve(FILE);
            Optional<Map<String, String>> added = PropertiesFiles.file(file);
            if (added.isPresent()) {
                entries.putAll(added.get());
                origin = origin + " and " + file;
            }
        }
        Map<String, Language> byTag = new LinkedHashMap<>();
        byTag.put(Language.ENGLISH.tag(), Language.ENGLISH);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = entry.getKey().strip();
            if (key.endsWith(LOCALES)) {
                String tag = key.substring(0, key.length() - LOCALES.length());
                if (!entries.containsKey(tag)) {
                    throw new ConfigException(key + " in " + origin + " names no language; add " + tag
                            + "=<its name in itself>");
                }
                continue;
            }
            if (!Language.TAG.matcher(key).matches()) {
                throw new ConfigException("'" + key + "' in " + origin + " is neither a language tag (such as es or"
                        + " pt-br) nor <tag>" + LOCALES);
            }
            String locales = entries.getOrDefault(key + LOCALES, key).strip();
            List<String> codes = Arrays.stream(locales.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            try {
                byTag.put(key, new Language(key, entry.getValue().strip(), codes));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(origin + ": " + e.getMessage());
            }
        }
        if (configDir.isPresent()) {
            refuseUnlisted(configDir.get().resolve("lang"), byTag);
            refuseUnknownFiles(configDir.get().resolve("lang"));
        }
        return new Languages(byTag);
    }

    /** Every language, English first, then by tag. */
    public List<Language> all() {
        return new ArrayList<>(byTag.values());
    }

    /** The language with this tag, ignoring case. */
    public Optional<Language> find(String tag) {
        return Optional.ofNullable(byTag.get(tag.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The language a Discord locale code picks ({@code es-ES} and {@code es-419} pick Spanish), ignoring case; empty
     * for a locale no language claims.
     */
    public Optional<Language> forDiscordLocale(String locale) {
        return Optional.ofNullable(byLocale.get(locale.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The language to speak to a user: the one they chose with {@code /settings language:}, else the one their
     * Discord locale picks (this interaction's, or when there is none, as for the timer and the console, the last one
     * seen), else English. A chosen language no longer offered, or a locale no language claims, counts as none.
     *
     * @param chosen the tag the user chose; empty for auto
     * @param locale the Discord locale this interaction came with, if any
     * @param lastLocale the Discord locale of the user's latest interaction, if any
     */
    public Language pick(Optional<String> chosen, Optional<String> locale, Optional<String> lastLocale) {
        Optional<Language> own = chosen.flatMap(this::find);
        if (own.isPresent()) {
            return own.get();
        }
        Optional<String> seen = locale.isPresent() ? locale : lastLocale;
        return seen.flatMap(this::forDiscordLocale).orElse(Language.ENGLISH);
    }

    private static void refuseUnlisted(Path langDir, Map<String, Language> byTag) {
        if (!Files.isDirectory(langDir)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(langDir, Files::isDirectory)) {
            for (Path folder : folders) {
                String tag = folder.getFileName().toString();
                if (!byTag.containsKey(tag) || tag.equals(Language.ENGLISH.tag())) {
                    throw new ConfigException("The language folder " + folder + " has no line in " + langDir.resolve(
                            "languages.properties") + "; add " + tag + "=<its name in itself> (English lives in"
                            + " the --config folder itself, not in lang/en)");
                }
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot list the language folders in " + langDir + ": " + e.getMessage());
        }
    }

    /**
     * Refuses a file in a language folder under {@code --config} that has no English counterpart: every file of
     * {@code lang/TAG/} mirrors one under {@code config/} ({@code lang/es/templates/requests/email-warm.txt} mirrors
     * {@code config/templates/requests/email-warm.txt}), so a misspelt name fails at start-up instead of being
     * ignored.
     */
    private static void refuseUnknownFiles(Path langDir) {
        if (!Files.isDirectory(langDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(langDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = langDir.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String english = relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/');
                if (Languages.class.getClassLoader().getResource("config/" + english) == null) {
                    throw new ConfigException("The language file " + file + " has no English counterpart config/"
                            + english + "; a language folder mirrors config/ file by file");
                }
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot list the language files in " + langDir + ": " + e.getMessage());
        }
    }
}
