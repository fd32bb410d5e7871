package coach.coffeechat.questions;

import static coach.coffeechat.meeting.FeatureBench.MAYA;
import static coach.coffeechat.meeting.FeatureBench.TEXTS;

import coach.coffeechat.checks.CheckRules;
import coach.coffeechat.checks.QuestionChecker;
import coach.coffeechat.contact.Contact;
import coach.coffeechat.engine.Flow;
import coach.coffeechat.engine.Input;
import coach.coffeechat.engine.Prompt;
import coach.coffeechat.engine.Reply;
import coach.coffeechat.meeting.FeatureBench;
import coach.coffeechat.meeting.MeetingFeature;
import coach.coffeechat.testing.RandomWalk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
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
    private static final List<String> NASTY;

    static {
        List<String> texts = new ArrayList<>(RandomWalk.HOSTILE_TEXT);
        texts.addAll(List.of("'; DROP TABLE meetings; --", "${${organisation}}", "241", "q0", "q99", "q-1",
                "2026-02-30", "2026-13-01", "+999999999-12-31", "9999-12-31", "0000-01-01", "tomorrow", "yesterday",
                "1 to 99999", "99 up", "0 down", "move 1 to 0", "3 sideways", "Bo;".repeat(40), ",,,\n;;;\n(at)",
                "Name, role at\n, at org\n(   )", "add", "save", "edit", "finish", "keep", "/meeting log",
                "/questions check", "Ana Li", "Bo Chen, designer at Globex\nDee Park"));
        NASTY = List.copyOf(texts);
    }

    private final Random random = new Random(20260302L);

    @Test
    void randomInputsNeverEscapeAndLeaveAValidSession() {
        try (FeatureBench bench = new FeatureBench()) {
            MeetingFeature meetings = MeetingFeature.create(TEXTS, bench.users, bench.contactFeature, 200);
            QuestionFeature questions = QuestionFeature.create(TEXTS, bench.contactFeature,
                    QuestionBank.load(Optional.empty()), new QuestionChecker(CheckRules.load(Optional.empty()), TEXTS));
            List<Flow> mine = new ArrayList<>(meetings.flows());
            mine.addAll(questions.flows());
            bench.start(catalog -> {
                meetings.registerCommands(catalog);
                questions.registerCommands(catalog);
            }, mine);
            List<Flow> all = new ArrayList<>(mine);
            all.addAll(bench.contactFeature.flows());
            RandomWalk walk = new RandomWalk(bench.engine(), MAYA, all, bench.clock, random);

            Map<String, Integer> hostilePerStep = walk.walk(INPUTS, Duration.ofHours(1), new RandomWalk.Moves() {
                @Override
                public void beforeEach() {
                    seedContacts(bench);
                }

                @Override
                public Input hostile(Random ignored) {
                    return RandomWalk.hostile(random, NASTY,
                            List.of("date", "minutes", "learned", "suggested", "own", "move", "questions"),
                            List.of("meeting log", "questions prepare", "questions check"),
                            List.of("contact", "minutes"));
                }

                @Override
                public Input helpful(Reply last, Random ignored) {
                    return MeetingAndQuestionRandomInputTest.this.helpful(last, bench);
                }

                @Override
                public Input restart(Random ignored) {
                    return MeetingAndQuestionRandomInputTest.this.restart(bench);
                }
            });

            RandomWalk.assertEveryStepReached(hostilePerStep,
                    mine.stream().filter(flow -> OWN_FLOWS.contains(flow.id())).toList(), 5);
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
