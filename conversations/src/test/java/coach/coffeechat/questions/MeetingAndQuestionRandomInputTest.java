package coach.coffeechat.questions;

import static coach.coffeechat.meeting.FeatureBench.MAYA;
import static coach.coffeechat.meeting.FeatureBench.TEXTS;
import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.engine.ControlAction;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Frame;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.engine.Session;
import coach.coffeechat.meeting.FeatureBench;
import coach.coffeechat.meeting.MeetingFeature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random inputs, half of them hostile (empty, 5,000 characters, control characters, emoji, SQL and
 * markdown metacharacters, mentions, placeholders, broken surrogates, impossible dates, numbers and moves), walked
 * through every step of the meeting log, question preparation and question check flows. None may escape as an
 * exception or the engine's error reply, and the stored session must stay valid.
 */
final class MeetingAndQuestionRandomInputTest {
    private static final int INPUTS = 10_000;
    private static final Set<String> OWN_FLOWS = Set.of("meeting-log", "questions-prepare", "questions-check");
    private static final List<String> NASTY = List.of(
            "", " ", "x".repeat(5_000), "\u0000\u0001\u0007\u001b[31mred\u001b[0m", "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB",
            "'; DROP TABLE meetings; --", "\" OR 1=1 --", "**bold** __u__ ~~s~~ `code` ||spoiler|| > quote",
            "@everyone", "@here", "<@123456789012345678>", "${name}", "${${organisation}}", "\uD800 lone", "\r\n\t",
            "\u0661\u0662\u0663", "9999999999999999999999", "-1", "0", "26", "241", "q0", "q99", "q-1", "c99999",
            "2026-02-30", "2026-13-01", "+999999999-12-31", "9999-12-31", "0000-01-01", "tomorrow", "yesterday",
            "1 to 99999", "99 up", "0 down", "move 1 to 0", "3 sideways", "Bo;".repeat(40), ",,,\n;;;\n(at)",
            "Name, role at\n, at org\n(   )", "yes", "no", "back", "skip", "cancel", "help", "add", "save", "edit",
            "finish", "keep", "/meeting log", "/questions check", "/resume", "/cancel", "/help", "/contact list",
            "/unknown thing", "Ana Li", "Bo Chen, designer at Globex\nDee Park");

    private final Random random = new Random(20260302L);

    @Test
    void randomInputsNeverEscapeAndLeaveAValidSession() {
        try (FeatureBench bench = new FeatureBench()) {
            MeetingFeature meetings = new MeetingFeature(TEXTS, bench.users, bench.contactFeature, 200);
            QuestionFeature questions = new QuestionFeature(TEXTS, bench.contactFeature,
                    QuestionBank.load(Optional.empty()), new QuestionChecker(CheckRules.load(Optional.empty()), TEXTS));
            List<Flow> mine = new ArrayList<>(meetings.flows());
            mine.addAll(questions.flows());
            bench.start(catalog -> {
                meetings.registerCommands(catalog);
                questions.registerCommands(catalog);
            }, mine);
            Map<String, Flow> flows = new HashMap<>();
            mine.forEach(flow -> flows.put(flow.id(), flow));
            bench.contactFeature.flows().forEach(flow -> flows.put(flow.id(), flow));
            String error = TEXTS.get("engine.error");
            Map<String, Integer> hostilePerStep = new TreeMap<>();
            long lastVersion = 0;
            seedContacts(bench);
            Reply reply = bench.engine().handle(MAYA, restart(bench));

            for (int i = 0; i < INPUTS; i++) {
                seedContacts(bench);
                bench.clock.advance(Duration.ofSeconds(random.nextInt(3_600)));
                Session before = bench.engine().stored(MAYA).orElseThrow();
                boolean hostile = random.nextBoolean();
                Input input = hostile ? hostile(bench) : helpful(reply, bench);
                if (hostile && before.inFlow() && before.pending() == null) {
                    hostilePerStep.merge(before.top().flowId() + "/" + before.top().stepId(), 1, Integer::sum);
                }

                reply = bench.engine().handle(MAYA, input);

                assertThat(reply.notes()).as("input %s: %s", i, input).doesNotContain(error);
                Session after = bench.engine().stored(MAYA).orElseThrow();
                assertThat(after.version()).isGreaterThanOrEqualTo(lastVersion);
                assertThat(reply.version()).isEqualTo(after.version());
                for (Frame frame : after.frames()) {
                    assertThat(flows).containsKey(frame.flowId());
                    assertThat(flows.get(frame.flowId()).step(frame.stepId())).as(frame.stepId()).isNotNull();
                    assertThat(frame.answers().values()).allSatisfy(value ->
                            assertThat(value.length()).isLessThanOrEqualTo(Prompt.MAX_TEXT));
                }
                lastVersion = after.version();
                if (!after.inFlow()) {
                    reply = bench.engine().handle(MAYA, restart(bench));
                }
            }

            for (String flowId : OWN_FLOWS) {
                for (String step : flows.get(flowId).steps().keySet()) {
                    assertThat(hostilePerStep.getOrDefault(flowId + "/" + step, 0))
                            .as("hostile inputs at %s/%s", flowId, step).isGreaterThanOrEqualTo(5);
                }
            }
        }
    }

