package coach.coffeechat.user;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.Languages;
import coach.coffeechat.engine.UserId;
import java.sql.Connection;
import java.util.Optional;

/**
 * The language each user is spoken to in ({@link Languages#pick}): the one they chose with {@code /settings
 * language:}, else their Discord's (this interaction's locale, or the last one seen when there is no interaction,
 * as for the timer), else English. Works on the caller's connection. Thread-safe.
 */
public final class UserLanguages {
    private final Languages languages;
    private final UserRepository users;

    /**
     * @param languages the languages the bot speaks
     * @param users the users table, where the choice and the last Discord locale are kept
     */
    public UserLanguages(Languages languages, UserRepository users) {
        this.languages = languages;
        this.users = users;
    }

    /**
     * The language to answer an input in; its Discord locale, when it has one, is remembered for the timer.
     *
     * @param discordLocale the locale the interaction came with (such as {@code es-ES}); empty in the console
     */
    public Language forInput(Connection connection, UserId user, Optional<String> discordLocale) {
        discordLocale.ifPresent(locale -> users.rememberDiscordLocale(connection, user, locale));
        return languages.pick(users.language(connection, user), discordLocale,
                users.discordLocale(connection, user));
    }

    /**
     * The language to write to the user in when they sent nothing: a follow-up, a reminder. Someone who neither chose
     * one nor has a Discord locale kept (no settings row yet: they only started a flow) gets {@code lastUsed}.
     *
     * @param lastUsed the tag of the language their session was last written in, if known
     */
    public Language stored(Connection connection, UserId user, Optional<String> lastUsed) {
        Optional<String> chosen = users.language(connection, user);
        Optional<String> locale = users.discordLocale(connection, user);
        if (chosen.isEmpty() && locale.isEmpty()) {
            return lastUsed.flatMap(languages::find).orElse(Language.ENGLISH);
        }
        return languages.pick(chosen, Optional.empty(), locale);
    }
}
