package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The walk of a teacher moving into UX research, in one scripted console session, through the places where flows
 * used to trap people: two contacts, a request drafted and marked sent, questions prepared by pasting a list,
 * meetings booked, follow-ups opened by their number in the list, and /resume choosing among flows set aside.
 */
final class TeacherToUxResearchJourneyTest {
    private final InMemoryCoach coach = InMemoryCoach.open();

    @AfterEach
    void close() {
        coach.close();
    }

    private static String text(String key, Object... namesAndValues) {
        return InMemoryCoach.TEXTS.get(key, namesAndValues);
    }

    @Test
    void fromFirstContactToFollowUpsAndSetAsideFlowsWithoutATrap() {
        String transcript = coach.converse(
                // two people to learn from
                "/contact add", "Ana Li", "UX Researcher", "Acme Health", "She moved from teaching into UX research",
                "warm", "colleague", "ana@example.com", "yes",
                "/contact add", "Bo Chen", "Design Researcher", "Globex", "He hires researchers from other fields",
                "warm", "colleague", "bo@example.com", "yes",
                // a request to Ana, marked sent
                "/request draft contact: Ana Li format: email",
                "Maya Ortiz", "I teach chemistry and I'm moving into UX research.",
                "how people move from teaching into UX research", "15", "yes",
                "sent",
                // questions for Ana: four pasted at once, then the closing ones
                "/questions prepare contact: Ana Li", "skip", "own",
                "1. What made you move from teaching into research?",
                "2. Which skills from the classroom helped you most in your first year?",
                "3. What does a typical week of research look like for you?",
                "4. What would you do differently if you made the switch again?",
                "finish", "add",
                // two meetings: Ana's is booked first but comes later
                "/meeting schedule contact: Ana Li when: thursday 4pm format: video",
                "/meeting schedule contact: Bo Chen when: 2026-03-04 10:00",
                // the follow-ups, opened by their number in the list
                "/followups", "1", "done",
                "/followups", "1", "cancel",
                // three flows begun, two set aside, one cancelled, then /resume chooses
                "/request draft contact: Bo Chen",
                "/questions prepare contact: Bo Chen", "2",
                "/contact add", "2", "/cancel",
                "/resume", "2",
                "/cancel",
                "/resume");

        assertThat(transcript)
                .contains(text("contact.add.saved", "name", "Ana Li"), text("contact.add.saved", "name", "Bo Chen"))
                .contains("Marked as sent on 2 Mar 2026: Ana Li is now at \"request sent\".")
                .contains(text("questions.added.many", "count", 4, "from", 1, "to", 4));
        String saved = transcript.substring(transcript.indexOf("> finish"), transcript.indexOf("> /meeting"));
        assertThat(saved).contains("4. What would you do differently if you made the switch again?", "6. ");

        String firstList = between(transcript, "> /followups", "> done");
        assertThat(firstList).contains("1. " + text("followup.title.meeting-prep", "name", "Bo Chen"),
                "2. " + text("followup.title.meeting-prep", "name", "Ana Li"));
        assertThat(firstList.substring(firstList.indexOf("> 1"))).contains("Bo Chen").doesNotContain("Ana Li");
        String secondList = between(transcript.substring(transcript.indexOf("> done")), "> /followups", "> cancel");
        assertThat(secondList).contains("1. " + text("followup.title.meeting-prep", "name", "Ana Li"))
                .doesNotContain("Bo Chen");

        String resume = transcript.substring(transcript.lastIndexOf("> /contact add"));
        assertThat(resume).contains(text("engine.resume-pick", "count", 2),
                "1. " + text("engine.resume-pick.option", "flow", text("questions.prepare.title"),
                        "subject", "Bo Chen"),
                "2. " + text("engine.resume-pick.option", "flow", text("request.title"), "subject", "Bo Chen"),
                text("engine.resumed", "flow", text("request.title")),
                text("engine.resumed", "flow", text("questions.prepare.title")));
        assertThat(transcript).doesNotContain(text("engine.error"), text("engine.nothing-open"),
                text("followup.act.gone"));
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start));
    }
}
