package org.socialprescribing.portal.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language this request's pages are written in: the one just chosen with the header's switch ({@code ?lang=}),
 * else the one kept in the {@value #COOKIE} cookie, else the browser's first acceptable one ({@code Accept-Language}),
 * else English. Only the portal's own words change; directory content is shown as its listing gives it.
 */
@RequestScoped
@Named("language")
public class Language {

    /** Where the choice is kept, for a year. */
    public static final String COOKIE = "portal-language";
    /** The query parameter the switch links set. */
    public static final String PARAMETER = "lang";

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale WELSH = Locale.forLanguageTag("cy");
    /** The languages the portal is written in, the default first. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, WELSH);

    private final HttpServerRequest request;
    private Locale locale;
    private boolean chosenNow;

    public Language(CurrentVertxRequest current) {
        this.request = current.getCurrent() == null ? null : current.getCurrent().request();
    }

    public Locale locale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    /** The BCP 47 tag for {@code <html lang>}: {@code en} or {@code cy}. */
    public String tag() {
        return locale().toLanguageTag();
    }

    public boolean isWelsh() {
        return WELSH.equals(locale());
    }

    /** Whether this request chose the language with the switch, so the response keeps it in the cookie. */
    boolean chosenNow() {
        locale();
        return chosenNow;
    }

    /**
     * This page again in another language: its own path and query, with {@code lang} replaced. Relative, so it
     * cannot lead off the site.
     */
    public String switchTo(String tag) {
        if (request == null) {
            return "/?" + PARAMETER + "=" + tag;
        }
        StringBuilder query = new StringBuilder();
        String raw = request.query();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "=")) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append(PARAMETER).append('=').append(tag);
        return request.path() + "?" + query;
    }

    /** One language of the header's switch, named in its own words, as a link unless it is this page's language. */
    public record Option(String tag, String name, String changeTo, String href, boolean current) {
    }

    /** The header's switch ("English | Cymraeg"), in the order of {@link #SUPPORTED}. */
    public List<Option> options() {
        return SUPPORTED.stream().map(l -> {
            Messages own = MessageBundles.get(Messages.class, Localized.Literal.of(l.toLanguageTag()));
            return new Option(l.toLanguageTag(), own.language_name(), own.language_change_to(),
                    switchTo(l.toLanguageTag()), l.equals(locale()));
        }).toList();
    }

    /** A message bundle in this request's language, for words a resource puts on a page (titles, refusals). */
    public <T> T messages(Class<T> bundle) {
        return MessageBundles.get(bundle, Localized.Literal.of(tag()));
    }

    private Locale resolve() {
        if (request == null) {
            return ENGLISH;
        }
        Optional<Locale> chosen = supported(request.getParam(PARAMETER));
        if (chosen.isPresent()) {
            chosenNow = true;
            return chosen.get();
        }
        Cookie kept = request.getCookie(COOKIE);
        if (kept != null) {
            Optional<Locale> keptLocale = supported(kept.getValue());
            if (keptLocale.isPresent()) {
                return keptLocale.get();
            }
        }
        return fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The first of the browser's languages the portal is written in; a header that does not parse is English. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return found == null ? ENGLISH : found;
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst();
    }
}
