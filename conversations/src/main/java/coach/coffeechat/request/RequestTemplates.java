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
 * ({@code email-referred.txt}). Immutable and thread-safe.
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
                names.add(name(format, variant) + ".txt");
            }
        }
        return new RequestTemplates(TemplateFiles.load("requests", names, overrideDir));
    }

    /** Fills the template for a format and variant: a server's own text when given, else the shipped one. */
    String fill(RequestFormat format, DraftVariant variant, Map<String, String> values, Optional<String> own) {
        return own.isPresent() ? TemplateFiles.fillText(own.get(), values)
                : files.fill(name(format, variant) + ".txt", values);
    }

    /** The shipped (or {@code --config}) text of a template, by its name such as {@code email-cold}. */
    String text(String name) {
        return files.get(name + ".txt");
    }

    /** The name of a format's and variant's template, such as {@code email-cold}. */
    static String name(RequestFormat format, DraftVariant variant) {
        return format.id() + "-" + variant.id();
    }
}
