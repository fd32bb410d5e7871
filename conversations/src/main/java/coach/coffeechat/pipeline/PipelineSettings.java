package coach.coffeechat.pipeline;

import coach.coffeechat.config.SettingReader;
import coach.coffeechat.config.Settings;

/**
 * The {@code pipeline.*} settings.
 *
 * @param evidenceMinRequests the fewest requests each of two groups needs before {@code /pipeline} compares their
 *     reply rates in a sentence ({@code pipeline.evidence-min-requests}, 2 to 1000)
 */
public record PipelineSettings(int evidenceMinRequests) {

    /**
     * Reads and checks the settings.
     *
     * @throws coach.coffeechat.config.ConfigException naming the bad key
     */
    public static PipelineSettings from(Settings settings) {
        return new PipelineSettings(new SettingReader(settings).integer("pipeline.evidence-min-requests", 2, 1000));
    }
}
