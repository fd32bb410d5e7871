package coach.coffeechat.bot.ops;

import coach.coffeechat.config.SettingReader;
import coach.coffeechat.config.Settings;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The operator's settings: where the metrics and health endpoint listen, if anywhere ({@code metrics.port}), and the
 * log's format ({@code logging.format}).
 *
 * @param metricsPort the port on 127.0.0.1 for {@code /metrics} and {@code /health}; empty: nothing listens. 0 lets
 *     the system pick a free port (written to the log)
 * @param logFormat how the log file's lines are written
 */
public record OpsSettings(OptionalInt metricsPort, LogFormat logFormat) {

    /** How the log file's lines are written. */
    public enum LogFormat {
        /** One line of text per event: time, level, thread, logger, message. */
        TEXT,
        /** One JSON object per line, for log collectors. */
        JSON;

        /** The setting's value for this format, and the suffix of its logback file. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reads and checks both settings.
     *
     * @throws coach.coffeechat.config.ConfigException naming the bad key, its value and what is allowed
     */
    public static OpsSettings from(Settings settings) {
        SettingReader read = new SettingReader(settings);
        OptionalInt port = read.text("metrics.port", true).isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(read.integer("metrics.port", 0, 65_535));
        String format = read.text("logging.format", false);
        for (LogFormat each : LogFormat.values()) {
            if (each.word().equals(format.strip().toLowerCase(Locale.ROOT))) {
                return new OpsSettings(port, each);
            }
        }
        throw read.bad("logging.format", format, "text or json");
    }
}
