package org.cosmodrome.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Finance takes other modules' charges through their events and APIs, never from their tables: no string constant
 * of a compiled finance class names a table of another module's schema ({@code permits.drop_zone_charge}).
 */
class FinanceReadsNoOtherSchemaTest {

    /** Where the application's own classes are compiled to (not the tests'). */
    static Path mainClasses() throws URISyntaxException {
        return Path.of(Journal.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/cosmodrome");
    }

    /** Every other module's schema: the modules of the application, finance excepted. */
    static List<String> otherSchemas() throws IOException, URISyntaxException {
        Path root = mainClasses();
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("finance")).sorted().toList();
        }
    }

    /** A qualified table name of one of {@code schemas}, as SQL writes it: not a package name (those use dots after). */
    static Pattern tableOf(List<String> schemas) {
        return Pattern.compile("(?<![\\w./])(" + String.join("|", schemas) + ")\\.[a-z_]+");
    }

    @Test
    void theSchemaPatternFindsAnotherModulesTableInSql() throws Exception {
        Pattern tables = tableOf(otherSchemas());

        assertThat(tables.matcher("select * from permits.drop_zone_charge where id = ?").find()).isTrue();
        assertThat(tables.matcher("insert into manifest.launch (id) values (?)").find()).isTrue();
        assertThat(tables.matcher("select * from finance.posting").find()).isFalse();
        assertThat(tables.matcher("org/cosmodrome/permits/DropZoneCharged").find()).isFalse();
    }

    @Test
    void noFinanceClassNamesATableOfAnotherModule() throws Exception {
        Pattern tables = tableOf(otherSchemas());
        Path finance = mainClasses().resolve("finance");
        List<String> found = new ArrayList<>();
        List<Path> classes;
        try (Stream<Path> files = Files.walk(finance)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : classes) {
            // Constant-pool strings are (modified) UTF-8: ASCII SQL reads as it is written.
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher m = tables.matcher(text);
            while (m.find()) {
                found.add(finance.relativize(file) + ": " + m.group());
            }
        }

        assertThat(classes).as("finance classes scanned").hasSizeGreaterThan(10);
        assertThat(found).isEmpty();
    }
}
