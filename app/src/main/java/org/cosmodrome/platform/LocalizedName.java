package org.cosmodrome.platform;

import java.util.Locale;

/**
 * A name in the spaceport's three languages. English is always present; Russian and Kazakh are {@code null} where no
 * reliable form is known. A missing Russian name falls back to English; a missing Kazakh name to the Russian one
 * (which readers of Kazakh read too), then to English.
 */
public record LocalizedName(String en, String ru, String kk) {

    public LocalizedName {
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("an English name is required");
        }
    }

    /** A name known only in English. */
    public static LocalizedName of(String en) {
        return new LocalizedName(en, null, null);
    }

    /** The name in the locale's language, falling back as described above. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> ru != null ? ru : en;
            case "kk" -> kk != null ? kk : (ru != null ? ru : en);
            default -> en;
        };
    }
}
