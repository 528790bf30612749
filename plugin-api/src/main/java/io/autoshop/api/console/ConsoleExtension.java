package io.autoshop.api.console;

import java.util.Map;
import java.util.regex.Pattern;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A menu entry and page that a plugin bundle adds to the staff web console at {@value #PLUGIN_PATH}.
 *
 * <p>Register an implementation as an OSGi service of this interface. The console serves the static files below
 * {@link #resourceRoot()} of the registering bundle at {@code /console/plugins/<id>/} and lists the entry in
 * {@code GET /api/v1/console/extensions}. When the service goes away, for example because the plugin is stopped or
 * uninstalled, the entry and its files disappear. The console picks up the change without a restart. The page is
 * shown inside the console in a frame and may call the REST API under {@code /api/v1} like the console does. Every
 * call needs the logged-in user's token: the frame shares the console's origin and tab, so the page reads it with
 * {@code sessionStorage.getItem('autoshop.console.token')} and sends it as {@code Authorization: Bearer <token>}.
 *
 * <pre>
 * &#64;Component
 * public class LoyaltyConsole implements ConsoleExtension {
 *     public String id() { return "loyalty"; }
 *     public Map&lt;String, String&gt; labels() { return Map.of("zh-CN", "会员积分", "en", "Loyalty points"); }
 * }
 * </pre>
 */
@ConsumerType
public interface ConsoleExtension {

    /** Path below which the console serves the files of every extension, followed by the extension's id. */
    String PLUGIN_PATH = "/console/plugins/";

    /** Allowed form of {@link #id()}: lower-case letters, digits and dashes, starting with a letter. */
    Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * Returns the identifier of the entry, unique among the installed plugins and matching {@link #ID_PATTERN}; it
     * is the folder of the page's URL.
     */
    String id();

    /**
     * Returns the menu label by language tag. The console shows {@code zh-CN} and {@code en}; an entry without the
     * current language falls back to the other one, then to the id.
     */
    Map<String, String> labels();

    /** Returns the path of an icon image below {@link #resourceRoot()}, or {@code null} for none. */
    default String icon() {
        return null;
    }

    /** Returns the folder in the plugin bundle that contains the page's static files. */
    default String resourceRoot() {
        return "/console";
    }

    /** Returns the page that the menu entry opens, relative to {@link #resourceRoot()}. */
    default String startPage() {
        return "index.html";
    }

    /** Returns the position of the entry among the plugin entries, lower first; ties are ordered by id. */
    default int order() {
        return 100;
    }
}