    private Input restart(FeatureBench bench) {
        String contact = uniqueContactName(bench);
        int which = random.nextInt(5);
        if (which <= 1) {
            return new Input.Command("meeting log", Map.of("contact", contact));
        }
        if (which <= 3) {
            return new Input.Command("questions prepare", Map.of("contact", contact));
        }
        return random.nextBoolean() ? Input.Command.of("questions check")
                : new Input.Command("questions check", Map.of("minutes", pick(List.of("10", "30", "x", "0"))));
    }

    private static String uniqueContactName(FeatureBench bench) {
        List<String> names = bench.contacts().stream().map(Contact::name).toList();
        return names.stream().filter(name -> names.indexOf(name) == names.lastIndexOf(name))
                .findFirst().orElse("nobody");
    }

    private Input hostile(FeatureBench bench) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return new Input.Control(ControlAction.values()[random.nextInt(ControlAction.values().length)]);
        }
        if (kind == 1) {
            Map<String, String> fields = new HashMap<>();
            for (String key : List.of("date", "minutes", "learned", "suggested", "own", "move", "questions", "\u0000")) {
                if (random.nextBoolean()) {
                    fields.put(key, pick(NASTY));
                }
            }
            return new Input.Form(fields);
        }
        if (kind == 2) {
            return new Input.Command(pick(List.of("meeting log", "questions prepare", "questions check", "x y z", "")),
                    Map.of("contact", random.nextBoolean() ? pick(NASTY) : uniqueContactName(bench),
                            "minutes", pick(NASTY)));
        }
        return new Input.Answer(pick(NASTY));
    }

    // An answer that usually moves the flow on, so that the walk reaches every step.
    private Input helpful(Reply reply, FeatureBench bench) {
        if (reply.prompt().isEmpty()) {
            return restart(bench);
        }
        Prompt prompt = reply.prompt().get();
        if (prompt instanceof Prompt.Choice choice) {
            return new Input.Answer(Integer.toString(1 + random.nextInt(choice.options().size())));
        }
        if (prompt instanceof Prompt.Confirm) {
            return new Input.Answer(random.nextInt(3) == 0 ? "no" : "yes");
        }
        if (prompt instanceof Prompt.Text text) {
            return new Input.Answer(helpfulText(text.label()));
        }
        return new Input.Answer("ok");
    }

    private String helpfulText(String label) {
        if (label.equals(TEXTS.get("meeting.log.date.label"))) {
            return pick(List.of("today", "yesterday", "2026-02-27", ""));
        }
        if (label.equals(TEXTS.get("meeting.log.minutes.label")) || label.equals(TEXTS.get("questions.minutes.label"))) {
            return pick(List.of("15", "30", "", "45 min"));
        }
        if (label.equals(TEXTS.get("meeting.log.suggested.label"))) {
            return pick(List.of("Bo Chen, designer at Globex\nDee Park", "Ana Li", "Zed New (nurse at City)", ""));
        }
        if (label.equals(TEXTS.get("questions.move.label"))) {
            return pick(List.of("2 up", "1 down", "3 to 1", "1 last"));
        }
        if (label.equals(TEXTS.get("questions.check.label"))) {
            return "1. How did you start?\n2. Do you like it? What's the salary?\nWho else should I talk to?";
        }
        return "What made you choose this path, number " + random.nextInt(50) + "?";
    }

    private static void seedContacts(FeatureBench bench) {
        if (bench.contacts().size() >= 2) {
            return;
        }
        for (String name : List.of("Sam Park", "Ana Li")) {
            if (bench.contacts().stream().noneMatch(c -> c.name().equals(name))) {
                bench.addContact(name, "Designer", "Acme");
            }
        }
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
