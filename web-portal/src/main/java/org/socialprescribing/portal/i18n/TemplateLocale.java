package org.socialprescribing.portal.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;

/**
 * Every template rendered for a request is written in that request's {@link Language}: its {@code msg:} messages
 * and the dates and numbers of {@link Formats}. No resource has to remember to set it.
 */
@ApplicationScoped
public class TemplateLocale {

    void configure(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(instance -> {
            if (Arc.container().requestContext().isActive()) {
                instance.setLocale(Arc.container().instance(Language.class).get().locale());
            }
        });
    }
}
