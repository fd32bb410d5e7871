package coach.coffeechat.bot.discord;

import coach.coffeechat.config.CommandTexts;
import coach.coffeechat.config.ConfigException;
import coach.coffeechat.config.Language;
import coach.coffeechat.config.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * Every language's text for a command key, by the Discord locales that language claims ({@code es} gives its
 * Spanish to {@code es-ES} and {@code es-419}), for JDA's {@code setNameLocalization} and
 * {@code setDescriptionLocalization}. Immutable.
 */
final class Localizations {
    /** No localizations: English only. */
    static final Localizations NONE = new Localizations(null, Map.of());

    private final CommandTexts texts;
    private final Map<Language, List<DiscordLocale>> locales;

    private Localizations(CommandTexts texts, Map<Language, List<DiscordLocale>> locales) {
        this.texts = texts;
        this.locales = locales;
    }

    /**
     * The localizations of every language but English.
     *
     * @throws ConfigException for a locale code Discord does not know, naming it and the language
     */
    static Localizations of(CommandTexts texts, Languages languages) {
        Map<Language, List<DiscordLocale>> locales = new LinkedHashMap<>();
        for (Language language : languages.all()) {
            if (language.english()) {
                continue;
            }
            List<DiscordLocale> codes = new ArrayList<>();
            for (String code : language.discordLocales()) {
                DiscordLocale locale = DiscordLocale.from(code);
                if (locale == DiscordLocale.UNKNOWN) {
                    throw new ConfigException("Discord has no locale '" + code + "' (" + language.tag()
                            + ".discord-locales in lang/languages.properties); use one of Discord's codes, such as"
                            + " es-ES, es-419, de, fr, pt-BR");
                }
                codes.add(locale);
            }
            locales.put(language, List.copyOf(codes));
        }
        return new Localizations(texts, locales);
    }

    /** Hands each locale the text of {@code key} in its language, where that language gives one. */
    void forEach(String key, BiConsumer<DiscordLocale, String> localize) {
        locales.forEach((language, codes) -> texts.localized(language, key)
                .ifPresent(text -> codes.forEach(locale -> localize.accept(locale, text))));
    }
}
