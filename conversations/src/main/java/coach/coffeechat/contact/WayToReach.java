package coach.coffeechat.contact;

import java.util.regex.Pattern;

/**
 * Whether a way to reach someone, as typed in {@code contact-add}, looks usable: an email address, a web address
 * (a LinkedIn profile, say), or a phone number of six digits or more.
 */
final class WayToReach {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern WEB = Pattern.compile("^(https?://)?([\\w-]+\\.)+[a-z]{2,}(/\\S*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,24}$");

    private WayToReach() {
    }

    /** Whether {@code reach} is an email address, a web address or a phone number. */
    static boolean looksUsable(String reach) {
        String compact = reach.strip();
        if (EMAIL.matcher(compact).matches() || WEB.matcher(compact).matches()) {
            return true;
        }
        return PHONE.matcher(compact).matches() && compact.chars().filter(Character::isDigit).count() >= 6;
    }
}
