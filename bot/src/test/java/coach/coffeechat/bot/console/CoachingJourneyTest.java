package coach.coffeechat.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole coaching path in one scripted console session, as a user would type it: add a contact, draft an
 * email request, edit it, mark it sent, prepare six questions, log the meeting with two suggested people, and
 * find them in the contact list with the referrer shown.
 */
final class CoachingJourneyTest {
    private final InMemoryCoach coach = InMemoryCoach.open();

    @AfterEach
    void close() {
        coach.close();
    }

    @Test
    void aScriptedSessionGoesFromContactToLoggedMeetingAndNewContacts() {
        String transcript = coach.converse(
                // pick a contact
                "/contact add", "Ana Li", "UX Researcher", "Acme Health", "She moved from teaching into UX research",
                "warm", "colleague", "ana@example.com", "yes",
                // draft an email request
                "/request draft contact: Ana Li format: email",
                "Maya Ortiz", "I teach chemistry and I'm moving into UX research.",
                "how people move from teaching into UX research", "15", "yes",
                // edit it over several lines, then mark it sent
                "edit", "\"\"\"",
                "Subject: Your move into UX research",
                "",
                "Hi Ana,",
                "",
                "I teach chemistry and I'm exploring UX research. You made the same move, and your view would help"
                        + " me understand it. Would you have 15 minutes for a call in the next few weeks, whenever"
                        + " suits you?",
                "",
                "Thank you,",
                "Maya",
                "\"\"\"",
                "sent",
                // prepare six questions: two from the bank, two of her own, and the two closing ones
                "/questions prepare contact: Ana Li", "skip",
                "topic", "path", "1",
                "topic", "trends", "1",
                "own", "What made you move from teaching into research?",
                "own", "Which skills from teaching helped you most in your first year?",
                "finish", "add",
                // log the meeting with two suggested people
                "/meeting log contact: Ana Li", "today", "video", "15",
                "Research teams value interviewing skills from teaching.", "skip",
                "\"\"\"", "Bo Chen, Designer at Globex", "Dee Park", "\"\"\"",
                "skip", "yes", "skip", "yes",
                "/contact list");

        assertThat(transcript)
                .contains("Saved Ana Li.")
                .contains("Here's your edited draft:", "Subject: Your move into UX research")
                .contains("Marked as sent on 2 Mar 2026: Ana Li is now at \"request sent\".")
                .contains("Bo Chen and Dee Park are now in your contacts, referred by Ana Li.")
                .contains("Bo Chen \u2014 Designer at Globex \u00b7 lukewarm, referral \u00b7 referred by Ana Li"
                        + " \u00b7 identified")
                .contains("Dee Park \u00b7 lukewarm, referral \u00b7 referred by Ana Li \u00b7 identified")
                .contains("Ana Li \u2014 UX Researcher at Acme Health \u00b7 warm, colleague \u00b7 met");
        String saved = transcript.substring(transcript.indexOf("> finish"));
        assertThat(saved).contains("6. ");
        assertThat(transcript).doesNotContain(InMemoryCoach.TEXTS.get("engine.error"));
    }
}
