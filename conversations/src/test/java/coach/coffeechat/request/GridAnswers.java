package coach.coffeechat.request;

import static coach.coffeechat.request.OwnDraftsPassOwnChecksTest.Size.LONGEST;
import static coach.coffeechat.request.OwnDraftsPassOwnChecksTest.Size.SHORT;
import static coach.coffeechat.request.OwnDraftsPassOwnChecksTest.Size.TYPICAL;

import coach.coffeechat.request.OwnDraftsPassOwnChecksTest.Size;
import java.util.Map;

/**
 * The answers the draft grid fills the request forms with, in each language: what the user wants to learn (the form
 * allows 150 characters), their lines about themselves (400) and why this person (1,000), short, typical and as long
 * as allowed. The longest ones talk about the writer a lot, as long answers do.
 */
final class GridAnswers {
    static final Map<String, Map<Size, String>> ENGLISH = Map.of(
            "learn", Map.of(
                    SHORT, "UX research",
                    TYPICAL, "how people move from teaching into UX research",
                    LONGEST, exactly(150, "how hospital data teams decide which clinical questions deserve a dashboard,"
                            + " who sets those priorities, and how a nurse with analytics training could contribute to"
                            + " them someday")),
            "summary", Map.of(
                    SHORT, "I'm a nurse.",
                    TYPICAL, "I teach chemistry and I'm moving into UX research. I've run two usability studies for my"
                            + " school.",
                    LONGEST, exactly(400, "After eight years as an intensive care nurse I completed a data analytics"
                            + " certificate, and I now build dashboards for my ward in my spare time. I have taught myself"
                            + " SQL and Python, I lead our unit's quality audits, and I present the results to our"
                            + " managers every month. I would love to do this work full time, and I am trying to learn how"
                            + " my clinical background could help a hospital data team make better decisions for patients"
                            + " and staff alike in the years ahead")),
            "why", Map.of(
                    SHORT, "you run the usability lab",
                    TYPICAL, "you moved from teaching into UX research and now lead a research team at a health"
                            + " start-up",
                    LONGEST, exactly(1000, ("Your path is the one I hope to follow: you taught science for years, then"
                            + " retrained in research, and you now lead the patient research team at a health start-up. I"
                            + " read your article on running interviews with nurses on night shifts, and the way you"
                            + " described earning their trust stayed with me. ").repeat(4))));

    static final Map<String, Map<Size, String>> SPANISH = Map.of(
            "learn", Map.of(
                    SHORT, "la investigación UX",
                    TYPICAL, "cómo se pasa de la docencia a la investigación UX",
                    LONGEST, exactly(150, "cómo deciden los equipos de datos de un hospital qué preguntas clínicas"
                            + " merecen un cuadro de mando, quién fija esas prioridades y cómo podría aportar una enfermera"
                            + " con formación en analítica")),
            "summary", Map.of(
                    SHORT, "Soy enfermera.",
                    TYPICAL, "Doy clases de química y me estoy pasando a la investigación UX. He hecho dos estudios de"
                            + " usabilidad para mi colegio.",
                    LONGEST, exactly(400, "Después de ocho años como enfermera de cuidados intensivos terminé un"
                            + " certificado de analítica de datos y ahora preparo cuadros de mando para mi unidad en mi"
                            + " tiempo libre. He aprendido SQL y Python por mi cuenta, dirijo las auditorías de calidad de"
                            + " mi unidad y presento los resultados a mis jefes cada mes. Me encantaría dedicarme a esto a"
                            + " tiempo completo y quiero entender cómo mi experiencia clínica podría ayudar a un equipo de"
                            + " datos")),
            "why", Map.of(
                    SHORT, "dirige el laboratorio de usabilidad",
                    TYPICAL, "pasó de la docencia a la investigación UX y ahora dirige un equipo de investigación en"
                            + " una startup de salud",
                    LONGEST, exactly(1000, ("Su trayectoria es la que me gustaría seguir: fue profesora de ciencias"
                            + " durante años, se formó en investigación y ahora dirige el equipo de investigación con"
                            + " pacientes de una startup de salud. Leí su artículo sobre cómo entrevistar a enfermeras del"
                            + " turno de noche, y la forma en que contó cómo se ganó su confianza se me quedó grabada. ")
                            .repeat(4))));

    static final Map<String, Map<Size, String>> GERMAN = Map.of(
            "learn", Map.of(
                    SHORT, "die UX-Forschung",
                    TYPICAL, "wie der Wechsel vom Lehramt in die UX-Forschung gelingt",
                    LONGEST, exactly(150, "wie die Datenteams eines Krankenhauses entscheiden, welche klinischen Fragen"
                            + " ein Dashboard verdienen, wer diese Prioritäten setzt und wie eine Pflegekraft mit"
                            + " Analytik-Ausbildung beitragen könnte")),
            "summary", Map.of(
                    SHORT, "Ich bin Pflegerin.",
                    TYPICAL, "Ich unterrichte Chemie und orientiere mich Richtung UX-Forschung. Für meine Schule habe"
                            + " ich zwei Usability-Studien durchgeführt.",
                    LONGEST, exactly(400, "Nach acht Jahren als Intensivpflegerin habe ich ein Zertifikat in"
                            + " Datenanalyse abgeschlossen und baue in meiner Freizeit Dashboards für meine Station. Ich"
                            + " habe mir SQL und Python selbst beigebracht, leite die Qualitätsaudits unserer Station und"
                            + " stelle die Ergebnisse jeden Monat der Leitung vor. Ich würde diese Arbeit gern hauptberuflich"
                            + " machen und möchte verstehen, wie meine klinische Erfahrung einem Datenteam helfen")),
            "why", Map.of(
                    SHORT, "Sie leiten das Usability-Labor",
                    TYPICAL, "Sie sind vom Lehramt in die UX-Forschung gewechselt und leiten heute ein Forschungsteam"
                            + " in einem Gesundheits-Start-up",
                    LONGEST, exactly(1000, ("Ihr Weg ist der, dem ich folgen möchte: Sie haben jahrelang"
                            + " Naturwissenschaften unterrichtet, sich in der Forschung weitergebildet und leiten heute das"
                            + " Team für Patientenforschung eines Gesundheits-Start-ups. Ich habe Ihren Artikel über"
                            + " Interviews mit Pflegekräften im Nachtdienst gelesen, und wie Sie deren Vertrauen gewonnen"
                            + " haben, ist mir geblieben. ").repeat(4))));

    private GridAnswers() {
    }

    /** A realistic text cut to exactly {@code length} characters (a space at the cut becomes a letter). */
    static String exactly(int length, String text) {
        if (text.length() < length) {
            throw new IllegalArgumentException("only " + text.length() + " characters, " + length + " needed");
        }
        String cut = text.substring(0, length);
        return cut.endsWith(" ") ? cut.substring(0, length - 1) + "s" : cut;
    }
}
