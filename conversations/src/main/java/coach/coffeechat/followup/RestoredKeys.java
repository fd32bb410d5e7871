package coach.coffeechat.followup;

import coach.coffeechat.engine.Restore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up's idempotency key as it must read once an export is written back: the keys of prompts about a contact
 * name the contact's id after their kind ({@code thank-you:42:1772442000}, {@code stay-in-touch:42:2026-05-01:every-30}),
 * and an unfinished flow's reminder names its user
 * ({@code flow:<user>:7}); both are followed to the new account, so that the keys stay unique and the timer finds
 * them as it made them. Stateless.
 */
final class RestoredKeys {
    private static final Pattern ABOUT_CONTACT = Pattern.compile("([a-z-]+):(\\d{1,18}):(\\S{1,80})");

    private RestoredKeys() {
    }

    /** The row with its {@code idempotency_key} followed. */
    static Map<String, Object> rewrite(Map<String, Object> row, Restore restore) {
        if (!(row.get("idempotency_key") instanceof String key)) {
            return row;
        }
        Map<String, Object> rewritten = new LinkedHashMap<>(row);
        rewritten.put("idempotency_key", follow(key, restore));
        return rewritten;
    }

    private static String follow(String key, Restore restore) {
        String reminder = new IdleFlowReminder(restore.from(), 0).key();
        String oldPrefix = reminder.substring(0, reminder.length() - 1);
        if (key.startsWith(oldPrefix)) {
            String fresh = new IdleFlowReminder(restore.user(), 0).key();
            return fresh.substring(0, fresh.length() - 1) + key.substring(oldPrefix.length());
        }
        Matcher about = ABOUT_CONTACT.matcher(key);
        if (about.matches()) {
            OptionalLong contact = restore.newId("contacts", Long.parseLong(about.group(2)));
            if (contact.isPresent()) {
                return about.group(1) + ":" + contact.getAsLong() + ":" + about.group(3);
            }
        }
        return key;
    }
}
