package coach.coffeechat.contact;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Shows contacts as text: one line for lists, a few lines for {@code /contact show} and confirmations. */
public final class ContactFormatter {

    private final Texts texts;

    /** @param texts the messages holding every label */
    public ContactFormatter(Texts texts) {
        this.texts = texts;
    }

    /** "Ana Li — UX Researcher at Acme · lukewarm, alumni · referred by Sam Park · identified". */
    public String line(Contact contact) {
        List<String> parts = new ArrayList<>();
        parts.add(nameWithPosition(contact.name(), contact.position()));
        parts.add(label(contact.warmth()) + ", " + label(contact.source()));
        if (!contact.referrerName().isEmpty()) {
            parts.add(texts.get("contact.referred-by", "referrer", contact.referrerName()));
        }
        parts.add(label(contact.stage()));
        return String.join(" \u00b7 ", parts);
    }

    /** "Ana Li (UX Researcher at Acme)" or just the name: how choices name a contact. */
    public String shortName(Contact contact) {
        String position = contact.position();
        return position.isEmpty() ? contact.name() : contact.name() + " (" + position + ")";
    }

    /** Every detail of a contact, with who they referred the user to. */
    public String details(Contact contact, List<Contact> referred, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add(nameWithPosition(contact.name(), contact.position()));
        lines.add(texts.get("contact.show.knows", "warmth", label(contact.warmth()), "source", label(contact.source())));
        if (!contact.referrerName().isEmpty()) {
            lines.add(texts.get("contact.show.referrer", "referrer", contact.referrerName()));
        }
        if (!contact.why().isEmpty()) {
            lines.add(texts.get("contact.show.why", "why", contact.why()));
        }
        if (!contact.reach().isEmpty()) {
            lines.add(texts.get("contact.show.reach", "reach", contact.reach()));
        }
        lines.add(texts.get("contact.show.stage", "stage", label(contact.stage()),
                "since", DateShape.DAY_MONTH_YEAR.format(texts, contact.stageChangedAt().atZone(zone))));
        if (!referred.isEmpty()) {
            lines.add(texts.get("contact.show.referred", "names",
                    String.join(", ", referred.stream().map(Contact::name).toList())));
        }
        return String.join("\n", lines);
    }

    /** The collected answers of an unsaved contact, for the confirmation step. */
    public String draft(String name, String position, Warmth warmth, Source source, String referrer, String why,
                        String reach) {
        List<String> lines = new ArrayList<>();
        lines.add(nameWithPosition(name, position));
        lines.add(texts.get("contact.show.knows", "warmth", label(warmth), "source", label(source)));
        if (!referrer.isEmpty()) {
            lines.add(texts.get("contact.show.referrer", "referrer", referrer));
        }
        if (!why.isEmpty()) {
            lines.add(texts.get("contact.show.why", "why", why));
        }
        if (!reach.isEmpty()) {
            lines.add(texts.get("contact.show.reach", "reach", reach));
        }
        return String.join("\n", lines);
    }

    /** The label of a warmth, e.g. "lukewarm". */
    public String label(Warmth warmth) {
        return texts.get("contact.warmth." + warmth.id());
    }

    /** The label of a source, e.g. "alumni". */
    public String label(Source source) {
        return texts.get("contact.source." + source.id());
    }

    /** The label of a stage, e.g. "request sent". */
    public String label(Stage stage) {
        return texts.get("contact.stage." + stage.id());
    }

    /** "Role at Organisation" from the two answers, whichever is known. */
    public static String position(String role, String organisation) {
        if (!role.isEmpty() && !organisation.isEmpty()) {
            return role + " at " + organisation;
        }
        return role.isEmpty() ? organisation : role;
    }

    private static String nameWithPosition(String name, String position) {
        return position.isEmpty() ? name : name + " \u2014 " + position;
    }
}
