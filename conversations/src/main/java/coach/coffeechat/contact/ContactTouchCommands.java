package coach.coffeechat.contact;

import coach.coffeechat.config.DateShape;
import coach.coffeechat.config.Texts;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec.OptionKind;
import coach.coffeechat.engine.CommandSpec.OptionSpec;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.TextCleaner;
import coach.coffeechat.engine.TypedWords;
import coach.coffeechat.user.UserRepository;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Staying in touch with one contact: {@code /contact cadence contact: every:} (30, 60 or 90 days from the last
 * touch, or off), {@code /contact note contact: text:} (a dated note, which counts as a touch), and the lines
 * {@code /contact show} adds about them: the meeting booked, the cadence with the last touch, the newest notes.
 * Thread-safe.
 */
final class ContactTouchCommands {
    /** How many of the newest notes {@code /contact show} lists. */
    static final int NOTES_SHOWN = 5;

    private final Texts texts;
    private final ContactRepository contacts;
    private final UserRepository users;
    private final ContactLookup lookup;

    ContactTouchCommands(Texts texts, ContactRepository contacts, UserRepository users, ContactLookup lookup) {
        this.texts = texts;
        this.contacts = contacts;
        this.users = users;
        this.lookup = lookup;
    }

    /** The cadences as choices, for {@code every:} here and in {@code /meeting log}. */
    static List<Prompt.Option> choices(Texts texts) {
        List<Prompt.Option> options = new ArrayList<>();
        for (Cadence cadence : Cadence.choices()) {
            options.add(Prompt.Option.of(cadence.id(), texts.get("contact.cadence.choice." + cadence.id())));
        }
        return options;
    }

    CommandSpec cadenceSpec() {
        return new CommandSpec("contact cadence", "How often to stay in touch: every 30, 60 or 90 days, or off",
                List.of(OptionSpec.contact("Which contact"),
                        new OptionSpec("every", "30, 60 or 90 days from your last touch, or off", true,
                                OptionKind.CHOICE, choices(texts))));
    }

    CommandSpec noteSpec() {
        return new CommandSpec("contact note", "Keep a dated note about a contact; it counts as being in touch",
                List.of(OptionSpec.contact("Which contact"),
                        new OptionSpec("text", "The note, e.g. sent her the article on research ops", true,
                                OptionKind.TEXT, List.of())));
    }

    CommandHandler.Result cadence(Input.Command command, StepContext context) {
        String typed = command.option("every");
        Optional<Cadence> cadence = Cadence.fromTyped(new TypedWords(texts), typed).filter(chosen -> chosen != Cadence.USUAL);
        if (cadence.isEmpty()) {
            return CommandHandler.respond(texts.get("contact.cadence.unknown", "typed", typed));
        }
        return lookup.find(command, context).ifFound(found -> {
            Contact contact = found.contact();
            contacts.setCadence(context.connection(), context.user(), contact.id(), cadence.get(), context.now());
            List<String> notes = new ArrayList<>(found.notes());
            if (cadence.get() == Cadence.OFF) {
                notes.add(texts.get("contact.cadence.off", "name", contact.name()));
            } else {
                ZoneId zone = users.zoneOrDefault(context.connection(), context.user());
                Touch touch = contacts.touch(context.connection(), context.user(), contact.id());
                notes.add(touch.lastTouched()
                        .map(last -> texts.get("contact.cadence.set", "name", contact.name(),
                                "days", cadence.get().id(), "last",
                                        DateShape.DAY_MONTH_YEAR.format(texts, last.atZone(zone))))
                        .orElse(texts.get("contact.cadence.set.untouched", "name", contact.name(),
                                "days", cadence.get().id())));
            }
            return new CommandHandler.Respond(notes);
        });
    }

    CommandHandler.Result note(Input.Command command, StepContext context) {
        String text = TextCleaner.paragraph(command.option("text"));
        if (text.isEmpty()) {
            return CommandHandler.respond(texts.get("contact.note.empty"));
        }
        if (text.length() > ContactNote.MAX_LENGTH) {
            return CommandHandler.respond(texts.get("contact.note.too-long", "length", text.length(),
                    "max", ContactNote.MAX_LENGTH));
        }
        return lookup.find(command, context).ifFound(found -> {
            users.ensure(context.connection(), context.user(), context.now());
            contacts.addNote(context.connection(), context.user(), found.contact().id(), text, context.now());
            List<String> notes = new ArrayList<>(found.notes());
            notes.add(texts.get("contact.note.saved", "name", found.contact().name()));
            return new CommandHandler.Respond(notes);
        });
    }

    /** What {@code /contact show} adds: the meeting ahead, the cadence and last touch, the newest notes. */
    List<String> showLines(StepContext context, Contact contact, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        contacts.bookedMeeting(context.connection(), context.user(), contact.id())
                .filter(meeting -> meeting.at().isAfter(context.now()))
                .ifPresent(meeting -> lines.add(meeting.format().isEmpty()
                        ? texts.get("contact.show.meeting.open-format", "when",
                                DateShape.LONG_DAY_YEAR_TIME.format(texts, meeting.at().atZone(zone)),
                                "zone", zone.getId())
                        : texts.get("contact.show.meeting", "when",
                                DateShape.LONG_DAY_YEAR_TIME.format(texts, meeting.at().atZone(zone)),
                                "zone", zone.getId(), "format", texts.get("followup.meeting-format." + meeting.format()))));
        Touch touch = contacts.touch(context.connection(), context.user(), contact.id());
        String last = touch.lastTouched().map(at -> DateShape.DAY_MONTH_YEAR.format(texts, at.atZone(zone)))
                .orElse(texts.get("contact.show.touch.never"));
        lines.add(switch (touch.cadence()) {
            case USUAL -> texts.get("contact.show.touch.usual", "last", last);
            case OFF -> texts.get("contact.show.touch.off", "last", last);
            default -> texts.get("contact.show.touch.every", "days", touch.cadence().id(), "last", last,
                    "owed", touch.owed(context.now(), zone) ? texts.get("contact.show.touch.owed") : "");
        });
        List<ContactNote> kept = contacts.notes(context.connection(), context.user(), contact.id(), NOTES_SHOWN);
        if (!kept.isEmpty()) {
            StringBuilder out = new StringBuilder(texts.get("contact.show.notes"));
            for (ContactNote note : kept) {
                out.append("\n\u2022 ").append(DateShape.DAY_MONTH_YEAR.format(texts, note.createdAt().atZone(zone)))
                        .append(": ")
                        .append(note.text());
            }
            lines.add(out.toString());
        }
        return lines;
    }
}
