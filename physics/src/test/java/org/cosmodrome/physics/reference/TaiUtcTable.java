package org.cosmodrome.physics.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the leap-second history as a USNO {@code tai-utc.dat}, the format Orekit's {@code TAIUTCDatFilesLoader}
 * reads, from the IERS {@code leap-seconds.list} that tzdata installs (NTP seconds since 1900-01-01 and TAI − UTC in
 * whole seconds on each data line, {@code #@} its expiry). Only the integer-second era from 1972 is in that list, so
 * the table has no drifting offsets of 1961-1971: Orekit's UTC before 1972 is then not the historical one, which no
 * fall computed here needs.
 * <p>
 * The committed table, {@code physics/src/test/resources/orekit-data/tai-utc.dat}, was written by
 * <pre>
 * java -cp physics/target/test-classes org.cosmodrome.physics.reference.TaiUtcTable \
 *     /usr/share/zoneinfo/leap-seconds.list physics/src/test/resources/orekit-data/tai-utc.dat
 * </pre>
 * and {@code TaiUtcTableTest} checks that it still holds every leap second of the machine's list.
 */
public final class TaiUtcTable {

    /** The system's copy of the IERS list, from Debian's tzdata. */
    public static final Path SYSTEM_LIST = Path.of("/usr/share/zoneinfo/leap-seconds.list");

    /** MJD of 1900-01-01, the NTP epoch. */
    private static final long NTP_EPOCH_MJD = 15_020;
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long MJD_EPOCH_DAY = LocalDate.of(1858, 11, 17).toEpochDay();
    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};

    /**
     * One step of TAI − UTC.
     *
     * @param mjd Modified Julian Date (UTC midnight) from which the offset holds
     * @param taiMinusUtc TAI − UTC in seconds
     */
    public record Step(long mjd, int taiMinusUtc) {

        public LocalDate date() {
            return LocalDate.ofEpochDay(MJD_EPOCH_DAY + mjd);
        }

        /** @return the step as a USNO data line, e.g. {@code  1972 JAN  1 =JD 2441317.5  TAI-UTC=  10.0 ...} */
        public String usnoLine() {
            LocalDate d = date();
            // Columns as in USNO's file; the slope term is zero since 1972 and its reference MJD is USNO's 41317.
            return String.format(Locale.ROOT, " %4d %s %2d =JD %7d.5  TAI-UTC=%4d.0       S + (MJD - 41317.) X 0.0"
                    + "      S", d.getYear(), MONTHS[d.getMonthValue() - 1], d.getDayOfMonth(), mjd + 2_400_000,
                    taiMinusUtc);
        }
    }

    private TaiUtcTable() {
    }

    /**
     * @param leapSecondsList the text of an IERS {@code leap-seconds.list}
     * @return its data lines in order
     * @throws IllegalArgumentException on a data line that is not two integers, or steps out of order
     */
    public static List<Step> parse(List<String> leapSecondsList) {
        List<Step> steps = new ArrayList<>();
        for (String raw : leapSecondsList) {
            String line = raw.strip();
            int comment = line.indexOf('#');
            String data = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (data.isEmpty()) {
                continue;
            }
            String[] fields = data.split("\\s+");
            if (fields.length != 2) {
                throw new IllegalArgumentException("not a leap-second line: " + raw);
            }
            long ntp = Long.parseLong(fields[0]);
            if (ntp % SECONDS_PER_DAY != 0) {
                throw new IllegalArgumentException("a leap second starts at midnight: " + raw);
            }
            Step step = new Step(ntp / SECONDS_PER_DAY + NTP_EPOCH_MJD, Integer.parseInt(fields[1]));
            if (!steps.isEmpty() && step.mjd() <= steps.get(steps.size() - 1).mjd()) {
                throw new IllegalArgumentException("leap seconds out of order at " + raw);
            }
            steps.add(step);
        }
        return steps;
    }

    /** @return the expiry date the list states on its {@code #@} line, or {@code null} if it has none */
    public static LocalDate expiry(List<String> leapSecondsList) {
        for (String line : leapSecondsList) {
            if (line.startsWith("#@")) {
                long ntp = Long.parseLong(line.substring(2).strip());
                return LocalDate.ofEpochDay(MJD_EPOCH_DAY + ntp / SECONDS_PER_DAY + NTP_EPOCH_MJD);
            }
        }
        return null;
    }

    /** @return the {@code tai-utc.dat} text: a header of {@code #} lines, which Orekit skips, then the steps */
    public static String usnoTable(List<String> leapSecondsList) {
        StringBuilder out = new StringBuilder();
        out.append("# TAI-UTC in the USNO tai-utc.dat format, written by org.cosmodrome.physics.reference.TaiUtcTable\n");
        out.append("# (physics test sources) from the IERS leap-seconds.list of Debian's tzdata");
        LocalDate expiry = expiry(leapSecondsList);
        if (expiry != null) {
            out.append(", which is valid until ").append(expiry);
        }
        out.append(".\n# Integer-second era only (from 1972); regenerate when a leap second is announced.\n");
        for (Step step : parse(leapSecondsList)) {
            out.append(step.usnoLine()).append('\n');
        }
        return out.toString();
    }

    /** {@code TaiUtcTable [leap-seconds.list [tai-utc.dat]]}: without an output, prints the table. */
    public static void main(String[] args) {
        Path in = args.length > 0 ? Path.of(args[0]) : SYSTEM_LIST;
        try {
            String table = usnoTable(Files.readAllLines(in, StandardCharsets.UTF_8));
            if (args.length > 1) {
                Files.writeString(Path.of(args[1]), table, StandardCharsets.UTF_8);
            } else {
                System.out.print(table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
