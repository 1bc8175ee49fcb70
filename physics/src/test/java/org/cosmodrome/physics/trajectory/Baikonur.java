package org.cosmodrome.physics.trajectory;

import org.cosmodrome.physics.geodesy.GeodeticPoint;

/**
 * Pads and drop-area reference localities for the validation tests. Pad coordinates are those of the application's
 * data set ({@code app/src/main/resources/baikonur/pads.json}, from Launch Library 2); the references are the towns
 * and estimates of the project's Baikonur fact sheet ({@code baikonur-facts.md}, "Drop zones") — towns near the
 * areas, not the areas' centroids, which are not published.
 */
final class Baikonur {

    /** Pad 31/6 (Soyuz-2): 45.996034° N, 63.564003° E; elevation about 104 m (SpaceBallistics). */
    static final GeodeticPoint PAD_31_6 = GeodeticPoint.ofDegrees(45.996034, 63.564003, 104);
    /** Pad 81/24 (Proton-M): 46.071001° N, 62.984999° E; elevation taken as 100 m (the cosmodrome lies at ~90 m). */
    static final GeodeticPoint PAD_81_24 = GeodeticPoint.ofDegrees(46.071001, 62.984999, 100);
    /** Pad 200/39 (Proton-M): 46.039984° N, 63.032093° E; elevation taken as 100 m. */
    static final GeodeticPoint PAD_200_39 = GeodeticPoint.ofDegrees(46.039984, 63.032093, 100);

    /** Zhezkazgan, reference of the Ulytau (ex-Karaganda) area of Soyuz boosters and Proton first stages. */
    static final GeodeticPoint ZHEZKAZGAN = GeodeticPoint.ofDegrees(47.78, 67.71);
    /** Ust-Kan, reference of the Soyuz-2.1a core-stage area on ISS launches (Altai Republic). */
    static final GeodeticPoint UST_KAN = GeodeticPoint.ofDegrees(50.93, 84.77);
    /** Drop zone 327 (Altai Republic, Proton second stage), estimated from its districts: 51–52° N, 86.5–88° E. */
    static final GeodeticPoint ZONE_327 = GeodeticPoint.ofDegrees(51.5, 87.3);
    /** Torgay, reference of drop zone 120 (Dzhangeldy district) of northbound Soyuz boosters. */
    static final GeodeticPoint TORGAY = GeodeticPoint.ofDegrees(49.63, 63.5);
    /** Tomsk-oblast area of Proton second stages on GLONASS launches: ~80 km north of Lisitsa, an estimate. */
    static final GeodeticPoint TOMSK_AREA = GeodeticPoint.ofDegrees(58.3, 83.9);
    /**
     * Reference of the northbound Soyuz core-stage area: uninhabited taiga on the Sverdlovsk oblast / Perm krai border
     * west of Severouralsk, towards the Kvarkush ridge, about 35 km west of the town. The source places the fall area
     * within 100 km west of Bayanovka in the Severouralsk district; the point is a choice within it, not a published
     * centroid.
     */
    static final GeodeticPoint KVARKUSH_SIDE = GeodeticPoint.ofDegrees(60.25, 59.35);
    /** Severouralsk, the town the northbound Soyuz core-stage area lies west of (Sverdlovsk oblast). */
    static final GeodeticPoint SEVEROURALSK = GeodeticPoint.ofDegrees(60.15, 59.95);
    /** Krasnoturyinsk, a town south-east of the northbound Soyuz core-stage area (Sverdlovsk oblast). */
    static final GeodeticPoint KRASNOTURYINSK = GeodeticPoint.ofDegrees(59.76, 60.19);
    /** Ivdel, a town north-east of the northbound Soyuz core-stage area (Sverdlovsk oblast). */
    static final GeodeticPoint IVDEL = GeodeticPoint.ofDegrees(60.69, 60.42);

    private Baikonur() {
    }
}
