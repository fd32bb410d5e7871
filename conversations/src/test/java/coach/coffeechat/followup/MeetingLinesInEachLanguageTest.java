package coach.coffeechat.followup;

import static org.assertj.core.api.Assertions.assertThat;

import coach.coffeechat.config.Language;
import coach.coffeechat.config.LanguageScope;
import coach.coffeechat.engine.UserId;
import coach.coffeechat.meeting.Interest;
import coach.coffeechat.meeting.MeetingFormat;
import coach.coffeechat.meeting.MeetingLog;
import coach.coffeechat.testing.TestCoach;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A promise moved into the thank-you keeps a German capital (nouns, "Ihnen") and loses an English or Spanish one. */
final class MeetingLinesInEachLanguageTest {
    private final MeetingLines lines = new MeetingLines(TestCoach.TEXTS);

    @Test
    void germanKeepsTheCapitalOfAPromiseAndSpanishLowersIt() {
        try (LanguageScope scope = LanguageScope.open(new Language("de", "Deutsch", List.of("de")))) {
            assertThat(promised("Ihnen den Link zur Studie schicken"))
                    .isEqualTo("Wie versprochen werde ich Ihnen den Link zur Studie schicken.");
        }
        try (LanguageScope scope = LanguageScope.open(new Language("es", "Español", List.of("es-ES")))) {
            assertThat(promised("Enviarle el enlace al estudio"))
                    .isEqualTo("Como le prometí, voy a enviarle el enlace al estudio.");
        }
        assertThat(promised("Send them the link")).isEqualTo("As promised, I'll send you the link.");
    }

    @Test
    void aPromiseInTheFirstPersonOrTheFutureIsReadInItsLanguage() {
        try (LanguageScope scope = LanguageScope.open(new Language("de", "Deutsch", List.of("de")))) {
            assertThat(promised("Ich werde Ihnen den Link schicken"))
                    .isEqualTo("Wie versprochen werde ich Ihnen den Link schicken.");
            assertThat(promised("Ich schicke Ihnen meine Fragen")).isEqualTo("Wie versprochen: Ich schicke Ihnen meine"
                    + " Fragen.");
        }
        try (LanguageScope scope = LanguageScope.open(new Language("es", "Español", List.of("es-ES")))) {
            assertThat(promised("Voy a enviarle el enlace")).isEqualTo("Como le prometí, voy a enviarle el enlace.");
            assertThat(promised("Le enviaré mis preguntas")).isEqualTo("Como le prometí: Le enviaré mis preguntas.");
        }
    }

    private String promised(String promise) {
        return lines.of(Optional.of(new MeetingLog(new UserId("maya"), 1, LocalDate.of(2026, 3, 2),
                MeetingFormat.VIDEO, 15, "", "", List.of(), promise, Interest.YES, ""))).get("promised");
    }
}
