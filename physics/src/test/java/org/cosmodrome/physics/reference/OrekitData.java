package org.cosmodrome.physics.reference;

import org.orekit.data.ClasspathCrawler;
import org.orekit.data.DataContext;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScalesFactory;
import org.orekit.utils.IERSConventions;

/**
 * The little data Orekit needs here, loaded once into its default data context: the leap-second table
 * {@code orekit-data/tai-utc.dat} from the classpath (written by {@link TaiUtcTable}). Nothing else is given to it:
 * without Earth orientation parameters its ITRF has zero polar motion and UT1 = UTC, and the J2 field is set in code,
 * so no JPL ephemeris or gravity file is needed.
 */
public final class OrekitData {

    /** Classpath name of the leap-second table. */
    public static final String LEAP_SECONDS = "orekit-data/tai-utc.dat";

    private static boolean loaded;

    private OrekitData() {
    }

    /** Adds the classpath table to Orekit's default data context; later calls do nothing. Thread-safe. */
    public static synchronized void load() {
        if (!loaded) {
            DataContext.getDefault().getDataProvidersManager()
                    .addProvider(new ClasspathCrawler(OrekitData.class.getClassLoader(), LEAP_SECONDS));
            loaded = true;
        }
    }

    /** @return the ITRF of the IERS 2010 conventions with simple EOP interpolation (no EOP data: zero corrections) */
    public static Frame itrf() {
        load();
        return FramesFactory.getITRF(IERSConventions.IERS_2010, true);
    }

    /** @return the GCRF, the inertial frame the reference propagates in */
    public static Frame gcrf() {
        load();
        return FramesFactory.getGCRF();
    }

    /** @return the fixed epoch of every reference fall, 2026-06-01T00:00:00 UTC (the model does not depend on it) */
    public static AbsoluteDate epoch() {
        load();
        return new AbsoluteDate(2026, 6, 1, 0, 0, 0.0, TimeScalesFactory.getUTC());
    }
}
