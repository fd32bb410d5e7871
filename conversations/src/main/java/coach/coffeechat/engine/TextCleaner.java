package coach.coffeechat.engine;

import java.text.Normalizer;

/**
 * Makes typed text safe to store and show: drops control characters and broken surrogates, normalises
 * Unicode, trims. It never escapes mentions or markdown: that is each transport's job when rendering.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    /**
     * Cleans one line: line breaks and tabs become spaces, runs of spaces collapse.
     */
    public static String line(String raw) {
        return clean(raw, false);
    }

    /**
     * Cleans a paragraph: line breaks are kept (at most two in a row), other control characters go.
     */
    public static String paragraph(String raw) {
        return clean(raw, true);
    }

    private static String clean(String raw, boolean keepLineBreaks) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(raw.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                newlines = 0;
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
                newlines = 0;
            } else if (c == '\n' && keepLineBreaks) {
                if (++newlines <= 2) {
                    out.append('\n');
                }
            } else if (c == '\n' || c == '\t' || c == '\r') {
                appendSpace(out);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                continue;
            } else if (c == ' ' && !keepLineBreaks) {
                appendSpace(out);
            } else {
                out.append(c);
                newlines = 0;
            }
        }
        return out.toString().strip();
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
