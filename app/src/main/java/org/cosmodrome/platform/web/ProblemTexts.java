package org.cosmodrome.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The console's words for the refusals the API answers with a stable problem code: {@code problem.<code>} in the
 * message bundles, or the English detail when the bundles have no text for the code yet.
 */
@Component
public class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param code the problem's stable code, e.g. {@code pad.status.transition-not-allowed}
     * @param englishDetail the API's English message, shown when no translation exists
     */
    public String describe(String code, String englishDetail, Locale locale) {
        return messages.getMessage("problem." + code, null, englishDetail, locale);
    }
}
