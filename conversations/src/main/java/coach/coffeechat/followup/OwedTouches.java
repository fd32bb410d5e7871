package coach.coffeechat.followup;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.contact.Stage;
import coach.coffeechat.contact.Touch;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.user.UserRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who the user owes a touch, for {@code /followups}: the contacts whose chosen cadence (30, 60 or 90 days) has
 * passed since the last time the user was in touch with them, closed ones left out. Thread-safe.
 */
final class OwedTouches {

    private final Texts texts;
    private final UserRepository users;
    private final ContactBook contacts;

    OwedTouches(Texts texts, UserRepository users, ContactBook contacts) {
        this.texts = texts;
        this.users = users;
        this.contacts = contacts;
    }

    /** One note naming everyone owed a touch, by name; empty when no one is. */
    Optional<String> note(StepContext context) {
        ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
        List<String> owed = new ArrayList<>();
        for (Map.Entry<Long, Touch> entry : contacts.chosenCadences(context.connection(), context.user()).entrySet()) {
            Touch touch = entry.getValue();
            if (!touch.owed(context.now(), zone)) {
                continue;
            }
            Optional<Contact> contact = contacts.find(context.connection(), context.user(), entry.getKey())
                    .filter(found -> found.stage() != Stage.CLOSED);
            contact.ifPresent(found -> owed.add(touch.lastTouched()
                    .map(last -> texts.get("followup.owe-touch.one", "name", found.name(),
                            "days", touch.cadence().id(), "last", DateShape.DAY_MONTH.format(texts, last.atZone(zone))))
                    .orElse(texts.get("followup.owe-touch.one.untouched", "name", found.name(),
                            "days", touch.cadence().id()))));
        }
        if (owed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(texts.get("followup.owe-touch", "count", owed.size()) + "\n\u2022 "
                + String.join("\n\u2022 ", owed));
    }
}
