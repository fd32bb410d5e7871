package coach.coffeechat.pipeline;

import coach.coffeechat.config.Texts;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.contact.ContactBook;
import coach.coffeechat.engine.Attachment;
import coach.coffeechat.engine.CommandCatalog;
import coach.coffeechat.engine.CommandHandler;
import coach.coffeechat.engine.CommandSpec;
import coach.coffeechat.engine.Feature;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.StepContext;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.MeetingHistory;
import coach.coffeechat.request.RequestHistory;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * {@code /pipeline}: the user's own funnel, as text and as a chart attached to the reply, read through the contact,
 * request and meeting features' public faces. With enough requests in two groups, one sentence of evidence from
 * the user's own numbers. It stores nothing of its own.
 */
public final class PipelineFeature implements Feature {
    /** The chart's file name. */
    public static final String CHART_FILE = "pipeline.png";

    private final Texts texts;
    private final PipelineSettings settings;
    private final ContactBook contacts;
    private final RequestHistory requests;
    private final MeetingHistory meetings;
    private final PipelineText text;

    private PipelineFeature(Texts texts, PipelineSettings settings, ContactBook contacts, RequestHistory requests,
                            MeetingHistory meetings) {
        this.texts = texts;
        this.settings = settings;
        this.contacts = contacts;
        this.requests = requests;
        this.meetings = meetings;
        this.text = new PipelineText(texts);
    }

    /**
     * The pipeline feature.
     *
     * @param texts the messages
     * @param settings the {@code pipeline.*} settings
     * @param contacts the contacts and their stage changes
     * @param requests the requests sent (format, length, date)
     * @param meetings the meetings logged
     */
    public static PipelineFeature create(Texts texts, PipelineSettings settings, ContactBook contacts,
                                         RequestHistory requests, MeetingHistory meetings) {
        return new PipelineFeature(texts, settings, contacts, requests, meetings);
    }

    /** Adds {@code /pipeline}. */
    @Override
    public void registerCommands(CommandCatalog.Builder catalog) {
        catalog.add(CommandSpec.of("pipeline", texts.get("pipeline.command")), this::show);
    }

    /** The user's funnel now. */
    Funnel funnel(Connection connection, UserId user) {
        List<Contact> kept = contacts.list(connection, user);
        return FunnelCounter.count(kept, contacts.stageChanges(connection, user), requests.sent(connection, user),
                meetings.held(connection, user));
    }

    private CommandHandler.Result show(Input.Command command, StepContext context) {
        Funnel funnel = funnel(context.connection(), context.user());
        if (funnel.contacts() == 0) {
            return CommandHandler.respond(texts.get("pipeline.empty"));
        }
        Optional<Evidence> evidence = Evidence.of(funnel, settings.evidenceMinRequests());
        Attachment chart = new Attachment(CHART_FILE, "image/png", PipelineChart.render(funnel, text));
        return new CommandHandler.Respond(List.of(text.describe(funnel, evidence, settings.evidenceMinRequests())),
                List.of(chart));
    }
}
