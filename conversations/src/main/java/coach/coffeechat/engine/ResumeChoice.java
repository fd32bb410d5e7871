package coach.coffeechat.engine;

import coach.coffeechat.config.Texts;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /resume} among several flows set aside: a list of them, newest first, each with what it is, who it is
 * about ({@link Frame#SUBJECT}) and how long ago it was set aside, answered by number, label or click. The list is an
 * offer ({@link Flow#offer}): another command closes it and every flow stays set aside. Immutable.
 */
final class ResumeChoice {
    /** The id of the list's flow. */
    static final String FLOW = "resume-pick";
    private static final String STEP = "which";
    private static final String PREFIX = "d";
    private static final String NONE = "none";
    private static final int LABEL_MAX = 80;

    private final FlowCatalog features;
    private final Texts texts;
    private final AnswerReader reader;
    private final DraftRepository drafts;

    /**
     * @param features the flows the features run: the titles shown, and which drafts this version can resume
     * @param texts the messages
     * @param reader how an answer to the list is read
     * @param drafts the flows set aside
     */
    ResumeChoice(FlowCatalog features, Texts texts, AnswerReader reader, DraftRepository drafts) {
        this.features = features;
        this.texts = texts;
        this.reader = reader;
        this.drafts = drafts;
    }

    /** What the user's answer to the list picked. */
    sealed interface Picked {
    }

    /** A flow set aside, to carry on. */
    record Draft(DraftRepository.Draft draft) implements Picked {
    }

    /** An answer that names none of them: say why and ask again. */
    record Refused(String reason) implements Picked {
    }

    /** Nothing is left to pick (resumed meanwhile elsewhere): close the list. */
    record NothingLeft() implements Picked {
    }

    /** The list's flow: one question, which flow to carry on. */
    Flow flow() {
        Step which = Step.named(STEP)
                .prompt(this::prompt)
                .help(() -> texts.get("engine.resume-pick.help"))
                .next(context -> Next.finish())
                .build();
        return Flow.offer(FLOW, () -> texts.get("engine.resume-pick.title"), which,
                context -> Completion.of(texts.get("engine.nothing-to-resume")));
    }

    /** The user's drafts this version can resume, newest first; one it cannot (after an upgrade) is dropped. */
    List<DraftRepository.Draft> resumable(Connection connection, UserId user) {
        List<DraftRepository.Draft> kept = new ArrayList<>();
        for (DraftRepository.Draft draft : drafts.list(connection, user)) {
            if (draft.frames().isEmpty() || !features.knows(draft.frames())) {
                drafts.delete(connection, draft.id());
            } else {
                kept.add(draft);
            }
        }
        return kept;
    }

    /** Whether the session is at the list. */
    static boolean open(Session session) {
        return session.inFlow() && session.top().flowId().equals(FLOW);
    }

    /** Reads an answer to the list, shown as {@link #prompt} shows it now. */
    Picked pick(Input input, StepContext context) {
        Prompt prompt = prompt(context);
        AnswerReader.Read read = reader.read(prompt, STEP, false, input);
        if (read.validation() instanceof Validation.Invalid invalid) {
            return new Refused(invalid.reason());
        }
        String picked = ((Validation.Valid) read.validation()).values().get(STEP);
        if (!picked.startsWith(PREFIX) || !picked.substring(PREFIX.length()).matches("\\d{1,18}")) {
            return new NothingLeft();
        }
        Optional<DraftRepository.Draft> draft = drafts.find(context.connection(), context.user(),
                Long.parseLong(picked.substring(PREFIX.length())));
        return draft.<Picked>map(Draft::new).orElseGet(NothingLeft::new);
    }

    private Prompt prompt(StepContext context) {
        // Read only: a prompt is also shown by reads that change nothing; /resume drops the drafts it cannot resume.
        List<DraftRepository.Draft> all = drafts.list(context.connection(), context.user()).stream()
                .filter(draft -> !draft.frames().isEmpty() && features.knows(draft.frames())).toList();
        List<Prompt.Option> options = new ArrayList<>();
        for (DraftRepository.Draft draft : all.subList(0, Math.min(all.size(), Prompt.MAX_OPTIONS))) {
            options.add(new Prompt.Option(PREFIX + draft.id(), label(draft), ago(draft.savedAt(), context.now())));
        }
        if (options.isEmpty()) {
            options.add(Prompt.Option.of(NONE, texts.get("engine.resume-pick.none")));
        }
        return new Prompt.Choice(texts.get("engine.resume-pick", "count", all.size()), options);
    }

    /** What the flow is, and who it is about when it names someone. */
    private String label(DraftRepository.Draft draft) {
        Frame bottom = draft.frames().get(0);
        String title = features.title(bottom);
        String subject = bottom.answers().getOrDefault(Frame.SUBJECT, "");
        String label = subject.isBlank() ? title
                : texts.get("engine.resume-pick.option", "flow", title, "subject", subject);
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "\u2026";
    }

    /** How long ago, in words that need no time zone: just now, 5 minutes ago, 2 hours ago, yesterday, 3 days ago. */
    private String ago(Instant then, Instant now) {
        Duration since = Duration.between(then, now);
        long minutes = Math.max(0, since.toMinutes());
        if (minutes < 1) {
            return texts.get("engine.resume-pick.now");
        }
        if (minutes < 60) {
            return minutes == 1 ? texts.get("engine.resume-pick.minute")
                    : texts.get("engine.resume-pick.minutes", "count", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return hours == 1 ? texts.get("engine.resume-pick.hour") : texts.get("engine.resume-pick.hours", "count", hours);
        }
        long days = hours / 24;
        return days == 1 ? texts.get("engine.resume-pick.day") : texts.get("engine.resume-pick.days", "count", days);
    }
}
