package org.cosmodrome.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates carry no text of their own: every word a user reads comes from the message bundles (or from data).
 * Text inside an element whose content Thymeleaf replaces ({@code th:text}, {@code th:utext}, a fragment) is only a
 * designer's placeholder and is allowed; so is punctuation.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*?)(/?)>");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![\\w:-])(alt|title|aria-label|placeholder|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");

    @Test
    void noTemplateContainsLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                literals.addAll(literalsIn(TEMPLATES.relativize(file).toString(),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(literals).as("literal text in templates (use #{...} message keys)").isEmpty();
    }

    @Test
    void theCheckFindsTextOutsideReplacedElements() {
        String template = "<section><h1 th:text=\"#{a}\">Placeholder</h1><p>Launch window</p>"
                + "<img alt=\"Map of pads\" src=\"x\"><span>(</span></section>";

        assertThat(literalsIn("sample.html", template))
                .containsExactly("sample.html: text 'Launch window'", "sample.html: alt 'Map of pads'");
    }

    static List<String> literalsIn(String name, String template) {
        String html = template.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script\\b[^>]*>.*?</script>", "")
                .replaceAll("(?s)<style\\b[^>]*>.*?</style>", "")
                .replaceAll("(?s)<!DOCTYPE[^>]*>", "");
        List<String> found = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int last = 0;
        boolean root = true;
        while (tag.find()) {
            text(name, html.substring(last, tag.start()), !replaced.isEmpty() && replaced.peek(), found);
            last = tag.end();
            String element = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            if (tag.group(1).isEmpty()) {
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(attributes);
                while (attribute.find()) {
                    if (WORD.matcher(attribute.group(2)).find()) {
                        found.add(name + ": " + attribute.group(1) + " '" + attribute.group(2).strip() + "'");
                    }
                }
                if (!tag.group(4).isEmpty() || VOID.contains(element)) {
                    continue;
                }
                // The root of a page template replaces itself by the layout but hands its fragments over: its
                // content still counts.
                boolean replacesContent = attributes.matches("(?s).*\\bth:(text|utext)\\s*=.*")
                        || (!root && attributes.matches("(?s).*\\bth:(replace|insert)\\s*=.*"));
                root = false;
                replaced.push(replacesContent || (!replaced.isEmpty() && replaced.peek()));
            } else if (!replaced.isEmpty()) {
                replaced.pop();
            }
        }
        text(name, html.substring(last), false, found);
        return found;
    }

    private static void text(String name, String text, boolean replaced, List<String> found) {
        if (!replaced && WORD.matcher(text).find()) {
            found.add(name + ": text '" + text.strip().replaceAll("\\s+", " ") + "'");
        }
    }
}
