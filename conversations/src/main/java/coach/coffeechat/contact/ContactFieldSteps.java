package coach.coffeechat.contact;

import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each field of a contact is asked and checked: the one definition that {@code contact-add} (its details form,
 * its steps and its "Change something") and {@code contact-edit} share, so a value is refused for the same reasons
 * and with the same words wherever it is typed. The engine checks lengths against the prompts given here; the
 * referrer is asked by {@link ReferrerSteps}.
 */
final class ContactFieldSteps {
    static final int NAME_MAX = 100;
    static final int WHY_MAX = 1000;
    static final int REACH_MAX = 200;

    private final Texts texts;
    private final ContactFormatter format;

    ContactFieldSteps(Texts texts) {
        this.texts = texts;
        this.format = new ContactFormatter(texts);
    }

    /** The field of the details form: name (required), role, organisation, why. */
    Prompt.Field formField(ContactField field) {
        return switch (field) {
            case NAME -> formField(field, Prompt.TextLength.SHORT, true, NAME_MAX);
            case WHY -> formField(field, Prompt.TextLength.LONG, false, WHY_MAX);
            case ROLE, ORGANISATION -> formField(field, Prompt.TextLength.SHORT, false, NAME_MAX);
            default -> throw new IllegalArgumentException(field + " is not a field of the details form");
        };
    }

    private Prompt.Field formField(ContactField field, Prompt.TextLength length, boolean required, int max) {
        return new Prompt.Field(field.id(), texts.get("contact.field." + field.id()), length, required, max,
                texts.get("contact.field." + field.id() + ".placeholder"), "");
    }

    /** How well the user knows {@code name}, {@code selected} picked (an id, or empty). */
    Prompt.Choice warmth(String name, String selected) {
        List<Prompt.Option> options = new ArrayList<>();
        for (Warmth warmth : Warmth.values()) {
            options.add(new Prompt.Option(warmth.id(), format.label(warmth),
                    texts.get("contact.warmth." + warmth.id() + ".hint")));
        }
        return new Prompt.Choice(texts.get("contact.add.warmth", "name", name), options, selected);
    }

    /** Where the user knows {@code name} from, {@code selected} picked (an id, or empty). */
    Prompt.Choice source(String name, String selected) {
        List<Prompt.Option> options = new ArrayList<>();
        for (Source source : Source.values()) {
            options.add(Prompt.Option.of(source.id(), format.label(source)));
        }
        return new Prompt.Choice(texts.get("contact.add.source", "name", name), options, selected);
    }

    /** How the user will reach {@code name}, {@code current} filled in. */
    Prompt.Text reach(String name, String current) {
        return new Prompt.Text(texts.get("contact.add.reach", "name", name), texts.get("contact.add.reach.label"),
                Prompt.TextLength.SHORT, REACH_MAX, texts.get("contact.add.reach.placeholder"), current);
    }

    /** One field asked on its own, its current value filled in; the referrer is asked by {@link ReferrerSteps}. */
    Prompt alone(ContactField field, String name, String current) {
        return switch (field) {
            case WARMTH -> warmth(name, current);
            case SOURCE -> source(name, current);
            case REACH -> reach(name, current);
            case REFERRER -> throw new IllegalArgumentException("the referrer is asked by ReferrerSteps");
            default -> {
                Prompt.Field form = formField(field);
                String ask = field.mayBeEmpty() ? "contact.edit.ask.optional" : "contact.edit.ask";
                yield new Prompt.Text(texts.get(ask, "field", label(field), "name", name), form.label(),
                        form.length(), form.maxLength(), form.placeholder(), current);
            }
        };
    }

    /**
     * Why a value (cleaned, within its length) cannot be kept: a name needs a letter or digit, and a way to reach
     * must look like an email address, a link or a phone number. Empty when it can.
     */
    Optional<String> problem(ContactField field, String value) {
        if (field == ContactField.NAME && value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(texts.get("contact.add.name-needs-letters"));
        }
        if (field == ContactField.REACH && !value.isEmpty() && !WayToReach.looksUsable(value)) {
            return Optional.of(texts.get("contact.add.reach.invalid"));
        }
        return Optional.empty();
    }

    /** What the field is called in choices and messages. */
    String label(ContactField field) {
        return texts.get("contact.edit.field." + field.id());
    }

    /** The fields as options of a choice, in the order given. */
    List<Prompt.Option> options(List<ContactField> fields) {
        return fields.stream().map(field -> Prompt.Option.of(field.id(), label(field))).toList();
    }

    /** A value as a message shows it: the label of a warmth or a source, else as typed. */
    String shown(ContactField field, String value) {
        if (field == ContactField.WARMTH) {
            return Warmth.fromId(value).map(format::label).orElse(value);
        }
        return field == ContactField.SOURCE ? Source.fromId(value).map(format::label).orElse(value) : value;
    }
}
