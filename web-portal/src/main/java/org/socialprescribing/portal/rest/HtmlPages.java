package org.socialprescribing.portal.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Pages answered with a status of their own: a form with errors (400), or a record that cannot be shown. */
final class HtmlPages {

    /** Where the back link of a page that cannot show its record leads. */
    record Back(String href, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notShown(Page page, String message, Back back);
    }

    private HtmlPages() {
    }

    static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML).entity(page.render()).build();
    }

    /** A record that is not there (404), not theirs (403) or not available now (503), with the way back. */
    static Response notShown(int status, Page page, String message, Back back) {
        return html(status, Templates.notShown(page, message, back));
    }
}
