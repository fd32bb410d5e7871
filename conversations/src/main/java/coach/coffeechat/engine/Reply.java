package coach.coffeechat.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine answers to one input; transports render it (Discord as embeds, buttons and modals,
 * the console as text).
 *
 * @param notes messages shown before the prompt, in order; possibly none
 * @param prompt the question now being asked, if any
 * @param controls the control words that apply to the prompt, for buttons or hints
 * @param version the session version the prompt belongs to; a click carrying another version is stale
 * @param flowTitle what the open flow does ("adding a contact"), or empty outside a flow
 * @param attachments files that go with the notes (a chart, an export); usually none
 */
public record Reply(List<String> notes, Optional<Prompt> prompt, List<ControlAction> controls, long version,
                    String flowTitle, List<Attachment> attachments) {

    public Reply {
        notes = List.copyOf(notes);
        Objects.requireNonNull(prompt, "prompt");
        controls = List.copyOf(controls);
        flowTitle = flowTitle == null ? "" : flowTitle;
        attachments = List.copyOf(attachments);
    }

    /** A reply with no attachment. */
    public Reply(List<String> notes, Optional<Prompt> prompt, List<ControlAction> controls, long version,
                 String flowTitle) {
        this(notes, prompt, controls, version, flowTitle, List.of());
    }

    /** This reply with {@code files} attached (in place of any it had). */
    public Reply withAttachments(List<Attachment> files) {
        return new Reply(notes, prompt, controls, version, flowTitle, files);
    }

    /** This reply with other notes, keeping its prompt, controls, version, title and attachments. */
    public Reply withNotes(List<String> otherNotes) {
        return new Reply(otherNotes, prompt, controls, version, flowTitle, attachments);
    }

    /** All notes and the prompt's text, joined by blank lines: handy for logs of tests and for plain renderers. */
    public String text() {
        StringBuilder out = new StringBuilder(String.join("\n\n", notes));
        prompt.ifPresent(p -> {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(p.text());
        });
        return out.toString();
    }
}
