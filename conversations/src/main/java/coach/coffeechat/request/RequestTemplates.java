package coach.coffeechat.request;

import coach.coffeechat.checks.RequestFormat;
import coach.coffeechat.config.TemplateFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request templates under {@code config/templates/requests/}: one per format and variant
 * ({@code email-referred.txt}), plus short LinkedIn versions ({@code linkedin-cold-short.txt}) for notes that
 * would not fit the account's limit. Immutable and thread-safe.
 */
public final class RequestTemplates {
    private final TemplateFiles files;

    private RequestTemplates(TemplateFiles files) {
        this.files = files;
    }

    /**
     * Loads every template, shipped or overridden.
     *
     * @param overrideDir the {@code --config} directory, or empty
     */
    public static RequestTemplates load(Optional<Path> overrideDir) {
        List<String> names = new ArrayList<>();
        for (RequestFormat format : RequestFormat.values()) {
            for (DraftVariant variant : DraftVariant.values()) {
                names.add(name(format, variant, false));
                if (format == RequestFormat.LINKEDIN) {
                    names.add(name(format, variant, true));
                }
            }
        }
        return new RequestTemplates(TemplateFiles.load("requests", names, overrideDir));
    }

    /** Fills the template for a format and variant; {@code shorter} only exists for LinkedIn notes. */
    String fill(RequestFormat format, DraftVariant variant, boolean shorter, Map<String, String> values) {
        return files.fill(name(format, variant, shorter), values);
    }

    private static String name(RequestFormat format, DraftVariant variant, boolean shorter) {
        return format.id() + "-" + variant.id() + (shorter ? "-short" : "") + ".txt";
    }
}
